// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The graduation and degree-committee lists: their rows are `audit --cohort`'s, in CSV,
// in a workbook read back by a reader that is not DualDegree's, and in a PDF read back
// by Poppler's pdftotext.

#include "CliRunner.h"
#include "TestSupport.h"
#include "core/text/CsvParser.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

Run on(const QString& db, const QStringList& args)
{
    return cli(QStringList {QStringLiteral("--db"), db} + args);
}

QList<QStringList> csvRows(const QByteArray& bytes)
{
    QList<dd::CsvParser::Record> records;
    QString error;
    REQUIRE(dd::CsvParser::parse(bytes, &records, &error));
    QList<QStringList> rows;
    for (const dd::CsvParser::Record& r : records) {
        rows << r.fields;
    }
    return rows;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 15);
    }
    return v.isNull() ? QString() : v.toString();
}

} // namespace

TEST_CASE("The graduation and degree lists hold audit --cohort's rows, in CSV, a workbook and a PDF", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const int disclosed = countRows(db, QStringLiteral("disclosures"));
    int files = 0;
    for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
        const Run audit = on(db,
                             {QStringLiteral("audit"), QStringLiteral("--cohort"), QStringLiteral("2020"),
                              QStringLiteral("--institution"), institution, QStringLiteral("--json")});
        REQUIRE(audit.exitCode == 0);
        QList<QJsonObject> audits;
        for (const QString& line : audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            audits << QJsonDocument::fromJson(line.toUtf8()).object();
        }
        REQUIRE(audits.size() > 20);
        for (const QString& kind : {QStringLiteral("graduation"), QStringLiteral("degree")}) {
            INFO(institution.toStdString() << " " << kind.toStdString());
            const QString csv = dir.filePath(QStringLiteral("%1-%2.csv").arg(kind, institution));
            const QString xlsx = dir.filePath(QStringLiteral("%1-%2.xlsx").arg(kind, institution));
            const QString pdf = dir.filePath(QStringLiteral("%1-%2.pdf").arg(kind, institution));
            for (const auto& [format, out] :
                 {std::pair {QStringLiteral("csv"), csv}, std::pair {QStringLiteral("xlsx"), xlsx},
                  std::pair {QStringLiteral("pdf"), pdf}}) {
                const Run r = on(db,
                                 {QStringLiteral("report"), kind, QStringLiteral("--cohort"), QStringLiteral("2020"),
                                  QStringLiteral("--institution"), institution, QStringLiteral("--format"), format,
                                  QStringLiteral("--out"), out});
                INFO(r.err.toStdString());
                REQUIRE(r.exitCode == 0);
                ++files;
            }
            // CSV: DESIGN's columns, one row per audited student, the same values.
            const QList<QStringList> rows = csvRows(readFile(csv));
            REQUIRE(rows.first()
                    == QStringList {QStringLiteral("student_id"), QStringLiteral("family_name"),
                                    QStringLiteral("given_name"), QStringLiteral("name_native"), QStringLiteral("gpa"),
                                    QStringLiteral("credits_earned"), QStringLiteral("credits_required"),
                                    QStringLiteral("graduation_eligible"), QStringLiteral("degree_eligible"),
                                    QStringLiteral("honours"), QStringLiteral("hsk"), QStringLiteral("reasons")});
            REQUIRE(rows.size() == audits.size() + 1);
            int notEligible = 0;
            for (int i = 0; i < audits.size(); ++i) {
                const QJsonObject& a = audits.at(i);
                const QStringList& row = rows.at(i + 1);
                CHECK(row.at(0) == a.value(QStringLiteral("student_id")).toString());
                CHECK(row.at(4) == jsonText(a.value(QStringLiteral("gpa"))));
                CHECK(row.at(5) == jsonText(a.value(QStringLiteral("credits_earned"))));
                CHECK(row.at(6) == jsonText(a.value(QStringLiteral("credits_required"))));
                CHECK(row.at(7) == jsonText(a.value(QStringLiteral("graduation_eligible"))));
                CHECK(row.at(8) == jsonText(a.value(QStringLiteral("degree_eligible"))));
                CHECK(row.at(9) == jsonText(a.value(QStringLiteral("honours"))));
                const bool eligible = a.value(kind == QLatin1String("degree") ? QStringLiteral("degree_eligible")
                                                                              : QStringLiteral("graduation_eligible"))
                                          .toBool();
                // Every student not eligible says why; nobody eligible is given a reason.
                CHECK(row.at(11).isEmpty() == eligible);
                notEligible += eligible ? 0 : 1;
            }
            CHECK(notEligible > 0);
            // The workbook holds the same rows.
            const Tool book = runTool(QStringLiteral("python3"), {toolsDir() + QStringLiteral("/read_xlsx.py"), xlsx});
            REQUIRE(book.exitCode == 0);
            const QJsonArray sheet
                = QJsonDocument::fromJson(book.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
            REQUIRE(sheet.size() == rows.size());
            for (int r = 1; r < rows.size(); ++r) {
                const QJsonArray cells = sheet.at(r).toArray();
                CHECK(jsonText(cells.at(0).toArray().at(1)) == rows.at(r).at(0));
                // The GPA as a number (shown with two decimals).
                CHECK(cells.at(4).toArray().at(1).toDouble() == rows.at(r).at(4).toDouble());
                CHECK(jsonText(cells.at(11).toArray().at(1)) == rows.at(r).at(11));
            }
            // The PDF: every student, the title in both languages, the header on every page.
            const Tool text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            REQUIRE(text.exitCode == 0);
            for (int r = 1; r < rows.size(); ++r) {
                CHECK(text.out.contains(rows.at(r).at(0)));
            }
            CHECK(text.out.contains(
                kind == QLatin1String("degree")
                    ? (institution == QLatin1String("CQUPT")
                           ? QStringLiteral("学位评定委员会")
                           : QStringLiteral("Degrees and honours for approval by the University Council"))
                    : QStringLiteral("Graduat")));
            const QStringList pages = text.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            REQUIRE(pages.size() >= 2);
            for (const QString& page : pages) {
                CHECK(page.contains(QStringLiteral("Student ID")));
            }
        }
    }
    // Each list names the cohort's students: each file is in the disclosure log.
    CHECK(countRows(db, QStringLiteral("disclosures")) == disclosed + files);
}
