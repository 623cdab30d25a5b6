// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &e);
        INFO(line.toStdString());
        REQUIRE(e.error == QJsonParseError::NoError);
        out.append(doc.object());
    }
    return out;
}

/** A demo CSV file as rows of named cells. */
QList<QHash<QString, QString>> demoCsv(const QString& name)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/data/demo/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    QList<QHash<QString, QString>> rows;
    for (int i = 1; i < lines.size(); ++i) {
        // The columns read here hold no commas.
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (int c = 0; c < header.size() && c < cells.size(); ++c) {
            row.insert(header.at(c), cells.at(c));
        }
        rows.append(row);
    }
    return rows;
}

QJsonObject policyFile(const QString& institution)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/data/policies/%1.json").arg(institution));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void checkContract(const QJsonObject& plan)
{
    for (const char* key : {"student_id", "terms", "milestones", "both_degrees_term", "unreachable"}) {
        INFO(key);
        CHECK(plan.contains(QLatin1String(key)));
    }
    for (const QJsonValue& v : plan.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        for (const char* key : {"institution", "term", "courses", "credits"}) {
            INFO(key);
            CHECK(t.contains(QLatin1String(key)));
        }
        CHECK(t.value(QStringLiteral("courses")).isArray());
        CHECK(t.value(QStringLiteral("credits")).isDouble());
    }
    for (const QJsonValue& v : plan.value(QStringLiteral("milestones")).toArray()) {
        CHECK(v.toObject().contains(QStringLiteral("kind")));
        CHECK(v.toObject().contains(QStringLiteral("by_term")));
    }
    CHECK(plan.value(QStringLiteral("unreachable")).isArray());
}

} // namespace

