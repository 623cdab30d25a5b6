// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/StudentException.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** Approved exceptions to one institution's requirements for one student. */
class ExceptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ExceptionRepository)

public:
    explicit ExceptionRepository(Database& db);

    /** The unrevoked exception with the same student, institution, kind, requirement and course. */
    std::optional<StudentException> findActive(const StudentException& like, Error* error) const;
    /** Every exception of \a studentId, revoked ones included, oldest first. */
    QList<StudentException> forStudent(const QString& studentId, Error* error) const;

    [[nodiscard]] bool insert(StudentException& exception, Error* error);
    /** Updates reason and approver. */
    [[nodiscard]] bool update(StudentException& exception, Error* error);
    /** Marks an exception revoked by the acting user; it stays on record. */
    [[nodiscard]] bool revoke(StudentException& exception, Error* error);

private:
    QList<StudentException> select(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
