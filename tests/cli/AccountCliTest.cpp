// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

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
    // A copy carries no chain head; that is said, not failed.
    CHECK(ok.out.contains(QLatin1String("note: no chain head is kept beside this file")));

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

    // The administrator requires login; then no one acts without it.
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("require-login"), QStringLiteral("on")})
            .exitCode
        == 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("requires logging in")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
             QStringLiteral("list")},
            loggedIn(QStringLiteral("admin")));
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
