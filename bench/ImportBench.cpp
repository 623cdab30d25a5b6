// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times a results import through the real importer (validation against the
// policies and the database, one transaction) against the floor for raw CSV
// loading: the sqlite3 shell's .import into a plain table, in the same run.
//
//   dd_bench_import [--students N] [--keep DIR]

#include "BenchDatabase.h"
#include "Database.h"
#include "DatabaseSetup.h"
#include "Importer.h"
#include "SyntheticData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int students = 1500;
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--students")) {
            students = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--keep")) {
            keep = args.at(i + 1);
        }
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;

    QFile demo(QStringLiteral(":/data/demo/courses.csv"));
    if (!demo.open(QIODevice::ReadOnly)) {
        out << "the built-in demo catalogue is missing\n";
        return 1;
    }
    const QByteArray coursesBytes = demo.readAll();
    int rows = 0;
    const QByteArray resultsBytes = SyntheticData::resultsCsv(students, SyntheticData::courses(coursesBytes), &rows);
    const QString resultsPath = dir + QStringLiteral("/results.csv");
    if (!write(resultsPath, resultsBytes)) {
        out << "cannot write " << resultsPath << "\n";
        return 1;
    }

    dd::Database db;
    QStringList log;
    QString error;
    if (!dd::DatabaseSetup::createDatabase(db, dir + QStringLiteral("/bench.db"), dd::DatabaseSetup::embeddedDataDir(),
                                           false, &log, &error)
        || !BenchDatabase::importFile(db, QStringLiteral("courses"), coursesBytes, false, &error)
        || !BenchDatabase::importFile(db, QStringLiteral("students"), SyntheticData::studentsCsv(students), false,
                                      &error)) {
        out << "setup failed: " << error << "\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, true, &error)) {
        out << "dry run failed: " << error << "\n";
        return 1;
    }
    const qint64 dryMs = timer.elapsed();
    timer.restart();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, false, &error)) {
        out << "import failed: " << error << "\n";
        return 1;
    }
    const qint64 importMs = timer.elapsed();
    timer.restart();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, false, &error)) {
        out << "re-import failed: " << error << "\n";
        return 1;
    }
    const qint64 reimportMs = timer.elapsed();

    // The floor: the sqlite3 shell loading the same file into a table with no checks.
    QProcess shell;
    timer.restart();
    shell.start(QStringLiteral("sqlite3"), {dir + QStringLiteral("/floor.db")});
    shell.write(
        QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n.mode csv\n.import %1 raw_results\n.quit\n")
            .arg(resultsPath)
            .toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        out << "sqlite3 shell failed: " << shell.readAllStandardError() << "\n";
        return 1;
    }
    const qint64 floorMs = timer.elapsed();

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads\n";
    out << "results: " << rows << " rows for " << students << " students\n\n";
    out << "| step | ms | rows/s |\n|---|---:|---:|\n";
    auto line = [&](const char* what, qint64 ms) {
        out << "| " << what << " | " << ms << " | " << (ms > 0 ? qint64(rows * 1000.0 / ms) : 0) << " |\n";
    };
    line("validate only (--dry-run)", dryMs);
    line("import (validate + write, one transaction)", importMs);
    line("re-import of the same file (all unchanged)", reimportMs);
    line("floor: sqlite3 shell .import, no checks", floorMs);
    out << "\nimport / floor = " << QString::number(double(importMs) / double(qMax<qint64>(1, floorMs)), 'f', 1)
        << "\n";
    return 0;
}
