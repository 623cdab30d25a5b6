// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StudentException.h"

#include <QList>
#include <optional>

namespace dd {

class Database;

/** Approved exceptions to one institution's requirements for one student. */
class ExceptionRepository
{
public:
    explicit ExceptionRepository(Database& db);

    /** The unrevoked exception with the same student, institution, kind, requirement and course. */
    std::optional<StudentException> findActive(const StudentException& like, QString* error) const;
    /** Every exception of \a studentId, revoked ones included, oldest first. */
    QList<StudentException> forStudent(const QString& studentId, QString* error) const;

    bool insert(StudentException& exception, QString* error);
    /** Updates reason and approver. */
    bool update(StudentException& exception, QString* error, bool* conflict = nullptr);
    /** Marks an exception revoked by the acting user; it stays on record. */
    bool revoke(StudentException& exception, QString* error, bool* conflict = nullptr);

private:
    QList<StudentException> select(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
