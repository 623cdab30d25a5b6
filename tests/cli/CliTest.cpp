// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <qplatformdefs.h>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace dd;
using namespace ddtest;

TEST_CASE("cli: init --demo, then check", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo-check.db"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("results.csv: 6")));
    const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity ok, foreign keys ok")));

    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(again.err.contains(QStringLiteral("exists already")));
}

TEST_CASE("cli: a broken results file exits non-zero naming the line, and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const int before = countRows(db, QStringLiteral("results"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    ddtest::writeFile(bad,
                      "student_id,institution,course_code,term,mark,attempt\n"
                      "DD2020001,CQUPT,MAJ301,2024-2025-1,90,retake\n"
                      "DD2020002,CQUPT,MAJ301,2024-2025-1,190,retake\n");
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"), bad});
    CHECK(run.exitCode == 1);
    const QString firstLine = run.err.section(QLatin1Char('\n'), 0, 0);
    CHECK(firstLine.startsWith(
        QStringLiteral("dualdegree-cli: bad.csv:3: column 'mark': mark 190 is outside the scale 0-100")));
    CHECK(firstLine.contains(QStringLiteral("nothing was imported")));
    CHECK(countRows(db, QStringLiteral("results")) == before);
}

TEST_CASE("cli: dry run, real import, grade change with --reason", "[cli]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const int before = countRows(db, QStringLiteral("results"));
    const QString csv = dir.filePath(QStringLiteral("results.csv"));
    ddtest::writeFile(csv,
                      "student_id,institution,course_code,term,mark,attempt\n"
                      "DD2020001,CQUPT,MAJ301,2024-2025-1,90,retake\n");
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"), csv};
    const Run dry = cli(base + QStringList {QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("would add result DD2020001 CQUPT MAJ301 2024-2025-1 (retake): 90")));
    CHECK(countRows(db, QStringLiteral("results")) == before);

    const Run real = cli(base);
    CHECK(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("1 added")));
    CHECK(countRows(db, QStringLiteral("results")) == before + 1);
    CHECK(cli(base).out.contains(QStringLiteral("1 unchanged")));

    ddtest::writeFile(csv,
                      "student_id,institution,course_code,term,mark,attempt\n"
                      "DD2020001,CQUPT,MAJ301,2024-2025-1,92,retake\n");
    const Run noReason = cli(base);
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("needs a reason (--reason)")));
    const Run withReason
        = cli(base + QStringList {QStringLiteral("--reason"), QStringLiteral("re-marked after appeal")});
    CHECK(withReason.exitCode == 0);
    CHECK(countRows(db, QStringLiteral("grade_changes")) == 1);
}

TEST_CASE("cli: programmes, backup, and errors", "[cli]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run programmes = cli({QStringLiteral("--db"), db, QStringLiteral("programmes")});
    CHECK(programmes.exitCode == 0);
    const QStringList codes = programmes.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(codes.size() == 10);
    CHECK(codes.contains(QStringLiteral("CQUPT-CST-2020")));
    CHECK(codes.contains(QStringLiteral("RUTS-CS-2024")));

    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).exitCode == 1);

    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    // An unknown user is asked for a password and answered like a wrong one.
    QProcessEnvironment guess = QProcessEnvironment::systemEnvironment();
    guess.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("a guess"));
    const Run user = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("check")},
        guess);
    CHECK(user.exitCode == 1);
    CHECK(user.err.trimmed() == QStringLiteral("dualdegree-cli: login refused: wrong user name or password"));
    const Run kind = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("grades"), copy});
    CHECK(kind.exitCode == 2);

    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    ddtest::writeFile(foreign, QByteArray("hello, world\n"));
    const Run refused = cli({QStringLiteral("--db"), foreign, QStringLiteral("check")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is not a DualDegree database")));
    CHECK(ddtest::readFile(foreign) == QByteArray("hello, world\n"));
}

TEST_CASE("cli: without --db the per-user data file is used", "[cli]")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const Run init = cli({QStringLiteral("init")}, env);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(home.filePath(QStringLiteral("dualdegree/dualdegree.db"))));
    CHECK(cli({QStringLiteral("check")}, env).exitCode == 0);
}

