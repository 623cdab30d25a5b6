// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChangeLog.h"

#include "Migration.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace dd {

namespace {

// Columns kept out of the log: secrets and login bookkeeping.
const QHash<QString, QStringList>& excludedColumns()
{
    static const QHash<QString, QStringList> excluded {
        {QStringLiteral("users"),
         {QStringLiteral("password_hash"), QStringLiteral("failed_logins"), QStringLiteral("last_failed_at")}},
    };
    return excluded;
}

const QString kGuardMessage = QStringLiteral("the change log cannot be altered");

QString normalized(const QString& sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

// ---- On a PostgreSQL server: the same log, kept by PL/pgSQL functions. ----

// The advisory lock that makes log rows one chain when several sessions write.
constexpr qint64 kLogLock = 0x44754c6f6721; // "DuLog!"

/** 'id', then the columns kept out of the log: the trigger's arguments, removed from the row's JSON. */
QString serverDropped(const QString& table)
{
    QStringList quoted = {QStringLiteral("'id'")};
    for (const QString& c : excludedColumns().value(table)) {
        quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    }
    return quoted.join(QStringLiteral(", "));
}

/** A row's logged state as the server spells it: its JSON (jsonb, keys in a fixed order) without \a dropped. */
QString serverJson(const QString& table, const QString& alias)
{
    return QStringLiteral("(to_jsonb(%1) - ARRAY[%2]::text[])::text").arg(alias, serverDropped(table));
}

/** The functions the server's log needs, by name: their bodies (verify() compares them). */
const QList<QPair<QString, QString>>& serverFunctions()
{
    static const QList<QPair<QString, QString>> functions = {
        // The seal: the same text and SHA-256 as ChangeLog::chainHash.
        {QStringLiteral("dd_chain_hash"),
         QStringLiteral("SELECT encode(sha256(convert_to(concat_ws(E'\\x1f', coalesce(previous, E'\\x1e'),"
                        " seq::text, coalesce(at, E'\\x1e'), coalesce(username, E'\\x1e'),"
                        " coalesce(reason, E'\\x1e'), coalesce(tbl, E'\\x1e'), row_key::text,"
                        " coalesce(operation, E'\\x1e'), coalesce(old_values, E'\\x1e'),"
                        " coalesce(new_values, E'\\x1e')), 'UTF8')), 'hex')")},
        // One sealed row at the end of the chain; writers queue on the log's lock.
        {QStringLiteral("dd_log_append"),
         QStringLiteral("DECLARE last_seq bigint; last_hash text; stamp text; actor text; why text;"
                        " BEGIN"
                        " IF coalesce(current_setting('dd.client', true), '') <> 'DualDegree' THEN"
                        " RAISE EXCEPTION 'the table % is changed through DualDegree only', tbl; END IF;"
                        " actor := nullif(current_setting('dd.actor', true), '');"
                        " why := nullif(reason, '');"
                        " PERFORM pg_advisory_xact_lock(%1);"
                        " SELECT seq, hash INTO last_seq, last_hash FROM change_log ORDER BY seq DESC LIMIT 1;"
                        " last_seq := coalesce(last_seq, 0) + 1;"
                        " stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
                        " INSERT INTO change_log (seq, at, username, reason, table_name, row_key, operation,"
                        " old_values, new_values, hash) VALUES (last_seq, stamp, actor, why, tbl, row_key, operation,"
                        " old_values, new_values, dd_chain_hash(last_hash, last_seq, stamp, actor, why, tbl, row_key,"
                        " operation, old_values, new_values));"
                        " RETURN last_seq;"
                        " END")
             .arg(kLogLock)},
        // The trigger on every logged table; its arguments are the columns left out.
        // The triggers on every logged table, once a statement (a batch of an import is one):
        // the changed rows from the transition tables, sealed one after the other, written at once.
        // Their arguments are the columns left out.
        {QStringLiteral("dd_log_change"),
         QStringLiteral(
             "DECLARE last_seq bigint; last_hash text; stamp text; actor text; why text;"
             " keys bigint[]; befores text[]; afters text[]; seqs bigint[] := '{}'; hashes text[] := '{}';"
             " BEGIN"
             " IF coalesce(current_setting('dd.client', true), '') <> 'DualDegree' THEN"
             " RAISE EXCEPTION 'the table % is changed through DualDegree only', TG_TABLE_NAME; END IF;"
             " IF TG_OP = 'INSERT' THEN"
             " SELECT array_agg(n.id ORDER BY n.id), array_agg(NULL::text ORDER BY n.id),"
             " array_agg((to_jsonb(n) - TG_ARGV)::text ORDER BY n.id) INTO keys, befores, afters FROM new_rows n;"
             " ELSIF TG_OP = 'DELETE' THEN"
             " SELECT array_agg(o.id ORDER BY o.id), array_agg((to_jsonb(o) - TG_ARGV)::text ORDER BY o.id),"
             " array_agg(NULL::text ORDER BY o.id) INTO keys, befores, afters FROM old_rows o;"
             " ELSE"
             " SELECT array_agg(n.id ORDER BY n.id), array_agg((to_jsonb(o) - TG_ARGV)::text ORDER BY n.id),"
             " array_agg((to_jsonb(n) - TG_ARGV)::text ORDER BY n.id) INTO keys, befores, afters"
             " FROM old_rows o JOIN new_rows n ON n.id = o.id"
             " WHERE (to_jsonb(o) - TG_ARGV) IS DISTINCT FROM (to_jsonb(n) - TG_ARGV);"
             " END IF;"
             " IF keys IS NULL THEN RETURN NULL; END IF;"
             " actor := nullif(current_setting('dd.actor', true), '');"
             " why := nullif(current_setting('dd.reason', true), '');"
             " PERFORM pg_advisory_xact_lock(%1);"
             " SELECT seq, hash INTO last_seq, last_hash FROM change_log ORDER BY seq DESC LIMIT 1;"
             " last_seq := coalesce(last_seq, 0);"
             " stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
             " FOR i IN 1 .. cardinality(keys) LOOP"
             " last_seq := last_seq + 1;"
             " last_hash := dd_chain_hash(last_hash, last_seq, stamp, actor, why, TG_TABLE_NAME::text, keys[i],"
             " lower(TG_OP), befores[i], afters[i]);"
             " seqs := seqs || last_seq; hashes := hashes || last_hash;"
             " END LOOP;"
             " INSERT INTO change_log (seq, at, username, reason, table_name, row_key, operation, old_values,"
             " new_values, hash) SELECT u.seq, stamp, actor, why, TG_TABLE_NAME::text, u.row_key, lower(TG_OP),"
             " u.before, u.after, u.hash FROM unnest(seqs, keys, befores, afters, hashes)"
             " AS u(seq, row_key, before, after, hash);"
             " RETURN NULL;"
             " END")
             .arg(kLogLock)},
        {QStringLiteral("dd_log_refuse"), QStringLiteral("BEGIN RAISE EXCEPTION '%1'; END").arg(kGuardMessage)},
        {QStringLiteral("dd_require_reason"),
         QStringLiteral("BEGIN IF coalesce(current_setting('dd.reason', true), '') = '' THEN"
                        " RAISE EXCEPTION 'a grade change needs a reason'; END IF; RETURN NEW; END")},
    };
    return functions;
}

QString serverFunctionStatement(const QString& name, const QString& body)
{
    if (name == QLatin1String("dd_chain_hash")) {
        return QStringLiteral("CREATE OR REPLACE FUNCTION dd_chain_hash(previous text, seq bigint, at text, username"
                              " text, reason text, tbl text, row_key bigint, operation text, old_values text,"
                              " new_values text) RETURNS text LANGUAGE sql IMMUTABLE AS $dd$%1$dd$")
            .arg(body);
    }
    if (name == QLatin1String("dd_log_append")) {
        return QStringLiteral("CREATE OR REPLACE FUNCTION dd_log_append(tbl text, row_key bigint, operation text,"
                              " old_values text, new_values text, reason text) RETURNS bigint LANGUAGE plpgsql"
                              " AS $dd$%1$dd$")
            .arg(body);
    }
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $dd$%2$dd$")
        .arg(name, body);
}

/** A trigger of the server's log: its name, table, and the tail of its definition as pg_get_triggerdef spells it. */
struct ServerTrigger
{
    QString name;
    QString table;
    QString definition; ///< from the timing to the end
};

QList<ServerTrigger> serverTriggers()
{
    QList<ServerTrigger> out;
    // One trigger an event: a trigger with transition tables serves one event only.
    for (const QString& table : ChangeLog::loggedTables()) {
        const QString call
            = QStringLiteral("FOR EACH STATEMENT EXECUTE FUNCTION dd_log_change(%1)").arg(serverDropped(table));
        out.append({QStringLiteral("change_log_%1_insert").arg(table), table,
                    QStringLiteral("AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows %2").arg(table, call)});
        out.append({QStringLiteral("change_log_%1_update").arg(table), table,
                    QStringLiteral("AFTER UPDATE ON %1 REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows %2")
                        .arg(table, call)});
        out.append({QStringLiteral("change_log_%1_delete").arg(table), table,
                    QStringLiteral("AFTER DELETE ON %1 REFERENCING OLD TABLE AS old_rows %2").arg(table, call)});
    }
    out.append({QStringLiteral("change_log_kept"), QStringLiteral("change_log"),
                QStringLiteral("BEFORE DELETE OR UPDATE ON change_log FOR EACH ROW EXECUTE FUNCTION dd_log_refuse()")});
    out.append({QStringLiteral("change_log_kept_whole"), QStringLiteral("change_log"),
                QStringLiteral("BEFORE TRUNCATE ON change_log FOR EACH STATEMENT EXECUTE FUNCTION dd_log_refuse()")});
    out.append({QStringLiteral("results_change_needs_reason"), QStringLiteral("results"),
                QStringLiteral("BEFORE UPDATE OF mark ON results FOR EACH ROW WHEN (((old.mark <> ''::text) AND"
                               " (old.mark IS DISTINCT FROM new.mark))) EXECUTE FUNCTION dd_require_reason()")});
    return out;
}

bool installOnServer(Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    auto exec = [&](const QString& sql) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("setting up the change log failed: %1").arg(q.lastError().text());
            return false;
        }
        return true;
    };
    for (const auto& [name, body] : serverFunctions()) {
        if (!exec(serverFunctionStatement(name, body))) {
            return false;
        }
    }
    for (const ServerTrigger& t : serverTriggers()) {
        if (!exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(t.name, t.table))
            || !exec(QStringLiteral("CREATE TRIGGER %1 %2").arg(t.name, t.definition))) {
            return false;
        }
    }
    // Baseline rows for what the log does not hold yet (a database made before the log).
    for (const QString& table : ChangeLog::loggedTables()) {
        const QString state = serverJson(table, QStringLiteral("t"));
        if (!exec(QStringLiteral("SELECT count(dd_log_append('%1', b.id, 'baseline', NULL, b.state, 'the change log"
                                 " starts')) FROM (SELECT t.id, %2 AS state FROM %1 t WHERE %2 IS DISTINCT FROM"
                                 " (SELECT c.new_values FROM change_log c WHERE c.table_name = '%1' AND c.row_key ="
                                 " t.id ORDER BY c.seq DESC LIMIT 1) ORDER BY t.id) b")
                      .arg(table, state))) {
            return false;
        }
    }
    return true;
}

