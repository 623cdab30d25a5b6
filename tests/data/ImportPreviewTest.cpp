// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The preview the window shows before an import: each line's status, the reason at its
// cell, the stored value of each changed cell; the kind recognised from the header; the
// encoding proposed for a file from Chinese or Thai Windows; Cancel writes nothing.

#include "data/import/ImportPreview.h"
#include "TestSupport.h"
#include "core/text/TextEncoding.h"
#include "data/db/Database.h"
#include "data/import/Importers.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace dd;

namespace {

const QByteArray kStudentsHeader = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                   "nationality,passport_no,email,cohort,status\n";

} // namespace

TEST_CASE("The kind of a file is recognised from its header, and only when one kind fits", "[import][preview]")
{
    ddtest::TempDatabase t(true);
    for (const QString& kind : Importers::kinds()) {
        const std::unique_ptr<Importer> importer = Importers::create(kind, t.db());
        INFO(kind.toStdString());
        CHECK(ImportPreview::kindsFor(t.db(), importer->columns()) == QStringList {kind});
        // Any order, any case, optional columns too.
        QStringList shuffled = importer->columns() + importer->optionalColumns();
        std::reverse(shuffled.begin(), shuffled.end());
        shuffled.first() = shuffled.first().toUpper();
        CHECK(ImportPreview::kindsFor(t.db(), shuffled) == QStringList {kind});
        // A column missing or one too many: no kind.
        CHECK(ImportPreview::kindsFor(t.db(), importer->columns().mid(1)).isEmpty());
        CHECK(ImportPreview::kindsFor(t.db(), importer->columns() << QStringLiteral("remarks")).isEmpty());
    }
}

TEST_CASE("A preview shows each line's status, the reason at its cell and the stored value of a changed cell",
          "[import][preview]")
{
    ddtest::TempDatabase t(true);
    const int students = ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt();
    const QByteArray csv = kStudentsHeader
        + "DD2020001,2022210001,6334040001,Nuchnoi,Thitima,,ฐิติมา นุชน้อย,2003-04-18,TH,AA3928024,"
          "t.nuchnoi@example.org,2020,graduated\n"
        + "DD2020002,2022210002,6334040002,Phromma,Supachai,,ศุภชัย พรหมมา,2002-04-03,TH,AA6882302,"
          "supachai.phromma2@students.example.edu,2020,graduated\n"
        + "DD2023099,2025210099,6634040099,Li,Na,李娜,,2005-03-08,CN,E12345678,na.li99@students.example.edu,2023,"
          "active\n"
        + "DD2023098,2025210098,6634040098,Chen,Jie,陈杰,,2005-02-30,CN,E12345679,,2023,active\n";
    ImportPreview preview;
    CHECK_FALSE(preview.make(t.db(), csv, QStringLiteral("students.csv"), QStringLiteral("students"), {}));
    REQUIRE(preview.lines().size() == 4);
    const QList<ImportPreview::Line>& lines = preview.lines();
    CHECK(lines.at(0).line == 2);
    CHECK(lines.at(0).status == ImportPreview::Status::Changed);
    CHECK(lines.at(0).before == QHash<int, QString> {{10, QStringLiteral("thitima.nuchnoi1@students.example.edu")}});
    CHECK(lines.at(1).status == ImportPreview::Status::Unchanged);
    CHECK(lines.at(2).status == ImportPreview::Status::New);
    CHECK(lines.at(2).cells.at(5) == QStringLiteral("李娜"));
    CHECK(lines.at(3).status == ImportPreview::Status::Refused);
    CHECK(lines.at(3).problems.keys() == QList<int> {7});
    CHECK(lines.at(3).problems.value(7).contains(QStringLiteral("2005-02-30")));
    CHECK(preview.fileProblems().isEmpty());
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt() == students);

    // A changed mark shows the mark it replaces; the reason is needed.
    const QByteArray results = "student_id,institution,course_code,term,mark,attempt\nDD2020001,RUTS,GE101,1/2563,B,\n";
    CHECK_FALSE(preview.make(t.db(), results, QStringLiteral("results.csv"), QStringLiteral("results"), {}));
    REQUIRE(preview.lines().size() == 1);
    CHECK(preview.lines().first().status == ImportPreview::Status::Refused);
    Importer::Options withReason;
    withReason.reason = QStringLiteral("re-marked after appeal");
    CHECK(preview.make(t.db(), results, QStringLiteral("results.csv"), QStringLiteral("results"), withReason));
    CHECK(preview.lines().first().status == ImportPreview::Status::Changed);
    CHECK(preview.lines().first().before == QHash<int, QString> {{4, QStringLiteral("A")}});

    // A header that is wrong is a problem of the whole file.
    CHECK_FALSE(
        preview.make(t.db(), "student_id,mark\nDD2020001,A\n", QStringLiteral("x.csv"), QStringLiteral("results"), {}));
    CHECK_FALSE(preview.fileProblems().isEmpty());
}

