// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** Users of the database. */
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::UserRepository)

public:
    explicit UserRepository(Database& db);

    /** The user called \a username; std::nullopt when unknown (\a error is set only on failure). */
    std::optional<User> find(const QString& username, Error* error) const;
    QList<User> all(Error* error) const;
    /**
     * Adds \a user with the stored form of their password (empty: none yet). Managing
     * users is the administrator's, except for the first account of a new database.
     */
    [[nodiscard]] bool insert(User& user, const QString& passwordHash, Error* error);

private:
    Database& m_db;
};

} // namespace dd
