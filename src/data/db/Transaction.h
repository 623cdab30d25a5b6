// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;

/**
 * A transaction on \a db for the lifetime of the object, rolled back by the
 * destructor unless commit() succeeded:
 *
 *     Transaction tx(db, Transaction::Mode::Immediate, error);
 *     if (!tx.isActive())
 *         return false;
 *     … write …
 *     return tx.commit(error);
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(dd::Transaction)

public:
    enum class Mode {
        /** Takes the write lock at the first write (reads that decide nothing, a dry run). */
        Deferred,
        /**
         * Takes the write lock at once (on a server: the writers' queue), so that what is
         * validated inside cannot change before it is written.
         */
        Immediate
    };

    /** Begins the transaction; when it cannot, isActive() is false and \a error says why. */
    Transaction(Database& db, Mode mode, Error* error);
    /** Rolls back unless committed. */
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** Whether the transaction began and has neither committed nor rolled back. */
    bool isActive() const { return m_active; }

    /** Commits; on a failure the transaction has rolled back and \a error says why. */
    [[nodiscard]] bool commit(Error* error);
    /** Rolls back now (the destructor would otherwise). */
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace dd
