// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/ChangeLogSchema.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/import/ListExport.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/ResultRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;
using ddtest::scalar;

namespace {

QString problems(const ChangeLogReport& report)
{
    QStringList lines;
    for (const ChangeLogProblem& p : report.problems) {
        lines << p.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

bool mentions(const ChangeLogReport& report, qint64 seq)
{
    for (const ChangeLogProblem& p : report.problems) {
        if (p.seq == seq) {
            return true;
        }
    }
    return false;
}

// A small database: 20 students, 10 courses and their results (a few hundred log rows).
void fillSmall(ddtest::TempDatabase& t)
{
    const QStringList students
        = QString::fromUtf8(ddtest::readFile(ddtest::sourceDataDir() + QStringLiteral("/demo/students.csv")))
              .split(QLatin1Char('\n'))
              .mid(0, 21);
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("students"), students.join(QLatin1Char('\n')).toUtf8()).isEmpty());
    QByteArray results = "student_id,institution,course_code,term,mark,attempt\n";
    QByteArray courses = "institution,code,title_en,title_zh,title_th,credits,lecture_hours,lab_hours,self_study_hours,"
                         "category,grading\n";
    for (int c = 1; c <= 10; ++c) {
        courses += QStringLiteral("RUTS,T%1,Course %1,,,3,45,0,90,GE,graded\n").arg(c).toUtf8();
        for (int s = 1; s <= 20; ++s) {
            results += QStringLiteral("DD2020%1,RUTS,T%2,1/2563,%3,\n")
                           .arg(s, 3, 10, QLatin1Char('0'))
                           .arg(c)
                           .arg(QLatin1String((s + c) % 3 == 0 ? "B" : "A"))
                           .toUtf8();
        }
    }
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("courses"), courses).isEmpty());
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("results"), results).isEmpty());
}

} // namespace

TEST_CASE("The demo's change log holds every row and verifies", "[changelog]")
{
    ddtest::TempDatabase t(true);
    const ChangeLogReport report = ddtest::verifiedLog(t.db());
    INFO(problems(report).toStdString());
    CHECK(report.intact());
    const bool file = t.db().dialect() == Database::Dialect::SQLite;
    CHECK(report.notes.isEmpty() == file); // the head is kept beside a file; a server keeps none
    qint64 rows = 0;
    for (const QString& table : ChangeLogSchema::loggedTables()) {
        rows += t.count(table);
    }
    // One insert per row, plus the updates made while the demo was loaded.
    CHECK(report.rows >= rows);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'insert'")).toLongLong()
          == rows);
    CHECK(QFile::exists(ChangeLogHead::path(t.path())) == file);
}

TEST_CASE("A grade change is logged with who, when, why and both values", "[changelog]")
{
    ddtest::TempDatabase t(true);
    ResultRepository results(t.db());
    Error error;
    const QList<CourseResult> all = results.forStudent(QStringLiteral("DD2020001"), &error);
    const auto a
        = std::find_if(all.begin(), all.end(), [](const CourseResult& r) { return r.mark == QLatin1String("A"); });
    REQUIRE(a != all.end());
    std::optional<CourseResult> r = *a;
    const qint64 id = r->id;
    REQUIRE(results.changeMark(*r, QStringLiteral("B+"), QStringLiteral("marking error corrected"), &error));

    QList<ChangeLogEntry> entries;
    REQUIRE(ChangeLogReader::entriesFor(t.db(), QStringLiteral("results"), id, &entries, &error));
    REQUIRE(entries.size() == 2);
    const ChangeLogEntry& change = entries.last();
    CHECK(change.operation == QLatin1String("update"));
    CHECK(change.username == QLatin1String("admin"));
    CHECK(change.reason == QLatin1String("marking error corrected"));
    CHECK(change.at.endsWith(QLatin1Char('Z')));
    CHECK(change.differences().contains(QStringLiteral("mark: 'A' → 'B+'")));
    const QString previous
        = scalar(t.db(), QStringLiteral("SELECT hash FROM change_log WHERE seq = %1").arg(change.seq - 1)).toString();
    CHECK(change.hash == ChangeLogEntry::chainHash(previous, change));
    CHECK(ddtest::verifiedLog(t.db()).intact());

    // The student's history gathers it.
    const qint64 student
        = scalar(t.db(), QStringLiteral("SELECT student_ref FROM results WHERE id = %1").arg(id)).toLongLong();
    QList<ChangeLogEntry> history;
    REQUIRE(ChangeLogReader::studentHistory(t.db(), student, &history, &error));
    CHECK(std::any_of(history.begin(), history.end(), [&](const ChangeLogEntry& e) { return e.seq == change.seq; }));
}

