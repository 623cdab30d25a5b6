// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/UserRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, username, display_name, role, active, row_version, password_hash IS NOT NULL FROM users");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.active = q.value(4).toInt() != 0;
    u.rowVersion = q.value(5).toInt();
    u.hasPassword = q.value(6).toBool();
    return u;
}

} // namespace

UserRepository::UserRepository(Database& db)
    : m_db(db)
{
}

std::optional<User> UserRepository::find(const QString& username, Error* error) const
{
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, kSelect + QStringLiteral(" WHERE username = ?"), {username}, error) || !q.next()) {
        return std::nullopt;
    }
    return readUser(q);
}

QList<User> UserRepository::all(Error* error) const
{
    QList<User> out;
    QSqlQuery q(m_db.connection());
    if (Sql::run(q, kSelect + QStringLiteral(" ORDER BY username"), {}, error)) {
        while (q.next()) {
            out.append(readUser(q));
        }
    }
    return out;
}

bool UserRepository::insert(User& user, const QString& passwordHash, Error* error)
{
    // The first account of a new database is made before anyone can act.
    QVariant users;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM users"), {}, &users, error)) {
        return false;
    }
    if (users.toInt() > 0 && !m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO users (username, display_name, role, active, created_at, password_hash,"
                                 " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {user.username, user.displayName, user.role, user.active ? 1 : 0, now,
                   passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(passwordHash),
                   passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(now)},
                  error)) {
        *error = error->withMessage(tr("cannot add user '%1': %2").arg(user.username, error->message()));
        return false;
    }
    user.id = q.lastInsertId().toLongLong();
    user.rowVersion = 1;
    user.hasPassword = !passwordHash.isEmpty();
    return true;
}

} // namespace dd