TEST_CASE("cli import keeps a copy of the database as it was — restore puts it back", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString csv = dir.filePath(QStringLiteral("new.csv"));
    writeFile(csv,
              "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
              "passport_no,email,cohort,status\n"
              "DD2024901,,,Kaewmanee,Ploy,,พลอย แก้วมณี,2006-02-03,TH,,,2024,active\n");
    const int before = countRows(db, QStringLiteral("students"));
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(countRows(db, QStringLiteral("students")) == before + 1);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("the database as it was before: (\\S+)")).match(imported.out);
    REQUIRE(m.hasMatch());
    const QString copy = m.captured(1);
    CHECK(QFileInfo(copy).dir().dirName().endsWith(QStringLiteral(".backups")));

    const Run restored = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(countRows(db, QStringLiteral("students")) == before);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    // The database it replaced is kept too.
    CHECK(restored.out.contains(QStringLiteral("the database as it was before: ")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("restore"), dir.filePath(QStringLiteral("none.db"))}).exitCode
          == 1);
}

TEST_CASE("Attack: a noncharacter typed into any name or reason is refused, and log verify stays clean",
          "[cli][attack][unicode]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString bad = QStringLiteral("Board ") + QChar(0xFFFF) + QStringLiteral(" decision");
    const QString badStart = QChar(0xFFFE) + QStringLiteral("Embassy");
    const QString syllabus = dir.filePath(QStringLiteral("syllabus") + QChar(0xFFFF) + QStringLiteral(".pdf"));
    writeFile(syllabus, QByteArray("%PDF-1.4 a syllabus"));
    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("equivalency"), QStringLiteral("list"),
                          QStringLiteral("--status"), QStringLiteral("approved")});
    const QString approved = list.out.section(QLatin1Char('\t'), 0, 0);
    REQUIRE_FALSE(approved.isEmpty());
    QProcessEnvironment withName = QProcessEnvironment::systemEnvironment();
    withName.insert(QStringLiteral("DUALDEGREE_NEW_PASSWORD"), QStringLiteral("a long password"));
    const QList<QStringList> doors = {
        {QStringLiteral("exception"), QStringLiteral("add"), QStringLiteral("DD2020008"),
         QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--kind"), QStringLiteral("waive"),
         QStringLiteral("--requirement"), QStringLiteral("maj"), QStringLiteral("--reason"), bad,
         QStringLiteral("--approved-by"), QStringLiteral("Dean")},
        {QStringLiteral("exception"), QStringLiteral("add"), QStringLiteral("DD2020008"),
         QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--kind"), QStringLiteral("waive"),
         QStringLiteral("--requirement"), QStringLiteral("maj"), QStringLiteral("--reason"), QStringLiteral("ok"),
         QStringLiteral("--approved-by"), bad},
        {QStringLiteral("equivalency"), QStringLiteral("retire"), approved, QStringLiteral("--reason"), bad},
        {QStringLiteral("equivalency"), QStringLiteral("evidence"), QStringLiteral("1"), syllabus},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--role"),
         QStringLiteral("viewer"), QStringLiteral("--name"), bad},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk") + QChar(0xFFFF),
         QStringLiteral("--role"), QStringLiteral("viewer")},
        {QStringLiteral("export"), QStringLiteral("students"), dir.filePath(QStringLiteral("s.csv")),
         QStringLiteral("--recipient"), badStart, QStringLiteral("--purpose"), QStringLiteral("visa")},
        {QStringLiteral("transcript"), QStringLiteral("DD2020001"), QStringLiteral("--institution"),
         QStringLiteral("RUTS"), QStringLiteral("--out"), dir.filePath(QStringLiteral("t.pdf")),
         QStringLiteral("--recipient"), QStringLiteral("ok"), QStringLiteral("--purpose"), bad},
    };
    for (const QStringList& door : doors) {
        INFO(door.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList {QStringLiteral("--db"), db} + door, withName);
        CHECK(r.exitCode == 1);
        CHECK((r.err.contains(QLatin1String("non-text character"))
               || r.err.contains(QLatin1String("the user name 'clerk\\u{ffff}' is not a valid code"))));
    }
    const Run verify = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("Attack: a byte-order mark inside a field is refused, never dropped", "[cli][attack][unicode]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString file = dir.filePath(QStringLiteral("students.csv"));
    // The file's own BOM is accepted; one that begins a field is not.
    writeFile(file,
              QByteArray("\xEF\xBB\xBF"
                         "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                         "nationality,passport_no,email,cohort,status\n"
                         "DD2099001,,,\xEF\xBB\xBFTest,Bom,,,2004-01-01,TH,AA1,,2020,active\n"));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("students.csv:2: column 'family_name'")));
    CHECK(r.err.contains(QLatin1String("U+FEFF")));
}

