// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// dualdegree-cli log verify | show | disclosures

#include "cli/CommandLine.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/Database.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

namespace {

QString describe(const ChangeLogEntry& e)
{
    QString line = QStringLiteral("%1  %2  %3  %4 %5 #%6")
                       .arg(e.seq, 6)
                       .arg(e.at, e.username.isEmpty() ? QStringLiteral("(set-up)") : e.username, e.operation, e.table)
                       .arg(e.key);
    if (!e.reason.isEmpty()) {
        line += QStringLiteral("  reason: %1").arg(e.reason);
    }
    if (e.operation == QLatin1String("update")) {
        line += QStringLiteral("  ") + e.differences().join(QStringLiteral("; "));
    }
    return line;
}

} // namespace

int CommandLine::cmdLog(QStringList args)
{
    if (args.isEmpty()) {
        return fail(QStringLiteral("log: say verify, show or disclosures"), 2);
    }
    const QString action = args.takeFirst();
    QString studentId;
    QString limitText;
    if (!takeOption(args, QStringLiteral("--student"), &studentId)
        || !takeOption(args, QStringLiteral("--limit"), &limitText)) {
        return fail(QStringLiteral("log: %1").arg(m_optionError), 2);
    }
    if (!args.isEmpty()) {
        return fail(QStringLiteral("log %1: unexpected argument '%2'").arg(action, args.first()), 2);
    }
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        return fail(QStringLiteral("log: --limit must be a positive number"), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    Error error;
    if (action == QLatin1String("verify")) {
        ChangeLogReport report;
        if (!ChangeLogVerifier::verify(db, &report, &error)) {
            return fail(QStringLiteral("log verify: %1").arg(error.message()));
        }
        for (const QString& note : std::as_const(report.notes)) {
            m_out << QStringLiteral("note: ") << note << Qt::endl;
        }
        if (!report.intact()) {
            for (const ChangeLogProblem& p : std::as_const(report.problems)) {
                m_out << p.toString() << Qt::endl;
            }
            return fail(QStringLiteral("log verify: %1 problem(s); first: %2")
                            .arg(report.problems.size())
                            .arg(report.problems.first().toString()));
        }
        m_out << QStringLiteral("the change log is complete and unaltered: %1 rows, the last (%2) sealed %3")
                     .arg(report.rows)
                     .arg(report.lastSeq)
                     .arg(report.lastHash)
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("show")) {
        QList<ChangeLogEntry> entries;
        if (studentId.isEmpty()) {
            if (!ChangeLogReader::latest(db, limit, &entries, &error)) {
                return fail(QStringLiteral("log show: %1").arg(error.message()));
            }
        } else {
            const std::optional<Student> student = StudentRepository(db).find(studentId, &error);
            if (!student) {
                return fail(!error.isSet() ? QStringLiteral("log show: no student %1").arg(studentId)
                                           : error.message());
            }
            if (!ChangeLogReader::studentHistory(db, student->id, &entries, &error)) {
                return fail(QStringLiteral("log show: %1").arg(error.message()));
            }
        }
        for (const ChangeLogEntry& e : std::as_const(entries)) {
            m_out << describe(e) << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("disclosures")) {
        const QList<Disclosure> all = DisclosureRepository(db).list(studentId, limit, &error);
        if (error.isSet()) {
            return fail(QStringLiteral("log disclosures: %1").arg(error.message()));
        }
        for (const Disclosure& d : all) {
            m_out << QStringLiteral("%1  %2  %3  to: %4  purpose: %5  %6 record(s): %7%8")
                         .arg(d.at, d.username, d.kind,
                              d.recipient.isEmpty() ? QStringLiteral("(not stated)") : d.recipient,
                              d.purpose.isEmpty() ? QStringLiteral("(not stated)") : d.purpose)
                         .arg(d.recordCount)
                         .arg(d.records.join(QLatin1Char(' ')),
                              d.fileName.isEmpty() ? QString() : QStringLiteral("  file: ") + d.fileName)
                  << Qt::endl;
        }
        return 0;
    }
    return fail(QStringLiteral("log: unknown action '%1' (verify, show, disclosures)").arg(action), 2);
}

} // namespace dd
