// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Course.h"
#include "data/import/Importer.h"

#include <QHash>
#include <QList>

namespace dd {

/** Imports courses.csv: one row per course, keyed by (institution, code). */
class CourseImporter : public Importer
{
public:
    explicit CourseImporter(Database& db);
    QStringList columns() const override;
    QStringList optionalColumns() const override;

protected:
    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

private:
    RecordPlan<Course> m_plan;
    QHash<QString, int> m_seen; // institution:code -> line
};

} // namespace dd
