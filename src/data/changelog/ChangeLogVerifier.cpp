// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/changelog/ChangeLogVerifier.h"

#include "data/changelog/ChangeLogReader.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/ChangeLogSchema.h"
#include "data/db/Database.h"
#include "data/db/Migration.h"
#include "data/db/SqlUtil.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dd {

namespace {

/** The server's functions and triggers against the ones this version makes. */
bool checkServerTriggers(Database& db, ChangeLogReport* report, Error* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace"
                               " AND proname LIKE 'dd\\_%'"))) {
        *error = Sql::error(q);
        return false;
    }
    QHash<QString, QString> bodies;
    while (q.next()) {
        bodies.insert(q.value(QStringLiteral("proname")).toString(),
                      ChangeLogSchema::normalized(q.value(QStringLiteral("prosrc")).toString()));
    }
    for (const auto& [name, body] : ChangeLogSchema::serverFunctions()) {
        if (!bodies.contains(name)) {
            report->problems.append({0, {}, 0, QStringLiteral("the function %1 is missing").arg(name)});
        } else if (bodies.value(name) != ChangeLogSchema::normalized(body)) {
            report->problems.append({0, {}, 0, QStringLiteral("the function %1 has been altered").arg(name)});
        }
    }
    if (!q.exec(QStringLiteral(
            "SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid) AS definition FROM pg_trigger t"
            " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
            " AND c.relnamespace = current_schema()::regnamespace"))) {
        *error = Sql::error(q);
        return false;
    }
    struct Present
    {
        QString table;
        QString enabled;
        QString definition;
    };
    QHash<QString, Present> present;
    while (q.next()) {
        present.insert(q.value(QStringLiteral("tgname")).toString(),
                       {q.value(QStringLiteral("relname")).toString(), q.value(QStringLiteral("tgenabled")).toString(),
                        ChangeLogSchema::normalized(q.value(QStringLiteral("definition")).toString())});
    }
    QStringList watched = ChangeLogSchema::loggedTables();
    watched << QStringLiteral("change_log");
    QSet<QString> expectedNames;
    static const QRegularExpression schema(QStringLiteral(" ON \\w+\\."));
    for (const ChangeLogSchema::ServerTrigger& t : ChangeLogSchema::serverTriggers()) {
        expectedNames.insert(t.name);
        const auto it = present.constFind(t.name);
        if (it == present.cend()) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 is missing").arg(t.name)});
        } else if (QString(it->definition).replace(schema, QStringLiteral(" ON "))
                   != ChangeLogSchema::normalized(QStringLiteral("CREATE TRIGGER %1 %2").arg(t.name, t.definition))) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 has been altered").arg(t.name)});
        } else if (it->enabled == QLatin1String("D")) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 is disabled").arg(t.name)});
        }
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (watched.contains(it->table) && !expectedNames.contains(it.key())) {
            report->problems.append({0, {}, 0, QStringLiteral("a trigger not made by DualDegree: %1").arg(it.key())});
        }
    }
    return true;
}

/** The file's triggers against the ones this version makes. */
bool checkFileTriggers(Database& db, ChangeLogReport* report, Error* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList expected = ChangeLogSchema::triggerStatements(db, error);
    if (expected.isEmpty()) {
        return false;
    }
    expected += fieldLimitTriggers(); // the schema's own bounds on typed text are checked alike
    QHash<QString, QString> present;
    if (!q.exec(QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger'"))) {
        *error = Sql::error(q);
        return false;
    }
    QStringList watched = ChangeLogSchema::loggedTables();
    watched << QStringLiteral("change_log");
    QStringList unknown;
    while (q.next()) {
        const QString name = q.value(QStringLiteral("name")).toString();
        present.insert(name, ChangeLogSchema::normalized(q.value(QStringLiteral("sql")).toString()));
        // The student search index's triggers (schema 3) are the product's too.
        if (watched.contains(q.value(QStringLiteral("tbl_name")).toString())
            && !name.startsWith(QLatin1String("change_log_")) && !name.startsWith(QLatin1String("students_search_"))
            && !name.startsWith(QLatin1String("field_limits_"))
            && name != QLatin1String("results_change_needs_reason")) {
            unknown << name;
        }
    }
    for (const QString& statement : expected) {
        const QString name = ChangeLogSchema::triggerName(statement);
        if (!present.contains(name)) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 is missing").arg(name)});
        } else if (present.value(name) != ChangeLogSchema::normalized(statement)) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 has been altered").arg(name)});
        }
    }
    for (const QString& name : std::as_const(unknown)) {
        report->problems.append({0, {}, 0, QStringLiteral("a trigger not made by DualDegree: %1").arg(name)});
    }

    return true;
}

} // namespace

QString ChangeLogProblem::toString() const
{
    QString where;
    if (seq > 0) {
        where = QStringLiteral("log row %1").arg(seq);
    }
    if (!table.isEmpty() && key > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("%1 #%2").arg(table).arg(key);
    }
    return where.isEmpty() ? text : QStringLiteral("%1: %2").arg(where, text);
}

