// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database's own SQLite connection: the SQL functions the change log's triggers call,
// and the authorizer that refuses writes while the database is behind its chain head.

#include "data/db/Database.h"

#include "data/db/ChangeLogEntry.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace dd {

namespace {

QString textArgument(sqlite3_value* value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        return QString();
    }
    // Read as UTF-16, as Qt's driver reads every column: the seal is made of the text
    // exactly as the verifier will read it back.
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(value));
    return QString::fromUtf16(text, sqlite3_value_bytes16(value) / 2);
}

void resultText(sqlite3_context* context, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

sqlite3* Database::sqliteHandleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.constData())
        : nullptr;
}

namespace {

// While the database is behind its chain head, nothing in the file may change: every
// statement that would write is refused when it is prepared (SQLITE_AUTH), whatever
// path it came by. Reading, and what a connection keeps to itself (temp), stay allowed.
int refuseWrites(void*, int action, const char* table, const char*, const char* schema, const char*)
{
    switch (action) {
    case SQLITE_UPDATE:
        // A full-text index, when it is opened to be read, declares its table, which SQLite
        // checks as an update of sqlite_master; the schema itself changes only by the
        // statements refused below.
        if (qstrcmp(table, "sqlite_master") == 0) {
            return SQLITE_OK;
        }
        [[fallthrough]];
    case SQLITE_INSERT:
    case SQLITE_DELETE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_ALTER_TABLE:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        return schema != nullptr && qstrcmp(schema, "temp") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

} // namespace

// The SQL functions the change log's triggers call. They exist only on DualDegree's
// own connections: the same statement from another SQL tool fails on them.
struct ConnectionFunctions
{
    static void actor(sqlite3_context* context, int, sqlite3_value**)
    {
        const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
        resultText(context, db->m_session.username());
    }

    static void reason(sqlite3_context* context, int, sqlite3_value**)
    {
        const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
        resultText(context, db->m_session.reason());
    }

    // dd_digest(value): the SHA-256 in lower-case hex of a text's UTF-8 or of a BLOB's bytes, NULL for NULL.
    static void digest(sqlite3_context* context, int, sqlite3_value** argv)
    {
        const int type = sqlite3_value_type(argv[0]);
        if (type == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
        const void* data = type == SQLITE_BLOB ? sqlite3_value_blob(argv[0]) : sqlite3_value_text(argv[0]);
        const QByteArray bytes(static_cast<const char*>(data), sqlite3_value_bytes(argv[0]));
        const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
    }

    // dd_chain(previous_hash, seq, at, username, reason, table, key, operation, old, new)
    static void chain(sqlite3_context* context, int argc, sqlite3_value** argv)
    {
        auto* db = static_cast<Database*>(sqlite3_user_data(context));
        if (argc != 10) {
            sqlite3_result_error(context, "dd_chain takes 10 arguments", -1);
            return;
        }
        ChangeLogEntry e;
        e.seq = sqlite3_value_int64(argv[1]);
        e.at = textArgument(argv[2]);
        e.username = textArgument(argv[3]);
        e.reason = textArgument(argv[4]);
        e.table = textArgument(argv[5]);
        e.key = sqlite3_value_int64(argv[6]);
        e.operation = textArgument(argv[7]);
        e.oldValues = textArgument(argv[8]);
        e.newValues = textArgument(argv[9]);
        resultText(context, ChangeLogEntry::chainHash(textArgument(argv[0]), e));
        db->m_logAdvanced = true;
    }
};

bool Database::installConnectionFunctions(Error* error)
{
    sqlite3* sqlite = sqliteHandleOf(connection());
    if (sqlite == nullptr) {
        *error = Error::storage(tr("%1: the SQLite driver gave no connection handle").arg(m_path));
        return false;
    }
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(sqlite, "dd_actor", 0, flags, this, &ConnectionFunctions::actor, nullptr, nullptr,
                                   nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_reason", 0, flags, this, &ConnectionFunctions::reason, nullptr,
                                      nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_digest", 1, flags | SQLITE_DETERMINISTIC, nullptr,
                                      &ConnectionFunctions::digest, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_chain", 10, flags, this, &ConnectionFunctions::chain, nullptr,
                                      nullptr, nullptr)
            != SQLITE_OK) {
        *error = Error::invalid(tr("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(sqlite))));
        return false;
    }
    return true;
}

void Database::setHeadProblem(const QString& problem)
{
    m_headProblem = problem;
    if (m_dialect != Dialect::SQLite || !isOpen()) {
        return;
    }
    // Statements prepared before were authorised before: they are prepared again.
    qDeleteAll(m_statements);
    m_statements.clear();
    if (sqlite3* sqlite = sqliteHandleOf(connection())) {
        sqlite3_set_authorizer(sqlite, problem.isEmpty() ? nullptr : &refuseWrites, nullptr);
    }
}

} // namespace dd