TEST_CASE("Attack: text SQLite reads back otherwise is refused, and what is accepted seals and verifies",
          "[changelog][attack][unicode]")
{
    ddtest::TempDatabase t(true);
    ResultRepository results(t.db());
    Error error;
    std::optional<CourseResult> r = results.forStudent(QStringLiteral("DD2020001"), &error).value(0);
    REQUIRE(r);
    // A grade change's reason is checked before the mark changes.
    CHECK_FALSE(results.changeMark(*r, QStringLiteral("C"), QStringLiteral("exam board ") + QChar(0xFFFF), &error));
    CHECK(error.message().contains(QLatin1String("non-text character")));
    CHECK(results.forStudent(QStringLiteral("DD2020001"), &error).value(0).mark == r->mark);
    // A reason that reaches the log only through the session (dd_reason()) is sealed as it
    // will be read back, whatever it holds.
    for (const QChar odd : {QChar(0xFFFF), QChar(0xFFFE), QChar(0xFDD0)}) {
        const ChangeReason why(t.db(), QStringLiteral("moved ") + odd);
        QSqlQuery q(t.db().connection());
        REQUIRE(Sql::run(q,
                         QStringLiteral("UPDATE students SET email = 'a%1@example.edu' WHERE student_id = 'DD2020001'")
                             .arg(odd.unicode()),
                         {}, &error));
        CHECK(ddtest::verifiedLog(t.db()).intact());
    }
    // A bound value with a noncharacter, NUL or lone surrogate is refused before anything is written.
    const int rows = t.count(QStringLiteral("change_log"));
    for (const QString& odd : {QStringLiteral("x") + QChar(0xFFFF), QStringLiteral("x") + QChar(0),
                               QStringLiteral("x") + QChar(0xD800), QChar(0xFEFF) + QStringLiteral("x")}) {
        QSqlQuery q(t.db().connection());
        CHECK_FALSE(
            Sql::run(q, QStringLiteral("UPDATE students SET email = ? WHERE student_id = 'DD2020001'"), {odd}, &error));
        CHECK(error.is(Error::Kind::Invalid));
        CHECK(error.message().contains(QLatin1String("nothing was saved")));
    }
    CHECK(t.count(QStringLiteral("change_log")) == rows);
    CHECK(ddtest::verifiedLog(t.db()).intact());
}

