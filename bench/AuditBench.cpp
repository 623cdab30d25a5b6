// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Audits every student of a large database for both institutions and compares
// the whole batch (loading the records + auditing) with a plain forward-only
// read of the same rows, in the same run.
//
//   dd_bench_audit [--students N] [--db FILE]
//
// Without an existing FILE, a database of N synthetic students (about 70 results
// each over both institutions) is generated first through the importers; that
// part is not timed.

#include "BenchDatabase.h"
#include "data/db/Database.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/PolicyRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
        path = tmp.filePath(QStringLiteral("audit-bench.db"));
    }
    dd::Error error;
    if (!BenchDatabase::exists(path) && !BenchDatabase::generate(path, students, out, &error)) {
        out << "generation failed: " << error.message() << Qt::endl;
        return 1;
    }

    dd::Database db;
    if (!db.open(path, dd::Database::OpenMode::OpenExisting, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    dd::PolicySet policies;
    if (!dd::PolicyRepository(db).load(&policies, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }

    // The floor: the same rows as the record loader reads, forward-only, every value touched.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery plain(db.connection());
    plain.setForwardOnly(true);
    plain.exec(QStringLiteral("SELECT s.student_id, c.institution, c.code, c.category, c.credits, c.grading, t.code,"
                              " t.academic_year, t.semester, t.regular, r.mark, r.attempt"
                              " FROM results r JOIN students s ON s.id = r.student_ref"
                              " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                              " WHERE 1 = 1 ORDER BY s.student_id, t.academic_year, t.semester, r.id"));
    qint64 rows = 0;
    qint64 checksum = 0;
    while (plain.next()) {
        for (int i = 0; i < 12; ++i) {
            checksum += plain.value(i).toString().size();
        }
        ++rows;
    }
    const qint64 plainMs = timer.elapsed();

    // The batch: load every record, then audit each student at both institutions.
    timer.restart();
    dd::AuditLoader loader(db);
    QList<dd::StudentRecord> records;
    if (!loader.loadAll(&records, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    int graduates = 0;
    const int audits = BenchDatabase::auditAll(db, policies, records, &graduates, &error);
    if (audits < 0) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 batchMs = timer.elapsed();

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads" << Qt::endl;
    out << "database: " << records.size() << " students, " << rows << " results (checksum " << checksum << ")"
        << Qt::endl
        << Qt::endl;
    out << "| step | ms |" << Qt::endl << "|---|---:|" << Qt::endl;
    out << "| plain forward-only read of the result rows | " << plainMs << " |" << Qt::endl;
    out << "| load every record (results, transfers, milestones, exceptions) | " << loadMs << " |" << Qt::endl;
    out << "| load + " << audits << " audits (both institutions) | " << batchMs << " |" << Qt::endl << Qt::endl;
    out << "audits per second (audit part only): " << qint64(audits * 1000.0 / qMax<qint64>(1, batchMs - loadMs))
        << Qt::endl;
    out << "batch / plain read = " << QString::number(double(batchMs) / double(qMax<qint64>(1, plainMs)), 'f', 2)
        << " (graduation-eligible audits: " << graduates << ")" << Qt::endl;
    return 0;
}