TEST_CASE("cli plan: every demo student not yet eligible gets a plan that imported term by term with transfers at"
          " each term's end makes both audits met - or a reason naming the requirement",
          "[cli][plan]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    QHash<QString, QHash<QString, QString>> courses; // "INSTITUTION:CODE" -> row
    for (const auto& row : demoCsv(QStringLiteral("courses.csv"))) {
        courses.insert(row.value(QStringLiteral("institution")) + QLatin1Char(':') + row.value(QStringLiteral("code")),
                       row);
    }
    QSet<QString> inProgress; // "STUDENT:INSTITUTION:CODE:TERM"
    for (const auto& row : demoCsv(QStringLiteral("results.csv"))) {
        if (row.value(QStringLiteral("mark")).isEmpty()) {
            inProgress.insert(QStringList {row.value(QStringLiteral("student_id")),
                                           row.value(QStringLiteral("institution")),
                                           row.value(QStringLiteral("course_code")), row.value(QStringLiteral("term"))}
                                  .join(QLatin1Char(':')));
        }
    }
    QHash<QString, int> maxLoad;
    QHash<QString, QString> assumed
        = {{QStringLiteral("CQUPT"), QStringLiteral("80")}, {QStringLiteral("RUTS"), QStringLiteral("B")}};
    QHash<QString, QString> passFail;
    for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
        const QJsonObject policy = policyFile(institution);
        maxLoad.insert(institution,
                       policy.value(QStringLiteral("load")).toObject().value(QStringLiteral("max_credits")).toInt());
        CHECK(policy.value(QStringLiteral("planning")).toObject().value(QStringLiteral("assumed_grade")).toString()
              == assumed.value(institution)); // the contract's defaults
        passFail.insert(institution,
                        policy.value(QStringLiteral("grading"))
                            .toObject()
                            .value(QStringLiteral("pass_fail"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("mark"))
                            .toString());
    }

    QList<QJsonObject> plans;
    for (int cohort = 2020; cohort <= 2023; ++cohort) {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("--cohort"),
                           QString::number(cohort), QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        plans += jsonLines(r.out);
    }
    REQUIRE(plans.size() == 100);
    int met = 0;
    int unreachable = 0;
    QList<QJsonObject> planned;
    QRegularExpression namesRequirement(QStringLiteral("^(CQUPT|RUTS) [a-z_]+ \\(|time limit"));
    for (const QJsonObject& p : std::as_const(plans)) {
        checkContract(p);
        const QJsonArray reasons = p.value(QStringLiteral("unreachable")).toArray();
        if (!reasons.isEmpty()) {
            ++unreachable;
            CHECK(p.value(QStringLiteral("both_degrees_term")).isNull());
            for (const QJsonValue& reason : reasons) {
                INFO(reason.toString().toStdString());
                CHECK(namesRequirement.match(reason.toString()).hasMatch());
            }
        } else if (p.value(QStringLiteral("terms")).toArray().isEmpty()) {
            ++met;
        } else {
            planned.append(p);
            CHECK(p.value(QStringLiteral("both_degrees_term")).toString()
                  == p.value(QStringLiteral("terms"))
                         .toArray()
                         .last()
                         .toObject()
                         .value(QStringLiteral("term"))
                         .toString());
        }
    }
    INFO("met " << met << ", planned " << planned.size() << ", unreachable " << unreachable);
    CHECK(met > 0);
    REQUIRE(planned.size() > 0);
    CHECK(unreachable > 0);

    // Each planned term: within the load, every course offered in that semester (or in progress there already).
    QMap<QString, QList<QPair<QString, QJsonObject>>> byEnd; // "END INSTITUTION TERM" -> (student, term)
    for (const QJsonObject& p : std::as_const(planned)) {
        const QString student = p.value(QStringLiteral("student_id")).toString();
        for (const QJsonValue& v : p.value(QStringLiteral("terms")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString institution = t.value(QStringLiteral("institution")).toString();
            const QString term = t.value(QStringLiteral("term")).toString();
            const QString semester = institution == QLatin1String("RUTS") ? term.section(QLatin1Char('/'), 0, 0)
                                                                          : term.section(QLatin1Char('-'), 2, 2);
            double credits = 0;
            for (const QJsonValue& c : t.value(QStringLiteral("courses")).toArray()) {
                const auto course = courses.value(institution + QLatin1Char(':') + c.toString());
                INFO(student.toStdString() << " " << term.toStdString() << " " << c.toString().toStdString());
                REQUIRE_FALSE(course.isEmpty());
                credits += course.value(QStringLiteral("credits")).toDouble();
                const QString offered = course.value(QStringLiteral("offered"));
                const bool running = inProgress.contains(
                    QStringList {student, institution, c.toString(), term}.join(QLatin1Char(':')));
                CHECK((running
                       || (offered.isEmpty() ? semester != QLatin1String("3")
                                             : offered.split(QLatin1Char('+')).contains(semester))));
            }
            CHECK(credits == t.value(QStringLiteral("credits")).toDouble());
            CHECK(credits <= maxLoad.value(institution));
            byEnd[t.value(QStringLiteral("ends")).toString() + QLatin1Char(' ') + institution + QLatin1Char(' ') + term]
                .append({student, t});
        }
    }

    // Carried out: each term's assumed marks imported, then the transfers as of its end, term after term.
    for (auto it = byEnd.cbegin(); it != byEnd.cend(); ++it) {
        const QString ends = it.key().section(QLatin1Char(' '), 0, 0);
        QString csv = QStringLiteral("student_id,institution,course_code,term,mark,attempt\n");
        QSet<QString> students;
        for (const auto& [student, t] : it.value()) {
            const QString institution = t.value(QStringLiteral("institution")).toString();
            for (const QJsonValue& c : t.value(QStringLiteral("courses")).toArray()) {
                const bool graded
                    = courses.value(institution + QLatin1Char(':') + c.toString()).value(QStringLiteral("grading"))
                    == QLatin1String("graded");
                csv += QStringList {student,
                                    institution,
                                    c.toString(),
                                    t.value(QStringLiteral("term")).toString(),
                                    graded ? assumed.value(institution) : passFail.value(institution),
                                    QString()}
                           .join(QLatin1Char(','))
                    + QLatin1Char('\n');
            }
            students.insert(student);
        }
        const QString file = dir.filePath(QStringLiteral("marks.csv"));
        writeFile(file, csv.toUtf8());
        const Run imported
            = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("results"), file});
        INFO(it.key().toStdString() << ": " << imported.out.toStdString() << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        for (const QString& student : std::as_const(students)) {
            for (const QString& to : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
                const Run t
                    = cli({QStringLiteral("--db"), db, QStringLiteral("transfer"), student, QStringLiteral("--to"), to,
                           QStringLiteral("--apply"), QStringLiteral("--as-of"), ends});
                INFO(t.err.toStdString());
                REQUIRE(t.exitCode == 0);
            }
        }
    }

    // Both audits: graduation met, and the degree too but for the milestones the plan lists.
    QHash<QString, QHash<QString, QJsonObject>> audits; // institution -> student -> audit
    for (int cohort = 2020; cohort <= 2023; ++cohort) {
        for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--cohort"),
                               QString::number(cohort), QStringLiteral("--institution"), institution,
                               QStringLiteral("--json")});
            REQUIRE(r.exitCode == 0);
            for (const QJsonObject& a : jsonLines(r.out)) {
                audits[institution].insert(a.value(QStringLiteral("student_id")).toString(), a);
            }
        }
    }
    for (const QJsonObject& p : std::as_const(planned)) {
        const QString student = p.value(QStringLiteral("student_id")).toString();
        QSet<QString> milestones;
        for (const QJsonValue& m : p.value(QStringLiteral("milestones")).toArray()) {
            milestones.insert(m.toObject().value(QStringLiteral("requirement")).toString());
        }
        for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
            const QJsonObject a = audits.value(institution).value(student);
            INFO(student.toStdString() << " at " << institution.toStdString() << ": "
                                       << QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString());
            CHECK(a.value(QStringLiteral("graduation_eligible")).toBool());
            for (const QJsonValue& v : a.value(QStringLiteral("requirements")).toArray()) {
                const QJsonObject row = v.toObject();
                const bool unmet = row.value(QStringLiteral("status")).toString() != QLatin1String("met");
                CHECK((!unmet || milestones.contains(row.value(QStringLiteral("id")).toString())
                       || row.value(QStringLiteral("parent")).isString()));
            }
            CHECK((a.value(QStringLiteral("degree_eligible")).toBool() || !milestones.isEmpty()));
        }
        // And the planner agrees: nothing left to plan.
        const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), student, QStringLiteral("--json")});
        REQUIRE(again.exitCode == 0);
        const QJsonObject now = jsonLines(again.out).first();
        CHECK(now.value(QStringLiteral("terms")).toArray().isEmpty());
        CHECK(now.value(QStringLiteral("unreachable")).toArray().isEmpty());
    }
    // The log still verifies after all of it.
    const Run verify = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
}

