// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/CsvParser.h"
#include "core/text/FieldLimits.h"

#include <catch2/catch.hpp>

using dd::CsvParser;

namespace {

QList<CsvParser::Record> parseOk(const QByteArray& bytes)
{
    QList<CsvParser::Record> records;
    QString error;
    const bool ok = CsvParser::parse(bytes, &records, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return records;
}

QString parseError(const QByteArray& bytes)
{
    QList<CsvParser::Record> records;
    QString error;
    REQUIRE_FALSE(CsvParser::parse(bytes, &records, &error));
    return error;
}

} // namespace

TEST_CASE("CSV: plain fields, LF and CRLF line ends", "[csv]")
{
    for (const QByteArray& bytes :
         {QByteArray("a,b,c\n1,2,3\n"), QByteArray("a,b,c\r\n1,2,3\r\n"), QByteArray("a,b,c\n1,2,3")}) {
        const auto records = parseOk(bytes);
        REQUIRE(records.size() == 2);
        CHECK(records[0].fields == QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        CHECK(records[1].fields == QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        CHECK(records[1].line == 2);
    }
}

TEST_CASE("CSV: a UTF-8 byte-order mark is dropped", "[csv]")
{
    const auto records = parseOk(QByteArray("\xEF\xBB\xBFstudent_id,name\nDD1,x\n"));
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields.first() == QStringLiteral("student_id"));
}

TEST_CASE("CSV: quoted fields with commas, doubled quotes and line breaks", "[csv]")
{
    const auto records = parseOk(QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n"));
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields[0] == QStringLiteral("x, y"));
    CHECK(records[1].fields[1] == QStringLiteral("say \"hi\""));
    CHECK(records[2].fields[0] == QStringLiteral("two\nlines"));
    CHECK(records[2].line == 3);
    // The record after a two-line field starts on physical line 5.
    CHECK(records[3].line == 5);
}

TEST_CASE("CSV: CRLF inside a quoted field counts as one line", "[csv]")
{
    const auto records = parseOk(QByteArray("a\r\n\"1\r\n2\"\r\nnext\r\n"));
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields[0] == QStringLiteral("1\r\n2"));
    CHECK(records[2].line == 4);
}

TEST_CASE("CSV: empty fields and trailing commas are kept", "[csv]")
{
    const auto records = parseOk(QByteArray("a,b,c\n,,\n\"\",x,\n"));
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == QStringList {QString(), QString(), QString()});
    CHECK(records[2].fields.size() == 3);
}

TEST_CASE("CSV: blank lines are skipped but counted", "[csv]")
{
    const auto records = parseOk(QByteArray("a\n\n1\n\n\n2\n"));
    REQUIRE(records.size() == 3);
    CHECK(records[1].line == 3);
    CHECK(records[2].line == 6);
}

TEST_CASE("CSV: Thai and Chinese text survive", "[csv]")
{
    const auto records = parseOk(QStringLiteral("name\nน้ำฝน ผึ้งภูมิ\n王浩\n").toUtf8());
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields[0] == QStringLiteral("น้ำฝน ผึ้งภูมิ"));
    CHECK(records[2].fields[0] == QStringLiteral("王浩"));
}

TEST_CASE("CSV: malformed input is refused with the line", "[csv]")
{
    CHECK(parseError(QByteArray("a,b\n1,\"open\n2,3\n")).contains(QStringLiteral("line 2")));
    CHECK(parseError(QByteArray("a,b\nx\"y,1\n")).contains(QStringLiteral("line 2: a quote inside an unquoted field")));
    CHECK(parseError(QByteArray("a,b\n\"x\"y,1\n")).contains(QStringLiteral("line 2: text after the closing quote")));
    CHECK(parseError(QByteArray("a\n\xff\xfe\n")).contains(QStringLiteral("not valid UTF-8")));
}

TEST_CASE("CSV: written records read back unchanged", "[csv]")
{
    const QList<QStringList> rows = {
        {QStringLiteral("RUTS"), QStringLiteral("SP201+SP202"), QStringLiteral("CQUPT"), QStringLiteral("BAS101")},
        {QStringLiteral("a, b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QString()},
        {QStringLiteral("ภาษาไทย"), QStringLiteral("高等数学"), QString(), QStringLiteral("x")},
    };
    QByteArray bytes;
    for (const QStringList& r : rows) {
        bytes += CsvParser::formatRecord(r);
    }
    CHECK(CsvParser::formatRecord(rows.at(1)) == QByteArray("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    QList<CsvParser::Record> records;
    QString error;
    REQUIRE(CsvParser::parse(bytes, &records, &error));
    REQUIRE(records.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(records.at(i).fields == rows.at(i));
    }
    CHECK(records.at(2).line == 4);
}

TEST_CASE("CSV: a cell that starts like a formula is written as text and read back as it was", "[csv][attack]")
{
    const QStringList fields = {QStringLiteral("=1+1"),
                                QStringLiteral("+SUM(A1)"),
                                QStringLiteral("-2"),
                                QStringLiteral("@cmd"),
                                QStringLiteral("\tx"),
                                QStringLiteral("\rx"),
                                QStringLiteral("'=already quoted"),
                                QStringLiteral("O'Brien"),
                                QStringLiteral("'")};
    const QByteArray line = CsvParser::formatRecord(fields);
    CHECK(line == "'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,\"'\rx\",''=already quoted,O'Brien,'\r\n");
    QList<CsvParser::Record> records;
    QString error;
    REQUIRE(CsvParser::parse(line, &records, &error));
    REQUIRE(records.size() == 1);
    for (int i = 0; i < fields.size(); ++i) {
        // Exactly one apostrophe comes off, and only before what could start a formula.
        CHECK(CsvParser::unformulaText(records.first().fields.at(i)) == fields.at(i));
    }
}

TEST_CASE("CSV: a field longer than the limit stops the parse with its line and field", "[csv]")
{
    const QByteArray longField(dd::FieldLimits::kCsvField + 1, 'x');
    CHECK(parseError("a,b\n1," + longField + "\n")
          == QStringLiteral("line 2, field 2: longer than %1 characters").arg(dd::FieldLimits::kCsvField));
    CHECK(parseError("a,b\n\"" + longField + "\",2\n").startsWith(QStringLiteral("line 2, field 1:")));
    const QByteArray atLimit(dd::FieldLimits::kCsvField, 'x');
    CHECK(parseOk("a,b\n1," + atLimit + "\n")[1].fields[1].size() == dd::FieldLimits::kCsvField);
    // A runaway field of 100 MB is refused without reading it whole into a field.
    CHECK(parseError("a\n" + QByteArray(100 * 1024 * 1024, 'y')).startsWith(QStringLiteral("line 2, field 1:")));
}

TEST_CASE("A field that begins with U+FEFF is written so that it reads back whole, even first in the file", "[csv]")
{
    // Found by fuzzing (fuzz/regressions/fuzz_csv): unquoted, it read back as the file's byte-order mark.
    const QStringList fields = {QStringLiteral("\uFEFF\uFEFFx"), QStringLiteral("a")};
    QList<CsvParser::Record> records;
    QString error;
    REQUIRE(CsvParser::parse(CsvParser::formatRecord(fields), &records, &error));
    REQUIRE(records.size() == 1);
    CHECK(records.first().fields == fields);
}
