// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every list exported as CSV and as a workbook, the workbook read back by a reader
// that is not DualDegree's writer (tests/tools/read_xlsx.py: Python's zipfile and XML
// parser): the same rows, numbers as numbers, dates as dates, Chinese and Thai text
// intact, the header frozen, a formula never a formula; the CSV imports back unchanged.

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

QJsonObject readWorkbook(const QString& path)
{
    const Tool t = runTool(QStringLiteral("python3"), {toolsDir() + QStringLiteral("/read_xlsx.py"), path});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    return QJsonDocument::fromJson(t.out.toUtf8()).object();
}

QList<QStringList> readCsv(const QString& path)
{
    QList<dd::CsvParser::Record> records;
    QString error;
    REQUIRE(dd::CsvParser::parse(readFile(path), &records, &error));
    QList<QStringList> rows;
    for (const dd::CsvParser::Record& r : records) {
        QStringList row;
        for (const QString& f : r.fields) {
            row << dd::CsvParser::unformulaText(f);
        }
        rows << row;
    }
    return rows;
}

/** A workbook cell as the CSV writes it; its kind ("s", "n", "d") in \a kind. */
QString cellText(const QJsonValue& cell, QString* kind)
{
    const QJsonArray c = cell.toArray();
    *kind = c.at(0).toString();
    const QJsonValue v = c.at(1);
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

} // namespace

TEST_CASE("Every list goes out as CSV and as a workbook with the same rows, and the CSV imports back", "[cli][export]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const int disclosed = countRows(db, QStringLiteral("disclosures"));
    const QStringList personal = {QStringLiteral("--recipient"), QStringLiteral("RUTS coordinator"),
                                  QStringLiteral("--purpose"), QStringLiteral("term review")};
    struct Case
    {
        QString kind;
        QStringList options;
        QString numberColumn; ///< a column the workbook must hold as numbers
        QString dateColumn;
    };
    const QList<Case> cases = {
        {QStringLiteral("students"), personal + QStringList {QStringLiteral("--cohort"), QStringLiteral("2021")},
         QStringLiteral("cohort"), QStringLiteral("date_of_birth")},
        {QStringLiteral("courses"),
         {QStringLiteral("--institution"), QStringLiteral("RUTS")},
         QStringLiteral("credits"),
         QString()},
        {QStringLiteral("results"), personal + QStringList {QStringLiteral("--cohort"), QStringLiteral("2020")},
         QStringLiteral("mark"), QString()},
        {QStringLiteral("equivalencies"), {}, QStringLiteral("valid_from_cohort"), QString()},
    };
    for (const Case& c : cases) {
        INFO(c.kind.toStdString());
        const QString csv = dir.filePath(c.kind + QStringLiteral(".csv"));
        const QString xlsx = dir.filePath(c.kind + QStringLiteral(".xlsx"));
        const Run a = on(db, QStringList {QStringLiteral("export"), c.kind, csv} + c.options);
        const Run b = on(db, QStringList {QStringLiteral("export"), c.kind, xlsx} + c.options);
        INFO(a.err.toStdString() << b.err.toStdString());
        REQUIRE(a.exitCode == 0);
        REQUIRE(b.exitCode == 0);
        const QList<QStringList> rows = readCsv(csv);
        REQUIRE(rows.size() > 10);
        const QJsonObject book = readWorkbook(xlsx);
        CHECK(book.value(QStringLiteral("frozen")).toInt() == 1);
        const QJsonArray widths = book.value(QStringLiteral("widths")).toArray();
        CHECK(widths.size() == rows.first().size());
        const QJsonArray sheet = book.value(QStringLiteral("rows")).toArray();
        REQUIRE(sheet.size() == rows.size());
        const int numberAt = int(rows.first().indexOf(c.numberColumn));
        const int dateAt = c.dateColumn.isEmpty() ? -1 : int(rows.first().indexOf(c.dateColumn));
        REQUIRE(numberAt >= 0);
        int numbers = 0;
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray cells = sheet.at(r).toArray();
            for (int col = 0; col < rows.at(r).size(); ++col) {
                QString kind;
                const QString text = col < cells.size() ? cellText(cells.at(col), &kind) : QString();
                INFO("row " << r << " column " << col);
                CHECK(text == rows.at(r).at(col));
                if (r > 0 && col == numberAt && kind == QLatin1String("n")) {
                    ++numbers;
                }
                if (r > 0 && col == dateAt && !text.isEmpty()) {
                    CHECK(kind == QStringLiteral("d"));
                }
            }
        }
        CHECK(numbers > 0);
        if (c.kind != QLatin1String("students")) {
            // The import format: it imports again, changing nothing.
            const Run back = on(db, {QStringLiteral("import"), c.kind, csv, QStringLiteral("--dry-run")});
            INFO(back.err.toStdString());
            CHECK(back.exitCode == 0);
            CHECK(back.out.contains(QStringLiteral(" 0 would be added, 0 would change,")));
        }
    }
    // Chinese and Thai as typed.
    const QString allStudents = dir.filePath(QStringLiteral("all.xlsx"));
    REQUIRE(on(db, QStringList {QStringLiteral("export"), QStringLiteral("students"), allStudents} + personal).exitCode
            == 0);
    const QByteArray text = QJsonDocument(readWorkbook(allStudents)).toJson();
    CHECK(text.contains(QStringLiteral("จักรกฤษณ์ รัตนากร").toUtf8()));
    CHECK(text.contains(QStringLiteral("王").toUtf8()) + text.contains(QStringLiteral("李").toUtf8()) > 0);
    // Students and results went to the disclosure log (two files each, and the last), the catalogues did not.
    CHECK(countRows(db, QStringLiteral("disclosures")) == disclosed + 5);

    // The suffix says the format; another one is refused before anything is written.
    const Run txt = on(
        db,
        QStringList {QStringLiteral("export"), QStringLiteral("courses"), dir.filePath(QStringLiteral("courses.txt"))});
    CHECK(txt.exitCode == 1);
    CHECK(txt.err.contains(QStringLiteral("name the file .csv or .xlsx")));
}