TEST_CASE("The database refuses a grade change without a reason, even in raw SQL", "[changelog]")
{
    ddtest::TempDatabase t(true);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE results SET mark = 'F' WHERE id = (SELECT min(id) FROM results"
                                      " WHERE mark <> '')")));
    CHECK(q.lastError().text().contains(QLatin1String("a grade change needs a reason")));

    // Raw SQL through the application's connection is logged, with its user and reason.
    const qint64 before = scalar(t.db(), QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    {
        const ChangeReason why(t.db(), QStringLiteral("exam board decision 12"));
        REQUIRE(q.exec(QStringLiteral("UPDATE results SET mark = 'F' WHERE id = (SELECT min(id) FROM results"
                                      " WHERE mark <> '')")));
        REQUIRE(q.exec(QStringLiteral("UPDATE students SET email = 'new@example.edu' WHERE student_id = 'DD2020001'")));
    }
    REQUIRE(q.exec(
        QStringLiteral("SELECT username, reason, table_name FROM change_log WHERE seq > %1 ORDER BY seq").arg(before)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("admin"));
    CHECK(q.value(1).toString() == QLatin1String("exam board decision 12"));
    CHECK(q.value(2).toString() == QLatin1String("results"));
    REQUIRE(q.next());
    CHECK(q.value(2).toString() == QLatin1String("students"));
    CHECK_FALSE(q.next());
    CHECK(ddtest::verifiedLog(t.db()).intact());
}

TEST_CASE("Another SQL tool cannot change logged tables — what it does without the triggers is found",
          "[changelog][file]")
{
    ddtest::TempDatabase t(true);
    const qint64 result = scalar(t.db(), QStringLiteral("SELECT min(id) FROM results WHERE mark = 'A'")).toLongLong();
    const qint64 lastSeq = scalar(t.db(), QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    {
        // A plain connection, as the sqlite3 shell has: no DualDegree functions.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-tool"));
        other.setDatabaseName(t.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE results SET mark = 'B' WHERE id = %1").arg(result)));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE students SET email = 'x' WHERE id = 1")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM change_log WHERE seq = 100")));
        CHECK(q.lastError().text().contains(QLatin1String("the change log cannot be altered")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE change_log SET reason = 'x' WHERE seq = 100")));
        CHECK(ddtest::verifiedLog(t.db()).intact());

        // Someone drops the triggers first.
        for (const char* trigger : {"change_log_kept", "change_log_results_update", "results_change_needs_reason"}) {
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        }
        REQUIRE(q.exec(QStringLiteral("UPDATE results SET mark = 'B' WHERE id = %1").arg(result)));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM change_log WHERE seq = 100")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-tool"));

    const ChangeLogReport report = ddtest::verifiedLog(t.db());
    const QString text = problems(report);
    INFO(text.toStdString());
    CHECK_FALSE(report.intact());
    CHECK(text.contains(QLatin1String("the trigger change_log_kept is missing")));
    CHECK(text.contains(QLatin1String("the trigger change_log_results_update is missing")));
    CHECK(text.contains(QLatin1String("log row 101: log row(s) 100 missing")));
    CHECK(text.contains(QStringLiteral("results #%1: changed without being logged (mark: 'A' → 'B')").arg(result)));
    CHECK(report.lastSeq == lastSeq);
}

TEST_CASE("Dropping or loosening the database's bounds on typed text is found by the log check", "[changelog][file]")
{
    ddtest::TempDatabase t(true);
    {
        // Another SQL tool removes one bound and widens another, to store a 5,000-character name.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-tool"));
        other.setDatabaseName(t.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER field_limits_students_update")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER field_limits_courses_insert")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER field_limits_courses_insert BEFORE INSERT ON courses BEGIN"
                                      " SELECT RAISE(ABORT, 'x') WHERE length(new.title_en) > 100000; END")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-tool"));
    const ChangeLogReport report = ddtest::verifiedLog(t.db());
    const QString text = problems(report);
    INFO(text.toStdString());
    CHECK_FALSE(report.intact());
    CHECK(text.contains(QLatin1String("the trigger field_limits_students_update is missing")));
    CHECK(text.contains(QLatin1String("the trigger field_limits_courses_insert has been altered")));
}

TEST_CASE("Attack: a chain head that cannot be written is not blamed on another program",
          "[changelog][file][attack][slow]")
{
    ddtest::TempDatabase t(true);
    // The head's lock cannot be made (its name is taken by a folder): as when the disk is
    // full or the folder read-only, which this stands in for without mounting anything.
    const QString head = ChangeLogHead::path(t.path());
    REQUIRE(QDir().mkpath(head + QStringLiteral(".lock")));
    Error error;
    CHECK_FALSE(ChangeLogHead::write(t.db(), ChangeLogHead::WriteMode::Replace, &error));
    CHECK_FALSE(error.message().contains(QLatin1String("another program")));
    CHECK_FALSE(error.is(Error::Kind::Busy));
    CHECK(error.message().startsWith(QStringLiteral("cannot write the chain head %1").arg(head)));
}

TEST_CASE("Rows deleted at the end of the log are found through the head kept beside the file", "[changelog][file]")
{
    ddtest::TempDatabase t;
    fillSmall(t);
    t.db().close();
    Error error;
    Database db;
    REQUIRE(db.open(t.path(), Database::OpenMode::OpenExisting, &error));
    const qint64 last = scalar(db, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER change_log_kept")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM change_log WHERE seq = %1").arg(last)));
    // The deleted row was a result's insert: the replay finds the row unlogged too.
    const ChangeLogReport report = ddtest::verifiedLog(db);
    const QString text = problems(report);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("ends at row %1, but its chain head").arg(last - 1)));
    CHECK(text.contains(QStringLiteral("records row %1").arg(last)));
}