TEST_CASE("Attack: an output file is never written through a link, into a pipe or onto a device",
          "[cli][attack][files]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString target = dir.filePath(QStringLiteral("precious.txt"));
    writeFile(target, QByteArray("keep me\n"));
    const QString link = dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(target, link));
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QList<QPair<QStringList, QString>> attempts = {
        {{QStringLiteral("transcript"), QStringLiteral("DD2020001"), QStringLiteral("--institution"),
          QStringLiteral("RUTS"), QStringLiteral("--out"), link},
         QStringLiteral("is a symbolic link")},
        {{QStringLiteral("export"), QStringLiteral("equivalencies"), link}, QStringLiteral("is a symbolic link")},
        {{QStringLiteral("export"), QStringLiteral("equivalencies"), fifo}, QStringLiteral("is a named pipe")},
        {{QStringLiteral("export"), QStringLiteral("students"), fifo, QStringLiteral("--recipient"),
          QStringLiteral("the registry"), QStringLiteral("--purpose"), QStringLiteral("a check")},
         QStringLiteral("is a named pipe")},
        {{QStringLiteral("export"), QStringLiteral("equivalencies"), dir.filePath(QStringLiteral("no/such/x.csv"))},
         QStringLiteral("does not exist")},
    };
    const int issued = countRows(db, QStringLiteral("transcript_issues"));
    const int disclosed = countRows(db, QStringLiteral("disclosures"));
    for (const auto& [args, reason] : attempts) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList {QStringLiteral("--db"), db} + args);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(reason));
    }
    CHECK(readFile(target) == QByteArray("keep me\n"));
    CHECK(QFileInfo(link).isSymLink());
    QT_STATBUF info;
    REQUIRE(QT_LSTAT(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(countRows(db, QStringLiteral("transcript_issues")) == issued);
    CHECK(countRows(db, QStringLiteral("disclosures")) == disclosed);
    // A regular file is replaced whole, and leaves no temporary file behind.
    const QString plain = dir.filePath(QStringLiteral("equivalencies.csv"));
    writeFile(plain, QByteArray("old\n"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("equivalencies"), plain}).exitCode
            == 0);
    CHECK(readFile(plain).startsWith("from_institution,"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).filter(QStringLiteral("equivalencies"))
          == QStringList {QStringLiteral("equivalencies.csv")});
    // A device is refused by the same check; asked without writing, so that a failure here cannot
    // replace the machine's /dev/null.
    Error error;
    CHECK_FALSE(OutputFile::checkTarget(QStringLiteral("/dev/null"), &error));
    CHECK(error.message() == QStringLiteral("/dev/null is a device, not a file"));
}

