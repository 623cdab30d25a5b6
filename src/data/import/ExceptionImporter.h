// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/StudentException.h"
#include "data/import/Importer.h"

#include <QHash>
#include <QList>

namespace dd {

/** Imports exceptions.csv: approved exceptions to one institution's requirements (waive, substitute, force-complete,
 * also-allow). */
class ExceptionImporter : public Importer
{
public:
    explicit ExceptionImporter(Database& db);
    QStringList columns() const override;

    /**
     * Records one exception typed in a form or on the command line, checked
     * exactly as an imported row is; \a report has the problems, by column.
     */
    static bool recordOne(Database& db, const StudentException& exception, ImportReport* report);

protected:
    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

private:
    RecordPlan<StudentException> m_plan;
    QHash<QString, int> m_seen;
};

} // namespace dd
