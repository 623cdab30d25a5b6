// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/ChangeLogSchema.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dd {

namespace {

// Columns kept out of the log: login bookkeeping.
const QHash<QString, QStringList>& excludedColumns()
{
    static const QHash<QString, QStringList> excluded {
        {QStringLiteral("users"), {QStringLiteral("failed_logins"), QStringLiteral("last_failed_at")}},
    };
    return excluded;
}

// Columns logged as the SHA-256 of their value, named <column>_sha256: a secret whose
// change must show without the log holding it (a password hash), or bytes a JSON text
// cannot hold (evidence files).
struct DigestedColumn
{
    QString column;
    bool bytes = false; ///< a BLOB / BYTEA (else text, digested as UTF-8)
};
const QHash<QString, QList<DigestedColumn>>& digestedColumns()
{
    static const QHash<QString, QList<DigestedColumn>> digested {
        {QStringLiteral("users"), {{QStringLiteral("password_hash"), false}}},
        {QStringLiteral("equivalency_evidence"), {{QStringLiteral("content"), true}}},
    };
    return digested;
}

bool isDigested(const QString& table, const QString& column)
{
    for (const DigestedColumn& d : digestedColumns().value(table)) {
        if (d.column == column) {
            return true;
        }
    }
    return false;
}

const char kGuardMessage[] = "the change log cannot be altered";

constexpr qint64 kLogLock = ChangeLogSchema::kLogLock;

// ---- On a PostgreSQL server: the same log, kept by PL/pgSQL functions. ----
// The bodies are compared with the server's copy after white space is made one space (normalized()).

// The seal: the same text and SHA-256 as ChangeLogEntry::chainHash.
const char kChainHashBody[] = R"sql(
SELECT encode(sha256(convert_to(concat_ws(E'\x1f', coalesce(previous, E'\x1e'),
    seq::text, coalesce(at, E'\x1e'), coalesce(username, E'\x1e'),
    coalesce(reason, E'\x1e'), coalesce(tbl, E'\x1e'), row_key::text,
    coalesce(operation, E'\x1e'), coalesce(old_values, E'\x1e'),
    coalesce(new_values, E'\x1e')), 'UTF8')), 'hex')
)sql";

// One sealed row at the end of the chain (a baseline); writers queue on the log's lock (%1).
const char kLogAppendBody[] = R"sql(
DECLARE last_seq bigint; last_hash text; stamp text; actor text; why text;
BEGIN
    IF coalesce(current_setting('dd.client', true), '') <> 'DualDegree' THEN
        RAISE EXCEPTION 'the table % is changed through DualDegree only', tbl; END IF;
    actor := nullif(current_setting('dd.actor', true), '');
    why := nullif(reason, '');
    PERFORM pg_advisory_xact_lock(%1);
    SELECT seq, hash INTO last_seq, last_hash FROM change_log ORDER BY seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0) + 1;
    stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    INSERT INTO change_log (seq, at, username, reason, table_name, row_key, operation,
        old_values, new_values, hash) VALUES (last_seq, stamp, actor, why, tbl, row_key, operation,
        old_values, new_values, dd_chain_hash(last_hash, last_seq, stamp, actor, why, tbl, row_key,
        operation, old_values, new_values));
    RETURN last_seq;
END
)sql";

// The triggers on every logged table, once a statement (a batch of an import is one): the changed
// rows from the transition tables, sealed one after the other, written at once. Their arguments
// are the columns left out. Writers queue on the log's lock (%1).
const char kLogChangeBody[] = R"sql(
DECLARE last_seq bigint; last_hash text; stamp text; actor text; why text;
    keys bigint[]; befores text[]; afters text[]; seqs bigint[] := '{}'; hashes text[] := '{}';
