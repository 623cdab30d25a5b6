// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TransferCredit.h"

#include <QList>

namespace dd {

class Database;

/** Transfer credits recorded for students, with the results they came from. */
class TransferCreditRepository
{
public:
    explicit TransferCreditRepository(Database& db);

    QList<TransferCredit> forStudent(const QString& studentId, QString* error) const;
    /** Records \a credit (status applied) as decided by the acting user now. */
    bool insert(TransferCredit& credit, QString* error);
    /** Marks \a credit reversed, with a reason; the record stays. */
    bool reverse(TransferCredit& credit, const QString& reason, QString* error, bool* conflict = nullptr);

private:
    Database& m_db;
};

} // namespace dd