TEST_CASE("A name that looks like a formula stays text in a workbook", "[cli][export][attack]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString csv = dir.filePath(QStringLiteral("formula.csv"));
    writeFile(csv,
              "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
              "passport_no,email,cohort,status\n"
              "DD2021950,,,\"=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\",@SUM(A1),,,2004-01-01,TH,AA99,,"
              "2021,active\n");
    REQUIRE(on(db, {QStringLiteral("import"), QStringLiteral("students"), csv}).exitCode == 0);
    const QString xlsx = dir.filePath(QStringLiteral("s.xlsx"));
    REQUIRE(on(db,
               {QStringLiteral("export"), QStringLiteral("students"), xlsx, QStringLiteral("--cohort"),
                QStringLiteral("2021"), QStringLiteral("--recipient"), QStringLiteral("a"), QStringLiteral("--purpose"),
                QStringLiteral("b")})
                .exitCode
            == 0);
    const QByteArray sheet
        = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")})
              .out.toUtf8();
    CHECK_FALSE(sheet.contains("<f>"));
    bool found = false;
    for (const QJsonValue& row : readWorkbook(xlsx).value(QStringLiteral("rows")).toArray()) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toArray().at(1).toString() != QLatin1String("DD2021950")) {
            continue;
        }
        found = true;
        CHECK(cells.at(3).toArray()
              == QJsonArray {QStringLiteral("s"), QStringLiteral("=HYPERLINK(\"http://x.example\",\"open\")")});
        CHECK(cells.at(4).toArray() == QJsonArray {QStringLiteral("s"), QStringLiteral("@SUM(A1)")});
    }
    CHECK(found);
}
