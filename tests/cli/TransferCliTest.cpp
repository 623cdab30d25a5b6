// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

QJsonObject parse(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &e);
    INFO(text.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

struct Demo
{
    QTemporaryDir dir;
    QString db = demoCopy(dir);

    Run run(const QStringList& args, const QString& user = QString())
    {
        QStringList all = {QStringLiteral("--db"), db};
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
            return cli(all + args, loggedIn(user));
        }
        return cli(all + args);
    }

    QJsonObject audit(const QString& student, const QString& institution)
    {
        const Run r = run(
            {QStringLiteral("audit"), student, QStringLiteral("--institution"), institution, QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return parse(r.out);
    }

    QJsonObject transfer(const QString& student, const QString& to, const QStringList& extra = {})
    {
        const Run r
            = run(QStringList {QStringLiteral("transfer"), student, QStringLiteral("--to"), to,
                               QStringLiteral("--as-of"), QStringLiteral("2027-02-01"), QStringLiteral("--json")}
                  + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return parse(r.out);
    }
};

QJsonObject byFrom(const QJsonArray& list, const QString& from)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(QStringLiteral("from_codes")).toArray().first().toString() == from) {
            return v.toObject();
        }
    }
    FAIL("nothing from " << from.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli transfer: allowed and refused transfers with reasons, as JSON", "[cli][transfer]")
{
    Demo d;
    const QJsonObject o = d.transfer(QStringLiteral("DD2020008"), QStringLiteral("RUTS"));
    CHECK(o.value(QStringLiteral("student_id")).toString() == QStringLiteral("DD2020008"));
    CHECK(o.value(QStringLiteral("programme")).toString() == QStringLiteral("RUTS-CS-2020"));
    CHECK(o.value(QStringLiteral("cap_credits")).toDouble() == 90);
    CHECK(o.value(QStringLiteral("allowed")).toArray().isEmpty()); // the demo has every allowed one applied
    CHECK_FALSE(o.value(QStringLiteral("recorded")).toArray().isEmpty());
    const QJsonObject low = byFrom(o.value(QStringLiteral("refused")).toArray(), QStringLiteral("MAJ302"));
    CHECK(low.value(QStringLiteral("status")).toString() == QStringLiteral("refused"));
    CHECK(low.value(QStringLiteral("reason")).toString() == QStringLiteral("grade_too_low"));
    CHECK(low.value(QStringLiteral("detail")).toString()
          == QStringLiteral("MAJ302 66 converts to D+, below the minimum C"));
    CHECK(low.value(QStringLiteral("converted_grade")).toString() == QStringLiteral("D+"));
    CHECK(low.value(QStringLiteral("conversion_version")).toString() == QStringLiteral("2020.1"));
    CHECK(low.value(QStringLiteral("to_codes")).toArray().first().toString() == QStringLiteral("SP302"));
    CHECK(low.value(QStringLiteral("sources")).toArray().first().toObject().value(QStringLiteral("term")).toString()
          == QStringLiteral("2022-2023-1"));

    const QJsonObject recorded = o.value(QStringLiteral("recorded")).toArray().first().toObject();
    CHECK(recorded.value(QStringLiteral("status")).toString() == QStringLiteral("recorded"));
    CHECK(recorded.value(QStringLiteral("equivalency_version")).toInt() == 1);

    // Text form.
    const Run text = d.run({QStringLiteral("transfer"), QStringLiteral("DD2020008"), QStringLiteral("--to"),
                            QStringLiteral("RUTS"), QStringLiteral("--as-of"), QStringLiteral("2027-02-01")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("refused   MAJ302 2022-2023-1 66 -> SP302  grade_too_low")));
}

TEST_CASE("cli transfer --apply records a newly allowed transfer, which changes the RUTS audit", "[cli][transfer]")
{
    Demo d;
    // The registrar enters a mark of the term in progress; the course now transfers.
    const QString csv = d.dir.filePath(QStringLiteral("marks.csv"));
    writeFile(csv, "student_id,institution,course_code,term,mark,attempt\nDD2023002,CQUPT,MAJ309,2026-2027-1,85,\n");
    REQUIRE(d.run({QStringLiteral("import"), QStringLiteral("results"), csv}).exitCode == 0);

    const QJsonObject before = d.audit(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    const QJsonObject plan = d.transfer(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    const QJsonObject allowed = byFrom(plan.value(QStringLiteral("allowed")).toArray(), QStringLiteral("MAJ309"));
    CHECK(allowed.value(QStringLiteral("converted_grade")).toString() == QStringLiteral("B+"));
    CHECK(allowed.value(QStringLiteral("credits")).toDouble() == 3);
    CHECK(allowed.value(QStringLiteral("reason")).isNull());
    const int rows = countRows(d.db, QStringLiteral("transfer_credits"));

    // A CQUPT registrar may not record transfers into RUTS; nothing is written.
    const Run wrongSide = d.run({QStringLiteral("transfer"), QStringLiteral("DD2023002"), QStringLiteral("--to"),
                                 QStringLiteral("RUTS"), QStringLiteral("--apply")},
                                QStringLiteral("cqupt.registrar"));
    CHECK(wrongSide.exitCode == 1);
    CHECK(wrongSide.err.trimmed()
          == QStringLiteral(
              "dualdegree-cli: transfer: cqupt.registrar (cqupt_registrar) cannot record transfers into RUTS"));
    CHECK(countRows(d.db, QStringLiteral("transfer_credits")) == rows);

    const QJsonObject applied
        = d.transfer(QStringLiteral("DD2023002"), QStringLiteral("RUTS"), {QStringLiteral("--apply")});
    REQUIRE(applied.value(QStringLiteral("applied")).toArray().size() == 1);
    const QJsonObject t = applied.value(QStringLiteral("applied")).toArray().first().toObject();
    CHECK(t.value(QStringLiteral("to_code")).toString() == QStringLiteral("SP309"));
    CHECK(t.value(QStringLiteral("as_of")).toString() == QStringLiteral("2027-02-01"));
    CHECK(countRows(d.db, QStringLiteral("transfer_credits")) == rows + 1);

    const QJsonObject after = d.audit(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    CHECK(after.value(QStringLiteral("credits_earned")).toDouble()
          == before.value(QStringLiteral("credits_earned")).toDouble() + 3);

    // A reviewed reversal needs a reason and undoes the change to the audit.
    const QString id = QString::number(t.value(QStringLiteral("id")).toInteger());
    const Run noReason
        = d.run({QStringLiteral("transfer"), QStringLiteral("DD2023002"), QStringLiteral("--reverse"), id});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("needs a reason")));
    const Run reversed = d.run({QStringLiteral("transfer"), QStringLiteral("DD2023002"), QStringLiteral("--reverse"),
                                id, QStringLiteral("--reason"), QStringLiteral("Mark under appeal")});
    INFO(reversed.err.toStdString());
    CHECK(reversed.exitCode == 0);
    CHECK(d.audit(QStringLiteral("DD2023002"), QStringLiteral("RUTS")).value(QStringLiteral("credits_earned"))
          == before.value(QStringLiteral("credits_earned")));

    // Years later, the same course is too old.
    const Run late = d.run({QStringLiteral("transfer"), QStringLiteral("DD2023002"), QStringLiteral("--to"),
                            QStringLiteral("RUTS"), QStringLiteral("--as-of"), QStringLiteral("2033-01-01"),
                            QStringLiteral("--json")});
    REQUIRE(late.exitCode == 0);
    CHECK(byFrom(parse(late.out).value(QStringLiteral("refused")).toArray(), QStringLiteral("MAJ309"))
              .value(QStringLiteral("reason"))
              .toString()
          == QStringLiteral("too_old"));
}

TEST_CASE("cli transfer: bad input exits non-zero with one line", "[cli][transfer]")
{
    Demo d;
    const Run noTo = d.run({QStringLiteral("transfer"), QStringLiteral("DD2020001")});
    CHECK(noTo.exitCode == 2);
    CHECK(noTo.err.trimmed() == QStringLiteral("dualdegree-cli: transfer: --to CQUPT|RUTS is required"));
    const Run badDate = d.run({QStringLiteral("transfer"), QStringLiteral("DD2020001"), QStringLiteral("--to"),
                               QStringLiteral("RUTS"), QStringLiteral("--as-of"), QStringLiteral("2027-13-01")});
    CHECK(badDate.exitCode == 2);
    const Run unknown = d.run(
        {QStringLiteral("transfer"), QStringLiteral("DD1999999"), QStringLiteral("--to"), QStringLiteral("RUTS")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.trimmed() == QStringLiteral("dualdegree-cli: transfer: unknown student DD1999999"));
    const Run institution = d.run(
        {QStringLiteral("transfer"), QStringLiteral("DD2020001"), QStringLiteral("--to"), QStringLiteral("MIT")});
    CHECK(institution.exitCode == 1);
    CHECK(institution.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("cli equivalency: decide by the receiving side, evidence, history, export and re-import", "[cli][transfer]")
{
    Demo d;
    const Run list = d.run({QStringLiteral("equivalency"), QStringLiteral("list"), QStringLiteral("--status"),
                            QStringLiteral("proposed"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonObject proposal = parse(list.out.split(QLatin1Char('\n')).first());
    CHECK(proposal.value(QStringLiteral("to_codes")).toString() == QStringLiteral("MAJ:3"));
    const QString id = QString::number(proposal.value(QStringLiteral("id")).toInteger());

    const QString syllabus = d.dir.filePath(QStringLiteral("SP216-syllabus.txt"));
    writeFile(syllabus, "SP216 Mobile Application Development: 45 lecture hours, weeks 1-15");
    const Run evidence = d.run({QStringLiteral("equivalency"), QStringLiteral("evidence"), id, syllabus});
    INFO(evidence.err.toStdString());
    CHECK(evidence.exitCode == 0);

    const Run ruts = d.run({QStringLiteral("equivalency"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                            QStringLiteral("Covers MAJ electives")},
                           QStringLiteral("ruts.coordinator"));
    CHECK(ruts.exitCode == 1);
    CHECK(ruts.err.contains(QStringLiteral("cannot decide for CQUPT")));
    const Run noReason
        = d.run({QStringLiteral("equivalency"), QStringLiteral("approve"), id}, QStringLiteral("cqupt.registrar"));
    CHECK(noReason.exitCode == 1);
    const Run approve = d.run({QStringLiteral("equivalency"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                               QStringLiteral("Covers MAJ electives")},
                              QStringLiteral("cqupt.registrar"));
    INFO(approve.err.toStdString());
    REQUIRE(approve.exitCode == 0);
    CHECK(approve.out.contains(QStringLiteral("is approved as version 2")));
    // Deciding on the old version again is refused: it is no longer the newest.
    CHECK(d.run({QStringLiteral("equivalency"), QStringLiteral("reject"), id, QStringLiteral("--reason"),
                 QStringLiteral("late")},
                QStringLiteral("cqupt.registrar"))
              .exitCode
          == 1);

    const Run show = d.run({QStringLiteral("equivalency"), QStringLiteral("show"), id});
    CHECK(show.out.contains(QStringLiteral("version 1 (id %1): proposed").arg(id)));
    CHECK(show.out.contains(QStringLiteral("by cqupt.registrar")));
    CHECK(show.out.contains(QStringLiteral("SP216-syllabus.txt")));
    CHECK(show.out.contains(QStringLiteral("45 lecture and 0 lab hours make 2.5 CQUPT credits")));

    // The approval makes SP216 transfer for the 2022 cohort onwards; the impact report names them.
    const Run newest = d.run({QStringLiteral("equivalency"), QStringLiteral("list"), QStringLiteral("--status"),
                              QStringLiteral("approved"), QStringLiteral("--json")});
    QString newId;
    for (const QString& line : newest.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = parse(line);
        if (o.value(QStringLiteral("from_codes")).toString() == QStringLiteral("SP216")) {
            newId = QString::number(o.value(QStringLiteral("id")).toInteger());
        }
    }
    REQUIRE_FALSE(newId.isEmpty());
    const Run impact = d.run({QStringLiteral("equivalency"), QStringLiteral("impact"), newId, QStringLiteral("--as-of"),
                              QStringLiteral("2027-02-01"), QStringLiteral("--json")});
    REQUIRE(impact.exitCode == 0);
    const QStringList affected = impact.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(affected.size() > 10);
    for (const QString& line : affected) {
        const QJsonObject o = parse(line);
        CHECK(o.value(QStringLiteral("student_id")).toString() >= QStringLiteral("DD2022"));
        CHECK(o.value(QStringLiteral("before")).toString() == QStringLiteral("not offered"));
    }

    // Export in the import format; importing it back changes nothing.
    const QString out = d.dir.filePath(QStringLiteral("equivalencies.csv"));
    const Run exported = d.run({QStringLiteral("export"), QStringLiteral("equivalencies"), out});
    REQUIRE(exported.exitCode == 0);
    const QByteArray bytes = readFile(out);
    CHECK(bytes.startsWith("from_institution,from_codes,to_institution,to_codes,status,valid_from_cohort,"
                           "valid_to_cohort,note\r\n"));
    CHECK(bytes.contains("RUTS,SP216,CQUPT,MAJ:3,approved,2022,,"));
    CHECK(bytes.contains("RUTS,SP201+SP202,CQUPT,BAS101,approved,2020,,"));
    const Run again = d.run({QStringLiteral("import"), QStringLiteral("equivalencies"), out});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 added, 0 changed, 48 unchanged")));
}

TEST_CASE("cli transfer: a decision dated before the source term ended is refused, and --apply records nothing",
          "[cli][transfer]")
{
    Demo d;
    const QString csv = d.dir.filePath(QStringLiteral("mark.csv"));
    writeFile(csv, "student_id,institution,course_code,term,mark,attempt\nDD2023002,CQUPT,MAJ309,2026-2027-1,85,\n");
    REQUIRE(d.run({QStringLiteral("import"), QStringLiteral("results"), csv}).exitCode == 0);
    const int before = countRows(d.db, QStringLiteral("transfer_credits"));

    // CQUPT 2026-2027-1 ends in January 2027: a decision on 2026-12-31 would be backdated.
    const Run r = d.run({QStringLiteral("transfer"), QStringLiteral("DD2023002"), QStringLiteral("--to"),
                         QStringLiteral("RUTS"), QStringLiteral("--as-of"), QStringLiteral("2026-12-31"),
                         QStringLiteral("--apply"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = parse(r.out);
    const QJsonObject refused = byFrom(o.value(QStringLiteral("refused")).toArray(), QStringLiteral("MAJ309"));
    CHECK(refused.value(QStringLiteral("reason")).toString() == QStringLiteral("before_source_term_end"));
    CHECK(refused.value(QStringLiteral("detail")).toString().contains(QStringLiteral("2026-12-31")));
    CHECK(o.value(QStringLiteral("applied")).toArray().isEmpty());
    CHECK(countRows(d.db, QStringLiteral("transfer_credits")) == before);

    // From the day the term ends, it is allowed.
    const QJsonObject later = d.transfer(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    CHECK(byFrom(later.value(QStringLiteral("allowed")).toArray(), QStringLiteral("MAJ309"))
              .value(QStringLiteral("to_codes"))
              .toArray()
              .first()
              .toString()
          == QStringLiteral("SP309"));
}

TEST_CASE("cli: a course credited by transfer and then passed at RUTS itself counts once", "[cli][transfer]")
{
    Demo d;
    const QJsonObject before = d.audit(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    // DD2023002 has MAJ301 -> SP301 recorded; now SP301 is passed at RUTS too.
    const QString csv = d.dir.filePath(QStringLiteral("sp301.csv"));
    writeFile(csv, "student_id,institution,course_code,term,mark,attempt\nDD2023002,RUTS,SP301,1/2567,A,\n");
    REQUIRE(d.run({QStringLiteral("import"), QStringLiteral("results"), csv}).exitCode == 0);
    const QJsonObject after = d.audit(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    CHECK(after.value(QStringLiteral("credits_earned")).toDouble()
          == before.value(QStringLiteral("credits_earned")).toDouble());
    // The RUTS grade counts in the GPA (TR never does): the GPA rises.
    CHECK(after.value(QStringLiteral("gpa")).toString().toDouble()
          > before.value(QStringLiteral("gpa")).toString().toDouble());
    for (const QJsonValue& v : after.value(QStringLiteral("requirements")).toArray()) {
        const QJsonArray courses = v.toObject().value(QStringLiteral("courses")).toArray();
        CHECK(courses.toVariantList().count(QStringLiteral("SP301")) <= 1);
    }

    // The transfer stays on the record and says the course now counts as passed at RUTS.
    const QJsonObject t = d.transfer(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    bool named = false;
    for (const QJsonValue& v : t.value(QStringLiteral("recorded")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("to_code")).toString() == QStringLiteral("SP301")) {
            named = o.value(QStringLiteral("also_passed_in")).toString() == QStringLiteral("1/2567");
        } else {
            CHECK(o.value(QStringLiteral("also_passed_in")).isNull());
        }
    }
    CHECK(named);
}
