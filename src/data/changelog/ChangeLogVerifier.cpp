// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/changelog/ChangeLogVerifier.h"

#include "data/changelog/ChangeLogReader.h"
#include "data/changelog/LogCheckpoints.h"
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
    watched << QStringLiteral("change_log") << QStringLiteral("log_checkpoints");
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
    watched << QStringLiteral("change_log") << QStringLiteral("log_checkpoints");
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

/** The checkpoints' signatures, their sequence, the rows they signed still present, and the one kept outside. */
void checkSignedCheckpoints(Database& db, const QList<LogCheckpoint>& checkpoints, const ChangeLogTrust& trust,
                            ChangeLogReport* report, Error* error)
{
    LogCheckpoints store(db);
    report->checkpoints = checkpoints.size();
    const LogCheckpoint* before = nullptr;
    for (const LogCheckpoint& c : checkpoints) {
        const Certificate certificate = store.certificate(c.signerFingerprint, error);
        if (error->isSet()) {
            return;
        }
        const QString problem = LogCheckpoints::problemOf(c, certificate, trust.anchors);
        if (!problem.isEmpty()) {
            report->problems.append(
                {c.seq,
                 {},
                 0,
                 QStringLiteral("the signed checkpoint of this row (%1) does not hold: %2").arg(c.madeAt, problem)});
        }
        const qint64 expectedPrevious = before ? before->seq : 0;
        if (c.previousSeq != expectedPrevious) {
            report->problems.append(
                {c.seq,
                 {},
                 0,
                 c.previousSeq > expectedPrevious
                     ? QStringLiteral("the checkpoint of this row follows a signed checkpoint of row %1, which has"
                                      " vanished from the database")
                           .arg(c.previousSeq)
                     : QStringLiteral("the checkpoint of this row does not follow the one before it (row %1)")
                           .arg(expectedPrevious)});
        } else if (c.previousSeal != (before ? before->seal : QStringLiteral("none"))) {
            report->problems.append(
                {c.seq,
                 {},
                 0,
                 QStringLiteral("the checkpoint of this row names a seal of row %1 the checkpoint there did not sign")
                     .arg(c.previousSeq)});
        }
        if (c.seq > report->lastSeq) {
            report->problems.append({c.seq,
                                     {},
                                     0,
                                     QStringLiteral("log rows %1–%2, signed at the checkpoint of row %2 (%3), are"
                                                    " missing: cut from the log")
                                         .arg(report->lastSeq + 1)
                                         .arg(c.seq)
                                         .arg(c.madeAt)});
        }
        before = &c;
    }
    if (before) {
        report->lastCheckpoint = *before;
        report->lastSigner = store.certificate(before->signerFingerprint, error).subject();
    }
    report->unsignedRows = std::max<qint64>(0, report->lastSeq - (before ? before->seq : 0));
    if (!checkpoints.isEmpty() && trust.anchors.isEmpty()) {
        report->notes << QStringLiteral("the checkpoints were checked with the certificates stored in the database;"
                                        " give --trust CA.pem to check them against your authority");
    }
    if (!trust.outside) {
        return;
    }
    const LogCheckpoint& outside = *trust.outside;
    const QString problem = LogCheckpoints::problemOf(outside, trust.outsideCertificate, trust.anchors);
    if (!problem.isEmpty()) {
        report->problems.append(
            {outside.seq,
             {},
             0,
             QStringLiteral("the checkpoint kept outside the database does not hold: %1").arg(problem)});
        return;
    }
    const auto inside = std::find_if(checkpoints.cbegin(), checkpoints.cend(),
                                     [&](const LogCheckpoint& c) { return c.seq == outside.seq; });
    if (inside == checkpoints.cend()) {
        report->problems.append({outside.seq,
                                 {},
                                 0,
                                 QStringLiteral("the signed checkpoint of this row (%1, %2), kept outside the database,"
                                                " has vanished from it")
                                     .arg(outside.madeAt, outside.institution)});
    } else if (inside->signature != outside.signature || inside->seal != outside.seal) {
        report->problems.append({outside.seq,
                                 {},
                                 0,
                                 QStringLiteral("the checkpoint of this row in the database is not the one kept outside"
                                                " it (%1, %2)")
                                     .arg(outside.madeAt, outside.institution)});
    }
    if (outside.seq > report->lastSeq) {
        if (inside != checkpoints.cend()) {
            return; // named above
        }
        report->problems.append({outside.seq,
                                 {},
                                 0,
                                 QStringLiteral("log rows %1–%2, signed at the checkpoint kept outside, are missing:"
                                                " cut from the log")
                                     .arg(report->lastSeq + 1)
                                     .arg(outside.seq)});
    } else if (inside == checkpoints.cend()) {
        QVariant seal;
        if (!Sql::scalar(db.connection(), QStringLiteral("SELECT hash FROM change_log WHERE seq = ?"), {outside.seq},
                         &seal, error)) {
            return;
        }
        if (seal.toString() != outside.seal) {
            report->problems.append({outside.seq,
                                     {},
                                     0,
                                     QStringLiteral("this row, or one before it, differs from what the checkpoint"
                                                    " kept outside signed")});
        }
    }
}