/** The server's functions and triggers against the ones this version makes. */
bool checkServerTriggers(Database& db, ChangeLogReport* report, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace"
                               " AND proname LIKE 'dd\\_%'"))) {
        *error = q.lastError().text();
        return false;
    }
    QHash<QString, QString> bodies;
    while (q.next()) {
        bodies.insert(q.value(0).toString(), normalized(q.value(1).toString()));
    }
    for (const auto& [name, body] : serverFunctions()) {
        if (!bodies.contains(name)) {
            report->problems.append({0, {}, 0, QStringLiteral("the function %1 is missing").arg(name)});
        } else if (bodies.value(name) != normalized(body)) {
            report->problems.append({0, {}, 0, QStringLiteral("the function %1 has been altered").arg(name)});
        }
    }
    if (!q.exec(QStringLiteral("SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t"
                               " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                               " AND c.relnamespace = current_schema()::regnamespace"))) {
        *error = q.lastError().text();
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
        present.insert(q.value(0).toString(),
                       {q.value(1).toString(), q.value(2).toString(), normalized(q.value(3).toString())});
    }
    QStringList watched = ChangeLog::loggedTables();
    watched << QStringLiteral("change_log");
    QSet<QString> expectedNames;
    static const QRegularExpression schema(QStringLiteral(" ON \\w+\\."));
    for (const ServerTrigger& t : serverTriggers()) {
        expectedNames.insert(t.name);
        const auto it = present.constFind(t.name);
        if (it == present.cend()) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 is missing").arg(t.name)});
        } else if (QString(it->definition).replace(schema, QStringLiteral(" ON "))
                   != normalized(QStringLiteral("CREATE TRIGGER %1 %2").arg(t.name, t.definition))) {
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

bool loggedColumns(Database& db, const QString& table, QStringList* columns, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table}, error)) {
        return false;
    }
    const QStringList excluded = excludedColumns().value(table);
    columns->clear();
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name != QLatin1String("id") && !excluded.contains(name)) {
            columns->append(name);
        }
    }
    if (columns->isEmpty()) {
        *error = QStringLiteral("the table %1 is missing").arg(table);
        return false;
    }
    return true;
}