TEST_CASE("1,000 random single-row tamperings of the log are all detected", "[changelog][tamper][file]")
{
    ddtest::TempDatabase t;
    fillSmall(t);
    Database& db = t.db();
    Error error;
    // Make the head current, as the application does after every transaction.
    REQUIRE(ChangeLogHead::write(db, ChangeLogHead::WriteMode::Replace, &error));
    REQUIRE(ddtest::verifiedLog(db).intact());
    const qint64 last = scalar(db, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    REQUIRE(last > 200);

    QStringList guards;
    for (const QString& s : ChangeLogSchema::triggerStatements(db, &error)) {
        if (s.startsWith(QLatin1String("CREATE TRIGGER change_log_sealed"))
            || s.startsWith(QLatin1String("CREATE TRIGGER change_log_kept"))) {
            guards << s;
        }
    }
    REQUIRE(guards.size() == 2);

    const QStringList columns
        = {QStringLiteral("at"),         QStringLiteral("username"),   QStringLiteral("reason"),
           QStringLiteral("table_name"), QStringLiteral("row_key"),    QStringLiteral("operation"),
           QStringLiteral("old_values"), QStringLiteral("new_values"), QStringLiteral("hash"),
           QStringLiteral("seq")};
    QRandomGenerator random(20261129);
    QMap<QString, int> kinds;
    int detected = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 seq = 1 + qint64(random.bounded(int(last)));
        const int kind = random.bounded(4);
        QString what;
        Transaction tx(db, Transaction::Mode::Deferred, &error);
        REQUIRE(tx.isActive());
        QSqlQuery q(db.connection());
        // The tamperer removes the guards for the moment of the change and puts them back.
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER change_log_sealed")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER change_log_kept")));
        qint64 expectedSeq = seq;
        if (kind == 0 || kind == 1) {
            // Alter one field; kind 1 then re-seals the row as the chain rule would.
            const QString column = columns.at(random.bounded(int(columns.size())));
            QString set;
            if (column == QLatin1String("seq")) {
                set = QStringLiteral("seq = seq + %1").arg(last + 1000);
                expectedSeq = seq == last ? last : seq + 1; // the gap it leaves
            } else if (column == QLatin1String("row_key")) {
                set = QStringLiteral("row_key = row_key + 1");
            } else if (column == QLatin1String("operation")) {
                set = QStringLiteral("operation = CASE operation WHEN 'insert' THEN 'update' ELSE 'insert' END");
            } else {
                set = QStringLiteral("%1 = coalesce(%1, '') || 'x'").arg(column);
            }
            REQUIRE(q.exec(QStringLiteral("UPDATE change_log SET %1 WHERE seq = %2").arg(set).arg(seq)));
            what = QStringLiteral("alter %1 of row %2").arg(column).arg(seq);
            if (kind == 1 && column != QLatin1String("seq") && column != QLatin1String("hash")) {
                const QString previous = seq > 1
                    ? scalar(db, QStringLiteral("SELECT hash FROM change_log WHERE seq = %1").arg(seq - 1)).toString()
                    : QString();
                const std::optional<ChangeLogEntry> e = ChangeLogReader::entry(db, seq, &error);
                REQUIRE(e);
                REQUIRE(q.exec(QStringLiteral("UPDATE change_log SET hash = '%1' WHERE seq = %2")
                                   .arg(ChangeLogEntry::chainHash(previous, *e))
                                   .arg(seq)));
                what += QStringLiteral(", re-sealed");
                // The break shows at the next row, or at the head for the last one.
                expectedSeq = seq == last ? last : seq + 1;
            }
        } else if (kind == 2) {
            REQUIRE(q.exec(QStringLiteral("DELETE FROM change_log WHERE seq = %1").arg(seq)));
            what = QStringLiteral("delete row %1").arg(seq);
            expectedSeq = seq == last ? last : seq + 1;
        } else {
            // Append a row that claims a change the tables do not show, sealed as the chain rule would.
            const QString previous
                = scalar(db, QStringLiteral("SELECT hash FROM change_log WHERE seq = %1").arg(last)).toString();
            ChangeLogEntry e;
            e.seq = last + 1;
            e.at = QStringLiteral("2026-11-29T00:00:00.000Z");
            e.username = QStringLiteral("cqupt.registrar");
            e.reason = QStringLiteral("forged");
            e.table = QStringLiteral("results");
            e.key = 1 + random.bounded(200);
            e.operation = QStringLiteral("update");
            e.oldValues = QStringLiteral("{}");
            e.newValues = QStringLiteral("{\"mark\":\"A\"}");
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER change_log_seal")));
            q.prepare(
                QStringLiteral("INSERT INTO change_log (seq, at, username, reason, table_name, row_key,"
                               " operation, old_values, new_values, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : QVariantList {e.seq, e.at, e.username, e.reason, e.table, e.key, e.operation,
                                                   e.oldValues, e.newValues, ChangeLogEntry::chainHash(previous, e)}) {
                q.addBindValue(v);
            }
            REQUIRE(q.exec());
            const QStringList all = ChangeLogSchema::triggerStatements(db, &error);
            REQUIRE(q.exec(*std::find_if(all.begin(), all.end(), [](const QString& s) {
                return s.startsWith(QLatin1String("CREATE TRIGGER change_log_seal "));
            })));
            what = QStringLiteral("append a forged row for results #%1").arg(e.key);
            expectedSeq = e.seq;
        }
        for (const QString& guard : std::as_const(guards)) {
            REQUIRE(q.exec(guard));
        }
        const ChangeLogReport report = ddtest::verifiedLog(db);
        tx.rollback();
        ++kinds[what.section(QLatin1Char(' '), 0, 1)];
        INFO(what.toStdString());
        INFO(problems(report).toStdString());
        REQUIRE_FALSE(report.intact());
        // The report names the row (or the row after it, where the chain breaks).
        CHECK(mentions(report, expectedSeq));
        ++detected;
    }
    CHECK(detected == 1000);
    CHECK(kinds.size() >= 3);
    // Untouched after all of that.
    CHECK(ddtest::verifiedLog(db).intact());
}

