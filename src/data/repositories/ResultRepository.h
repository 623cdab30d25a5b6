// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/Permissions.h"
#include "core/records/CourseResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace dd {

class Database;

/**
 * Course results. A result is keyed by (student, institution, course, term,
 * attempt); changing the mark of a recorded result is a grade change that keeps
 * the old mark, the reason and who made it.
 */
class ResultRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ResultRepository)

public:
    struct GradeChange
    {
        QString institution; ///< the result the change is of
        QString courseCode;
        QString term;
        Attempt attempt = Attempt::Regular;
        QString oldMark;
        QString newMark;
        QString reason;
        QString changedBy;
        QString changedAt;
    };

    /**
     * Writes are allowed by \a writes: entering results (the institution's own office), or
     * importing a partner's signed record (the receiving office, for the partner's results).
     */
    explicit ResultRepository(Database& db, Permissions::Action writes = Permissions::Action::EnterResults);

    std::optional<CourseResult> find(const QString& studentId, const QString& institution, const QString& courseCode,
                                     const QString& term, Attempt attempt, Error* error) const;
    /** Every result of \a studentId, in term order. */
    QList<CourseResult> forStudent(const QString& studentId, Error* error) const;
    /** The results of one course in one term (every attempt), by student id. */
    QList<CourseResult> forCourse(const QString& institution, const QString& courseCode, const QString& term,
                                  Error* error) const;
    /** The codes of the courses with results at \a institution in \a term. */
    QStringList coursesInTerm(const QString& institution, const QString& term, Error* error) const;
    int count(Error* error) const;

    /** Records \a result; the student, course and term must exist. */
    [[nodiscard]] bool insert(CourseResult& result, Error* error);
    /**
     * Inserts all of \a results in batches (an import): their students, courses
     * and terms must exist. The new rows' keys are not read back. Call inside a
     * transaction; on failure roll it back.
     */
    [[nodiscard]] bool insertAll(const QList<CourseResult>& results, Error* error);
    /** Changes the mark of a recorded result; \a reason is required. */
    [[nodiscard]] bool changeMark(CourseResult& result, const QString& newMark, const QString& reason, Error* error);
    [[nodiscard]] bool remove(const CourseResult& result, Error* error);
    QList<GradeChange> gradeChanges(qint64 resultId, Error* error) const;
    /** Every grade change of \a studentId's results, newest first, with the result each is of. */
    QList<GradeChange> studentGradeChanges(const QString& studentId, Error* error) const;

private:
    /** Grade changes joined to their results; \a whereAndOrder is fixed SQL, the values are bound. */
    QList<GradeChange> selectGradeChanges(const QString& whereAndOrder, const QVariantList& values, Error* error) const;

    Database& m_db;
    Permissions::Action m_writes;
};

} // namespace dd
