// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/Accounts.h"
#include "TestSupport.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"
#include "data/repositories/UserRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <limits>

using namespace dd;

TEST_CASE("Passwords are Argon2id hashes that match only the password", "[accounts]")
{
    Error error;
    const QString hash = Accounts::hashPassword(QStringLiteral("correct horse"), &error);
    CHECK(hash.startsWith(QLatin1String("$argon2id$")));
    CHECK(Accounts::passwordMatches(hash, QStringLiteral("correct horse")));
    CHECK_FALSE(Accounts::passwordMatches(hash, QStringLiteral("correct horse ")));
    CHECK_FALSE(Accounts::passwordMatches(QString(), QString()));
    // Salted: the same password hashes differently each time.
    CHECK(Accounts::hashPassword(QStringLiteral("correct horse"), &error) != hash);
}

TEST_CASE("Failed logins back off, and a success resets the count", "[accounts]")
{
    ddtest::TempDatabase t(true);
    Accounts accounts(t.db());
    const QString user = QStringLiteral("cqupt.registrar");
    Error error;
    const QDateTime start(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    CHECK(Accounts::backoffSeconds(2) == 0);
    CHECK(Accounts::backoffSeconds(3) == 1);
    CHECK(Accounts::backoffSeconds(6) == 8);
    CHECK(Accounts::backoffSeconds(40) == 900);

    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(accounts.logIn(user, QStringLiteral("guess %1").arg(i), &error, start.addSecs(i)));
        CHECK(error.message() == QStringLiteral("wrong user name or password"));
    }
    // The fourth attempt within a second is refused without looking at the password.
    CHECK_FALSE(accounts.logIn(user, QStringLiteral("cqupt-demo-2020"), &error, start.addSecs(2)));
    CHECK(error.message() == QStringLiteral("3 failed logins in a row for cqupt.registrar: try again in 1 s"));
    CHECK(t.db().session().username() == QLatin1String("admin"));
    // After the wait, the right password logs in and the count starts again.
    REQUIRE(accounts.logIn(user, QStringLiteral("cqupt-demo-2020"), &error, start.addSecs(4)));
    CHECK(t.db().session().username() == user);
    CHECK(t.db().session().user().role == QLatin1String("cqupt_registrar"));
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT failed_logins FROM users WHERE username = 'cqupt.registrar'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // Unknown users get the same answer as wrong passwords.
    CHECK_FALSE(accounts.logIn(QStringLiteral("nobody"), QStringLiteral("x"), &error));
    CHECK(error.message() == QStringLiteral("wrong user name or password"));
}

TEST_CASE("A disabled account cannot log in — login can be required only with an administrator's password",
          "[accounts]")
{
    ddtest::TempDatabase t;
    Accounts accounts(t.db());
    Error error;
    CHECK_FALSE(Accounts::loginRequired(t.db()));
    CHECK_FALSE(accounts.setLoginRequired(true, &error));
    CHECK(error.message().contains(QLatin1String("no administrator has a password")));
    CHECK_FALSE(accounts.setPassword(QStringLiteral("admin"), QStringLiteral("short"), &error));
    CHECK(error.message() == QStringLiteral("a password needs at least 8 characters"));
    REQUIRE(accounts.setPassword(QStringLiteral("admin"), QStringLiteral("long enough"), &error));
    REQUIRE(accounts.setLoginRequired(true, &error));
    CHECK(Accounts::loginRequired(t.db()));

    User viewer;
    viewer.username = QStringLiteral("guest");
    viewer.role = QStringLiteral("viewer");
    REQUIRE(accounts.addUser(viewer, QStringLiteral("guest password"), &error));
    REQUIRE(accounts.setActive(QStringLiteral("guest"), false, &error));
    CHECK_FALSE(accounts.logIn(QStringLiteral("guest"), QStringLiteral("guest password"), &error));
    CHECK(error.message() == QStringLiteral("the account guest is disabled"));
    CHECK_FALSE(accounts.setActive(QStringLiteral("admin"), false, &error));
}

