// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Milestone.h"
#include "data/import/Importer.h"

#include <QHash>
#include <QList>

namespace dd {

/** Imports milestones.csv (HSK sittings, thesis, internship), keyed by (student, kind, date). */
class MilestoneImporter : public Importer
{
public:
    explicit MilestoneImporter(Database& db);
    QStringList columns() const override;

protected:
    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

private:
    RecordPlan<Milestone> m_plan;
    QHash<QString, int> m_seen;
    QHash<QString, bool> m_students;
};

} // namespace dd