/** The search index (derived from the students) against the students. */
bool checkSearchIndex(Database& db, ChangeLogReport* report, Error* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString expected = studentSearchText(QStringLiteral("s"));
    if (!Sql::run(q,
                  QStringLiteral("SELECT s.id FROM students s LEFT JOIN student_search f ON f.rowid = s.id"
                                 " WHERE f.text IS NOT %1 UNION SELECT f.rowid FROM student_search f"
                                 " WHERE NOT EXISTS (SELECT 1 FROM students s WHERE s.id = f.rowid) ORDER BY 1")
                      .arg(expected),
                  {}, error)) {
        return false;
    }
    while (q.next()) {
        report->problems.append({0, QStringLiteral("students"), q.value(0).toLongLong(),
                                 QStringLiteral("the search index does not match this student: it was written"
                                                " without DualDegree (a search may miss the student or find"
                                                " another)")});
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
    return verify(db, ChangeLogTrust(), report, error);
}

bool ChangeLogVerifier::verify(Database& db, const ChangeLogTrust& trust, ChangeLogReport* report, Error* error)
{
    *report = ChangeLogReport();
    *error = Error();
    QList<LogCheckpoint> checkpoints;
    if (!LogCheckpoints(db).all(&checkpoints, error)) {
        return false;
    }
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
    int covering = 0; // the first checkpoint whose row is not before this one
    QSet<int> differing; // checkpoints a row differing from them was already named for
    while (q.next()) {
        const ChangeLogEntry e = ChangeLogReader::readEntry(q);
        ++report->rows;
        while (covering < checkpoints.size() && checkpoints.at(covering).seq < e.seq) {
            ++covering;
        }
        if (covering < checkpoints.size() && !differing.contains(covering)) {
            // The first row that differs from what a checkpoint signed is named; the ones
            // after it differ too when the chain was sealed again.
            const LogCheckpoint& c = checkpoints.at(covering);
            const QByteArray signedPrefix = c.prefixOf(e.seq);
            if ((!signedPrefix.isEmpty() && LogCheckpoint::sealPrefix(e.hash) != signedPrefix)
                || (e.seq == c.seq && e.hash != c.seal)) {
                differing.insert(covering);
                report->problems.append(
                    {e.seq, e.table, e.key,
                     QStringLiteral("differs from what the checkpoint of row %1 (%2, %3) signed: rewritten after it"
                                    " was signed")
                         .arg(c.seq)
                         .arg(c.madeAt, c.institution)});
            }
        }
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

    // 3. The signed checkpoints, and the one kept outside the database.
    checkSignedCheckpoints(db, checkpoints, trust, report, error);
    if (error->isSet()) {
        return false;
    }

    // 4. The head kept outside the file, and what administrators accepted in its place.
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

    // 5. Replay: every row of a logged table equals its last logged state.
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
    // 6. What is derived is checked, never trusted: the search index against the students.
    if (!server && !checkSearchIndex(db, report, error)) {
        return false;
    }
    std::stable_sort(report->problems.begin(), report->problems.end(),
                     [](const ChangeLogProblem& a, const ChangeLogProblem& b) { return a.seq < b.seq; });
    return true;
}

} // namespace dd