QString jsonOf(const QStringList& columns, const QString& alias)
{
    QStringList parts;
    for (const QString& c : columns) {
        parts << QStringLiteral("'%1', %2.%1").arg(c, alias);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString logInsert(const QString& table, const QString& key, const QString& operation, const QString& oldJson,
                  const QString& newJson)
{
    return QStringLiteral("INSERT INTO change_log (at, username, reason, table_name, row_key, operation, old_values,"
                          " new_values) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), dd_actor(), dd_reason(),"
                          " '%1', %2, '%3', %4, %5)")
        .arg(table, key, operation, oldJson, newJson);
}

QString triggerName(const QString& statement)
{
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    return name.match(statement).captured(1);
}

ChangeLogEntry readEntry(const QSqlQuery& q)
{
    ChangeLogEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.username = q.value(2).toString();
    e.reason = q.value(3).toString();
    e.table = q.value(4).toString();
    e.key = q.value(5).toLongLong();
    e.operation = q.value(6).toString();
    e.oldValues = q.value(7).toString();
    e.newValues = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString kSelectEntries = QStringLiteral("SELECT seq, at, username, reason, table_name, row_key, operation,"
                                              " old_values, new_values, hash FROM change_log");

QString shown(const QJsonValue& v)
{
    if (v.isUndefined()) {
        return QStringLiteral("(none)");
    }
    if (v.isNull()) {
        return QStringLiteral("NULL");
    }
    if (v.isString()) {
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact))
        .mid(5)
        .chopped(1);
}

/** "column: old → new" for every column that differs between two JSON objects. */
QStringList jsonDifferences(const QString& before, const QString& after)
{
    const QJsonObject a = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(after.toUtf8()).object();
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!keys.contains(k)) {
            keys << k;
        }
    }
    QStringList out;
    for (const QString& k : std::as_const(keys)) {
        if (a.value(k) != b.value(k)) {
            out << QStringLiteral("%1: %2 → %3").arg(k, shown(a.value(k)), shown(b.value(k)));
        }
    }
    return out;
}

