// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Files as the offices have them: saved by Excel on Chinese Windows (GB18030), on Thai
// Windows (Windows-874) or as "Unicode text" (UTF-16 with its mark). Made here by iconv,
// a converter DualDegree does not use to read them (it calls the C library's).

#include "CliRunner.h"
#include "TestSupport.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

const QByteArray kStudents = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                             "nationality,passport_no,email,cohort,status\n";
const QByteArray kChinese = "DD2024901,,,Wang,Xiaoming,王小明,,2005-03-01,CN,E12345678,,2024,active\n";
const QByteArray kThai = "DD2024902,,,Saetang,Somchai,,สมชาย แซ่ตั้ง,2005-04-02,TH,AA1234567,,2024,active\n";

QString stored(const QString& db, const QString& column, const QString& student)
{
    dd::Database d;
    dd::Error error;
    REQUIRE(d.open(db, dd::Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(d.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM students WHERE student_id = '%2'").arg(column, student)));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A file saved by Excel in GB18030, Windows-874 or UTF-16 imports with its names intact when its encoding"
          " is named",
          "[cli][encoding]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString zh = dir.filePath(QStringLiteral("zh.csv"));
    const QString th = dir.filePath(QStringLiteral("th.csv"));
    const QString u16 = dir.filePath(QStringLiteral("u16.csv"));
    writeFile(zh, ddtest::iconv(kStudents + kChinese, "GB18030"));
    writeFile(th, ddtest::iconv(kStudents + kThai, "CP874"));
    writeFile(u16, "\xff\xfe" + ddtest::iconv(kStudents + kChinese + kThai, "UTF-16LE"));
    const auto import = [&](const QString& file, const QStringList& more = {}) {
        return cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), file}
                   + more);
    };

    // Not UTF: refused, naming what it could be and what each makes of the names.
    const Run guessed = import(zh);
    CHECK(guessed.exitCode == 1);
    CHECK(guessed.err.contains(QStringLiteral("zh.csv: the file is not valid UTF-8; it reads as --encoding gb18030")));
    CHECK(guessed.err.contains(QStringLiteral("王小明")));
    CHECK(guessed.err.contains(QStringLiteral("--encoding windows-874")));
    const Run thai = import(th);
    CHECK(thai.exitCode == 1);
    CHECK(thai.err.contains(QStringLiteral("--encoding windows-874")));
    CHECK(thai.err.contains(QStringLiteral("สมชาย แซ่ตั้ง")));
    CHECK(countRows(db, QStringLiteral("students")) == 0);

    // Named: imported, the names as typed.
    REQUIRE(import(zh, {QStringLiteral("--encoding"), QStringLiteral("gb18030")}).exitCode == 0);
    CHECK(stored(db, QStringLiteral("name_zh"), QStringLiteral("DD2024901")) == QStringLiteral("王小明"));
    REQUIRE(import(th, {QStringLiteral("--encoding"), QStringLiteral("TIS-620")}).exitCode == 0);
    CHECK(stored(db, QStringLiteral("name_th"), QStringLiteral("DD2024902")) == QStringLiteral("สมชาย แซ่ตั้ง"));
    // UTF-16 carries its mark: read without being named, and nothing changes.
    const Run unicode = import(u16);
    INFO(unicode.err.toStdString());
    CHECK(unicode.exitCode == 0);
    CHECK(unicode.out.contains(QStringLiteral("2 rows: 0 added, 0 changed, 2 unchanged")));
    writeFile(u16, "\xfe\xff" + ddtest::iconv(kStudents + kChinese + kThai, "UTF-16BE"));
    CHECK(import(u16).out.contains(QStringLiteral("2 unchanged")));

    // A wrong or unknown name is said.
    const Run wrong = import(zh, {QStringLiteral("--encoding"), QStringLiteral("utf-16")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("no UTF-16 byte-order mark")));
    const Run unknown = import(zh, {QStringLiteral("--encoding"), QStringLiteral("latin1")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(
        QStringLiteral("unknown encoding 'latin1' (expected utf-8, utf-16, gb18030, windows-874)")));
    const Run notGb = import(th, {QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    CHECK(notGb.exitCode == 1);
    CHECK(notGb.err.contains(QStringLiteral("not valid UTF-8")));
    CHECK(countRows(db, QStringLiteral("students")) == 2);
}

TEST_CASE("Attack: RUTS's coordinator imports CQUPT marks — the dry run already names the row, and nothing is written",
          "[cli][import][roles]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString marks = dir.filePath(QStringLiteral("marks.csv"));
    writeFile(marks,
              "student_id,institution,course_code,term,mark,attempt\n"
              "DD2023001,RUTS,GE101,1/2566,A,\n"
              "DD2023001,CQUPT,MAJ317,2026-2027-1,100,\n");
    const auto stored = [&] {
        // Read by the sqlite3 shell, not through DualDegree.
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {db,
                     QStringLiteral("SELECT r.mark FROM results r JOIN students s ON s.id = r.student_ref"
                                    " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                                    " WHERE s.student_id = 'DD2023001' AND c.institution = 'CQUPT'"
                                    " AND c.code = 'MAJ317' AND t.code = '2026-2027-1'")});
        REQUIRE(shell.waitForFinished(30000));
        return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    };
    const QString before = stored();
    const int runs = countRows(db, QStringLiteral("import_runs"));
    for (const bool dryRun : {true, false}) {
        INFO(dryRun);
        QStringList args {QStringLiteral("--db"),
                          db,
                          QStringLiteral("--user"),
                          QStringLiteral("ruts.coordinator"),
                          QStringLiteral("import"),
                          QStringLiteral("results"),
                          marks};
        if (dryRun) {
            args << QStringLiteral("--dry-run");
        }
        const Run run = cli(args, loggedIn(QStringLiteral("ruts.coordinator")));
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral(
            "marks.csv:3: column 'institution': ruts.coordinator (ruts_coordinator) may not enter or change results for"
            " CQUPT")));
        CHECK_FALSE(run.err.contains(QStringLiteral("marks.csv:2:")));
    }
    CHECK(stored() == before);
    CHECK(countRows(db, QStringLiteral("import_runs")) == runs);
}
