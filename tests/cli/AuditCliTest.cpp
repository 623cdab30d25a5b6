// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

QJsonObject parse(const QString& line)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &e);
    INFO(line.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

/** Checks one audit object against the external contract. */
void checkContract(const QJsonObject& o)
{
    for (const char* key : {"student_id", "institution", "programme", "catalogue_year", "gpa", "credits_earned",
                            "credits_required", "graduation_eligible", "degree_eligible", "honours", "requirements"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(o.value(QStringLiteral("catalogue_year")).isDouble());
    const QJsonValue gpa = o.value(QStringLiteral("gpa"));
    CHECK((gpa.isNull() || QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$")).match(gpa.toString()).hasMatch()));
    CHECK(o.value(QStringLiteral("credits_earned")).isDouble());
    CHECK(o.value(QStringLiteral("graduation_eligible")).isBool());
    CHECK(o.value(QStringLiteral("degree_eligible")).isBool());
    const QJsonValue honours = o.value(QStringLiteral("honours"));
    CHECK((honours.isNull() || honours.toString() == QLatin1String("first")
           || honours.toString() == QLatin1String("second")));
    const QJsonArray rows = o.value(QStringLiteral("requirements")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    for (const QJsonValue& v : rows) {
        const QJsonObject r = v.toObject();
        for (const char* key : {"id", "label", "status", "credits_required", "credits_applied", "courses", "parent"}) {
            INFO(key);
            CHECK(r.contains(QLatin1String(key)));
        }
        const QString status = r.value(QStringLiteral("status")).toString();
        CHECK((status == QLatin1String("met") || status == QLatin1String("in_progress")
               || status == QLatin1String("unmet")));
        CHECK((r.value(QStringLiteral("credits_required")).isNull()
               || r.value(QStringLiteral("credits_required")).isDouble()));
        CHECK(r.value(QStringLiteral("courses")).isArray());
        CHECK((r.value(QStringLiteral("parent")).isNull() || r.value(QStringLiteral("parent")).isString()));
    }
}

QJsonObject row(const QJsonObject& audit, const QString& id)
{
    for (const QJsonValue& v : audit.value(QStringLiteral("requirements")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            return v.toObject();
        }
    }
    FAIL("no requirement " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli audit: one student as JSON, per the contract", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD2020001"),
                         QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = parse(run.out.trimmed());
    checkContract(o);
    CHECK(o.value(QStringLiteral("student_id")).toString() == QStringLiteral("DD2020001"));
    CHECK(o.value(QStringLiteral("programme")).toString() == QStringLiteral("CQUPT-CST-2020"));
    CHECK(o.value(QStringLiteral("catalogue_year")).toInt() == 2020);
    CHECK(o.value(QStringLiteral("credits_required")).toDouble() == 160);
    // Years 1-2 at RUTS count at CQUPT through the transfers recorded in the demo.
    CHECK(row(o, QStringLiteral("bas")).value(QStringLiteral("status")).toString() == QStringLiteral("met"));
    CHECK(row(o, QStringLiteral("bas")).value(QStringLiteral("courses")).toArray().contains(QStringLiteral("BAS101")));
    CHECK(o.value(QStringLiteral("graduation_eligible")).toBool());
    CHECK(row(o, QStringLiteral("maj")).value(QStringLiteral("status")).toString() == QStringLiteral("met"));
    CHECK(row(o, QStringLiteral("prj")).value(QStringLiteral("parent")).toString() == QStringLiteral("pra"));
    CHECK(row(o, QStringLiteral("gpa")).value(QStringLiteral("credits_required")).isNull());

    const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD2020001"),
                          QStringLiteral("--institution"), QStringLiteral("RUTS")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("DD2020001 at RUTS, RUTS-CS-2020")));
}

TEST_CASE("cli audit: a cohort as JSON lines, one a student", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run run
        = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--cohort"), QStringLiteral("2021"),
               QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 26);
    QStringList ids;
    for (const QString& line : lines) {
        const QJsonObject o = parse(line);
        checkContract(o);
        CHECK(o.value(QStringLiteral("institution")).toString() == QStringLiteral("RUTS"));
        ids << o.value(QStringLiteral("student_id")).toString();
    }
    CHECK(ids.first() == QStringLiteral("DD2021001"));
    CHECK(ids.last() == QStringLiteral("DD2021026"));
}

TEST_CASE("cli audit: what-if against another catalogue year saves nothing", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QStringList base = {QStringLiteral("--db"),          db,
                              QStringLiteral("audit"),         QStringLiteral("DD2020001"),
                              QStringLiteral("--institution"), QStringLiteral("CQUPT"),
                              QStringLiteral("--json")};
    const Run whatIf = cli(base + QStringList {QStringLiteral("--what-if"), QStringLiteral("CQUPT-CST-2024")});
    INFO(whatIf.err.toStdString());
    REQUIRE(whatIf.exitCode == 0);
    const QJsonObject o = parse(whatIf.out.trimmed());
    CHECK(o.value(QStringLiteral("programme")).toString() == QStringLiteral("CQUPT-CST-2024"));
    CHECK(o.value(QStringLiteral("what_if")).toBool());
    CHECK(row(o, QStringLiteral("core")).value(QStringLiteral("id")).toString() == QStringLiteral("core"));
    // The student's own programme is unchanged afterwards.
    CHECK(parse(cli(base).out.trimmed()).value(QStringLiteral("programme")).toString()
          == QStringLiteral("CQUPT-CST-2020"));

    const Run wrong = cli(base + QStringList {QStringLiteral("--what-if"), QStringLiteral("RUTS-CS-2020")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("is a programme of RUTS")));
    const Run unknown = cli(base + QStringList {QStringLiteral("--what-if"), QStringLiteral("CQUPT-XYZ-2020")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown programme CQUPT-XYZ-2020")));
}

TEST_CASE("cli audit: errors exit non-zero with one line", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run student = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD1999999"),
                             QStringLiteral("--institution"), QStringLiteral("CQUPT")});
    CHECK(student.exitCode == 1);
    CHECK(student.err.trimmed() == QStringLiteral("dualdegree-cli: audit: unknown student DD1999999"));
    const Run institution = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD2020001"),
                                 QStringLiteral("--institution"), QStringLiteral("MIT")});
    CHECK(institution.exitCode == 2);
    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD2020001")});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli exception: add, see it in the audit, revoke", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QStringList audit = {QStringLiteral("--db"),          db,
                               QStringLiteral("audit"),         QStringLiteral("DD2020008"),
                               QStringLiteral("--institution"), QStringLiteral("CQUPT"),
                               QStringLiteral("--json")};
    CHECK(row(parse(cli(audit).out.trimmed()), QStringLiteral("maj")).value(QStringLiteral("status")).toString()
          == QStringLiteral("unmet"));
    const QStringList key = {
        QStringLiteral("DD2020008"), QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--kind"),
        QStringLiteral("waive"),     QStringLiteral("--requirement"), QStringLiteral("maj")};
    const Run add
        = cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("exception"), QStringLiteral("add")} + key
              + QStringList {QStringLiteral("--reason"), QStringLiteral("Basics covered by the joint curriculum"),
                             QStringLiteral("--approved-by"), QStringLiteral("Dean")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject waived = row(parse(cli(audit).out.trimmed()), QStringLiteral("maj"));
    CHECK(waived.value(QStringLiteral("status")).toString() == QStringLiteral("met"));
    CHECK(waived.value(QStringLiteral("exception")).toObject().value(QStringLiteral("approved_by")).toString()
          == QStringLiteral("Dean"));

    const Run noReason
        = cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("exception"), QStringLiteral("add")} + key
              + QStringList {QStringLiteral("--approved-by"), QStringLiteral("Dean")});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("reason")));

    CHECK(cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("exception"), QStringLiteral("revoke")} + key)
              .exitCode
          == 0);
    CHECK(row(parse(cli(audit).out.trimmed()), QStringLiteral("maj")).value(QStringLiteral("status")).toString()
          == QStringLiteral("unmet"));
    CHECK(cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("exception"), QStringLiteral("revoke")} + key)
              .exitCode
          == 1);
}

TEST_CASE("cli init: a broken rule file is refused with its file and path", "[cli][audit]")
{
    QTemporaryDir dir;
    // A data folder like data/, with one programme broken.
    const QString data = dir.filePath(QStringLiteral("data"));
    for (const char* sub : {"policies", "programmes"}) {
        QDir().mkpath(data + QLatin1Char('/') + QLatin1String(sub));
        const QDir src(sourceDataDir() + QLatin1Char('/') + QLatin1String(sub));
        for (const QString& name : src.entryList({QStringLiteral("*.json")})) {
            writeFile(data + QLatin1Char('/') + QLatin1String(sub) + QLatin1Char('/') + name,
                      readFile(src.filePath(name)));
        }
    }
    writeFile(data + QStringLiteral("/programmes/CQUPT-CST-2021.json"),
              readFile(fixturePath(QStringLiteral("rules/unknown-kind/rules.json"))));
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("--data"), data, QStringLiteral("init")});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(
        QStringLiteral("CQUPT-CST-2021.json: requirements[1].kind: 'hours' is not a requirement kind")));
    CHECK_FALSE(QFileInfo::exists(db));
}