struct Head
{
    qint64 seq = 0;
    QString hash;
};

bool readHead(const QString& path, Head* head, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    head->seq = o.value(QStringLiteral("seq")).toInteger();
    head->hash = o.value(QStringLiteral("hash")).toString();
    if (head->seq <= 0 || head->hash.size() != 64) {
        *error = QStringLiteral("%1 is not a chain head").arg(path);
        return false;
    }
    return true;
}

/** The file's triggers against the ones this version makes. */
bool checkFileTriggers(Database& db, ChangeLogReport* report, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList expected = ChangeLog::triggerStatements(db, error);
    if (expected.isEmpty()) {
        return false;
    }
    expected += fieldLimitTriggers(); // the schema's own bounds on typed text are checked alike
    QHash<QString, QString> present;
    if (!q.exec(QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger'"))) {
        *error = q.lastError().text();
        return false;
    }
    QStringList watched = ChangeLog::loggedTables();
    watched << QStringLiteral("change_log");
    QStringList unknown;
    while (q.next()) {
        present.insert(q.value(0).toString(), normalized(q.value(1).toString()));
        // The student search index's triggers (schema 3) are the product's too.
        if (watched.contains(q.value(2).toString()) && !q.value(0).toString().startsWith(QLatin1String("change_log_"))
            && !q.value(0).toString().startsWith(QLatin1String("students_search_"))
            && !q.value(0).toString().startsWith(QLatin1String("field_limits_"))
            && q.value(0).toString() != QLatin1String("results_change_needs_reason")) {
            unknown << q.value(0).toString();
        }
    }
    for (const QString& statement : expected) {
        const QString name = triggerName(statement);
        if (!present.contains(name)) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 is missing").arg(name)});
        } else if (present.value(name) != normalized(statement)) {
            report->problems.append({0, {}, 0, QStringLiteral("the trigger %1 has been altered").arg(name)});
        }
    }
    for (const QString& name : std::as_const(unknown)) {
        report->problems.append({0, {}, 0, QStringLiteral("a trigger not made by DualDegree: %1").arg(name)});
    }

    return true;
}

} // namespace