TEST_CASE("Seeded passwords never appear in the database, its WAL or its copies", "[accounts][file]")
{
    ddtest::TempDatabase t(true);
    Error error;
    // Changes after the seeding, so that the write-ahead log holds pages of users too.
    REQUIRE(Accounts(t.db()).setPassword(QStringLiteral("viewer"), QStringLiteral("viewer-changed-2026"), &error));
    REQUIRE(DatabaseBackup::backupTo(t.db(), t.dir() + QStringLiteral("/copy.db"), &error));
    QString automatic;
    REQUIRE(DatabaseBackup::automatic(t.db(), QStringLiteral("test"), 3, &automatic, &error));
    const QByteArray wal = ddtest::readFile(t.path() + QStringLiteral("-wal"));
    CHECK(wal.size() > 0);

    QStringList passwords;
    const QStringList lines
        = QString::fromUtf8(ddtest::readFile(ddtest::sourceDataDir() + QStringLiteral("/demo/users.csv")))
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
              .mid(1);
    for (const QString& line : lines) {
        // The administrator has none: the demo is a single-user database.
        const QString password = line.section(QLatin1Char(','), -1).trimmed();
        if (!password.isEmpty()) {
            passwords << password;
        }
    }
    passwords << QStringLiteral("viewer-changed-2026");
    REQUIRE(passwords.size() == 4);

    int files = 0;
    QDirIterator it(t.dir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = ddtest::readFile(file);
        ++files;
        for (const QString& password : passwords) {
            INFO(file.toStdString() << " / " << password.toStdString());
            CHECK_FALSE(bytes.contains(password.toUtf8()));
            CHECK_FALSE(bytes.contains(password.toUtf8().toBase64()));
            CHECK_FALSE(bytes.contains(password.toUtf8().toHex()));
        }
    }
    CHECK(files >= 4); // the database, its WAL, the copy, the automatic copy
    // The hashes are there instead.
    CHECK(ddtest::readFile(t.dir() + QStringLiteral("/copy.db")).contains("$argon2id$"));
}

TEST_CASE("Attack: an account with a password always proves it, also where login is not required", "[accounts][attack]")
{
    ddtest::TempDatabase t;
    Accounts accounts(t.db());
    Error error;
    const QString admin = DatabaseSetup::defaultAdministrator();
    // A single-user database: its administrator has no password and comes in without one.
    bool needed = true;
    REQUIRE(accounts.needsPassword(admin, &needed, &error));
    CHECK_FALSE(needed);
    REQUIRE(accounts.enterWithoutPassword(admin, &error));
    CHECK(t.db().session().username() == admin);

    // Once the administrator has a password, every door asks for it.
    REQUIRE(accounts.setPassword(admin, QStringLiteral("long enough"), &error));
    REQUIRE(accounts.needsPassword(admin, &needed, &error));
    CHECK(needed);
    CHECK_FALSE(accounts.enterWithoutPassword(admin, &error));
    CHECK(error.is(Error::Kind::Refused));
    CHECK(error.message() == QStringLiteral("admin has a password: log in with it"));
    // An unknown account needs a password like any other: the answer says nothing about who exists.
    REQUIRE(accounts.needsPassword(QStringLiteral("nobody"), &needed, &error));
    CHECK(needed);
    CHECK_FALSE(accounts.enterWithoutPassword(QStringLiteral("nobody"), &error));
    CHECK(error.message() == QStringLiteral("wrong user name or password"));
}

TEST_CASE("Attack: an unknown user is answered like a wrong password, in as much time", "[accounts][attack][slow]")
{
    ddtest::TempDatabase t(true);
    Accounts accounts(t.db());
    Error error;
    auto fastest = [&](const QString& user) {
        qint64 best = std::numeric_limits<qint64>::max();
        // Not a speed goal: the two must not differ by the cost of a hash check. The fastest
        // of five is compared, with a wide margin, so that a busy machine does not decide.
        for (int i = 0; i < 5; ++i) {
            // An hour apart, so that the back-off never answers instead of the check.
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600 * (i + 1));
            QElapsedTimer timer;
            timer.start();
            CHECK_FALSE(accounts.logIn(user, QStringLiteral("not the password"), &error, at));
            best = std::min(best, timer.nsecsElapsed());
            CHECK(error.message() == QStringLiteral("wrong user name or password"));
        }
        return best;
    };
    const qint64 known = fastest(QStringLiteral("viewer"));
    const qint64 unknown = fastest(QStringLiteral("mallory"));
    // A passwordless account answers in the same time too.
    User open;
    open.username = QStringLiteral("open");
    open.role = QStringLiteral("viewer");
    REQUIRE(accounts.addUser(open, QString(), &error));
    const qint64 passwordless = fastest(QStringLiteral("open"));
    INFO("known " << known / 1000000 << " ms, unknown " << unknown / 1000000 << " ms, passwordless "
                  << passwordless / 1000000 << " ms");
    CHECK(unknown * 4 > known);
    CHECK(passwordless * 4 > known);
}
