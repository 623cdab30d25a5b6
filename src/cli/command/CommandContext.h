// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QString>
#include <QTextStream>

namespace dd {

class Database;

/**
 * What every command of dualdegree-cli works with: the output streams and the
 * global options (--db, --user, --data), and the one way of opening the database
 * and logging in.
 */
class CommandContext
{
public:
    /** Where a password is read from before the terminal is asked. */
    enum class PasswordVariable {
        Login, ///< DUALDEGREE_PASSWORD: the acting user's password
        NewPassword, ///< DUALDEGREE_NEW_PASSWORD: a password being set
        KeyPassphrase ///< DUALDEGREE_KEY_PASSPHRASE: an institution key's passphrase or PIN
    };

    CommandContext(QTextStream& out, QTextStream& err);

    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }

    const QString& databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    const QString& user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }
    const QString& dataDir() const { return m_dataDir; }
    void setDataDir(const QString& dir) { m_dataDir = dir; }

    /** Writes "dualdegree-cli: \a reason" to standard error; returns \a exitCode. */
    int fail(const QString& reason, int exitCode = 1) const;

    /**
     * Opens the database at databasePath() and logs in as user(), or acts as the
     * administrator where no login is required. A failure is reported on standard
     * error; returns false then.
     */
    [[nodiscard]] bool openDatabase(Database& db) const;

    /** A password from the environment, or typed at the terminal without echo. */
    [[nodiscard]] bool readPassword(const QString& prompt, PasswordVariable variable, QString* password,
                                    Error* error) const;

    /** The passphrase of a signing key: DUALDEGREE_KEY_PASSPHRASE, else typed at the terminal; never kept. */
    [[nodiscard]] bool readKeySecret(const QString& what, QByteArray* secret, Error* error) const;

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    QString m_user;
    QString m_dataDir;
    mutable QString m_loginPassword; // read once per command
};

} // namespace dd
