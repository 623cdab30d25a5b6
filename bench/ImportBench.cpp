// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times a results import through the real importer (validation against the
// policies and the database, one transaction) against the floor for raw CSV
// loading: the sqlite3 shell's .import into a plain table, in the same run.
//
//   dd_bench_import [--students N] [--keep DIR]

#include "Database.h"
#include "DatabaseSetup.h"
#include "Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

struct Course
{
    const char* institution;
    QString code;
    bool passFail;
};

QByteArray studentsCsv(int count)
{
    QByteArray out = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                     "passport_no,email,cohort,status\n";
    for (int i = 0; i < count; ++i) {
        const int cohort = 2020 + i % 4;
        out += QStringLiteral(
                   "BX%1,C%1,R%1,Srisuk,Anan,,อนันต์ ศรีสุข,2002-01-01,TH,AA%1,bx%1@students.example.edu,%2,active\n")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(cohort)
                   .toUtf8();
    }
    return out;
}

QList<Course> courses(const QByteArray& demoCourses)
{
    QList<Course> out;
    const QList<QByteArray> lines = demoCourses.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(',');
        if (f.size() < 11) {
            continue;
        }
        out.append(
            {f.at(0) == "CQUPT" ? "CQUPT" : "RUTS", QString::fromUtf8(f.at(1)), f.at(10).trimmed() == "pass_fail"});
    }
    return out;
}

QByteArray resultsCsv(int students, const QList<Course>& catalogue, int* rows)
{
    static const char* letters[] = {"A", "B+", "B", "C+", "C", "D+", "D", "F"};
    QRandomGenerator rng(2020);
    QByteArray out = "student_id,institution,course_code,term,mark,attempt\n";
    *rows = 0;
    for (int i = 0; i < students; ++i) {
        const int cohort = 2020 + i % 4;
        for (const Course& c : catalogue) {
            if (rng.bounded(100) < 30) {
                continue; // not every student takes every course
            }
            const bool cqupt = qstrcmp(c.institution, "CQUPT") == 0;
            const int year = cohort + (cqupt ? 2 : 0) + int(rng.bounded(2));
            const int sem = 1 + int(rng.bounded(2));
            const QString term = cqupt ? QStringLiteral("%1-%2-%3").arg(year).arg(year + 1).arg(sem)
                                       : QStringLiteral("%1/%2").arg(sem).arg(year + 543);
            QString mark;
            if (c.passFail) {
                mark = cqupt ? QStringLiteral("P") : QStringLiteral("S");
            } else {
                mark = cqupt ? QString::number(45 + rng.bounded(56)) : QString::fromLatin1(letters[rng.bounded(8)]);
            }
            out += QStringLiteral("BX%1,%2,%3,%4,%5,\n")
                       .arg(i, 7, 10, QLatin1Char('0'))
                       .arg(QLatin1String(c.institution), c.code, term, mark)
                       .toUtf8();
            ++*rows;
        }
    }
    return out;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool importFile(dd::Database& db, const QString& kind, const QByteArray& bytes, bool dryRun, QString* error)
{
    std::unique_ptr<dd::Importer> importer = dd::Importer::create(kind, db);
    dd::Importer::Options options;
    options.dryRun = dryRun;
    dd::ImportReport report;
    if (!importer->run(bytes, kind + QStringLiteral(".csv"), options, &report)) {
        *error = report.errors.isEmpty() ? QStringLiteral("failed") : report.errors.first().toString();
        return false;
    }
    return true;
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
    const QByteArray resultsBytes = resultsCsv(students, courses(coursesBytes), &rows);
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
        || !importFile(db, QStringLiteral("courses"), coursesBytes, false, &error)
        || !importFile(db, QStringLiteral("students"), studentsCsv(students), false, &error)) {
        out << "setup failed: " << error << "\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!importFile(db, QStringLiteral("results"), resultsBytes, true, &error)) {
        out << "dry run failed: " << error << "\n";
        return 1;
    }
    const qint64 dryMs = timer.elapsed();
    timer.restart();
    if (!importFile(db, QStringLiteral("results"), resultsBytes, false, &error)) {
        out << "import failed: " << error << "\n";
        return 1;
    }
    const qint64 importMs = timer.elapsed();
    timer.restart();
    if (!importFile(db, QStringLiteral("results"), resultsBytes, false, &error)) {
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
