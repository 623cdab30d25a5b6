// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Credit transfer for every student of a large database, into both institutions:
// planning alone, and planning + recording every allowed transfer in one
// transaction (what `init --demo` does), compared in the same run with a plain
// forward-only read of the result rows.
//
//   dd_bench_transfer [--students N] [--db FILE]
//
// FILE (generated when missing, as dd_bench_audit does) is copied first, so each
// run starts with no transfers; the demo equivalencies are imported into the copy.

#include "BenchDatabase.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"
#include "data/repositories/AuditLoader.h"
#include "data/services/TransferService.h"
#include "data/setup/DatabaseSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchDatabase::Options options = BenchDatabase::options(10000);
    const int students = options.students;
    QString path = options.path;
    QTemporaryDir tmp;
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("transfer-bench.db"));
    }
    dd::Error error;
    if (!BenchDatabase::exists(path) && !BenchDatabase::generate(path, students, out, &error)) {
        out << "generation failed: " << error.message() << Qt::endl;
        return 1;
    }
    const QString copy = tmp.filePath(QStringLiteral("run.db"));
    {
        dd::Database source;
        if (!source.open(path, dd::Database::OpenMode::OpenExisting, &error)
            || !dd::DatabaseBackup::backupTo(source, copy, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
    }
    dd::Database db;
    if (!db.open(copy, dd::Database::OpenMode::OpenExisting, &error)
        || !dd::DatabaseSetup::actAs(db, dd::DatabaseSetup::defaultAdministrator(), &error)
        || !BenchDatabase::importFile(db, QStringLiteral("equivalencies"),
                                      BenchDatabase::demoFile(QStringLiteral("equivalencies.csv")), false, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    QSqlQuery plain(db.connection());
    plain.setForwardOnly(true);
    plain.exec(QStringLiteral("SELECT s.student_id, c.institution, c.code, c.category, c.credits, c.grading, t.code,"
                              " t.academic_year, t.semester, t.regular, r.mark, r.attempt, r.id"
                              " FROM results r JOIN students s ON s.id = r.student_ref"
                              " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                              " WHERE 1 = 1 ORDER BY s.student_id, t.academic_year, t.semester, r.id"));
    qint64 rows = 0;
    qint64 checksum = 0;
    while (plain.next()) {
        for (int i = 0; i < 13; ++i) {
            checksum += plain.value(i).toString().size();
        }
        ++rows;
    }
    const qint64 plainMs = timer.elapsed();

    timer.restart();
    QList<dd::StudentRecord> records;
    if (!dd::AuditLoader(db).loadAll(&records, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 loadMs = timer.elapsed();

    dd::TransferService service(db);
    timer.restart();
    QList<dd::TransferPlan> plans;
    if (!service.planAll(QDate(2026, 11, 28), &plans, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 planMs = timer.elapsed();
    qint64 candidates = 0;
    qint64 allowed = 0;
    for (const dd::TransferPlan& p : std::as_const(plans)) {
        candidates += p.candidates.size();
        allowed += p.allowed().size();
    }

    timer.restart();
    int applied = 0;
    if (!service.applyAllAtSourceTerms(&applied, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 applyMs = timer.elapsed();

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads" << Qt::endl;
    out << "database: " << plans.size() / 2 << " students, " << rows << " results (checksum " << checksum
        << "), 48 equivalencies" << Qt::endl
        << Qt::endl;
    out << "| step | ms |" << Qt::endl << "|---|---:|" << Qt::endl;
    out << "| plain forward-only read of the result rows | " << plainMs << " |" << Qt::endl;
    out << "| load every record (as the audit does) | " << loadMs << " |" << Qt::endl;
    out << "| load + plan " << plans.size() << " student x institution pairs as of 2026-11-28 (" << candidates
        << " candidates, " << allowed << " allowed) | " << planMs << " |" << Qt::endl;
    out << "| plan as of each source term + record " << applied << " transfer rows, one transaction | " << applyMs
        << " |" << Qt::endl
        << Qt::endl;
    out << "plan / plain read = " << QString::number(double(planMs) / double(qMax<qint64>(1, plainMs)), 'f', 2)
        << "; apply all / plain read = " << QString::number(double(applyMs) / double(qMax<qint64>(1, plainMs)), 'f', 2)
        << Qt::endl;
    return 0;
}
