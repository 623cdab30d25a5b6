// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace dd;
using ddtest::scalar;

TEST_CASE("The demo data set loads through the importers and is consistent", "[demo]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    QStringList problems;
    Error error;
    REQUIRE(Integrity::check(db, &problems, &error));
    CHECK(problems.isEmpty());

    // Cohorts 2020-2023 of 20-30 students each.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT cohort, count(*) FROM students GROUP BY cohort ORDER BY cohort")));
    QList<int> cohorts;
    while (q.next()) {
        cohorts << q.value(0).toInt();
        CHECK(q.value(1).toInt() >= 20);
        CHECK(q.value(1).toInt() <= 30);
    }
    CHECK(cohorts == QList<int> {2020, 2021, 2022, 2023});
    // Thai students have their name in Thai script as well as in Latin letters.
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM students WHERE nationality = 'TH' AND (name_th = '' OR family_name = '')"))
              .toInt()
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM students WHERE nationality = 'CN' AND name_zh <> ''")).toInt()
          >= 2);
}

TEST_CASE("The demo catalogues add up to the demo requirements", "[demo]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    auto credits = [&](const QString& institution, const QString& categories) {
        return scalar(db,
                      QStringLiteral(
                          "SELECT coalesce(sum(credits), 0) FROM courses WHERE institution = '%1' AND category IN (%2)")
                          .arg(institution, categories))
            .toDouble();
    };
    // CQUPT 160: general 40, discipline basics 40, major 60, practice 20 of which the project 8.
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'BAS'")) >= 40);
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'MAJ'")) >= 60);
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'PRA','PRJ'")) >= 20);
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'PRJ'")) == 8);
    // CQUPT general education is completed with RUTS GE courses taken as block credit.
    const double blockGen
        = scalar(db,
                 QStringLiteral("SELECT coalesce(sum(block_credits), 0) FROM equivalencies WHERE status = 'approved'"
                                " AND to_institution = 'CQUPT' AND block_category = 'GEN'"))
              .toDouble();
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'GEN'")) + blockGen >= 40);
    CHECK(credits(QStringLiteral("CQUPT"), QStringLiteral("'GEN','BAS','MAJ','PRA','PRJ'")) + blockGen >= 160);
    // RUTS 120: general education 30, specialised 84, free electives 6.
    CHECK(credits(QStringLiteral("RUTS"), QStringLiteral("'GE'")) >= 30);
    CHECK(credits(QStringLiteral("RUTS"), QStringLiteral("'SP'")) >= 84);
    CHECK(credits(QStringLiteral("RUTS"), QStringLiteral("'FE'")) >= 6);
    // Every course has an English title and a title in its own country's script.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM courses WHERE title_en = '' OR (institution = 'CQUPT' AND "
                                "title_zh = '') OR (institution = 'RUTS' AND title_th = '')"))
              .toInt()
          == 0);
}

TEST_CASE("The demo results are realistic", "[demo]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    auto count = [&](const QString& where) {
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM results r JOIN courses c ON c.id = r.course_ref JOIN terms "
                                     "t ON t.id = r.term_ref WHERE ")
                          + where)
            .toInt();
    };
    CHECK(count(QStringLiteral("r.attempt = 'makeup'")) >= 5); // 补考
    CHECK(count(QStringLiteral("r.attempt = 'retake' AND c.institution = 'CQUPT'")) >= 3); // 重修
    CHECK(count(QStringLiteral("r.attempt = 'retake' AND c.institution = 'RUTS'")) >= 3);
    CHECK(count(QStringLiteral("r.mark = 'F' AND c.institution = 'RUTS'")) >= 1);
    CHECK(count(QStringLiteral("r.mark = 'W'")) >= 1);
    CHECK(count(QStringLiteral("r.mark = 'S'")) >= 50);
    CHECK(count(QStringLiteral("r.mark IN ('优秀', '良好', '中等', '及格')")) >= 50);
    CHECK(count(QStringLiteral("r.mark = 'P'")) >= 20);
    // In progress: the current CQUPT term of the 2023 cohort has no marks yet.
    CHECK(count(QStringLiteral("r.mark = '' AND t.code = '2026-2027-1'")) >= 100);
    CHECK(count(QStringLiteral("r.mark = '' AND t.code <> '2026-2027-1'")) == 0);
    // The 2+2 path: RUTS in years 1-2, CQUPT in years 3-4.
    CHECK(
        scalar(db,
               QStringLiteral("SELECT min(t.academic_year - s.cohort) FROM results r JOIN terms t ON t.id = r.term_ref"
                              " JOIN students s ON s.id = r.student_ref WHERE t.institution = 'CQUPT'"))
            .toInt()
        == 2);
    CHECK(scalar(
              db,
              QStringLiteral("SELECT max(t.academic_year - s.cohort) FROM results r JOIN terms t ON t.id = r.term_ref"
                             " JOIN students s ON s.id = r.student_ref WHERE t.institution = 'RUTS' AND t.regular = 1"))
              .toInt()
          <= 2);
}

TEST_CASE("The demo has milestones, exceptions and approved equivalencies both ways", "[demo]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT level) FROM milestones WHERE kind = 'HSK'")).toInt() >= 3);
    CHECK(
        scalar(db, QStringLiteral("SELECT count(*) FROM milestones WHERE kind = 'HSK' AND level = '4' AND score < 180"))
            .toInt()
        >= 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM milestones WHERE kind = 'THESIS'")).toInt() >= 40);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'waive'")).toInt() >= 1);
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM equivalencies WHERE status = 'approved' AND from_institution = 'RUTS'"))
              .toInt()
          >= 20);
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM equivalencies WHERE status = 'approved' AND from_institution = 'CQUPT'"))
              .toInt()
          >= 10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM equivalencies WHERE block_category IS NOT NULL")).toInt()
          >= 3);
    CHECK(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM equivalencies WHERE status IN ('proposed', 'rejected', 'retired')"))
            .toInt()
        >= 3);
    // Many-to-one: Calculus I + II make Advanced Mathematics.
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM equivalency_sources x JOIN equivalencies e ON e.id = x.equivalency_ref"
                     " WHERE e.rule_key = 'RUTS:SP201+SP202>CQUPT:BAS101'"))
              .toInt()
          == 2);
}