BEGIN
    IF coalesce(current_setting('dd.client', true), '') <> 'DualDegree' THEN
        RAISE EXCEPTION 'the table % is changed through DualDegree only', TG_TABLE_NAME; END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.id ORDER BY n.id), array_agg(NULL::text ORDER BY n.id),
            array_agg(dd_row_state(to_jsonb(n), TG_ARGV)::text ORDER BY n.id) INTO keys, befores, afters FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(o.id ORDER BY o.id), array_agg(dd_row_state(to_jsonb(o), TG_ARGV)::text ORDER BY o.id),
            array_agg(NULL::text ORDER BY o.id) INTO keys, befores, afters FROM old_rows o;
    ELSE
        SELECT array_agg(n.id ORDER BY n.id), array_agg(dd_row_state(to_jsonb(o), TG_ARGV)::text ORDER BY n.id),
            array_agg(dd_row_state(to_jsonb(n), TG_ARGV)::text ORDER BY n.id) INTO keys, befores, afters
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE dd_row_state(to_jsonb(o), TG_ARGV) IS DISTINCT FROM dd_row_state(to_jsonb(n), TG_ARGV);
    END IF;
    IF keys IS NULL THEN RETURN NULL; END IF;
    actor := nullif(current_setting('dd.actor', true), '');
    why := nullif(current_setting('dd.reason', true), '');
    PERFORM pg_advisory_xact_lock(%1);
    SELECT seq, hash INTO last_seq, last_hash FROM change_log ORDER BY seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    FOR i IN 1 .. cardinality(keys) LOOP
        last_seq := last_seq + 1;
        last_hash := dd_chain_hash(last_hash, last_seq, stamp, actor, why, TG_TABLE_NAME::text, keys[i],
            lower(TG_OP), befores[i], afters[i]);
        seqs := seqs || last_seq; hashes := hashes || last_hash;
    END LOOP;
    INSERT INTO change_log (seq, at, username, reason, table_name, row_key, operation, old_values,
        new_values, hash) SELECT u.seq, stamp, actor, why, TG_TABLE_NAME::text, u.row_key, lower(TG_OP),
        u.before, u.after, u.hash FROM unnest(seqs, keys, befores, afters, hashes)
        AS u(seq, row_key, before, after, hash);
    RETURN NULL;
END
)sql";

// A row's logged state on a server: its JSON without the columns named in \a spec, and for a
// column named '#column' (text) or '%column' (bytes) the SHA-256 of its value as column_sha256.
// Bytes come as the session writes bytea: hex ("\x…"), or escaped (Qt's driver asks for that).
const char kRowStateBody[] = R"sql(
SELECT (r - ARRAY(SELECT ltrim(s, '#%') FROM unnest(spec) s)) || coalesce((SELECT jsonb_object_agg(
    substr(s, 2) || '_sha256', encode(sha256(CASE WHEN left(s, 1) = '#' THEN convert_to(v, 'UTF8')
    WHEN left(v, 2) = '\x' THEN decode(substr(v, 3), 'hex') ELSE decode(v, 'escape') END), 'hex'))
    FROM unnest(spec) s, LATERAL (SELECT r->>substr(s, 2) AS v) c WHERE left(s, 1) IN ('#', '%')), '{}'::jsonb)
)sql";

const char kLogRefuseBody[] = R"sql(BEGIN RAISE EXCEPTION '%1'; END)sql";

const char kRequireReasonBody[] = R"sql(
BEGIN
    IF coalesce(current_setting('dd.reason', true), '') = '' THEN
        RAISE EXCEPTION 'a grade change needs a reason'; END IF;
    RETURN NEW;
END
)sql";

QString body(const char* text)
{
    return QString::fromUtf8(text).trimmed();
}

bool hasDigests(const QString& table)
{
    return !digestedColumns().value(table).isEmpty();
}

/**
 * The logging function for tables without digested columns: the same body with the
 * row's state made by removing the columns alone, which costs a tenth of dd_row_state.
 */
QString withoutDigests(const QString& text)
{
    static const QRegularExpression state(QStringLiteral("dd_row_state\\(to_jsonb\\((\\w+)\\), TG_ARGV\\)"));
    return QString(text).replace(state, QStringLiteral("(to_jsonb(\\1) - TG_ARGV)"));
}

/**
 * The trigger's arguments, dd_row_state's spec: 'id' and the columns kept out of the log,
 * removed from the row's JSON, then the digested columns ('#column' text, '%column' bytes).
 */
QString serverDropped(const QString& table)
{
    QStringList quoted = {QStringLiteral("'id'")};
    for (const QString& c : excludedColumns().value(table)) {
        quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    }
    for (const DigestedColumn& d : digestedColumns().value(table)) {
        quoted << QStringLiteral("'%1%2'").arg(d.bytes ? QLatin1Char('%') : QLatin1Char('#')).arg(d.column);
    }
    return quoted.join(QStringLiteral(", "));
}

/** A row's logged state as the server spells it: its JSON (jsonb, keys in a fixed order), as its trigger makes it. */
QString serverJson(const QString& table, const QString& alias)
{
    return (hasDigests(table) ? QStringLiteral("dd_row_state(to_jsonb(%1), ARRAY[%2]::text[])::text")
                              : QStringLiteral("(to_jsonb(%1) - ARRAY[%2]::text[])::text"))
        .arg(alias, serverDropped(table));
}