bool ChangeLogVerifier::verify(Database& db, ChangeLogReport* report, Error* error)
{
    *report = ChangeLogReport();
    const bool server = db.dialect() == Database::Dialect::PostgreSQL;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);

    // 1. The triggers (and on a server the functions): present and exactly as this version makes them.
    if (!(server ? checkServerTriggers(db, report, error) : checkFileTriggers(db, report, error))) {
        return false;
    }

    // 2. The chain: numbered without gaps, every seal recomputed.
    if (!q.exec(ChangeLogReader::selectEntries() + QStringLiteral(" ORDER BY seq"))) {
        *error = Sql::error(q);
        return false;
    }
    qint64 expectedSeq = 1;
    QString previousHash;
    QHash<qint64, QString> sealsAt; // kept for the head check below: only the last few matter
    while (q.next()) {
        const ChangeLogEntry e = ChangeLogReader::readEntry(q);
        ++report->rows;
        if (e.seq != expectedSeq) {
            const QString missing = e.seq == expectedSeq + 1 ? QString::number(expectedSeq)
                                                             : QStringLiteral("%1–%2").arg(expectedSeq).arg(e.seq - 1);
            report->problems.append(
                {e.seq, {}, 0, QStringLiteral("log row(s) %1 missing before this one (deleted)").arg(missing)});
        }
        if (e.hash.isEmpty()) {
            report->problems.append({e.seq, e.table, e.key, QStringLiteral("not sealed")});
        } else if (ChangeLogEntry::chainHash(previousHash, e) != e.hash) {
            report->problems.append(
                {e.seq, e.table, e.key,
                 e.seq != expectedSeq
                     ? QStringLiteral("its seal does not follow the row before it (the chain is broken here)")
                     : QStringLiteral("altered after it was written (its seal does not match its content and the"
                                      " row before it)")});
        }
        previousHash = e.hash;
        expectedSeq = e.seq + 1;
        report->lastSeq = e.seq;
        report->lastHash = e.hash;
    }

    // 3. The head kept outside the file, and what administrators accepted in its place.
    if (server) {
        report->notes << QStringLiteral("a server keeps no chain head outside the database: rows removed from the end"
                                        " of the log by the server's administrator would not be noticed");
    } else {
        ChangeLogHead::Check head;
        if (!ChangeLogHead::check(db, &head, error)) {
            return false;
        }
        if (head.standing != ChangeLogHead::Standing::Follows) {
            const bool namesRow = head.standing == ChangeLogHead::Standing::Diverged
                || head.standing == ChangeLogHead::Standing::Behind;
            report->problems.append({namesRow ? head.headSeq : 0, {}, 0, head.problem});
        }
    }
    if (!q.exec(QStringLiteral("SELECT e.kind, e.detail, l.seq, l.at, l.username, l.reason FROM database_events e"
                               " JOIN change_log l ON l.table_name = 'database_events' AND l.row_key = e.id AND"
                               " l.operation = 'insert' ORDER BY l.seq"))) {
        *error = Sql::error(q);
        return false;
    }
    while (q.next()) {
        report->notes << QStringLiteral("row %1: %2 %3 by %4 (%5): %6")
                             .arg(q.value(2).toString(), q.value(0).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(), q.value(1).toString());
    }

    // 4. Replay: every row of a logged table equals its last logged state.
    for (const QString& table : ChangeLogSchema::loggedTables()) {
        QStringList columns;
        if (!server && !ChangeLogSchema::loggedColumns(db, table, &columns, error)) {
            return false;
        }
        const QString lastEntries
            = QStringLiteral("SELECT c.seq, c.row_key, c.operation, c.new_values FROM change_log c JOIN"
                             " (SELECT max(seq) AS seq FROM change_log WHERE table_name = '%1' GROUP BY row_key) m"
                             " ON c.seq = m.seq")
                  .arg(table);
        const QString current = ChangeLogSchema::rowState(db, table, columns, QStringLiteral("t"));
        if (!q.exec(QStringLiteral(
                        "SELECT t.id, l.seq, l.operation, l.new_values, %2 AS current_state FROM %1 t LEFT JOIN (%3) l"
                        " ON l.row_key = t.id WHERE l.seq IS NULL OR l.operation = 'delete'"
                        " OR l.new_values %4 %2 ORDER BY t.id")
                        .arg(table, current, lastEntries,
                             server ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT")))) {
            *error = Sql::error(q);
            return false;
        }
        while (q.next()) {
            const qint64 key = q.value(QStringLiteral("id")).toLongLong();
            const QVariant seq = q.value(QStringLiteral("seq"));
            if (seq.isNull()) {
                report->problems.append(
                    {0, table, key, QStringLiteral("this row is not in the change log (written without logging)")});
            } else if (q.value(QStringLiteral("operation")).toString() == QLatin1String("delete")) {
                report->problems.append(
                    {seq.toLongLong(), table, key, QStringLiteral("the log says this row was deleted, but it exists")});
            } else {
                report->problems.append(
                    {seq.toLongLong(), table, key,
                     QStringLiteral("changed without being logged (%1)")
                         .arg(ChangeLogEntry::differencesBetween(q.value(QStringLiteral("new_values")).toString(),
                                                                 q.value(QStringLiteral("current_state")).toString())
                                  .join(QStringLiteral("; ")))});
            }
        }
        if (!q.exec(QStringLiteral("SELECT l.seq, l.row_key FROM (%2) l WHERE l.operation <> 'delete'"
                                   " AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = l.row_key) ORDER BY l.seq")
                        .arg(table, lastEntries))) {
            *error = Sql::error(q);
            return false;
        }
        while (q.next()) {
            report->problems.append({q.value(QStringLiteral("seq")).toLongLong(), table,
                                     q.value(QStringLiteral("row_key")).toLongLong(),
                                     QStringLiteral("deleted without being logged")});
        }
    }
    std::stable_sort(report->problems.begin(), report->problems.end(),
                     [](const ChangeLogProblem& a, const ChangeLogProblem& b) { return a.seq < b.seq; });
    return true;
}

} // namespace dd
