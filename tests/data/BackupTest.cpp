// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"
#include "data/import/Importers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <csignal>
#include <sys/resource.h>

using namespace dd;

namespace {

const QByteArray kMark = "student_id,institution,course_code,term,mark,attempt\n"
                         "DD2020001,CQUPT,MAJ301,2022-2023-1,%1,\n";

/** Imports one result line with \a mark; returns whether it was imported. */
bool importMark(Database& db, const QString& mark, int keep, QString* backup)
{
    Importer::Options options;
    options.reason = QStringLiteral("re-marked");
    options.keepBackups = keep;
    ImportReport report;
    const bool ran
        = Importers::create(QStringLiteral("results"), db)
              ->run(QString::fromLatin1(kMark).arg(mark).toUtf8(), QStringLiteral("fix.csv"), options, &report);
    *backup = report.backup;
    return ran;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("Attack: a refused import takes no copy and pushes no good one out", "[backup][attack][file]")
{
    ddtest::TempDatabase t(true);
    QString backup;
    for (const char* mark : {"70", "71", "72"}) {
        REQUIRE(importMark(t.db(), QString::fromLatin1(mark), 3, &backup));
    }
    const QStringList before = DatabaseBackup::automaticBackups(t.path());
    REQUIRE(before.size() == 3);
    // A mark no scale knows: refused after the file was read.
    CHECK_FALSE(importMark(t.db(), QStringLiteral("not a mark"), 3, &backup));
    CHECK(backup.isEmpty());
    CHECK(DatabaseBackup::automaticBackups(t.path()) == before);
    CHECK(filesIn(DatabaseBackup::folder(t.path())).size() == 3);
}

TEST_CASE("Attack: copies taken at the same moment by two writers never share a name", "[backup][attack][file][slow]")
{
    ddtest::TempDatabase t(true);
    const QString path = t.path();
    t.db().close();
    std::atomic<int> failures {0};
    std::atomic<int> made {0};
    auto writer = [&]() {
        Database db;
        Error error;
        if (!db.open(path, Database::OpenMode::OpenExisting, &error)) {
            ++failures;
            return;
        }
        for (int i = 0; i < 30; ++i) {
            QString copy;
            if (DatabaseBackup::automatic(db, QStringLiteral("same-moment"), 100, &copy, &error)) {
                ++made;
            } else {
                ++failures;
                qWarning("%s", qPrintable(error.message()));
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer));
    std::unique_ptr<QThread> b(QThread::create(writer));
    a->start();
    b->start();
    REQUIRE(a->wait(120000));
    REQUIRE(b->wait(120000));
    CHECK(failures == 0);
    CHECK(made == 60);
    CHECK(DatabaseBackup::automaticBackups(path).size() == 60);
    CHECK(filesIn(DatabaseBackup::folder(path)).size() == 60);
}

TEST_CASE("Attack: a copy that cannot be finished leaves nothing behind", "[backup][attack][file]")
{
    ddtest::TempDatabase t(true);
    QString copy;
    Error error;
    REQUIRE(DatabaseBackup::automatic(t.db(), QStringLiteral("first"), 10, &copy, &error));
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const bool made = DatabaseBackup::automatic(t.db(), QStringLiteral("too-big"), 10, &copy, &error);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    CHECK_FALSE(made);
    CHECK(filesIn(DatabaseBackup::folder(t.path())).size() == 1);
}

TEST_CASE("Attack: what killed copies left in the backup folder is cleared by the next one", "[backup][attack][file]")
{
    ddtest::TempDatabase t(true);
    QString copy;
    Error error;
    REQUIRE(DatabaseBackup::automatic(t.db(), QStringLiteral("good"), 3, &copy, &error));
    const QString folder = DatabaseBackup::folder(t.path());
    const QString base = QFileInfo(t.path()).completeBaseName();
    // A journal without its copy, a copy with a hot journal (killed while written), and a
    // half-written copy of a process that is gone.
    ddtest::writeFile(folder + QStringLiteral("/%1-20260101-000000-001-before-import-results.db-journal").arg(base),
                      QByteArray(512, 'j'));
    ddtest::writeFile(folder + QStringLiteral("/%1-20260101-000000-002-before-import-results.db").arg(base),
                      QByteArray(4096, 'd'));
    ddtest::writeFile(folder + QStringLiteral("/%1-20260101-000000-002-before-import-results.db-journal").arg(base),
                      QByteArray(512, 'j'));
    ddtest::writeFile(folder + QStringLiteral("/.%1-20260101-000000-003-x.db.partial-999999-1").arg(base),
                      QByteArray(4096, 'p'));
    for (int i = 0; i < 4; ++i) {
        REQUIRE(DatabaseBackup::automatic(t.db(), QStringLiteral("next"), 3, &copy, &error));
    }
    const QStringList left = filesIn(folder);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    CHECK(left.size() == 3);
    CHECK(left.filter(QStringLiteral("journal")).isEmpty());
    CHECK(left.filter(QStringLiteral("partial")).isEmpty());
    CHECK(left.filter(QStringLiteral("20260101")).isEmpty());
}

TEST_CASE("Attack: a disk that fills during an import says so, writes nothing, and blames no other program",
          "[backup][attack][file]")
{
    ddtest::TempDatabase t(true);
    const int before = t.count(QStringLiteral("students"));
    QByteArray csv = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                     "passport_no,email,cohort,status\n";
    for (int i = 0; i < 20000; ++i) {
        csv += QStringLiteral("DF%1,,,Full,Disk%1,,,2004-05-06,TH,,disk%1@example.org,2024,active\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    // No file of this process may grow beyond its present size and a little more: as a disk
    // that fills up, for this process only, without mounting anything.
    const qint64 size = QFileInfo(t.path()).size() + QFileInfo(t.path() + QStringLiteral("-wal")).size();
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit small = saved;
    small.rlim_cur = rlim_t(size + 256 * 1024);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    Importer::Options options;
    options.backup = false; // the database's own write is what meets the full disk here
    ImportReport report;
    const bool ran
        = Importers::create(QStringLiteral("students"), t.db())->run(csv, QStringLiteral("many.csv"), options, &report);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    CHECK_FALSE(ran);
    REQUIRE_FALSE(report.errors.isEmpty());
    const QString said = report.errors.first().toString();
    INFO(said.toStdString());
    CHECK(said.contains(QLatin1String("the largest size this program may write")));
    CHECK_FALSE(said.contains(QLatin1String("another program")));
    CHECK_FALSE(said.contains(QLatin1String("not a DualDegree database")));
    CHECK(t.count(QStringLiteral("students")) == before);
    QStringList problems;
    Error error;
    REQUIRE(Integrity::check(t.db(), &problems, &error));
    CHECK(problems.isEmpty());
}

TEST_CASE("Attack: copies left by imports killed before they pruned go with the next import", "[backup][attack][file]")
{
    ddtest::TempDatabase t(true);
    QString copy;
    Error error;
    // Fifteen copies taken by imports that were killed before they could prune.
    for (int i = 0; i < 15; ++i) {
        REQUIRE(DatabaseBackup::take(t.db(), QStringLiteral("before-import-results"), &copy, &error));
    }
    REQUIRE(DatabaseBackup::automaticBackups(t.path()).size() == 15);
    QString backup;
    // A refused import: the excess goes, its own copy too, and the newest three stay.
    CHECK_FALSE(importMark(t.db(), QStringLiteral("not a mark"), 3, &backup));
    CHECK(filesIn(DatabaseBackup::folder(t.path())).size() == 3);
    REQUIRE(importMark(t.db(), QStringLiteral("70"), 3, &backup));
    CHECK(filesIn(DatabaseBackup::folder(t.path())).size() == 3);
}
