// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Course.h"

#include <QList>
#include <optional>

namespace dd {

class Database;

/** Both institutions' course catalogues. */
class CourseRepository
{
public:
    explicit CourseRepository(Database& db);

    std::optional<Course> find(const QString& institution, const QString& code, QString* error) const;
    std::optional<Course> findById(qint64 id, QString* error) const;
    /** Every course of \a institution, or of both when it is empty, by institution and code. */
    QList<Course> all(const QString& institution, QString* error) const;

    bool insert(Course& course, QString* error);
    /** Adds all of \a courses in batches (an import); their keys are not read back. Inside a transaction. */
    bool insertAll(const QList<Course>& courses, QString* error);
    bool update(Course& course, QString* error, bool* conflict = nullptr);
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
    bool holdings(const Course& course, Holdings* out, QString* error) const;
    /** Deletes \a course (refused while results or other records refer to it). */
    bool remove(const Course& course, QString* error, bool* conflict = nullptr);

private:
    std::optional<Course> findWhere(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
