// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/TransferCredit.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace dd {

class Database;

/** Transfer credits recorded for students, with the results they came from. */
class TransferCreditRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::TransferCreditRepository)

public:
    explicit TransferCreditRepository(Database& db);

    /** Every transfer of \a studentId, applied or reversed, oldest first. */
    QList<TransferCredit> forStudent(const QString& studentId, Error* error) const;
    /** Every transfer decided under any version of the equivalency lineage \a lineageId. */
    QList<TransferCredit> forLineage(qint64 lineageId, Error* error) const;
    QList<TransferCredit> all(Error* error) const;
    std::optional<TransferCredit> findById(qint64 id, Error* error) const;
    /** Records \a credit (status applied) as decided by the acting user now. */
    [[nodiscard]] bool insert(TransferCredit& credit, Error* error);
    /** Marks \a credit reversed by the acting user, with a reason; the record stays. */
    [[nodiscard]] bool reverse(TransferCredit& credit, const QString& reason, Error* error);

private:
    QList<TransferCredit> select(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
