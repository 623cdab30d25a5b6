// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Equivalency.h"
#include "data/import/Importer.h"
#include "data/services/TransferService.h"

#include <QHash>

#include <QList>
#include <memory>

namespace dd {

/** Imports equivalencies.csv. A rule is identified by both sides' codes; a row that differs from the newest stored
 * version of its rule becomes a new version (decisions are never edited in place). An imported decided row records an
 * existing decision, by the importing user. */
class EquivalencyImporter : public Importer
{
public:
    explicit EquivalencyImporter(Database& db);
    /** The columns of an equivalencies file, in the documented order. */
    static QStringList header();
    QStringList columns() const override;

protected:
    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

private:
    QList<Equivalency> m_versions;
    QHash<QString, int> m_seen; // rule key -> line
    bool courseExists(const QString& institution, const QString& code);
    QHash<QString, bool> m_courses;
    std::unique_ptr<TransferService> m_rules; // the hours rule and who decides, read once per import
};

} // namespace dd
