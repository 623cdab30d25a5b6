// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The data layer on a PostgreSQL server: the private cluster the ctest fixture
// starts (tests/postgres-cluster.sh) and names in DD_TEST_POSTGRESQL.

#include "TestSupport.h"
#include "data/backup/DatabaseBackup.h"
#include "data/backup/DatabaseCopy.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"
#include "data/db/SqlUtil.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/AuditService.h"
#include "data/services/PlanService.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/DemoAuthority.h"
#include "sign/SigningKey.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace dd;
using ddtest::scalar;

namespace {

using ddtest::ServerDatabase;

QByteArray cohortAudit(Database& db, int cohort, const QString& institution)
{
    AuditService audits(db);
    Error error;
    INFO(error.message().toStdString());
    REQUIRE(audits.load(&error));
    QList<AuditResult> results;
    REQUIRE(audits.auditCohort(cohort, institution, QString(), &results, &error));
    QByteArray out;
    for (const AuditResult& r : results) {
        out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

/** Every plan of \a cohort as JSON lines. */
QByteArray cohortPlans(Database& db, int cohort)
{
    PlanService plans(db);
    Error error;
    INFO(error.message().toStdString());
    REQUIRE(plans.load(&error));
    QList<DegreePlan> list;
    REQUIRE(plans.planCohort(cohort, {}, &list, &error));
    QByteArray out;
    for (const DegreePlan& p : list) {
        out += QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("A new database on the server gets the schema, its version in a table", "[postgres]")
{
    ServerDatabase server;
    Error error;
    {
        Database db;
        INFO(error.message().toStdString());
        REQUIRE(db.open(server.url(), Database::OpenMode::CreateIfMissing, &error));
        CHECK(db.dialect() == Database::Dialect::PostgreSQL);
        CHECK(db.migrator().version() == db.migrator().latestVersion());
        CHECK(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt()
              == db.migrator().latestVersion());
        CHECK(scalar(db,
                     QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                                    " ('students', 'results', 'transfer_credits', 'disclosures')"))
                  .toInt()
              == 4);
    }
    // Opened again: nothing to upgrade.
    Database again;
    REQUIRE(again.open(server.url(), Database::OpenMode::OpenExisting, &error));
    CHECK(again.migrator().version() == again.migrator().latestVersion());
    QStringList problems;
    CHECK(Integrity::check(again, &problems, &error));
    CHECK(problems.isEmpty());
    CHECK_FALSE(DatabaseBackup::backupTo(again, QStringLiteral("copy.db"), &error));
}

TEST_CASE("A server database of another application, or an empty one, is refused and left untouched", "[postgres]")
{
    ServerDatabase server;
    Error error;
    Database db;
    CHECK_FALSE(db.open(server.url(), Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QLatin1String("is an empty database")));
    server.run(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    CHECK_FALSE(db.open(server.url(), Database::OpenMode::CreateIfMissing, &error));
    CHECK(error.message().contains(QLatin1String("a PostgreSQL database of another application")));

    const QString base = ServerDatabase::server();
    CHECK_FALSE(db.open(base + QStringLiteral("/"), Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QLatin1String("is not a server address")));
    QString withPassword = server.url();
    withPassword.replace(QLatin1String("postgres@"), QLatin1String("postgres:secret@"));
    CHECK_FALSE(db.open(withPassword, Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QLatin1String("the password does not belong in the server address")));
    CHECK_FALSE(db.open(server.url() + QStringLiteral("?colour=blue"), Database::OpenMode::OpenExisting, &error));
    CHECK(error.message().contains(QLatin1String("unknown server option 'colour'")));
}

TEST_CASE("The demo on the server audits exactly as the demo in a file", "[postgres]")
{
    ServerDatabase server;
    Database db;
    QStringList log;
    Error error;
    INFO(error.message().toStdString());
    REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM results")).toInt() == 6291);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM transfer_credits")).toInt() == 3775);
    // A second init on the same server database is refused.
    Database twice;
    CHECK_FALSE(DatabaseSetup::createDatabase(twice, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    CHECK(error.message().contains(QLatin1String("holds a DualDegree database already")));

    ddtest::TempDatabase file(true);
    for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
        for (int cohort : {2020, 2023}) {
            INFO(institution.toStdString() << " " << cohort);
            const QByteArray onServer = cohortAudit(db, cohort, institution);
            CHECK_FALSE(onServer.isEmpty());
            CHECK(onServer == cohortAudit(file.db(), cohort, institution));
        }
    }
    // And plans the same (offerings, loads and study years read from the server's rows).
    for (int cohort : {2021, 2023}) {
        INFO("plans " << cohort);
        CHECK((cohort == 2021 || cohortPlans(db, cohort).contains("both_degrees_term\":\"2026-2027-2")));
        const QByteArray onServer = cohortPlans(db, cohort);
        CHECK(onServer.count('\n') == (cohort == 2021 ? 26 : 28));
        CHECK(onServer == cohortPlans(file.db(), cohort));
    }
    // Search works without the file's trigram index: the same students, case-insensitive there too.
    for (const QString& text : {QStringLiteral("nuchnoi"), QStringLiteral("DD2021"), QStringLiteral("นุช")}) {
        INFO(text.toStdString());
        QStringList onServer;
        QStringList inFile;
        for (const Student& s : StudentRepository(db).search(text, 0, &error)) {
            onServer << s.studentId;
        }
        for (const Student& s : StudentRepository(file.db()).search(text, 0, &error)) {
            inFile << s.studentId;
        }
        CHECK_FALSE(onServer.isEmpty());
        CHECK(onServer == inFile);
    }
}

TEST_CASE("Two editors on the server: the second save of the same student is refused", "[postgres]")
{
    ServerDatabase server;
    Error error;
    {
        Database db;
        QStringList log;
        REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), false, &log, &error));
        REQUIRE(ddtest::importCsv(db, QStringLiteral("students"),
                                  "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                  "nationality,passport_no,email,cohort,status\n"
                                  "DD2020001,,,Nuchnoi,Thitima,,,2003-04-18,TH,AA1,a@example.edu,2020,active\n")
                    .isEmpty());
    }
    Database cqupt;
    Database ruts;
    REQUIRE(cqupt.open(server.url(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(ruts.open(server.url(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(cqupt, DatabaseSetup::defaultAdministrator(), &error));
    REQUIRE(DatabaseSetup::actAs(ruts, DatabaseSetup::defaultAdministrator(), &error));
    std::optional<Student> mine = StudentRepository(cqupt).find(QStringLiteral("DD2020001"), &error);
    std::optional<Student> theirs = StudentRepository(ruts).find(QStringLiteral("DD2020001"), &error);
    REQUIRE(mine);
    REQUIRE(theirs);
    mine->email = QStringLiteral("cqupt@example.edu");
    theirs->email = QStringLiteral("ruts@example.edu");
    REQUIRE(StudentRepository(cqupt).update(*mine, &error));
    CHECK_FALSE(StudentRepository(ruts).update(*theirs, &error));
    CHECK(error.is(Error::Kind::Conflict));
    CHECK(StudentRepository(ruts).find(QStringLiteral("DD2020001"), &error)->email
          == QStringLiteral("cqupt@example.edu"));
}

TEST_CASE("A connection dropped in the middle of a save leaves the data as before, says so, and the next step connects"
          " again",
          "[postgres]")
{
    ServerDatabase server;
    Error error;
    Database db;
    QStringList log;
    REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    // The server drops the connection while it writes certain rows, as a failing
    // network or a restarted server would.
    server.run(QStringLiteral("CREATE FUNCTION drop_me() RETURNS trigger LANGUAGE plpgsql AS"
                              " 'BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5);"
                              " RETURN NEW; END'"));
    server.run(QStringLiteral("CREATE TRIGGER drop_on_mark BEFORE INSERT ON results FOR EACH ROW"
                              " WHEN (NEW.mark = '77') EXECUTE FUNCTION drop_me()"));
    server.run(QStringLiteral("CREATE TRIGGER drop_on_email BEFORE UPDATE ON students FOR EACH ROW"
                              " WHEN (NEW.email LIKE 'drop%') EXECUTE FUNCTION drop_me()"));
    const int results = scalar(db, QStringLiteral("SELECT count(*) FROM results")).toInt();

    // An import: the rows before the dropped one are not kept either.
    const QString importError = ddtest::importCsv(db, QStringLiteral("results"),
                                                  "student_id,institution,course_code,term,mark,attempt\n"
                                                  "DD2020001,CQUPT,MAJ301,2030-2031-1,90,\n"
                                                  "DD2020002,CQUPT,MAJ301,2030-2031-1,77,\n");
    INFO(importError.toStdString());
    CHECK(importError.contains(QLatin1String("nothing was imported")));
    CHECK(importError.contains(QLatin1String("the connection to the database server was lost")));
    {
        Database other;
        REQUIRE(other.open(server.url(), Database::OpenMode::OpenExisting, &error));
        CHECK(scalar(other, QStringLiteral("SELECT count(*) FROM results")).toInt() == results);
    }

    // The same Database goes on: the next step connects again by itself.
    StudentRepository students(db);
    std::optional<Student> s = students.find(QStringLiteral("DD2020003"), &error);
    INFO(error.message().toStdString());
    REQUIRE(s);
    const Student before = *s;
    s->email = QStringLiteral("drop.me@example.edu");
    CHECK_FALSE(students.update(*s, &error));
    CHECK(error.is(Error::Kind::ConnectionLost));
    CHECK(error.message().contains(
        QLatin1String("the connection to the database server was lost, so this was not saved")));
    std::optional<Student> stored = students.find(QStringLiteral("DD2020003"), &error);
    REQUIRE(stored);
    CHECK(stored->email == before.email);
    CHECK(stored->rowVersion == before.rowVersion);
    s = stored;
    s->email = QStringLiteral("kept@example.edu");
    CHECK(students.update(*s, &error));
    CHECK(students.find(QStringLiteral("DD2020003"), &error)->email == QStringLiteral("kept@example.edu"));
}

TEST_CASE("A database moves from a file to the server and back with the same rows in every table",
          "[postgres][migrate]")
{
    ddtest::TempDatabase file(true);
    ServerDatabase server;
    Error error;
    QList<DatabaseCopy::Table> tables;
    {
        Database onServer;
        REQUIRE(onServer.open(server.url(), Database::OpenMode::CreateIfMissing, &error));
        int progressCalls = 0;
        INFO(error.message().toStdString());
        REQUIRE(DatabaseCopy::copy(
            file.db(), onServer, QStringLiteral("moved to the server"),
            [&progressCalls](int done, int total) {
                ++progressCalls;
                return done <= total;
            },
            &tables, &error));
        CHECK(progressCalls == tables.size());
        CHECK(tables.size() >= 20);
        for (const DatabaseCopy::Table& t : tables) {
            INFO(t.name.toStdString());
            CHECK(t.matches());
        }
        // The demo's audits are the same on the server.
        REQUIRE(DatabaseSetup::actAs(onServer, DatabaseSetup::defaultAdministrator(), &error));
        CHECK(cohortAudit(onServer, 2021, QStringLiteral("RUTS"))
              == cohortAudit(file.db(), 2021, QStringLiteral("RUTS")));
        // New rows on the server take keys after the copied ones.
        REQUIRE(ddtest::importCsv(onServer, QStringLiteral("students"),
                                  "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                  "nationality,passport_no,email,cohort,status\n"
                                  "DD2024999,,,Test,New,,,2004-01-01,TH,ZZ1,,2024,active\n")
                    .isEmpty());
        // A server database that holds data is not a target.
        Database again;
        REQUIRE(again.open(server.url(), Database::OpenMode::OpenExisting, &error));
        CHECK_FALSE(DatabaseCopy::copy(file.db(), again, QString(), nullptr, &tables, &error));
        CHECK(error.message().contains(QLatin1String("holds data already")));
    }

    // And back into a new file, whose own change log records the copied rows and verifies.
    Database onServer;
    REQUIRE(onServer.open(server.url(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(onServer, DatabaseSetup::defaultAdministrator(), &error));
    const QString back = file.dir() + QStringLiteral("/back.db");
    Database backFile;
    REQUIRE(backFile.open(back, Database::OpenMode::CreateIfMissing, &error));
    REQUIRE(DatabaseCopy::copy(onServer, backFile, QStringLiteral("moved back"), nullptr, &tables, &error));
    for (const DatabaseCopy::Table& t : tables) {
        INFO(t.name.toStdString());
        CHECK(t.matches());
    }
    CHECK(scalar(backFile, QStringLiteral("SELECT count(*) FROM students WHERE student_id = 'DD2024999'")).toInt()
          == 1);
    ChangeLogReport verdict;
    REQUIRE(ChangeLogVerifier::verify(backFile, &verdict, &error));
    CHECK(verdict.intact());
    CHECK(scalar(backFile, QStringLiteral("SELECT count(*) FROM change_log WHERE reason = 'moved back'")).toInt()
          > 6000);
}

TEST_CASE("dualdegree-cli migrate moves the demo to the server and back, and reports every table",
          "[postgres][migrate]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    const QString back = dir.filePath(QStringLiteral("back.db"));
    ServerDatabase server;
    const auto cli = [](const QStringList& args, QString* out) {
        QProcess p;
        p.start(QStringLiteral(DD_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120000));
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    REQUIRE(cli({QStringLiteral("--db"), demo, QStringLiteral("init"), QStringLiteral("--demo")}, &out) == 0);
    INFO(out.toStdString());
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), demo, QStringLiteral("--to"), server.url()}, &out)
          == 0);
    CHECK(out.contains(QLatin1String("all 24 tables have the same rows on both sides")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("results +6291 +6291  [0-9a-f]{16} same"))));
    // The server's own change log starts with the copied rows and verifies.
    CHECK(cli({QStringLiteral("--db"), server.url(), QStringLiteral("log"), QStringLiteral("verify")}, &out) == 0);
    CHECK(out.contains(QLatin1String("the change log is complete and unaltered")));
    // Again into the same server database: refused, it holds the data now.
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), demo, QStringLiteral("--to"), server.url()}, &out)
          == 1);
    CHECK(out.contains(QLatin1String("holds data already")));
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), server.url(), QStringLiteral("--to"), back}, &out)
          == 0);
    CHECK(out.contains(QLatin1String("all 24 tables have the same rows on both sides")));
    // File to file is a backup's job; an existing file is never a target.
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), demo, QStringLiteral("--to"),
               dir.filePath(QStringLiteral("third.db"))},
              &out)
          == 1);
    CHECK(out.contains(QLatin1String("both are files")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("third.db"))));
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), server.url(), QStringLiteral("--to"), back}, &out)
          == 1);
    CHECK(out.contains(QLatin1String("exists already")));
    CHECK(cli({QStringLiteral("--db"), back, QStringLiteral("log"), QStringLiteral("verify")}, &out) == 0);
}