TEST_CASE("cli plan: one student in words with assumed grades and the first term as told and errors named",
          "[cli][plan]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("DD2023001")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("DD2023001: both degrees after 2026-2027-2")));
    CHECK(text.out.contains(QStringLiteral("CQUPT 2026-2027-2")));

    // A RUTS grade below its transfer minimum: no course transfers, and the plan says so.
    const Run low = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("DD2023001"),
                         QStringLiteral("--assume"), QStringLiteral("CQUPT=61"), QStringLiteral("--json")});
    REQUIRE(low.exitCode == 0);
    const QJsonObject lowPlan = jsonLines(low.out).first();
    CHECK(QJsonDocument(lowPlan.value(QStringLiteral("notes")).toArray()).toJson().contains("does not accept"));

    // A first term in the future: the plan starts there.
    const Run later = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("DD2023001"),
                           QStringLiteral("--from"), QStringLiteral("2027-2028-1"), QStringLiteral("--json")});
    REQUIRE(later.exitCode == 0);
    const QJsonObject laterPlan = jsonLines(later.out).first();
    CHECK(laterPlan.value(QStringLiteral("terms")).toArray().first().toObject().value(QStringLiteral("term")).toString()
          == QLatin1String("2027-2028-1"));

    struct Bad
    {
        QStringList args;
        const char* message;
        int exit;
    };
    const QList<Bad> bad = {
        {{QStringLiteral("DD2023001"), QStringLiteral("--assume"), QStringLiteral("CQUPT=55")},
         "not a passing graded mark at CQUPT",
         2},
        {{QStringLiteral("DD2023001"), QStringLiteral("--assume"), QStringLiteral("KMUTT=A")},
         "not INSTITUTION=GRADE",
         2},
        {{QStringLiteral("DD2023001"), QStringLiteral("--from"), QStringLiteral("autumn")},
         "not a term of either institution",
         2},
        {{QStringLiteral("--cohort"), QStringLiteral("2023")}, "add --json", 2},
        {{QStringLiteral("NOPE")}, "NOPE", 1},
    };
    for (const Bad& b : bad) {
        const Run r = cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("plan")} + b.args);
        INFO(b.args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == b.exit);
        CHECK(r.err.contains(QLatin1String(b.message)));
    }
}