QStringList ChangeLogEntry::differences() const
{
    return jsonDifferences(oldValues, newValues);
}

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

QStringList ChangeLog::loggedTables()
{
    return {QStringLiteral("users"),      QStringLiteral("students"),      QStringLiteral("courses"),
            QStringLiteral("results"),    QStringLiteral("equivalencies"), QStringLiteral("transfer_credits"),
            QStringLiteral("exceptions"), QStringLiteral("milestones")};
}

QString ChangeLog::chainHash(const QString& previousHash, const ChangeLogEntry& e)
{
    // Unit separators between fields; a NULL reads as the record separator so
    // that it differs from an empty text.
    const QChar us(0x1f);
    auto field = [](const QString& s) { return s.isNull() ? QString(QChar(0x1e)) : s; };
    const QString text = QStringList {field(previousHash),    QString::number(e.seq), field(e.at),
                                      field(e.username),      field(e.reason),        field(e.table),
                                      QString::number(e.key), field(e.operation),     field(e.oldValues),
                                      field(e.newValues)}
                             .join(us);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QStringList ChangeLog::triggerStatements(Database& db, QString* error)
{
    QStringList out = {
        QStringLiteral("CREATE TRIGGER change_log_seal AFTER INSERT ON change_log BEGIN"
                       " UPDATE change_log SET hash = dd_chain((SELECT hash FROM change_log WHERE seq < new.seq"
                       " ORDER BY seq DESC LIMIT 1), new.seq, new.at, new.username, new.reason, new.table_name,"
                       " new.row_key, new.operation, new.old_values, new.new_values) WHERE seq = new.seq; END"),
        QStringLiteral("CREATE TRIGGER change_log_sealed BEFORE UPDATE ON change_log WHEN old.hash IS NOT NULL BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(kGuardMessage),
        QStringLiteral("CREATE TRIGGER change_log_kept BEFORE DELETE ON change_log BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(kGuardMessage),
        QStringLiteral("CREATE TRIGGER results_change_needs_reason BEFORE UPDATE OF mark ON results"
                       " WHEN old.mark <> '' AND old.mark IS NOT new.mark AND coalesce(dd_reason(), '') = '' BEGIN"
                       " SELECT RAISE(ABORT, 'a grade change needs a reason'); END"),
    };
    for (const QString& table : loggedTables()) {
        QStringList columns;
        if (!loggedColumns(db, table, &columns, error)) {
            return {};
        }
        const QString oldJson = jsonOf(columns, QStringLiteral("old"));
        const QString newJson = jsonOf(columns, QStringLiteral("new"));
        out << QStringLiteral("CREATE TRIGGER change_log_%1_insert AFTER INSERT ON %1 BEGIN %2; END")
                   .arg(table,
                        logInsert(table, QStringLiteral("new.id"), QStringLiteral("insert"), QStringLiteral("NULL"),
                                  newJson));
        out << QStringLiteral("CREATE TRIGGER change_log_%1_update AFTER UPDATE ON %1 WHEN %2 IS NOT %3 BEGIN %4; END")
                   .arg(table, oldJson, newJson,
                        logInsert(table, QStringLiteral("new.id"), QStringLiteral("update"), oldJson, newJson));
        out << QStringLiteral("CREATE TRIGGER change_log_%1_delete AFTER DELETE ON %1 BEGIN %2; END")
                   .arg(table,
                        logInsert(table, QStringLiteral("old.id"), QStringLiteral("delete"), oldJson,
                                  QStringLiteral("NULL")));
    }
    return out;
}

bool ChangeLog::install(Database& db, QString* error)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        return installOnServer(db, error);
    }
    QSqlQuery q(db.connection());
    auto exec = [&](const QString& sql) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("setting up the change log failed: %1").arg(q.lastError().text());
            return false;
        }
        return true;
    };
    // Drop every trigger of ours and create the current set.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'change_log_%'"
                               " OR name = 'results_change_needs_reason')"))) {
        *error = q.lastError().text();
        return false;
    }
    QStringList existing;
    while (q.next()) {
        existing << q.value(0).toString();
    }
    for (const QString& name : std::as_const(existing)) {
        if (!exec(QStringLiteral("DROP TRIGGER %1").arg(name))) {
            return false;
        }
    }
    const QStringList statements = triggerStatements(db, error);
    if (statements.isEmpty()) {
        return false;
    }
    for (const QString& statement : statements) {
        if (!exec(statement)) {
            return false;
        }
    }
    // Rows whose state the log does not hold yet (a database made before the log,
    // or a logged table a migration altered) get a baseline row each.
    for (const QString& table : loggedTables()) {
        QStringList columns;
        if (!loggedColumns(db, table, &columns, error)) {
            return false;
        }
        const QString current = jsonOf(columns, QStringLiteral("t"));
        const QString sql
            = QStringLiteral("INSERT INTO change_log (at, username, reason, table_name, row_key, operation,"
                             " old_values, new_values) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), dd_actor(),"
                             " 'the change log starts', '%1', t.id, 'baseline', NULL, %2 FROM %1 t"
                             " WHERE %2 IS NOT (SELECT c.new_values FROM change_log c WHERE c.table_name = '%1'"
                             " AND c.row_key = t.id ORDER BY c.seq DESC LIMIT 1) ORDER BY t.id")
                  .arg(table, current);
        if (!exec(sql)) {
            return false;
        }
    }
    return true;
}