TEST_CASE("A database made before the change log gets a baseline that verifies", "[changelog][migration][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    Error error;
    {
        Database v3;
        v3.migrator().setMigrations(allMigrations().mid(0, 3));
        REQUIRE(v3.open(path, Database::OpenMode::CreateIfMissing, &error));
        QSqlQuery q(v3.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (username, role, created_at) VALUES ('admin',"
                                      " 'administrator', '2026-01-01T00:00:00.000Z')")));
    }
    Database db;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(db.migrator().version() == db.migrator().latestVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'baseline'")).toInt() == 1);
    const ChangeLogReport report = ddtest::verifiedLog(db);
    INFO(problems(report).toStdString());
    CHECK(report.intact());
}

TEST_CASE("A schema 10 database gains course offerings, its logged courses baselined, and the log verifies",
          "[changelog][migration][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.db"));
    Error error;
    {
        Database v10;
        v10.migrator().setMigrations(allMigrations().mid(0, 10));
        REQUIRE(v10.open(path, Database::OpenMode::CreateIfMissing, &error));
        QSqlQuery q(v10.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (username, role, created_at) VALUES ('admin',"
                                      " 'administrator', '2026-01-01T00:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO institutions (code, name_en) VALUES ('CQUPT', 'CQUPT')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO courses (institution, code, title_en, credits, category, grading,"
                                      " created_by, created_at, updated_by, updated_at) VALUES ('CQUPT', 'MAJ301',"
                                      " 'Operating Systems', 3, 'MAJ', 'graded', 1, '2026-01-01T00:00:00.000Z', 1,"
                                      " '2026-01-01T00:00:00.000Z')")));
        CHECK(scalar(v10, QStringLiteral("SELECT count(*) FROM pragma_table_info('courses') WHERE name = 'offered'"))
                  .toInt()
              == 0);
    }
    Database db;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    CHECK(db.migrator().version() == 11);
    CHECK(scalar(db, QStringLiteral("SELECT offered FROM courses WHERE code = 'MAJ301'")).toString().isEmpty());
    // The course's state with the new column is in the log, so a change made behind its back shows.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'courses' AND"
                                " operation = 'baseline' AND new_values LIKE '%\"offered\"%'"))
              .toInt()
          == 1);
    ChangeLogReport report = ddtest::verifiedLog(db);
    INFO(problems(report).toStdString());
    CHECK(report.intact());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE courses SET offered = '2' WHERE code = 'MAJ301'")));
    report = ddtest::verifiedLog(db);
    CHECK(report.intact()); // logged by the trigger, which knows the new column
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'courses' AND"
                                " operation = 'update' AND new_values LIKE '%\"offered\":\"2\"%'"))
              .toInt()
          == 1);
}

