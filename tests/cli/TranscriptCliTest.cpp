// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

QString codeIn(const QString& out)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("verification code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})"))
              .match(out);
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

} // namespace

TEST_CASE("transcript issues a PDF — verify exits 0 genuine, 2 after a grade change, 1 for a forged file",
          "[cli][transcript]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString pdf = dir.filePath(QStringLiteral("DD2020013-CQUPT.pdf"));
    const Run issued = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020013"),
                            QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--lang"),
                            QStringLiteral("en-zh"), QStringLiteral("--out"), pdf, QStringLiteral("--recipient"),
                            QStringLiteral("Chongqing Municipal Education Commission"), QStringLiteral("--purpose"),
                            QStringLiteral("degree certification")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString code = codeIn(issued.out);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    CHECK(countRows(db, QStringLiteral("transcript_issues")) == 1);

    Run v = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), pdf});
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("genuine")));
    CHECK(v.out.contains(QStringLiteral("issued to: Chongqing Municipal Education Commission; purpose: degree"
                                        " certification")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("verify"), code}).exitCode == 0);

    // A forged copy: one digit of a mark changed in the file.
    QByteArray bytes = readFile(pdf);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    const QString forged = dir.filePath(QStringLiteral("forged.pdf"));
    writeFile(forged, bytes);
    v = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), forged});
    CHECK(v.exitCode == 1);
    CHECK(v.err.contains(QStringLiteral("NOT GENUINE")));
    CHECK(v.err.contains(code));
    v = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ")});
    CHECK(v.exitCode == 1);

    // A grade corrected after issue: still genuine, but the record changed; the change is listed.
    const QString csv = dir.filePath(QStringLiteral("fix.csv"));
    writeFile(csv,
              "student_id,institution,course_code,term,mark,attempt\n"
              "DD2020013,CQUPT,MAJ301,2022-2023-1,59,\n");
    const Run fix = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"), csv,
                         QStringLiteral("--reason"), QStringLiteral("re-marked")});
    INFO(fix.err.toStdString());
    REQUIRE(fix.exitCode == 0);
    v = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), pdf});
    CHECK(v.exitCode == 2);
    CHECK(v.out.contains(QStringLiteral("record changed since issue")));
    CHECK(v.out.contains(QRegularExpression(QStringLiteral("\\n  - course 2022-2023-1: MAJ301 \\|[^\\n]*\\n"))));
    CHECK(
        v.out.contains(QRegularExpression(QStringLiteral("\\n  \\+ course 2022-2023-1: MAJ301 \\|[^\\n]*\\| 59 \\|"))));
}

TEST_CASE("transcript refuses bad requests with a reason and writes nothing", "[cli][transcript]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020001"),
                 QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--lang"),
                 QStringLiteral("en-zh"), QStringLiteral("--out"), pdf});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("RUTS transcripts are written in en or en-th, not 'en-zh'")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD1999999"),
             QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out"), pdf});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("DD1999999")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020001"),
             QStringLiteral("--institution"), QStringLiteral("RUTS")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(countRows(db, QStringLiteral("transcript_issues")) == 0);
}

TEST_CASE("transcript --cohort issues a whole cohort into a folder", "[cli][transcript]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString out = dir.filePath(QStringLiteral("2023"));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("--cohort"),
                       QStringLiteral("2023"), QStringLiteral("--institution"), QStringLiteral("RUTS"),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out-dir"), out,
                       QStringLiteral("--purpose"), QStringLiteral("exchange")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const int files = int(QDir(out).entryList({QStringLiteral("*-RUTS.pdf")}).size());
    CHECK(files >= 15);
    CHECK(r.out.contains(QStringLiteral("%1 of %1 transcripts of cohort 2023").arg(files)));
    CHECK(countRows(db, QStringLiteral("transcript_issues")) == files);
}

TEST_CASE("verify: a mistyped path could not be checked (exit 3), an unknown code is not genuine (exit 1)",
          "[cli][transcript]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    for (const QString& path : {dir.filePath(QStringLiteral("no-such-transcript.pdf")), QStringLiteral("typo.PDF"),
                                QStringLiteral("missing/folder/t.pdf"), dir.path()}) {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), path});
        INFO(path.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("cannot read")));
    }
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ")}).exitCode
          == 1);
}

TEST_CASE("verify without --db checks against the per-user database, like every other command", "[cli][transcript]")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--demo")}, env).exitCode == 0);
    CHECK(QFileInfo::exists(home.filePath(QStringLiteral("data/dualdegree/dualdegree.db"))));
    const QString pdf = home.filePath(QStringLiteral("t.pdf"));
    REQUIRE(cli({QStringLiteral("transcript"), QStringLiteral("DD2020001"), QStringLiteral("--institution"),
                 QStringLiteral("RUTS"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf},
                env)
                .exitCode
            == 0);
    const Run v = cli({QStringLiteral("verify"), pdf}, env);
    INFO(v.err.toStdString());
    CHECK(v.exitCode == 0);
}

TEST_CASE("dualdegree --help and --version print without a display", "[cli]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const char* option : {"--help", "--version"}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DD_APP_PATH), {QString::fromLatin1(option)});
        REQUIRE(p.waitForFinished(30000));
        INFO(option << " " << p.readAllStandardError().toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        CHECK_FALSE(out.isEmpty());
        if (QByteArray(option) == "--help") {
            CHECK(out.contains(QStringLiteral("--db")));
        }
    }
}
