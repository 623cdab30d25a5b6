// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "data/backup/DatabaseBackup.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace dd;
using ddtest::scalar;

namespace {

const QByteArray kStudentsHeader = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,"
                                   "date_of_birth,nationality,passport_no,email,cohort,status\n";

/** \a count new students, numbered from \a first: as many new log rows. */
QByteArray newStudents(int first, int count)
{
    QByteArray csv = kStudentsHeader;
    for (int i = first; i < first + count; ++i) {
        csv += QStringLiteral("DD2099%1,,,Test,Student%1,,,2003-01-01,TH,P%1,,2023,active\n")
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return csv;
}

QString firstProblem(const ChangeLogReport& report)
{
    return report.problems.isEmpty() ? QString() : report.problems.first().toString();
}

void putInPlace(const QString& copy, const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    REQUIRE(QFile::copy(copy, path));
}

/** Opens \a path again as its administrator (the demo's has no password). */
void reopen(Database& db, const QString& path)
{
    Error error;
    INFO(error.message().toStdString());
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    REQUIRE(Accounts(db).enterWithoutPassword(QStringLiteral("admin"), &error));
}

} // namespace

TEST_CASE("Attack: a database put back to an older copy takes no change until it is adopted, and an import cannot"
          " hide it",
          "[changelog][head][attack][file]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    REQUIRE(ddtest::importCsv(db, QStringLiteral("students"), newStudents(1, 2)).isEmpty());
    db.close();
    const QString older = t.dir() + QStringLiteral("/older.db");
    REQUIRE(QFile::copy(t.path(), older));
    reopen(db, t.path());
    REQUIRE(ddtest::importCsv(db, QStringLiteral("students"), newStudents(3, 3)).isEmpty());
    const qint64 headRow = scalar(db, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    db.close();

    // The older copy goes back in place; its chain head stays beside it.
    putInPlace(older, t.path());
    reopen(db, t.path());
    CHECK(db.writesRefused());
    CHECK_FALSE(db.isReadOnly());
    CHECK(db.headProblem().contains(QStringLiteral("records row %1").arg(headRow)));
    CHECK(firstProblem(ddtest::verifiedLog(db)).contains(QLatin1String("an older copy was put in its place")));

    // Before, this import wrote more rows than were cut and moved the head past them: clean again.
    const int students = t.count(QStringLiteral("students"));
    const QString refused = ddtest::importCsv(db, QStringLiteral("students"), newStudents(10, 20));
    CHECK(refused.contains(QLatin1String("an older copy was put in its place")));
    CHECK(t.count(QStringLiteral("students")) == students);
    // Nor does a statement that goes around the importer.
    {
        QSqlQuery raw(db.connection());
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE students SET email = 'x@example.org'")));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM disclosures")));
        CHECK(raw.exec(QStringLiteral("SELECT count(*) FROM students")));
    }
    ChangeLogHead head;
    Error error;
    REQUIRE(ChangeLogHead::read(ChangeLogHead::path(t.path()), &head, &error));
    CHECK(head.seq == headRow);
    CHECK_FALSE(ddtest::verifiedLog(db).intact());

    // A viewer may not adopt it; the administrator may, and the log says so.
    Database viewer;
    REQUIRE(viewer.open(t.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(Accounts(viewer).logIn(QStringLiteral("viewer"), QStringLiteral("viewer-demo-2020"), &error));
    CHECK_FALSE(ChangeLogHead::adopt(viewer, QStringLiteral("adopted"), QStringLiteral("by a viewer"), &error));
    CHECK(error.message().contains(QLatin1String("viewer")));
    viewer.close();
    {
        const ChangeReason reason(db, QStringLiteral("the disk was replaced; this copy is the newest we have"));
        REQUIRE(ChangeLogHead::adopt(db, QStringLiteral("adopted"), QStringLiteral("test"), &error));
    }
    CHECK_FALSE(db.writesRefused());
    const ChangeLogReport report = ddtest::verifiedLog(db);
    INFO(firstProblem(report).toStdString());
    CHECK(report.intact());
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.first().contains(QLatin1String("adopted")));
    CHECK(report.notes.first().contains(QLatin1String("admin")));
    CHECK(report.notes.first().contains(QLatin1String("the disk was replaced")));
    const QString accepted = ddtest::importCsv(db, QStringLiteral("students"), newStudents(10, 20));
    INFO(accepted.toStdString());
    CHECK(accepted.isEmpty());
    CHECK(ddtest::verifiedLog(db).intact());
}

TEST_CASE("Attack: a deleted, edited or unreadable chain head fails the check and stops writes",
          "[changelog][head][attack][file]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    const QString headFile = ChangeLogHead::path(t.path());
    ChangeLogHead head;
    Error error;
    REQUIRE(ChangeLogHead::read(headFile, &head, &error));
    db.close();
    QByteArray original;
    {
        QFile f(headFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        original = f.readAll();
    }
    const auto writeHead = [&headFile](const QByteArray& bytes) {
        QFile f(headFile);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(headFile));
        reopen(db, t.path());
        CHECK(db.headProblem().contains(QLatin1String("has no chain head beside it")));
    }
    SECTION("edited: another row's seal")
    {
        writeHead(QByteArray(original).replace(head.hash.toLatin1(), QByteArray(64, 'a')));
        reopen(db, t.path());
        CHECK(db.headProblem().contains(QStringLiteral("row %1 of the change log").arg(head.seq)));
    }
    SECTION("edited: a later row")
    {
        writeHead(QByteArray(original).replace(QByteArray::number(head.seq), QByteArray::number(head.seq + 5)));
        reopen(db, t.path());
        CHECK(db.headProblem().contains(QStringLiteral("records row %1").arg(head.seq + 5)));
    }
    SECTION("not a head")
    {
        writeHead("{\"seq\": \"x\"}");
        reopen(db, t.path());
        CHECK(db.headProblem().contains(QLatin1String("cannot be read")));
    }
    CHECK(db.writesRefused());
    CHECK_FALSE(ddtest::verifiedLog(db).intact());
    CHECK_FALSE(ddtest::importCsv(db, QStringLiteral("students"), newStudents(1, 1)).isEmpty());
}

TEST_CASE("Copies made by backup carry their head, and a restore is recorded in the restored log",
          "[changelog][head][backup][file]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    Error error;
    const QString copy = t.dir() + QStringLiteral("/copy.db");
    REQUIRE(DatabaseBackup::backupTo(db, copy, &error));
    CHECK(QFile::exists(ChangeLogHead::path(copy)));
    {
        Database opened;
        reopen(opened, copy);
        CHECK(opened.headProblem().isEmpty());
        CHECK(ddtest::verifiedLog(opened).intact());
    }
    REQUIRE(ddtest::importCsv(db, QStringLiteral("students"), newStudents(1, 4)).isEmpty());
    db.close();

    QString previous;
    REQUIRE(DatabaseBackup::restore(copy, t.path(), &previous, &error));
    reopen(db, t.path());
    // Until the restore is recorded, the file is an older copy like any other.
    CHECK(db.writesRefused());
    REQUIRE(DatabaseBackup::recordRestore(db, copy, previous, &error));
    CHECK_FALSE(db.writesRefused());
    const ChangeLogReport report = ddtest::verifiedLog(db);
    INFO(firstProblem(report).toStdString());
    CHECK(report.intact());
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.first().contains(QLatin1String("restored")));
    CHECK(report.notes.first().contains(copy));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM database_events WHERE kind = 'restored'")).toInt() == 1);
}