TEST_CASE("Disclosures are recorded and found by student", "[changelog][disclosure]")
{
    ddtest::TempDatabase t(true);
    DisclosureRepository disclosures(t.db());
    Disclosure d;
    d.kind = QStringLiteral("students.csv");
    d.recipient = QStringLiteral("RUTS International Office");
    d.purpose = QStringLiteral("visa renewal");
    d.records = {QStringLiteral("DD2020001"), QStringLiteral("DD2020002")};
    d.fileName = QStringLiteral("students.csv");
    Error error;
    REQUIRE(disclosures.record(d, &error));
    CHECK(d.recordCount == 2);
    const QList<Disclosure> found = disclosures.list(QStringLiteral("DD2020002"), 10, &error);
    REQUIRE(found.size() == 1);
    CHECK(found.first().recipient == d.recipient);
    CHECK(found.first().username == QLatin1String("admin"));
    CHECK(disclosures.list(QStringLiteral("DD2020003"), 10, &error).isEmpty());
    CHECK(disclosures.list(QStringLiteral("DD202000"), 10, &error).isEmpty());
}

TEST_CASE("An export of students is written with its disclosure, or neither", "[changelog][disclosure]")
{
    ddtest::TempDatabase t(true);
    Error error;
    const QString path = t.dir() + QStringLiteral("/out/students.csv");
    ListExport::Request request;
    request.kind = ListExport::Kind::Students;
    request.cohort = 2021;
    request.recipient = QStringLiteral("Embassy");
    int rows = 0;
    CHECK_FALSE(ListExport::write(t.db(), request, path, &rows, &error));
    CHECK(error.message().contains(QLatin1String("recipient and purpose")));

    // A folder that does not exist: nothing is recorded.
    request.purpose = QStringLiteral("visa");
    CHECK_FALSE(ListExport::write(t.db(), request, path, &rows, &error));
    CHECK(t.count(QStringLiteral("disclosures")) == 0);

    const QString ok = t.dir() + QStringLiteral("/students.csv");
    REQUIRE(ListExport::write(t.db(), request, ok, &rows, &error));
    CHECK(t.count(QStringLiteral("disclosures")) == 1);
    const QStringList lines = QString::fromUtf8(ddtest::readFile(ok)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == rows + 1);
    CHECK(lines.at(1).startsWith(QLatin1String("DD2021")));
    // The file imports back unchanged.
    CHECK(ddtest::importCsv(t.db(), QStringLiteral("students"), ddtest::readFile(ok), true).isEmpty());
}
