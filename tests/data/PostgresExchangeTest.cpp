// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A partner's signed record imported on a PostgreSQL server (the private cluster the
// ctest fixture starts, named in DD_TEST_POSTGRESQL).

#include "TestSupport.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/services/ElmoExport.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/SigningKey.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dd;
using ddtest::scalar;
using ddtest::ServerDatabase;

TEST_CASE("On the server a partner's signed record imports, its signer in the change log", "[postgres][elmo]")
{
    ServerDatabase server;
    Database db;
    QStringList log;
    Error error;
    REQUIRE(DatabaseSetup::createDatabase(db, server.url(), ddtest::sourceDataDir(), true, &log, &error));
    QTemporaryDir dir;
    const SigningKey key = ddtest::freshDemoKey(QStringLiteral("RUTS"), dir.path());
    REQUIRE(InstitutionKeyRepository(db).trust(QStringLiteral("RUTS"), key.certificate(), &error));

    ElmoExport exporter(db);
    REQUIRE(exporter.load(&error));
    exporter.setSigningKey(key);
    const QString file = dir.filePath(QStringLiteral("DD2021003-RUTS.xml"));
    INFO(error.message().toStdString());
    REQUIRE(exporter.write(QStringLiteral("DD2021003"), QStringLiteral("RUTS"), file, QString(), QString(), &error));

    // One of its marks recorded otherwise here since: the record puts it back, with a reason.
    ResultRepository results(db);
    CourseResult changed;
    for (const CourseResult& r : results.forStudent(QStringLiteral("DD2021003"), &error)) {
        if (r.institution == QLatin1String("RUTS") && !r.mark.isEmpty() && r.mark != QLatin1String("D")) {
            changed = r;
            break;
        }
    }
    REQUIRE_FALSE(changed.courseCode.isEmpty());
    const QString mark = changed.mark;
    REQUIRE(results.changeMark(changed, QStringLiteral("D"), QStringLiteral("typing slip"), &error));

    ElmoImporter importer(db);
    Importer::Options options;
    options.reason = QStringLiteral("RUTS's signed record");
    options.backup = false;
    ImportReport report;
    INFO((report.errors.isEmpty() ? QString() : report.errors.first().toString()).toStdString());
    REQUIRE(importer.run(ddtest::readFile(file), file, options, &report));
    CHECK(report.updated == 1);
    CHECK(report.inserted == 0);
    CHECK(importer.found().studentId == QStringLiteral("DD2021003"));
    CHECK(results
              .find(QStringLiteral("DD2021003"), QStringLiteral("RUTS"), changed.courseCode, changed.term,
                    changed.attempt, &error)
              ->mark
          == mark);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM import_runs WHERE kind = 'elmo' AND signer_fingerprint = '%1'")
                     .arg(key.certificate().fingerprint()))
              .toInt()
          == 1);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'import_runs' AND"
                                " new_values LIKE '%%1%'")
                     .arg(key.certificate().fingerprint()))
              .toInt()
          == 1);
    ChangeLogReport verified;
    REQUIRE(ChangeLogVerifier::verify(db, &verified, &error));
    CHECK(verified.intact());
}
