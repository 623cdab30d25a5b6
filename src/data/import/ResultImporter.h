// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/Permissions.h"
#include "core/policy/TermNaming.h"
#include "core/records/Course.h"
#include "core/records/CourseResult.h"
#include "data/import/Importer.h"

#include <QHash>
#include <QList>

#include <optional>

namespace dd {

/**
 * Imports results.csv. A result is keyed by (student, institution, course, term,
 * attempt); the mark is checked against the institution's scale and the course's
 * grading mode. Re-importing a key with another mark is a grade change and needs
 * a reason; entering the first mark of an in-progress course does not.
 */
class ResultImporter : public Importer
{
public:
    explicit ResultImporter(Database& db);
    QStringList columns() const override;

protected:
    /** A results importer of another kind of file (its name in import_runs and backups). */
    ResultImporter(const QString& kind, Database& db);

    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

    std::optional<Course> course(const QString& institution, const QString& code);

    /** What allows the writes: entering results, or importing a partner's signed record. */
    Permissions::Action m_writes = Permissions::Action::EnterResults;

private:
    struct Change
    {
        CourseResult result;
        QString newMark;
        QString reason;
    };

    bool studentExists(const QString& studentId);

    QList<CourseResult> m_inserts;
    QList<Change> m_changes;
    QHash<QString, TermInfo> m_terms; // institution:code -> term
    QHash<QString, std::optional<Course>> m_courses; // institution:code -> course
    QHash<QString, bool> m_students;
    // Stored results of the students met so far, by result key: one query a
    // student instead of one a row.
    QHash<QString, CourseResult> m_stored;
    QHash<QString, int> m_seen; // result key -> line
};

} // namespace dd
