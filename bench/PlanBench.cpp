// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plans every student of a large database to both degrees, cohort by cohort (as
// `plan --cohort Y --json` does), and reports the time per plan (mean, median,
// 95th percentile, most) beside the time of the two audits each plan starts from,
// in the same run.
//
//   dd_bench_plan [--students N] [--db FILE]
//
// Without an existing FILE, a database of N synthetic students is generated first
// through the importers; that part is not timed.

#include "BenchDatabase.h"
#include "core/plan/DegreePlan.h"
#include "core/plan/DegreePlanner.h"
#include "data/db/Database.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/PlanService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchDatabase::Options options = BenchDatabase::options(10000);
    QString path = options.path;
    QTemporaryDir tmp;
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("plan-bench.db"));
    }
    dd::Error error;
    if (!BenchDatabase::exists(path) && !BenchDatabase::generate(path, options.students, out, &error)) {
        out << "generation failed: " << error.message() << Qt::endl;
        return 1;
    }
    dd::Database db;
    if (!db.open(path, dd::Database::OpenMode::OpenExisting, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const QList<int> cohorts = dd::StudentRepository(db).cohorts(&error);

    // The floor a plan starts from: every record read and audited at both institutions.
    QElapsedTimer timer;
    timer.start();
    dd::PolicySet policies;
    dd::AuditLoader loader(db);
    QList<dd::StudentRecord> records;
    if (!dd::PolicyRepository(db).load(&policies, &error) || !loader.loadAll(&records, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    int graduates = 0;
    if (BenchDatabase::auditAll(db, policies, records, &graduates, &error) < 0) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const qint64 auditMs = timer.elapsed();

    // The plans, cohort by cohort, each timed.
    dd::PlanService service(db);
    timer.restart();
    if (!service.load(&error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    QList<double> each;
    QHash<QString, int> outcomes;
    int unproven = 0;
    QElapsedTimer one;
    for (int cohort : cohorts) {
        QList<dd::DegreePlan> plans;
        one.start();
        const bool ok = service.planCohort(cohort, {}, &plans, &error, [&](int done, int) {
            if (done > 0) {
                each.append(double(one.nsecsElapsed()) / 1e6);
            }
            one.restart();
            return true;
        });
        if (!ok) {
            out << error.message() << Qt::endl;
            return 1;
        }
        for (const dd::DegreePlan& p : std::as_const(plans)) {
            outcomes[dd::DegreePlan::outcomeName(p.outcome())] += 1;
            unproven += p.shortestProven && p.fewestCreditsProven ? 0 : 1;
        }
    }
    const qint64 planMs = timer.elapsed();

    // A heavier day: every student as at the start of year 3 (the record of years 1 and 2 only,
    // transfers not yet applied), planned from there to the time limit.
    QList<double> fromYear3;
    QHash<QString, int> year3Outcomes;
    int year3Unproven = 0;
    timer.restart();
    for (dd::StudentRecord record : std::as_const(records)) {
        const int lastYear = record.cohort + 1;
        record.attempts.erase(
            std::remove_if(record.attempts.begin(), record.attempts.end(),
                           [&](const dd::StudentRecord::Taken& t) { return t.academicYear > lastYear; }),
            record.attempts.end());
        record.transfers.clear();
        dd::PlanInput input;
        dd::PlanService::Options from;
        if (!service.prepare(record, {}, from, &input, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
        input.today = QDate();
        input.fromOrdinal = (lastYear + 1) * 10 + 1;
        one.start();
        const dd::DegreePlan p = dd::DegreePlanner(input).plan();
        fromYear3.append(double(one.nsecsElapsed()) / 1e6);
        year3Outcomes[dd::DegreePlan::outcomeName(p.outcome())] += 1;
        year3Unproven += p.shortestProven && p.fewestCreditsProven ? 0 : 1;
    }
    const qint64 year3Ms = timer.elapsed();
    std::sort(fromYear3.begin(), fromYear3.end());
    std::sort(each.begin(), each.end());
    auto summary = [](const QList<double>& times) {
        auto at = [&](double q) { return times.at(std::min<int>(int(times.size()) - 1, int(q * times.size()))); };
        double sum = 0;
        for (double v : times) {
            sum += v;
        }
        return times.isEmpty() ? QString()
                               : QStringLiteral("mean %1, median %2, 95th percentile %3, most %4")
                                     .arg(QString::number(sum / times.size(), 'f', 2), QString::number(at(0.5), 'f', 2),
                                          QString::number(at(0.95), 'f', 2), QString::number(times.last(), 'f', 1));
    };
    auto outcomeCounts = [](const QHash<QString, int>& outcomes) {
        QStringList counts;
        for (const char* name : {"met", "on_time", "summer", "late", "cannot"}) {
            counts << QStringLiteral("%1 %2")
                          .arg(QString::fromLatin1(name))
                          .arg(outcomes.value(QString::fromLatin1(name)));
        }
        return counts.join(QStringLiteral(", "));
    };

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads" << Qt::endl;
    out << "database: " << records.size() << " students in " << cohorts.size() << " cohorts" << Qt::endl << Qt::endl;
    out << "| step | ms |" << Qt::endl << "|---|---:|" << Qt::endl;
    out << "| read every record + " << records.size() * 2 << " audits (the floor a plan starts from) | " << auditMs
        << " |" << Qt::endl;
    out << "| " << each.size() << " plans as of today, cohort by cohort (read, plan, re-audit term by term) | "
        << planMs << " |" << Qt::endl;
    out << "| " << fromYear3.size() << " plans from the start of year 3 (plan and re-audit only) | " << year3Ms << " |"
        << Qt::endl
        << Qt::endl;
    out << "as of today, per plan (ms): " << summary(each) << Qt::endl;
    out << "  outcomes: " << outcomeCounts(outcomes) << "; not proven shortest or lightest: " << unproven << Qt::endl;
    out << "from year 3, per plan (ms): " << summary(fromYear3) << Qt::endl;
    out << "  outcomes: " << outcomeCounts(year3Outcomes) << "; not proven shortest or lightest: " << year3Unproven
        << Qt::endl;
    return 0;
}