TEST_CASE("Attack: two imports started at the same moment both take their own copy", "[cli][attack][backup][slow]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    int collisions = 0;
    for (int round = 0; round < 12; ++round) {
        std::vector<std::unique_ptr<QProcess>> imports;
        for (int i = 0; i < 2; ++i) {
            const QString file = dir.filePath(QStringLiteral("fix-%1-%2.csv").arg(round).arg(i));
            writeFile(file,
                      QStringLiteral("student_id,institution,course_code,term,mark,attempt\n"
                                     "DD2020001,CQUPT,MAJ301,2022-2023-1,%1,\n")
                          .arg(60 + round * 2 + i)
                          .toUtf8());
            imports.push_back(std::make_unique<QProcess>());
            imports.back()->start(QStringLiteral(DD_CLI_PATH),
                                  {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"),
                                   file, QStringLiteral("--reason"), QStringLiteral("re-marked")});
        }
        for (const std::unique_ptr<QProcess>& p : imports) {
            REQUIRE(p->waitForFinished(60000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            INFO(err.toStdString());
            collisions += err.contains(QLatin1String("already")) ? 1 : 0;
            CHECK(p->exitCode() == 0);
        }
    }
    CHECK(collisions == 0);
    // Ten are kept, as documented, and nothing else is in the folder.
    const QStringList left = QDir(db + QStringLiteral(".backups")).entryList(QDir::Files | QDir::Hidden);
    CHECK(left.size() == 10);
    CHECK(left.filter(QStringLiteral("journal")).isEmpty());
}

namespace {

/** Runs dualdegree-cli as a user who may not write \a args' database (as "nobody" when the tests run as root). */
Run cliWithoutWriting(const QStringList& args)
{
    QProcess p;
    p.setChildProcessModifier([] { ::setsid(); });
    if (::geteuid() == 0) {
        // The superuser writes anywhere; an ordinary user meets the read-only folder.
        p.start(QStringLiteral("setpriv"),
                QStringList {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                             QStringLiteral("--clear-groups"), QStringLiteral(DD_CLI_PATH)}
                    + args);
    } else {
        p.start(QStringLiteral(DD_CLI_PATH), args);
    }
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("Attack: a database in a read-only folder opens read-only and says why nothing can be saved",
          "[cli][attack][files]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString csv = dir.filePath(QStringLiteral("fix.csv"));
    writeFile(csv,
              QByteArray("student_id,institution,course_code,term,mark,attempt\n"
                         "DD2020001,CQUPT,MAJ301,2022-2023-1,61,\n"));
    // Opened once where it can be written: a file in write-ahead-log mode, as every database in use is.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    REQUIRE_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    const QByteArray before = QCryptographicHash::hash(readFile(db), QCryptographicHash::Sha256);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const QStringList& reading :
         {QStringList {QStringLiteral("check")},
          QStringList {QStringLiteral("audit"), QStringLiteral("DD2020001"), QStringLiteral("--institution"),
                       QStringLiteral("RUTS"), QStringLiteral("--json")},
          QStringList {QStringLiteral("log"), QStringLiteral("verify")}}) {
        const Run r = cliWithoutWriting(QStringList {QStringLiteral("--db"), db} + reading);
        INFO(reading.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    const Run write
        = cliWithoutWriting({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"), csv,
                             QStringLiteral("--reason"), QStringLiteral("re-marked")});
    INFO(write.err.toStdString());
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(QLatin1String("read-only")));
    CHECK_FALSE(write.err.contains(QLatin1String("not a DualDegree database")));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(QCryptographicHash::hash(readFile(db), QCryptographicHash::Sha256) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-shm")));
}

TEST_CASE("Attack: a database rolled back to an older copy stays found until an administrator adopts it, and a missing"
          " or edited head fails log verify",
          "[cli][attack][head]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString head = db + QStringLiteral(".loghead");
    REQUIRE(QFileInfo::exists(head));
    const auto students = [&dir](int first, int count) {
        QByteArray csv = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                         "nationality,passport_no,email,cohort,status\n";
        for (int i = first; i < first + count; ++i) {
            csv += QStringLiteral("DD2024%1,,,Kaewmanee,Ploy%1,,,2006-02-03,TH,,,2024,active\n")
                       .arg(i, 3, 10, QLatin1Char('0'))
                       .toUtf8();
        }
        const QString file = dir.filePath(QStringLiteral("students-%1.csv").arg(first));
        writeFile(file, csv);
        return file;
    };
    const auto run = [&db](QStringList args) { return cli(QStringList {QStringLiteral("--db"), db} + args); };
    const QString older = dir.filePath(QStringLiteral("older.db"));
    REQUIRE(QFile::copy(db, older));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("students"), students(1, 2)}).exitCode == 0);
    REQUIRE(run({QStringLiteral("log"), QStringLiteral("verify")}).exitCode == 0);

    // Rolled back: found, and the next import (more rows than were cut) is refused.
    QFile::remove(db);
    REQUIRE(QFile::copy(older, db));
    const Run found = run({QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(found.exitCode == 1);
    CHECK(found.out.contains(QLatin1String("an older copy was put in its place")));
    const int before = countRows(db, QStringLiteral("students"));
    const Run refused = run({QStringLiteral("import"), QStringLiteral("students"), students(100, 30)});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QLatin1String("log adopt")));
    CHECK(countRows(db, QStringLiteral("students")) == before);
    CHECK(run({QStringLiteral("log"), QStringLiteral("verify")}).exitCode == 1);

    // Adopting takes the administrator and a reason, and stays in the log.
    CHECK(run({QStringLiteral("log"), QStringLiteral("adopt")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("viewer"), QStringLiteral("log"),
               QStringLiteral("adopt"), QStringLiteral("--reason"), QStringLiteral("mine now")},
              loggedIn(QStringLiteral("viewer")))
              .exitCode
          == 1);
    const Run adopted = run(
        {QStringLiteral("log"), QStringLiteral("adopt"), QStringLiteral("--reason"), QStringLiteral("disk swap")});
    INFO(adopted.err.toStdString());
    CHECK(adopted.exitCode == 0);
    const Run clean = run({QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QLatin1String("adopted")));
    CHECK(clean.out.contains(QLatin1String("disk swap")));
    CHECK(run({QStringLiteral("import"), QStringLiteral("students"), students(100, 30)}).exitCode == 0);
    CHECK(run({QStringLiteral("log"), QStringLiteral("adopt"), QStringLiteral("--reason"), QStringLiteral("again")})
              .exitCode
          == 1); // nothing to adopt

    // A head edited or deleted: exit 1, not a note.
    QFile headFile(head);
    REQUIRE(headFile.open(QIODevice::ReadWrite));
    QByteArray bytes = headFile.readAll();
    bytes.replace("\"seq\": ", "\"seq\": 1");
    headFile.resize(0);
    headFile.write(bytes);
    headFile.close();
    CHECK(run({QStringLiteral("log"), QStringLiteral("verify")}).exitCode == 1);
    REQUIRE(QFile::remove(head));
    const Run missing = run({QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.contains(QLatin1String("no chain head beside it")));
}

TEST_CASE("backup writes a copy whose log verifies with its own head", "[cli][head][backup]")
{
    // (migrate's file target makes its own head as it is written: PostgresTest verifies it.)
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).exitCode == 0);
    CHECK(QFileInfo::exists(copy + QStringLiteral(".loghead")));
    const Run verify = cli({QStringLiteral("--db"), copy, QStringLiteral("log"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK_FALSE(verify.out.contains(QLatin1String("note:")));
}

TEST_CASE("Attack: a disk that fills up during an import is said to be full, and nothing is imported",
          "[cli][attack][disk]")
{
    // A real full disk: a small tmpfs, mounted in a namespace of its own where the system
    // lets an ordinary process do so (unshare -rm); elsewhere the test says why it did not run.
    QTemporaryDir dir;
    if (QProcess::execute(QStringLiteral("unshare"),
                          {QStringLiteral("-rm"), QStringLiteral("mount"), QStringLiteral("-t"),
                           QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), dir.path()})
        != 0) {
        WARN("a tmpfs cannot be mounted in a namespace of this process here (unshare -rm): the full-disk test did not"
             " run");
        return;
    }
    const QString db = demoCopy(dir);
    QByteArray csv = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                     "passport_no,email,cohort,status\n";
    for (int i = 0; i < 20000; ++i) {
        csv += QStringLiteral("DF%1,,,Full,Disk%1,,,2004-05-06,TH,,disk%1@example.org,2024,active\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    const QString file = dir.filePath(QStringLiteral("many.csv"));
    writeFile(file, csv);
    const QString disk = dir.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkpath(disk));
    // Room for the database and its automatic copy, not for 20,000 more students.
    const qint64 room = 2 * QFileInfo(db).size() + 2 * 1024 * 1024;
    const auto import = [&](const QString& step) {
        QProcess p;
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$1\" && cp \"$2\" \"$2.loghead\" \"$1\"/ && \"$3\""
                                " --db \"$1/demo.db\" import students \"$4\"; echo \"exit $?\"; %5")
                     .arg(room / 1024)
                     .arg(step),
                 QStringLiteral("sh"), disk, db, QStringLiteral(DD_CLI_PATH), file});
        REQUIRE(p.waitForFinished(120000));
        return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
    };
    const Run full
        = import(QStringLiteral("\"$3\" --db \"$1/demo.db\" check; echo \"check $?\"; sqlite3 \"$1/demo.db\""
                                " \"SELECT 'added ' || count(*) FROM students WHERE student_id LIKE 'DF%'\""));
    INFO(full.out.toStdString() << full.err.toStdString());
    CHECK(full.out.contains(QLatin1String("exit 1")));
    CHECK(full.err.contains(QLatin1String("the disk is full")));
    CHECK_FALSE(full.err.contains(QLatin1String("another program")));
    CHECK_FALSE(full.err.contains(QLatin1String("rollback")));
    CHECK_FALSE(full.err.contains(QLatin1String("not a DualDegree database")));
    // The database on the full disk is whole, and without any of the students.
    CHECK(full.out.contains(QLatin1String("check 0")));
    CHECK(full.out.contains(QLatin1String("added 0")));
}
