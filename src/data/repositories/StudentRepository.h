// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Student.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** Students: lookup by programme-wide id, insert, versioned update and delete. */
class StudentRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::StudentRepository)

public:
    explicit StudentRepository(Database& db);

    std::optional<Student> find(const QString& studentId, Error* error) const;
    QList<Student> all(Error* error) const;
    int count(Error* error) const;
    /**
     * Students whose id, CQUPT or RUTS number, or any name (Latin, Chinese, Thai)
     * contains \a text, optionally of one \a cohort (0 = all). The text is bound,
     * never spliced into SQL.
     */
    QList<Student> search(const QString& text, int cohort, Error* error) const;
    /** Every student of \a cohort; none is an error (not found) that says so. */
    QList<Student> cohort(int cohort, Error* error) const;

    /** The order of a page of search results: a column of the students table. */
    enum class SortKey {
        StudentId,
        FamilyName,
        GivenName,
        NativeName,
        CquptNo,
        RutsNo,
        Nationality,
        Cohort,
        Status,
    };
    /** One page (\a limit rows from \a offset) of search(), sorted by \a key then student id. */
    QList<Student> searchPage(const QString& text, int cohort, SortKey key, bool ascending, int offset, int limit,
                              Error* error) const;
    /** How many students search() would return. */
    int searchCount(const QString& text, int cohort, Error* error) const;
    /** The cohorts that have students, oldest first. */
    QList<int> cohorts(Error* error) const;

    /** Inserts \a student and sets its id and row version. */
    [[nodiscard]] bool insert(Student& student, Error* error);
    /** Adds all of \a students in batches (an import); their keys are not read back. Inside a transaction. */
    [[nodiscard]] bool insertAll(const QList<Student>& students, Error* error);
    /** Saves \a student if nobody changed it since it was read; \a conflict tells when someone did. */
    [[nodiscard]] bool update(Student& student, Error* error);
    /** What still refers to a student and keeps it from being deleted. */
    struct Holdings
    {
        int results = 0;
        int transfers = 0;
        int exceptions = 0;
        int milestones = 0;
        int transcripts = 0;
        bool any() const { return results + transfers + exceptions + milestones + transcripts > 0; }
    };
    /** The records that refer to \a student; false on a database error. */
    [[nodiscard]] bool holdings(const Student& student, Holdings* out, Error* error) const;

    /** Deletes \a student (refused while results or other records refer to it). */
    [[nodiscard]] bool remove(const Student& student, Error* error);

    /**
     * What the acting user may see of \a s: for a role without ReadPersonalDetails (the
     * viewer) the passport number reads maskedText() and the date of birth is empty.
     */
    Student masked(Student s) const;
    static QString maskedText();

private:
    Database& m_db;
};

} // namespace dd
