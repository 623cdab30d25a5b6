// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/TransferCredit.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace dd {

class Database;

/** Transfer credits recorded for students, with the results they came from. */
class TransferCreditRepository
{
public:
    explicit TransferCreditRepository(Database& db);

    /** Every transfer of \a studentId, applied or reversed, oldest first. */
    QList<TransferCredit> forStudent(const QString& studentId, QString* error) const;
    /** Every transfer decided under any version of the equivalency lineage \a lineageId. */
    QList<TransferCredit> forLineage(qint64 lineageId, QString* error) const;
    QList<TransferCredit> all(QString* error) const;
    std::optional<TransferCredit> findById(qint64 id, QString* error) const;
    /** Records \a credit (status applied) as decided by the acting user now. */
    bool insert(TransferCredit& credit, QString* error);
    /** Marks \a credit reversed by the acting user, with a reason; the record stays. */
    bool reverse(TransferCredit& credit, const QString& reason, QString* error, bool* conflict = nullptr);

private:
    QList<TransferCredit> select(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