TEST_CASE("On the server the change log refuses other tools and finds what its administrator did around it",
          "[postgres][changelog]")
{
    ServerDatabase server;
    Database db;
    QStringList log;
    Error error;
    REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    ChangeLogReport report;
    REQUIRE(ChangeLogVerifier::verify(db, &report, &error));
    CHECK(report.intact());
    CHECK(report.rows > 10000);
    // Seals made by the server's functions are the ones the application computes.
    const qint64 last = scalar(db, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    const std::optional<ChangeLogEntry> entry = ChangeLogReader::entry(db, last, &error);
    REQUIRE(entry);
    CHECK(entry->hash == ChangeLogEntry::chainHash(ChangeLogReader::entry(db, last - 1, &error)->hash, *entry));

    // Another SQL client (no DualDegree session) may not write to logged tables, nor alter the log.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-tool"));
    {
        const QUrl url(server.url());
        other.setHostName(url.host());
        other.setPort(url.port());
        other.setUserName(url.userName());
        other.setDatabaseName(url.path().mid(1));
        REQUIRE(other.open());
        QSqlQuery q(other);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE students SET email = 'x@example.edu' WHERE id = 3")));
        CHECK(q.lastError().text().contains(QLatin1String("the table students is changed through DualDegree only")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE results SET mark = 'D' WHERE id = 5")));
        CHECK(q.lastError().text().contains(QLatin1String("a grade change needs a reason")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM change_log WHERE seq = 42")));
        CHECK(q.lastError().text().contains(QLatin1String("the change log cannot be altered")));
        CHECK_FALSE(q.exec(QStringLiteral("TRUNCATE change_log")));

        // The server's administrator can switch the guards off; what is done meanwhile is found.
        for (const char* sql :
             {"ALTER TABLE results DISABLE TRIGGER USER",
              "UPDATE results SET mark = '61' WHERE id = (SELECT min(id) FROM results WHERE mark = 'S')",
              "ALTER TABLE results ENABLE TRIGGER USER", "ALTER TABLE change_log DISABLE TRIGGER USER",
              "DELETE FROM change_log WHERE seq = 42", "UPDATE change_log SET reason = 'forged' WHERE seq = 100",
              "ALTER TABLE change_log ENABLE TRIGGER USER",
              "ALTER TABLE milestones DISABLE TRIGGER change_log_milestones_update"}) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        }
    }
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-tool"));
    REQUIRE(ChangeLogVerifier::verify(db, &report, &error));
    QStringList found;
    for (const ChangeLogProblem& p : report.problems) {
        found << p.toString();
    }
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.contains(QStringLiteral("the trigger change_log_milestones_update is disabled")));
    CHECK(found.contains(QStringLiteral("log row 43: log row(s) 42 missing before this one (deleted)")));
    CHECK(std::any_of(found.cbegin(), found.cend(), [](const QString& p) {
        return p.startsWith(QLatin1String("log row 100, "))
            && p.contains(QLatin1String("altered after it was written"));
    }));
    CHECK(std::any_of(found.cbegin(), found.cend(), [](const QString& p) {
        return p.contains(QStringLiteral("changed without being logged (mark: 'S' → '61')"));
    }));
}

TEST_CASE("On the server a checkpoint names the row its administrator rewrote and sealed again, and the password"
          " hash is logged as a digest",
          "[postgres][changelog][signedhistory]")
{
    ServerDatabase server;
    Database db;
    QStringList log;
    Error error;
    REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    QTemporaryDir dir;
    const SigningKey key = ddtest::freshDemoKey(QStringLiteral("CQUPT"), dir.path());
    LogCheckpoint made;
    INFO(error.message().toStdString());
    REQUIRE(LogCheckpoints(db).make(key, QStringLiteral("CQUPT"), &made, &error));
    ChangeLogReport report;
    REQUIRE(ChangeLogVerifier::verify(db, &report, &error));
    CHECK(report.intact());
    REQUIRE(report.lastCheckpoint);
    CHECK(report.lastCheckpoint->seq == made.seq);
    CHECK(report.unsignedRows == 0);
    // The statement the server stored is the one signed (OpenSSL's check of these bytes is in the CLI tests).
    CHECK(key.certificate().verifiesSha256(report.lastCheckpoint->statement(), report.lastCheckpoint->signature));

    // A password hash copied onto another account is logged as its digest.
    const QString hash = scalar(db,
                                QStringLiteral("SELECT password_hash FROM users WHERE username ="
                                               " 'cqupt.registrar'"))
                             .toString();
    REQUIRE(hash.startsWith(QStringLiteral("$argon2id$")));
    REQUIRE(db.execute(QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE"
                                      " username = 'cqupt.registrar') WHERE username = 'viewer'"),
                       &error));
    const QString logged
        = scalar(db, QStringLiteral("SELECT new_values FROM change_log ORDER BY seq DESC LIMIT 1")).toString();
    CHECK(logged.contains(
        QStringLiteral("\"password_hash_sha256\": \"%1\"")
            .arg(QString::fromLatin1(QCryptographicHash::hash(hash.toUtf8(), QCryptographicHash::Sha256).toHex()))));
    CHECK_FALSE(logged.contains(hash));

    // The server's administrator rewrites a result and the log row that recorded it, and seals the chain again.
    const qint64 result = scalar(db, QStringLiteral("SELECT min(id) FROM results WHERE mark = 'C'")).toLongLong();
    const qint64 row = scalar(db,
                              QStringLiteral("SELECT max(seq) FROM change_log WHERE table_name = 'results' AND"
                                             " row_key = %1")
                                  .arg(result))
                           .toLongLong();
    REQUIRE(row < made.seq);
    server.run(
        QStringLiteral(
            "ALTER TABLE results DISABLE TRIGGER USER; ALTER TABLE change_log DISABLE TRIGGER USER;"
            " UPDATE results SET mark = 'A' WHERE id = %1;"
            " UPDATE change_log SET new_values = replace(new_values, '\"mark\": \"C\"', '\"mark\": \"A\"') WHERE seq = "
            "%2;"
            " DO $$ DECLARE r record; prev text; BEGIN SELECT hash INTO prev FROM change_log WHERE seq = %2 - 1;"
            " FOR r IN SELECT * FROM change_log WHERE seq >= %2 ORDER BY seq LOOP prev := dd_chain_hash(prev, r.seq,"
            " r.at, r.username, r.reason, r.table_name, r.row_key, r.operation, r.old_values, r.new_values);"
            " UPDATE change_log SET hash = prev WHERE seq = r.seq; END LOOP; END $$;"
            " ALTER TABLE change_log ENABLE TRIGGER USER; ALTER TABLE results ENABLE TRIGGER USER;")
            .arg(result)
            .arg(row));
    REQUIRE(ChangeLogVerifier::verify(db, &report, &error));
    QStringList found;
    for (const ChangeLogProblem& p : report.problems) {
        found << p.toString();
    }
    INFO(found.join(QLatin1Char('\n')).toStdString());
    // The chain and the tables agree again: only the checkpoint knows.
    REQUIRE(found.size() == 1);
    CHECK(found.first().startsWith(QStringLiteral("log row %1, results #%2: differs from what the checkpoint of row %3")
                                       .arg(row)
                                       .arg(result)
                                       .arg(made.seq)));
}

TEST_CASE("Two sessions that block each other: the one the server stops is told to try again", "[postgres]")
{
    ServerDatabase server;
    Error error;
    Database a;
    QStringList log;
    REQUIRE(DatabaseSetup::createDatabase(a, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    // A changes student 1 and so holds the change log's lock until it commits. B changes
    // student 2: it holds that row and waits for the log. A then asks for student 2.
    auto tx = std::make_unique<Transaction>(a, Transaction::Mode::Deferred, &error);
    REQUIRE(tx->isActive());
    QSqlQuery qa(a.connection());
    REQUIRE(Sql::run(qa, QStringLiteral("UPDATE students SET email = 'a@example.edu' WHERE id = 1"), {}, &error));
    Error bError;
    bool bOk = false;
    QSemaphore bStarted;
    std::unique_ptr<QThread> b(QThread::create([&]() {
        Database db;
        Error e;
        if (!db.open(server.url(), Database::OpenMode::OpenExisting, &e)
            || !DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &e)) {
            bError = e;
            bStarted.release();
            return;
        }
        bStarted.release();
        QSqlQuery q(db.connection());
        bOk = Sql::run(q, QStringLiteral("UPDATE students SET email = 'b@example.edu' WHERE id = 2"), {}, &bError);
    }));
    b->start();
    bStarted.acquire();
    QThread::msleep(1000); // B is waiting for the log now, holding student 2
    const bool aOk
        = Sql::run(qa, QStringLiteral("UPDATE students SET email = 'a@example.edu' WHERE id = 2"), {}, &error);
    if (aOk) {
        REQUIRE(tx->commit(&error));
    } else {
        tx->rollback();
    }
    REQUIRE(b->wait(30000));
    // Exactly one went through; the other was stopped by the server and says what to do.
    CHECK(aOk != bOk);
    const QString refusal = aOk ? bError.message() : error.message();
    INFO(refusal.toStdString());
    CHECK(refusal.startsWith(QLatin1String("another user's save crossed this one, so this was not saved; try again")));
}
