// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Course.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** Both institutions' course catalogues. */
class CourseRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::CourseRepository)

public:
    explicit CourseRepository(Database& db);

    std::optional<Course> find(const QString& institution, const QString& code, Error* error) const;
    std::optional<Course> findById(qint64 id, Error* error) const;
    /** Every course of \a institution, or of both when it is empty, by institution and code. */
    QList<Course> all(const QString& institution, Error* error) const;

    [[nodiscard]] bool insert(Course& course, Error* error);
    /** Adds all of \a courses in batches (an import); their keys are not read back. Inside a transaction. */
    [[nodiscard]] bool insertAll(const QList<Course>& courses, Error* error);
    [[nodiscard]] bool update(Course& course, Error* error);
    /** What still refers to a course and keeps it from being deleted. */
    struct Holdings
    {
        int results = 0;
        int equivalencies = 0; ///< rule versions naming it on either side
        int transfers = 0;
        int exceptions = 0;
        bool any() const { return results + equivalencies + transfers + exceptions > 0; }
    };
    /** The records that refer to \a course; false on a database error. */
    [[nodiscard]] bool holdings(const Course& course, Holdings* out, Error* error) const;
    /** Deletes \a course (refused while results or other records refer to it). */
    [[nodiscard]] bool remove(const Course& course, Error* error);

private:
    std::optional<Course> findWhere(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