QString serverFunctionStatement(const QString& name, const QString& body)
{
    if (name == QLatin1String("dd_chain_hash")) {
        return QStringLiteral("CREATE OR REPLACE FUNCTION dd_chain_hash(previous text, seq bigint, at text, username"
                              " text, reason text, tbl text, row_key bigint, operation text, old_values text,"
                              " new_values text) RETURNS text LANGUAGE sql IMMUTABLE AS $dd$%1$dd$")
            .arg(body);
    }
    if (name == QLatin1String("dd_row_state")) {
        return QStringLiteral("CREATE OR REPLACE FUNCTION dd_row_state(r jsonb, spec text[]) RETURNS jsonb LANGUAGE sql"
                              " IMMUTABLE AS $dd$%1$dd$")
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

bool installOnServer(Database& db, Error* error)
{
    QSqlQuery q(db.connection());
    auto exec = [&](const QString& sql) {
        if (!q.exec(sql)) {
            *error = Error::storage(
                QCoreApplication::translate("dd::ChangeLogSchema", "setting up the change log failed: %1")
                    .arg(q.lastError().text()));
            return false;
        }
        return true;
    };
    for (const ChangeLogSchema::ServerFunction& f : ChangeLogSchema::serverFunctions()) {
        if (!exec(serverFunctionStatement(f.name, f.body))) {
            return false;
        }
    }
    for (const ChangeLogSchema::ServerTrigger& t : ChangeLogSchema::serverTriggers()) {
        if (!exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(t.name, t.table))
            || !exec(QStringLiteral("CREATE TRIGGER %1 %2").arg(t.name, t.definition))) {
            return false;
        }
    }
    // Baseline rows for what the log does not hold yet (a database made before the log).
    for (const QString& table : ChangeLogSchema::loggedTables()) {
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

// ---- In a file: SQLite triggers calling the connection's own functions. ----

QString jsonOf(const QString& table, const QStringList& columns, const QString& alias)
{
    QStringList parts;
    for (const QString& c : columns) {
        parts << (isDigested(table, c) ? QStringLiteral("'%1_sha256', dd_digest(%2.%1)")
                                       : QStringLiteral("'%1', %2.%1"))
                     .arg(c, alias);
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

} // namespace

QStringList ChangeLogSchema::loggedTables()
{
    // Every table whose change can alter an outcome or a document. Not here: meta (the
    // schema's version and the login switch), institutions (codes only; their names come
    // from the logged policies), the search index (derived: ChangeLogVerifier checks it),
    // and the log and its signed checkpoints themselves.
    return {QStringLiteral("users"),
            QStringLiteral("policies"),
            QStringLiteral("programmes"),
            QStringLiteral("terms"),
            QStringLiteral("students"),
            QStringLiteral("courses"),
            QStringLiteral("results"),
            QStringLiteral("grade_changes"),
            QStringLiteral("equivalencies"),
            QStringLiteral("equivalency_sources"),
            QStringLiteral("equivalency_targets"),
            QStringLiteral("equivalency_evidence"),
            QStringLiteral("transfer_credits"),
            QStringLiteral("transfer_credit_sources"),
            QStringLiteral("exceptions"),
            QStringLiteral("milestones"),
            QStringLiteral("transcript_issues"),
            QStringLiteral("disclosures"),
            QStringLiteral("import_runs"),
            QStringLiteral("database_events"),
            QStringLiteral("institution_keys"),
            QStringLiteral("partner_certificates"),
            QStringLiteral("certificates")};
}

QString ChangeLogSchema::normalized(const QString& sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

QString ChangeLogSchema::triggerName(const QString& statement)
{
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    return name.match(statement).captured(1);
}

QList<ChangeLogSchema::ServerFunction> ChangeLogSchema::serverFunctions()
{
    return {
        {QStringLiteral("dd_chain_hash"), body(kChainHashBody)},
        {QStringLiteral("dd_row_state"), body(kRowStateBody)},
        {QStringLiteral("dd_log_append"), body(kLogAppendBody).arg(kLogLock)},
        {QStringLiteral("dd_log_change"), withoutDigests(body(kLogChangeBody).arg(kLogLock))},
        {QStringLiteral("dd_log_change_digested"), body(kLogChangeBody).arg(kLogLock)},
        {QStringLiteral("dd_log_refuse"), body(kLogRefuseBody).arg(QString::fromUtf8(kGuardMessage))},
        {QStringLiteral("dd_require_reason"), body(kRequireReasonBody)},
    };
}

QList<ChangeLogSchema::ServerTrigger> ChangeLogSchema::serverTriggers()
{
    QList<ServerTrigger> out;
    // One trigger an event: a trigger with transition tables serves one event only.
    for (const QString& table : loggedTables()) {
        const QString call
            = QStringLiteral("FOR EACH STATEMENT EXECUTE FUNCTION %1(%2)")
                  .arg(hasDigests(table) ? QStringLiteral("dd_log_change_digested") : QStringLiteral("dd_log_change"),
                       serverDropped(table));
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
    out.append(
        {QStringLiteral("change_log_checkpoints_kept"), QStringLiteral("log_checkpoints"),
         QStringLiteral("BEFORE DELETE OR UPDATE ON log_checkpoints FOR EACH ROW EXECUTE FUNCTION dd_log_refuse()")});
    out.append(
        {QStringLiteral("change_log_checkpoints_kept_whole"), QStringLiteral("log_checkpoints"),
         QStringLiteral("BEFORE TRUNCATE ON log_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION dd_log_refuse()")});
    out.append({QStringLiteral("results_change_needs_reason"), QStringLiteral("results"),
                QStringLiteral("BEFORE UPDATE OF mark ON results FOR EACH ROW WHEN (((old.mark <> ''::text) AND"
                               " (old.mark IS DISTINCT FROM new.mark))) EXECUTE FUNCTION dd_require_reason()")});
    return out;
}

bool ChangeLogSchema::loggedColumns(Database& db, const QString& table, QStringList* columns, Error* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table}, error)) {
        return false;
    }
    const QStringList excluded = excludedColumns().value(table);
    columns->clear();
    while (q.next()) {
        const QString name = q.value(QStringLiteral("name")).toString();
        if (name != QLatin1String("id") && !excluded.contains(name)) {
            columns->append(name);
        }
    }
    if (columns->isEmpty()) {
        *error = Error::storage(tr("the table %1 is missing").arg(table));
        return false;
    }
    return true;
}

QString ChangeLogSchema::rowState(Database& db, const QString& table, const QStringList& columns, const QString& alias)
{
    return db.dialect() == Database::Dialect::PostgreSQL ? serverJson(table, alias) : jsonOf(table, columns, alias);
}

QStringList ChangeLogSchema::triggerStatements(Database& db, Error* error)
{
    const QString guard = QString::fromUtf8(kGuardMessage);
    QStringList out = {
        QStringLiteral("CREATE TRIGGER change_log_seal AFTER INSERT ON change_log BEGIN"
                       " UPDATE change_log SET hash = dd_chain((SELECT hash FROM change_log WHERE seq < new.seq"
                       " ORDER BY seq DESC LIMIT 1), new.seq, new.at, new.username, new.reason, new.table_name,"
                       " new.row_key, new.operation, new.old_values, new.new_values) WHERE seq = new.seq; END"),
        QStringLiteral("CREATE TRIGGER change_log_sealed BEFORE UPDATE ON change_log WHEN old.hash IS NOT NULL BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(guard),
        QStringLiteral("CREATE TRIGGER change_log_kept BEFORE DELETE ON change_log BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(guard),
        QStringLiteral("CREATE TRIGGER change_log_checkpoints_sealed BEFORE UPDATE ON log_checkpoints BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(guard),
        QStringLiteral("CREATE TRIGGER change_log_checkpoints_kept BEFORE DELETE ON log_checkpoints BEGIN"
                       " SELECT RAISE(ABORT, '%1'); END")
            .arg(guard),
        QStringLiteral("CREATE TRIGGER results_change_needs_reason BEFORE UPDATE OF mark ON results"
                       " WHEN old.mark <> '' AND old.mark IS NOT new.mark AND coalesce(dd_reason(), '') = '' BEGIN"
                       " SELECT RAISE(ABORT, 'a grade change needs a reason'); END"),
    };
    for (const QString& table : loggedTables()) {
        QStringList columns;
        if (!loggedColumns(db, table, &columns, error)) {
            return {};
        }
        const QString oldJson = jsonOf(table, columns, QStringLiteral("old"));
        const QString newJson = jsonOf(table, columns, QStringLiteral("new"));
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

bool ChangeLogSchema::install(Database& db, Error* error)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        return installOnServer(db, error);
    }
    QSqlQuery q(db.connection());
    auto exec = [&](const QString& sql) {
        if (!q.exec(sql)) {
            *error = Error::storage(
                QCoreApplication::translate("dd::ChangeLogSchema", "setting up the change log failed: %1")
                    .arg(q.lastError().text()));
            return false;
        }
        return true;
    };
    // Drop every trigger of ours and create the current set.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'change_log_%'"
                               " OR name = 'results_change_needs_reason')"))) {
        *error = Sql::error(q);
        return false;
    }
    QStringList existing;
    while (q.next()) {
        existing << q.value(QStringLiteral("name")).toString();
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
        const QString current = jsonOf(table, columns, QStringLiteral("t"));
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

} // namespace dd