bool ChangeLog::verify(Database& db, ChangeLogReport* report, QString* error)
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
    if (!q.exec(kSelectEntries + QStringLiteral(" ORDER BY seq"))) {
        *error = q.lastError().text();
        return false;
    }
    qint64 expectedSeq = 1;
    QString previousHash;
    QHash<qint64, QString> sealsAt; // kept for the head check below: only the last few matter
    while (q.next()) {
        const ChangeLogEntry e = readEntry(q);
        ++report->rows;
        if (e.seq != expectedSeq) {
            const QString missing = e.seq == expectedSeq + 1 ? QString::number(expectedSeq)
                                                             : QStringLiteral("%1–%2").arg(expectedSeq).arg(e.seq - 1);
            report->problems.append(
                {e.seq, {}, 0, QStringLiteral("log row(s) %1 missing before this one (deleted)").arg(missing)});
        }
        if (e.hash.isEmpty()) {
            report->problems.append({e.seq, e.table, e.key, QStringLiteral("not sealed")});
        } else if (chainHash(previousHash, e) != e.hash) {
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

    // 3. The head kept outside the file.
    const QString headFile = headPath(db.path());
    if (server) {
        report->notes << QStringLiteral("a server keeps no chain head outside the database: rows removed from the end"
                                        " of the log by the server's administrator would not be noticed");
    } else if (!QFileInfo::exists(headFile)) {
        report->notes << QStringLiteral("no chain head is kept beside this file (%1); the end of the log could not be"
                                        " checked against it")
                             .arg(QFileInfo(headFile).fileName());
    } else {
        Head head;
        QString headError;
        if (!readHead(headFile, &head, &headError)) {
            report->problems.append({0, {}, 0, QStringLiteral("the chain head cannot be read: %1").arg(headError)});
        } else if (head.seq > report->lastSeq) {
            report->problems.append(
                {head.seq,
                 {},
                 0,
                 QStringLiteral("the log ends at row %1, but the chain head kept beside the file records row %2:"
                                " rows at the end were deleted")
                     .arg(report->lastSeq)
                     .arg(head.seq)});
        } else {
            QVariant hash;
            if (!Sql::scalar(db.connection(), QStringLiteral("SELECT hash FROM change_log WHERE seq = ?"), {head.seq},
                             &hash, error)) {
                return false;
            }
            if (hash.toString() != head.hash) {
                report->problems.append(
                    {head.seq,
                     {},
                     0,
                     QStringLiteral("differs from the row the chain head kept beside the file records")});
            }
        }
    }

    // 4. Replay: every row of a logged table equals its last logged state.
    for (const QString& table : loggedTables()) {
        QStringList columns;
        if (!server && !loggedColumns(db, table, &columns, error)) {
            return false;
        }
        const QString lastEntries
            = QStringLiteral("SELECT c.seq, c.row_key, c.operation, c.new_values FROM change_log c JOIN"
                             " (SELECT max(seq) AS seq FROM change_log WHERE table_name = '%1' GROUP BY row_key) m"
                             " ON c.seq = m.seq")
                  .arg(table);
        const QString current = server ? serverJson(table, QStringLiteral("t")) : jsonOf(columns, QStringLiteral("t"));
        if (!q.exec(QStringLiteral("SELECT t.id, l.seq, l.operation, l.new_values, %2 FROM %1 t LEFT JOIN (%3) l"
                                   " ON l.row_key = t.id WHERE l.seq IS NULL OR l.operation = 'delete'"
                                   " OR l.new_values %4 %2 ORDER BY t.id")
                        .arg(table, current, lastEntries,
                             server ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT")))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            const qint64 key = q.value(0).toLongLong();
            if (q.value(1).isNull()) {
                report->problems.append(
                    {0, table, key, QStringLiteral("this row is not in the change log (written without logging)")});
            } else if (q.value(2).toString() == QLatin1String("delete")) {
                report->problems.append({q.value(1).toLongLong(), table, key,
                                         QStringLiteral("the log says this row was deleted, but it exists")});
            } else {
                report->problems.append({q.value(1).toLongLong(), table, key,
                                         QStringLiteral("changed without being logged (%1)")
                                             .arg(jsonDifferences(q.value(3).toString(), q.value(4).toString())
                                                      .join(QStringLiteral("; ")))});
            }
        }
        if (!q.exec(QStringLiteral("SELECT l.seq, l.row_key FROM (%2) l WHERE l.operation <> 'delete'"
                                   " AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.id = l.row_key) ORDER BY l.seq")
                        .arg(table, lastEntries))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            report->problems.append({q.value(0).toLongLong(), table, q.value(1).toLongLong(),
                                     QStringLiteral("deleted without being logged")});
        }
    }
    std::stable_sort(report->problems.begin(), report->problems.end(),
                     [](const ChangeLogProblem& a, const ChangeLogProblem& b) { return a.seq < b.seq; });
    return true;
}

std::optional<ChangeLogEntry> ChangeLog::entry(Database& db, qint64 seq, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, kSelectEntries + QStringLiteral(" WHERE seq = ?"), {seq}, error) || !q.next()) {
        return std::nullopt;
    }
    return readEntry(q);
}

QList<ChangeLogEntry> ChangeLog::entriesFor(Database& db, const QString& table, qint64 key, QString* error)
{
    QList<ChangeLogEntry> out;
    QSqlQuery q(db.connection());
    if (Sql::run(q, kSelectEntries + QStringLiteral(" WHERE table_name = ? AND row_key = ? ORDER BY seq"), {table, key},
                 error)) {
        while (q.next()) {
            out.append(readEntry(q));
        }
    }
    return out;
}

QList<ChangeLogEntry> ChangeLog::studentHistory(Database& db, qint64 studentRef, QString* error)
{
    QList<ChangeLogEntry> out;
    const QString studentRefOf = db.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("(coalesce(new_values, old_values)::jsonb ->> 'student_ref')::bigint")
        : QStringLiteral("json_extract(coalesce(new_values, old_values), '$.student_ref')");
    QSqlQuery q(db.connection());
    if (Sql::run(q,
                 kSelectEntries
                     + QStringLiteral(" WHERE (table_name = 'students' AND row_key = ?) OR (table_name IN ('results',"
                                      " 'transfer_credits', 'exceptions', 'milestones') AND %1 = ?)"
                                      " ORDER BY seq")
                           .arg(studentRefOf),
                 {studentRef, studentRef}, error)) {
        while (q.next()) {
            out.append(readEntry(q));
        }
    }
    return out;
}

QList<ChangeLogEntry> ChangeLog::latest(Database& db, int limit, QString* error)
{
    QList<ChangeLogEntry> out;
    QSqlQuery q(db.connection());
    if (Sql::run(q, kSelectEntries + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), {limit}, error)) {
        while (q.next()) {
            out.append(readEntry(q));
        }
    }
    return out;
}

QString ChangeLog::headPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".loghead");
}

bool ChangeLog::writeHead(Database& db, bool force, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"), {}, error)) {
        return false;
    }
    if (!q.next()) {
        return true;
    }
    const qint64 seq = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const QString path = headPath(db.path());
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        *error = QStringLiteral("the chain head %1 is locked by another program").arg(path);
        return false;
    }
    Head old;
    QString ignored;
    if (!force && readHead(path, &old, &ignored) && old.seq >= seq) {
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the chain head %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject o {
        {QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}, {QStringLiteral("written"), Database::nowUtc()}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write the chain head %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dd
