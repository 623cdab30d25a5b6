// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dd {

class Database;

/**
 * Logging in and managing accounts.
 *
 * Passwords are stored only as libsodium crypto_pwhash_str strings (Argon2id with
 * at least the interactive limits). After three failed logins in a row, each
 * further attempt must wait twice as long as the one before (1 s, 2 s, 4 s, … up
 * to 15 minutes), counted in the database so that restarting the program does not
 * reset it; a successful login resets it.
 */
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(dd::Accounts)

public:
    explicit Accounts(Database& db);

    /** The shortest password accepted. */
    static constexpr int kMinimumPasswordLength = 8;

    /** An Argon2id hash string of \a password; empty with \a error on failure. */
    static QString hashPassword(const QString& password, Error* error);
    /** Whether \a password matches the stored \a hash. */
    static bool passwordMatches(const QString& hash, const QString& password);
    /** The wait after \a failures failed logins in a row, in seconds (0 for fewer than three). */
    static int backoffSeconds(int failures);

    /**
     * Checks \a password for \a username and makes them the acting user. The attempt is
     * counted before the check (in one writing transaction, so that guesses made at once
     * queue for it) and the count reset by a success; while the back-off lasts an attempt
     * is refused without looking at the password (\a error says how long). An unknown
     * account, one without a password and a wrong password get the same answer after the
     * same work (a hash is checked in every case).
     */
    bool logIn(const QString& username, const QString& password, Error* error, const QDateTime& now = {});

    /**
     * Whether \a username must give a password to come in: always where login is
     * required; otherwise for every account that has one, and for an unknown name.
     */
    [[nodiscard]] bool needsPassword(const QString& username, bool* needed, Error* error) const;
    /**
     * Makes \a username the acting user without a password: only an active account
     * without one, where login is not required (a single-user database). Refused
     * otherwise, with the reason.
     */
    [[nodiscard]] bool enterWithoutPassword(const QString& username, Error* error);

    /** Adds \a user with \a password (may be empty: then the account cannot log in). */
    [[nodiscard]] bool addUser(User& user, const QString& password, Error* error);
    /** Sets the password of \a username (an administrator, or the user themself). */
    [[nodiscard]] bool setPassword(const QString& username, const QString& password, Error* error);
    /** Sets a password hash made earlier with hashPassword() (the demo accounts). */
    [[nodiscard]] bool setPasswordHash(const QString& username, const QString& hash, Error* error);
    [[nodiscard]] bool setRole(const QString& username, const QString& role, Error* error);
    [[nodiscard]] bool setActive(const QString& username, bool active, Error* error);
    /** Requires everyone to log in (only when an active administrator has a password), or stops requiring it. */
    [[nodiscard]] bool setLoginRequired(bool required, Error* error);
    /** Whether everyone must log in with a password (otherwise the CLI and app act as the administrator). */
    static bool loginRequired(const Database& db);

private:
    /** Checks \a password against a hash no account has, as long as a real check takes; false. */
    static bool verifyWithoutAccount(const QString& password);
    [[nodiscard]] bool checkPassword(const QString& password, Error* error) const;
    [[nodiscard]] bool updateUser(const QString& username, const QString& assignments, const QVariantList& values,
                                  Error* error);

    Database& m_db;
};

} // namespace dd
