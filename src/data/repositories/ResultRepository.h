// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/CourseResult.h"

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

    explicit ResultRepository(Database& db);

    std::optional<CourseResult> find(const QString& studentId, const QString& institution, const QString& courseCode,
                                     const QString& term, Attempt attempt, QString* error) const;
    /** Every result of \a studentId, in term order. */
    QList<CourseResult> forStudent(const QString& studentId, QString* error) const;
    /** The results of one course in one term (every attempt), by student id. */
    QList<CourseResult> forCourse(const QString& institution, const QString& courseCode, const QString& term,
                                  QString* error) const;
    /** The codes of the courses with results at \a institution in \a term. */
    QStringList coursesInTerm(const QString& institution, const QString& term, QString* error) const;
    int count(QString* error) const;

    /** Records \a result; the student, course and term must exist. */
    bool insert(CourseResult& result, QString* error);
    /**
     * Inserts all of \a results in batches (an import): their students, courses
     * and terms must exist. The new rows' keys are not read back. Call inside a
     * transaction; on failure roll it back.
     */
    bool insertAll(const QList<CourseResult>& results, QString* error);
    /** Changes the mark of a recorded result; \a reason is required. */
    bool changeMark(CourseResult& result, const QString& newMark, const QString& reason, QString* error,
                    bool* conflict = nullptr);
    bool remove(const CourseResult& result, QString* error, bool* conflict = nullptr);
    QList<GradeChange> gradeChanges(qint64 resultId, QString* error) const;
    /** Every grade change of \a studentId's results, newest first, with the result each is of. */
    QList<GradeChange> studentGradeChanges(const QString& studentId, QString* error) const;

private:
    /** Grade changes joined to their results; \a whereAndOrder is fixed SQL, the values are bound. */
    QList<GradeChange> selectGradeChanges(const QString& whereAndOrder, const QVariantList& values,
                                          QString* error) const;

    Database& m_db;
};

} // namespace dd
