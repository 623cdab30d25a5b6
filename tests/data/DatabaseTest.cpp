// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Database.h"
#include "DemoFacts.h"
#include "TestSupport.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/DatabaseFile.h"
#include "data/db/Integrity.h"
#include "data/import/ImportReport.h"
#include "data/import/Importers.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace dd;
using ddtest::readFile;
using ddtest::writeFile;

namespace {

QVariant pragma(Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)));
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

/** Makes an SQLite file with a table of its own, as another application would. */
void makeForeignSqlite(const QString& path, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

QList<Migration> withExtraStep(const QStringList& statements)
{
    QList<Migration> migrations = allMigrations();
    Migration next;
    next.version = migrations.last().version + 1;
    next.description = QStringLiteral("test step");
    next.statements = statements;
    migrations.append(next);
    return migrations;
}

} // namespace

TEST_CASE("A new database gets the schema, WAL, full sync and foreign keys", "[database][file]")
{
    ddtest::TempDatabase t;
    Database& db = t.db();
    CHECK(db.migrator().version() == db.migrator().latestVersion());
    CHECK(db.migrator().version() >= 1);
    CHECK(pragma(db, "foreign_keys").toInt() == 1);
    CHECK(pragma(db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(db, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(db, "user_version").toInt() == db.migrator().latestVersion());

    const QStringList entities
        = {QStringLiteral("institutions"),  QStringLiteral("programmes"),        QStringLiteral("terms"),
           QStringLiteral("students"),      QStringLiteral("courses"),           QStringLiteral("results"),
           QStringLiteral("equivalencies"), QStringLiteral("transfer_credits"),  QStringLiteral("exceptions"),
           QStringLiteral("milestones"),    QStringLiteral("transcript_issues"), QStringLiteral("users")};
    const QStringList tables = db.connection().tables();
    for (const QString& table : entities) {
        INFO(table.toStdString());
        CHECK(tables.contains(table));
    }
    // Every editable table carries row_version for conflict detection.
    for (const QString& table : {QStringLiteral("students"), QStringLiteral("courses"), QStringLiteral("results"),
                                 QStringLiteral("equivalencies"), QStringLiteral("transfer_credits"),
                                 QStringLiteral("exceptions"), QStringLiteral("milestones"), QStringLiteral("users"),
                                 QStringLiteral("programmes"), QStringLiteral("institutions")}) {
        INFO(table.toStdString());
        CHECK(db.connection().record(table).contains(QStringLiteral("row_version")));
    }
    CHECK(t.count(QStringLiteral("institutions")) == 2);
    CHECK(t.count(QStringLiteral("programmes")) == 10);
}

TEST_CASE("A file that is not SQLite is refused and left untouched", "[database][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    writeFile(path, QByteArray("student_id,name\nDD1,x\n"));
    const QByteArray before = digest(path);
    Database db;
    Error error;
    CHECK_FALSE(db.open(path, Database::OpenMode::CreateIfMissing, &error));
    CHECK(error.message().contains(QStringLiteral("is not a DualDegree database")));
    CHECK(error.message().contains(QStringLiteral("left untouched")));
    CHECK(digest(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("An SQLite database of another application is refused and left untouched", "[database][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    makeForeignSqlite(path, 3);
    const QByteArray before = digest(path);
    Database db;
    Error error;
    CHECK_FALSE(db.open(path, Database::OpenMode::CreateIfMissing, &error));
    CHECK(error.message().contains(QStringLiteral("another application")));
    CHECK(digest(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A database from a newer version is refused and left untouched", "[database][file]")
{
    ddtest::TempDatabase t;
    const QString path = t.path();
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    t.db().close();
    const QByteArray before = digest(path);
    Database db;
    Error error;
    CHECK_FALSE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QStringLiteral("newer version")));
    CHECK(error.message().contains(QStringLiteral("schema 99")));
    CHECK(digest(path) == before);
}

TEST_CASE("Opening a missing file without create mode makes no file", "[database][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Database db;
    Error error;
    CHECK_FALSE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QStringLiteral("there is no database")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("An older database is backed up, then upgraded in order", "[database][migration][file]")
{
    ddtest::TempDatabase t;
    const QString path = t.path();
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("students"),
                              readFile(ddtest::sourceDataDir() + QStringLiteral("/demo/students.csv")))
                .isEmpty());
    const int oldVersion = t.db().migrator().version();
    t.db().close();

    Database db;
    db.migrator().setMigrations(
        withExtraStep({QStringLiteral("ALTER TABLE students ADD COLUMN preferred_name TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("CREATE INDEX students_preferred ON students (preferred_name)")}));
    Error error;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(db.migrator().version() == oldVersion + 1);
    CHECK(db.connection().record(QStringLiteral("students")).contains(QStringLiteral("preferred_name")));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM students")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == ddtest::kDemoStudents);

    // The copy taken before the upgrade is a complete database of the old version.
    const QString backup = db.migrator().preMigrationBackup();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    Database old;
    REQUIRE(old.open(backup, Database::OpenMode::OpenExisting, &error));
    CHECK(old.migrator().version() == oldVersion);
    CHECK_FALSE(old.connection().record(QStringLiteral("students")).contains(QStringLiteral("preferred_name")));
}

TEST_CASE("A failing upgrade changes nothing", "[database][migration][file]")
{
    ddtest::TempDatabase t;
    const QString path = t.path();
    const int oldVersion = t.db().migrator().version();
    t.db().close();

    Database db;
    db.migrator().setMigrations(withExtraStep({QStringLiteral("ALTER TABLE students ADD COLUMN nickname TEXT"),
                                               QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")}));
    Error error;
    CHECK_FALSE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QStringLiteral("nothing was changed")));
    CHECK(error.message().contains(QStringLiteral("test step")));

    Database again;
    REQUIRE(again.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(again.migrator().version() == oldVersion);
    CHECK_FALSE(again.connection().record(QStringLiteral("students")).contains(QStringLiteral("nickname")));
}

TEST_CASE("Backup writes a verified copy and never overwrites", "[database][file]")
{
    ddtest::TempDatabase t(true);
    const QString target = t.dir() + QStringLiteral("/copy.db");
    Error error;
    REQUIRE(DatabaseBackup::backupTo(t.db(), target, &error));
    Database copy;
    REQUIRE(copy.open(target, Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(copy.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM results")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == t.count(QStringLiteral("results")));
    CHECK_FALSE(DatabaseBackup::backupTo(t.db(), target, &error));
    CHECK(error.message().contains(QStringLiteral("exists already")));
}

TEST_CASE("A backup that cannot be written fails cleanly", "[database][file]")
{
    ddtest::TempDatabase t;
    Error error;
    const QString target = t.dir() + QStringLiteral("/no/such/folder/copy.db");
    CHECK_FALSE(DatabaseBackup::backupTo(t.db(), target, &error));
    CHECK(error.message().startsWith(QStringLiteral("backup to ")));
    CHECK_FALSE(QFileInfo::exists(target));
    // The database itself is still usable afterwards.
    QStringList problems;
    REQUIRE(Integrity::check(t.db(), &problems, &error));
    CHECK(problems.isEmpty());
}

TEST_CASE("check() reports integrity and foreign-key problems", "[database][file]")
{
    ddtest::TempDatabase t(true);
    QStringList problems;
    Error error;
    REQUIRE(Integrity::check(t.db(), &problems, &error));
    CHECK(problems.isEmpty());

    // Another tool could write with foreign keys off; check() must notice.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("UPDATE results SET course_ref = 999999 WHERE id = 1")));
    REQUIRE(Integrity::check(t.db(), &problems, &error));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("row 1 of results")));
}

TEST_CASE("A schema 1 database with transfers upgrades to the current schema", "[database][migration][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    Error error;
    {
        Database v1;
        v1.migrator().setMigrations({allMigrations().first()});
        REQUIRE(v1.open(path, Database::OpenMode::CreateIfMissing, &error));
        REQUIRE(v1.migrator().version() == 1);
        CHECK_FALSE(v1.connection().record(QStringLiteral("transfer_credits")).contains(QStringLiteral("reversed_by")));
    }
    Database db;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(db.migrator().version() == db.migrator().latestVersion());
    CHECK(db.connection().record(QStringLiteral("transfer_credits")).contains(QStringLiteral("reversed_by")));
    CHECK(db.connection().record(QStringLiteral("transfer_credits")).contains(QStringLiteral("reversed_at")));
    QStringList problems;
    REQUIRE(Integrity::check(db, &problems, &error));
    CHECK(problems.isEmpty());
}

namespace {

QString markOf(const QString& path, const QString& student, const QString& course)
{
    dd::Database db;
    Error error;
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT r.mark FROM results r JOIN students s ON s.id = r.student_ref"
                             " JOIN courses c ON c.id = r.course_ref WHERE s.student_id = ? AND c.code = ?"
                             " AND r.attempt = 'regular'"));
    q.addBindValue(student);
    q.addBindValue(course);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("An import takes a verified copy first and keeps only the newest ones", "[database][backup][file]")
{
    ddtest::TempDatabase t(true);
    const QString before = markOf(t.path(), QStringLiteral("DD2020001"), QStringLiteral("MAJ301"));
    dd::Importer::Options options;
    options.reason = QStringLiteral("re-marked");
    options.keepBackups = 2;
    QStringList copies;
    for (const char* mark : {"70", "71", "72"}) {
        dd::ImportReport report;
        const QByteArray csv = QByteArray("student_id,institution,course_code,term,mark,attempt\n"
                                          "DD2020001,CQUPT,MAJ301,2022-2023-1,")
            + mark + ",\n";
        std::unique_ptr<dd::Importer> importer = dd::Importers::create(QStringLiteral("results"), t.db());
        const bool ran = importer->run(csv, QStringLiteral("fix.csv"), options, &report);
        INFO((report.errors.isEmpty() ? QString() : report.errors.first().toString()).toStdString());
        REQUIRE(ran);
        REQUIRE(QFileInfo::exists(report.backup));
        CHECK(report.backup.startsWith(dd::DatabaseBackup::folder(t.path())));
        copies << report.backup;
    }
    // The first copy holds the database as it was before the first import; only two are kept.
    CHECK_FALSE(QFileInfo::exists(copies.at(0)));
    CHECK(DatabaseBackup::automaticBackups(t.db().path()) == QStringList({copies.at(2), copies.at(1)}));
    CHECK(markOf(copies.at(1), QStringLiteral("DD2020001"), QStringLiteral("MAJ301")) == QStringLiteral("70"));
    CHECK(markOf(t.path(), QStringLiteral("DD2020001"), QStringLiteral("MAJ301")) == QStringLiteral("72"));
    CHECK(before != QStringLiteral("72"));

    // A dry run writes nothing, not even a copy.
    options.dryRun = true;
    dd::ImportReport report;
    REQUIRE(dd::Importers::create(QStringLiteral("results"), t.db())
                ->run("student_id,institution,course_code,term,mark,attempt\n"
                      "DD2020001,CQUPT,MAJ301,2022-2023-1,73,\n",
                      QStringLiteral("fix.csv"), options, &report));
    CHECK(report.backup.isEmpty());
    CHECK(DatabaseBackup::automaticBackups(t.db().path()).size() == 2);
}

TEST_CASE("Restore puts a checked copy back and keeps the database it replaces", "[database][backup][file]")
{
    ddtest::TempDatabase t(true);
    const QString path = t.path();
    const QString copy = QDir(t.dir()).filePath(QStringLiteral("copy.db"));
    Error error;
    REQUIRE(DatabaseBackup::backupTo(t.db(), copy, &error));
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("results"),
                              "student_id,institution,course_code,term,mark,attempt\n"
                              "DD2020001,CQUPT,MAJ301,2022-2023-1,41,\n",
                              false, QStringLiteral("typo"))
                .isEmpty());
    const QString original = markOf(copy, QStringLiteral("DD2020001"), QStringLiteral("MAJ301"));
    t.db().close();

    // Not a database, or a damaged one: refused, and the target is untouched.
    const QString junk = QDir(t.dir()).filePath(QStringLiteral("junk.db"));
    ddtest::writeFile(junk, "SQLite format 3 but not really");
    QString previous;
    CHECK_FALSE(dd::DatabaseBackup::restore(junk, path, &previous, &error));
    CHECK(error.message().startsWith(QStringLiteral("not restoring: ")));
    CHECK(markOf(path, QStringLiteral("DD2020001"), QStringLiteral("MAJ301")) == QStringLiteral("41"));

    REQUIRE(dd::DatabaseBackup::restore(copy, path, &previous, &error));
    CHECK(markOf(path, QStringLiteral("DD2020001"), QStringLiteral("MAJ301")) == original);
    REQUIRE(QFileInfo::exists(previous));
    CHECK(markOf(previous, QStringLiteral("DD2020001"), QStringLiteral("MAJ301")) == QStringLiteral("41"));
    dd::Database reopened;
    REQUIRE(reopened.open(path, dd::Database::OpenMode::OpenExisting, &error));
    QStringList problems;
    REQUIRE(Integrity::check(reopened, &problems, &error));
    CHECK(problems.isEmpty());
}

TEST_CASE("A database on a network file system is recognised", "[database][file]")
{
    for (const char* type : {"nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "NFS"}) {
        INFO(type);
        CHECK(dd::DatabaseFile::isNetworkFileSystemType(type));
    }
    for (const char* type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "ntfs", "fuse.encfs"}) {
        INFO(type);
        CHECK_FALSE(dd::DatabaseFile::isNetworkFileSystemType(type));
    }
    QTemporaryDir dir;
    CHECK(dd::DatabaseFile::networkFileSystem(dir.filePath(QStringLiteral("x.db"))).isEmpty());
}

TEST_CASE("A writer that finds the file locked is told another user is saving, and nothing half-begins",
          "[database][file][slow]")
{
    ddtest::TempDatabase t;
    Error error;
    Transaction holding(t.db(), Transaction::Mode::Immediate, &error);
    REQUIRE(holding.isActive());

    Database other;
    REQUIRE(other.open(t.path(), Database::OpenMode::OpenExisting, &error));
    {
        // Waits for the busy timeout (5 s), then gives up with the reason.
        Transaction blocked(other, Transaction::Mode::Immediate, &error);
        CHECK_FALSE(blocked.isActive());
        CHECK(error.is(Error::Kind::Busy));
        CHECK(
            error.message().startsWith(QLatin1String("another user or program is saving to this database; try again")));
    }
    holding.rollback();
    // Once the other writer is done, the same connection begins and commits normally.
    Transaction next(other, Transaction::Mode::Immediate, &error);
    REQUIRE(next.isActive());
    CHECK(next.commit(&error));
}
