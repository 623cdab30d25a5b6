// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/Accounts.h"

#include "core/text/FieldLimits.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/db/Transaction.h"
#include "data/repositories/UserRepository.h"

#include <QSqlQuery>

#include <sodium.h>

namespace dd {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Accounts::Accounts(Database& db)
    : m_db(db)
{
}

QString Accounts::hashPassword(const QString& password, Error* error)
{
    if (!sodiumReady()) {
        *error = Error::storage(tr("the password library cannot start"));
        return QString();
    }
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int result = crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (result != 0) {
        *error = Error::storage(tr("not enough memory to hash the password"));
        return QString();
    }
    return QString::fromLatin1(hash);
}

bool Accounts::passwordMatches(const QString& hash, const QString& password)
{
    if (hash.isEmpty() || !sodiumReady()) {
        return false;
    }
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

int Accounts::backoffSeconds(int failures)
{
    if (failures < 3) {
        return 0;
    }
    return failures - 3 >= 10 ? 900 : std::min(900, 1 << (failures - 3));
}

bool Accounts::verifyWithoutAccount(const QString& password)
{
    // The same work as checking a real hash, so that the time of the answer says nothing.
    static const QString dummy = [] {
        Error ignored;
        return hashPassword(QStringLiteral("no account has this password"), &ignored);
    }();
    const bool matches = passwordMatches(dummy, password);
    Q_UNUSED(matches)
    return false;
}

bool Accounts::logIn(const QString& username, const QString& password, Error* error, const QDateTime& now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    // One message for an unknown user, an account without a password and a wrong password.
    const Error refused = Error::refused(tr("wrong user name or password"));
    QString hash;
    bool active = false;
    bool known = false;
    // A database that takes no writes (a copy on a read-only medium, or one behind its chain
    // head until it is adopted) cannot count: whoever holds the file holds the hashes too,
    // so counting would protect nothing there.
    const bool counted = !m_db.writesRefused();
    {
        // The attempt is counted before the password is checked, in one writing transaction,
        // so that guesses made at once cannot all be checked before the back-off starts.
        Transaction tx(m_db, counted ? Transaction::Mode::Immediate : Transaction::Mode::Deferred, error);
        if (!tx.isActive()) {
            return false;
        }
        QSqlQuery q(m_db.connection());
        if (!Sql::run(q,
                      QStringLiteral("SELECT password_hash, failed_logins, last_failed_at, active FROM users"
                                     " WHERE username = ?"),
                      {username}, error)) {
            return false;
        }
        known = q.next();
        if (known) {
            hash = q.value(0).toString();
            const int failures = q.value(1).toInt();
            const QDateTime lastFailed = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            active = q.value(3).toInt() != 0;
            q.finish();
            const int wait = backoffSeconds(failures);
            if (wait > 0 && lastFailed.isValid() && at < lastFailed.addSecs(wait)) {
                *error = Error::refused(tr("%1 failed logins in a row for %2: try again in %3 s")
                                            .arg(failures)
                                            .arg(username)
                                            .arg(std::max<qint64>(1, at.secsTo(lastFailed.addSecs(wait)))));
                return false;
            }
            if (counted
                && !Sql::run(q,
                             QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ?"
                                            " WHERE username = ?"),
                             {at.toUTC().toString(Qt::ISODateWithMs), username}, error)) {
                return false;
            }
            if (!tx.commit(error)) {
                return false;
            }
        }
    }
    const bool matches = known && !hash.isEmpty() ? passwordMatches(hash, password) : verifyWithoutAccount(password);
    if (!matches) {
        *error = refused;
        return false;
    }
    if (!active) {
        *error = Error::refused(tr("the account %1 is disabled").arg(username));
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (counted
        && !Sql::run(q, QStringLiteral("UPDATE users SET failed_logins = 0, last_failed_at = NULL WHERE username = ?"),
                     {username}, error)) {
        return false;
    }
    const std::optional<User> user = UserRepository(m_db).find(username, error);
    if (!user) {
        return false;
    }
    m_db.setActingUser(*user);
    return true;
}

bool Accounts::needsPassword(const QString& username, bool* needed, Error* error) const
{
    if (loginRequired(m_db)) {
        *needed = true;
        return true;
    }
    Error readError;
    const std::optional<User> user = UserRepository(m_db).find(username, &readError);
    if (readError.isSet()) {
        *error = readError;
        return false;
    }
    // An unknown account needs one like any other: the answer says nothing about who exists.
    *needed = !user || user->hasPassword;
    return true;
}

bool Accounts::enterWithoutPassword(const QString& username, Error* error)
{
    Error readError;
    const std::optional<User> user = UserRepository(m_db).find(username, &readError);
    if (readError.isSet()) {
        *error = readError;
        return false;
    }
    if (!user) {
        *error = Error::refused(tr("wrong user name or password"));
        return false;
    }
    if (loginRequired(m_db)) {
        *error = Error::refused(tr("this database requires logging in"));
        return false;
    }
    if (user->hasPassword) {
        *error = Error::refused(tr("%1 has a password: log in with it").arg(username));
        return false;
    }
    if (!user->active) {
        *error = Error::refused(tr("the account %1 is disabled").arg(username));
        return false;
    }
    m_db.setActingUser(*user);
    return true;
}

bool Accounts::checkPassword(const QString& password, Error* error) const
{
    if (password.size() < kMinimumPasswordLength) {
        *error = Error::invalid(tr("a password needs at least %1 characters").arg(kMinimumPasswordLength));
        return false;
    }
    return true;
}

bool Accounts::addUser(User& user, const QString& password, Error* error)
{
    if (!password.isEmpty() && !checkPassword(password, error)) {
        return false;
    }
    if (!Permissions::allRoles().contains(user.role)) {
        *error = Error::invalid(
            tr("'%1' is not a role (%2)").arg(user.role, Permissions::allRoles().join(QStringLiteral(", "))));
        return false;
    }
    QString reason;
    if (!FieldRules::identifier(user.username, &reason)) {
        *error = Error::invalid(tr("the user name %1").arg(reason));
        return false;
    }
    if (!FieldRules::text(user.displayName, FieldLimits::kName, FieldRules::TextKind::Line, &reason)) {
        *error = Error::invalid(tr("the name %1").arg(reason));
        return false;
    }
    const QString hash = password.isEmpty() ? QString() : hashPassword(password, error);
    if (!password.isEmpty() && hash.isEmpty()) {
        return false;
    }
    return UserRepository(m_db).insert(user, hash, error);
}

bool Accounts::updateUser(const QString& username, const QString& assignments, const QVariantList& values, Error* error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q, QStringLiteral("UPDATE users SET %1, row_version = row_version + 1 WHERE username = ?").arg(assignments),
            QVariantList(values) << username, error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::notFound(tr("no user %1").arg(username));
        return false;
    }
    return true;
}

bool Accounts::setPassword(const QString& username, const QString& password, Error* error)
{
    if (username != m_db.session().username() && !m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    if (!checkPassword(password, error)) {
        return false;
    }
    const QString hash = hashPassword(password, error);
    return !hash.isEmpty() && setPasswordHash(username, hash, error);
}

bool Accounts::setPasswordHash(const QString& username, const QString& hash, Error* error)
{
    if (username != m_db.session().username() && !m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    const ChangeReason why(m_db, QStringLiteral("password set"));
    return updateUser(username,
                      QStringLiteral("password_hash = ?, password_changed_at = ?, failed_logins = 0,"
                                     " last_failed_at = NULL"),
                      {hash, Database::nowUtc()}, error);
}

bool Accounts::setRole(const QString& username, const QString& role, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    if (!Permissions::allRoles().contains(role)) {
        *error = Error::invalid(
            tr("'%1' is not a role (%2)").arg(role, Permissions::allRoles().join(QStringLiteral(", "))));
        return false;
    }
    const ChangeReason why(m_db, QStringLiteral("role changed"));
    return updateUser(username, QStringLiteral("role = ?"), {role}, error);
}

bool Accounts::setActive(const QString& username, bool active, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    if (!active && username == m_db.session().username()) {
        *error = Error::refused(tr("you cannot disable your own account"));
        return false;
    }
    const ChangeReason why(m_db, active ? QStringLiteral("account enabled") : QStringLiteral("account disabled"));
    return updateUser(username, QStringLiteral("active = ?"), {active ? 1 : 0}, error);
}

bool Accounts::setLoginRequired(bool required, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageUsers, error)) {
        return false;
    }
    if (required) {
        QVariant admins;
        if (!Sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1"
                                        " AND password_hash IS NOT NULL"),
                         {}, &admins, error)) {
            return false;
        }
        if (admins.toInt() == 0) {
            *error = Error::refused(tr("no administrator has a password yet: set one first, or no one could manage"
                                       " the users afterwards"));
            return false;
        }
    }
    QSqlQuery q(m_db.connection());
    return Sql::run(q, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'login_required'"),
                    {required ? QStringLiteral("1") : QStringLiteral("0")}, error);
}

bool Accounts::loginRequired(const Database& db)
{
    QVariant value;
    Error error;
    // Not known to be off is on: a database whose setting cannot be read asks for a login.
    if (!Sql::scalar(db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'login_required'"), {}, &value,
                     &error)) {
        qWarning("cannot read whether %s requires a login: %s", qPrintable(db.path()), qPrintable(error.message()));
        return true;
    }
    return value.toString() == QLatin1String("1");
}

} // namespace dd
