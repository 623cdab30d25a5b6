// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Transaction.h"

#include "data/db/Database.h"

namespace dd {

Transaction::Transaction(Database& db, Mode mode, Error* error)
    : m_db(db)
{
    m_active = m_db.begin(mode, error);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(Error* error)
{
    if (!m_active) {
        *error = Error::storage(tr("internal error: commit without a transaction"));
        return false;
    }
    m_active = false; // a failed COMMIT has rolled back already
    return m_db.commit(error);
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}

} // namespace dd