TEST_CASE("A file from Chinese or Thai Windows is read in the encoding its names make sense in",
          "[import][preview][encoding]")
{
    ddtest::TempDatabase t(true);
    const QByteArray chinese = kStudentsHeader
        + "DD2023099,2025210099,6634040099,Li,Na,李娜,,2005-03-08,CN,E12345678,,2023,active\n"
        + "DD2023097,2025210097,6634040097,Zhang,Wei,张伟,,2005-05-08,CN,E12345677,,2023,active\n";
    const QByteArray thai = kStudentsHeader
        + "DD2023096,2025210096,6634040096,Boonmee,Anan,,อนันต์ บุญมี,2005-03-08,TH,AA1111111,,2023,active\n"
        + "DD2023095,2025210095,6634040095,Srisuk,Malee,,มาลี ศรีสุข,2005-04-08,TH,AA1111112,,2023,active\n";
    const QByteArray gb = ddtest::iconv(chinese, "GB18030");
    const QByteArray cp874 = ddtest::iconv(thai, "CP874");
    CHECK(ImportPreview::proposeEncoding(chinese) == QStringLiteral("utf-8"));
    CHECK(ImportPreview::proposeEncoding(ddtest::iconv(chinese, "UTF-16")) == QStringLiteral("utf-16"));
    CHECK(ImportPreview::proposeEncoding(gb) == QStringLiteral("gb18030"));
    CHECK(ImportPreview::proposeEncoding(cp874) == QStringLiteral("windows-874"));

    Importer::Options options;
    options.encoding = QStringLiteral("gb18030");
    ImportPreview preview;
    CHECK(preview.make(t.db(), gb, QStringLiteral("gb.csv"), QStringLiteral("students"), options));
    REQUIRE(preview.lines().size() == 2);
    CHECK(preview.lines().at(1).cells.at(5) == QStringLiteral("张伟"));
    options.encoding = QStringLiteral("windows-874");
    CHECK(preview.make(t.db(), cp874, QStringLiteral("th.csv"), QStringLiteral("students"), options));
    CHECK(preview.lines().at(0).cells.at(6) == QStringLiteral("อนันต์ บุญมี"));
    // Without an encoding the file is refused, naming the encodings it could be.
    CHECK_FALSE(preview.make(t.db(), cp874, QStringLiteral("th.csv"), QStringLiteral("students"), {}));
    CHECK(preview.fileProblems().join(QString()).contains(QStringLiteral("windows-874")));
}

TEST_CASE("An import cancelled from its progress writes nothing", "[import][preview]")
{
    ddtest::TempDatabase t(true);
    const int students = ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt();
    QByteArray csv = kStudentsHeader;
    for (int i = 0; i < 600; ++i) {
        csv += QStringLiteral("DD2023%1,,,Test,Person,,,2005-03-08,TH,,,2023,active\n")
                   .arg(500 + i, 3, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    QList<int> seen;
    Importer::Options options;
    options.backup = false;
    options.progress = [&seen](int done, int total) {
        CHECK(total == 600);
        seen << done;
        return done < 400;
    };
    ImportReport report;
    CHECK_FALSE(
        Importers::create(QStringLiteral("students"), t.db())->run(csv, QStringLiteral("s.csv"), options, &report));
    CHECK(seen == QList<int> {249, 499});
    CHECK(report.errors.first().message.contains(QStringLiteral("cancelled")));
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt() == students);
    // Carried through: every line is read and reported, then it is written.
    seen.clear();
    options.progress = [&seen](int done, int) {
        seen << done;
        return true;
    };
    REQUIRE(Importers::create(QStringLiteral("students"), t.db())->run(csv, QStringLiteral("s.csv"), options, &report));
    CHECK(seen == QList<int> {249, 499, 600});
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt() == students + 600);
}

TEST_CASE("A preview says at the row what the acting user may not change, before anything would be written",
          "[import][preview][roles]")
{
    ddtest::TempDatabase t(true);
    Error error;
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("ruts.coordinator"), &error));
    // RUTS's coordinator: a CQUPT mark is refused at its institution cell, a RUTS one is not;
    // a CQUPT row that changes nothing needs no permission.
    const QByteArray results = "student_id,institution,course_code,term,mark,attempt\n"
                               "DD2023001,CQUPT,MAJ317,2026-2027-1,86,\n"
                               "DD2023001,CQUPT,MAJ318,2026-2027-1,,\n";
    ImportPreview preview;
    CHECK_FALSE(preview.make(t.db(), results, QStringLiteral("marks.csv"), QStringLiteral("results"), {}));
    REQUIRE(preview.lines().size() == 2);
    CHECK(preview.lines().at(0).status == ImportPreview::Status::Refused);
    CHECK(
        preview.lines().at(0).problems.value(1).contains(QStringLiteral("may not enter or change results for CQUPT")));
    CHECK(preview.lines().at(1).status == ImportPreview::Status::Unchanged);
    // The catalogue: CQUPT's course refused, and a new student too (the coordinator may not add students).
    CHECK_FALSE(preview.make(t.db(),
                             "institution,code,title_en,title_zh,title_th,credits,lecture_hours,lab_hours,"
                             "self_study_hours,category,grading\n"
                             "CQUPT,MAJ399,New Course,新课程,,2,32,0,32,MAJ,graded\n",
                             QStringLiteral("courses.csv"), QStringLiteral("courses"), {}));
    INFO(preview.report().errors.first().toString().toStdString());
    CHECK(preview.report().errors.size() == 1);
    CHECK(preview.report().errors.first().column == QStringLiteral("institution"));
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("viewer"), &error));
    CHECK_FALSE(preview.make(t.db(), kStudentsHeader + "DD2024901,,,Test,Person,,,2006-03-08,TH,,,2024,active\n",
                             QStringLiteral("students.csv"), QStringLiteral("students"), {}));
    CHECK(preview.report().errors.first().message.contains(QStringLiteral("may not add or change students")));
}