TEST_CASE("cli plan: the cohort report names students - the viewer may not take it and the coordinator's is in the"
          " disclosure log",
          "[cli][plan]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString refused = dir.filePath(QStringLiteral("viewer.csv"));
    const int before = countRows(db, QStringLiteral("disclosures"));
    const Run viewer
        = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("viewer"), QStringLiteral("plan"),
               QStringLiteral("--cohort"), QStringLiteral("2023"), QStringLiteral("--report"), refused},
              loggedIn(QStringLiteral("viewer")));
    CHECK(viewer.exitCode == 1);
    CHECK(viewer.err.contains(QStringLiteral("may not export personal data")));
    CHECK_FALSE(QFile::exists(refused));
    CHECK(countRows(db, QStringLiteral("disclosures")) == before);

    const QString report = dir.filePath(QStringLiteral("plans2023.csv"));
    const Run ok
        = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("ruts.coordinator"),
               QStringLiteral("plan"), QStringLiteral("--cohort"), QStringLiteral("2023"), QStringLiteral("--report"),
               report, QStringLiteral("--recipient"), QStringLiteral("RUTS programme committee")},
              loggedIn(QStringLiteral("ruts.coordinator")));
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("28 students")));
    CHECK(countRows(db, QStringLiteral("disclosures")) == before + 1);
    QFile f(report);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 29);
    CHECK(
        lines.first().startsWith(QStringLiteral("student_id,family_name,given_name,status,outcome,both_degrees_term")));
    // The same outcomes as the JSON lines of the same cohort.
    const Run json = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("--cohort"),
                          QStringLiteral("2023"), QStringLiteral("--json")});
    const QList<QJsonObject> plans = jsonLines(json.out);
    REQUIRE(plans.size() == 28);
    for (int i = 0; i < plans.size(); ++i) {
        const QStringList cells = lines.at(i + 1).split(QLatin1Char(','));
        CHECK(cells.at(0) == plans.at(i).value(QStringLiteral("student_id")).toString());
        CHECK(cells.at(4) == plans.at(i).value(QStringLiteral("outcome")).toString());
    }
}

TEST_CASE("Attack: an insider with the file changes when a course is offered behind the log's back - the plan moves"
          " and log verify names the row and the change",
          "[cli][plan][attack]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run before = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("DD2023001")});
    REQUIRE(before.out.contains(QStringLiteral("both degrees after 2026-2027-2")));
    // The sqlite3 shell: the trigger's text kept, the trigger dropped, the row changed, the trigger put back.
    const Tool trigger
        = runTool(QStringLiteral("sqlite3"),
                  {db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'change_log_courses_update'")});
    REQUIRE(trigger.exitCode == 0);
    REQUIRE(trigger.out.startsWith(QStringLiteral("CREATE TRIGGER")));
    const QString sql = QStringLiteral("DROP TRIGGER change_log_courses_update; UPDATE courses SET offered = '1' WHERE"
                                       " institution = 'CQUPT' AND code = 'PRJ401'; %1;")
                            .arg(trigger.out.trimmed());
    const Tool attack = runTool(QStringLiteral("sqlite3"), {db, sql});
    INFO(attack.err.toStdString());
    REQUIRE(attack.exitCode == 0);
    // The forged offering reaches the plan (the graduation project now waits a year)...
    const Run after = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("DD2023001")});
    CHECK(after.out.contains(QStringLiteral("both degrees after 2027-2028-1")));
    // ...and the log says where and what.
    const Run verify = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("changed without being logged (offered: '' → '1')")));
}
