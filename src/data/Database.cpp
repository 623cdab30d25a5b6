// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Database.h"

#include "ChangeLog.h"
#include "SqlUtil.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>

namespace dd {

namespace {

QAtomicInt s_connectionCounter;

const char kSqliteHeader[] = "SQLite format 3";

// The advisory lock writers queue on in a server database, and how long one waits.
constexpr qint64 kWriterLock = 0x44756144656721; // "DuaDeg!"
constexpr int kWriterWaitSeconds = 60;

QString textArgument(sqlite3_value* value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        return QString();
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return QString::fromUtf8(text, sqlite3_value_bytes(value));
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

// The SQL functions the change log's triggers call. They exist only on DualDegree's
// own connections: the same statement from another SQL tool fails on them.
struct ConnectionFunctions
{
    static void actor(sqlite3_context* context, int, sqlite3_value**)
    {
        const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
        resultText(context, db->m_actingUser.username);
    }

    static void reason(sqlite3_context* context, int, sqlite3_value**)
    {
        const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
        resultText(context, db->m_changeReason);
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
        resultText(context, ChangeLog::chainHash(textArgument(argv[0]), e));
        db->m_logAdvanced = true;
    }
};

Database::Database()
    : m_connectionName(QStringLiteral("dualdegree-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_migrations(allMigrations())
{
}

Database::~Database()
{
    close();
}

bool Database::looksLikeSqlite(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArray(kSqliteHeader)) || head.at(15) != '\0') {
        *error = QStringLiteral("%1 is not a DualDegree database (it is not an SQLite file); it was left untouched")
                     .arg(path);
        return false;
    }
    return true;
}

bool Database::isServerAddress(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

bool Database::connectServer(const QString& address, QString* error)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("%1 is not a server address (postgresql://user@host:port/dbname)").arg(address);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral("the password does not belong in the server address: give it in PGPASSWORD, a"
                                " PGPASSFILE or at the prompt");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                            QStringLiteral("service"), QStringLiteral("connect_timeout")};
        if (!allowed.contains(key)) {
            *error = QStringLiteral("unknown server option '%1' (%2)").arg(key, allowed.join(QStringLiteral(", ")));
            return false;
        }
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    db.setPassword(m_serverPassword);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(address, db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    return true;
}

bool Database::open(const QString& path, OpenMode mode, QString* error)
{
    close();
    m_preMigrationBackup.clear();
    m_dialect = isServerAddress(path) ? Dialect::PostgreSQL : Dialect::SQLite;
    if (!(m_dialect == Dialect::PostgreSQL ? connectServer(path, error) : openFile(path, mode, error))) {
        return false;
    }
    m_path = path;
    if (m_dialect == Dialect::SQLite && !installConnectionFunctions(error)) {
        close();
        return false;
    }
    applySessionSettings();
    bool isNew = false;
    if (!verifyApplication(&isNew, error)) {
        close();
        return false;
    }
    if (isNew && mode == OpenMode::OpenExisting) {
        *error
            = QStringLiteral("%1 is an empty database, not a DualDegree database (create one with 'init')").arg(path);
        close();
        return false;
    }
    if (m_dialect == Dialect::SQLite && !applyPragmas(error)) {
        close();
        return false;
    }
    const int version = isNew ? 0 : schemaVersion();
    if (version < latestSchemaVersion() && !migrate(version, error)) {
        close();
        return false;
    }
    return true;
}

bool Database::openFile(const QString& path, OpenMode mode, QString* error)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        *error = QStringLiteral("%1 is a folder, not a database file").arg(path);
        return false;
    }
    if (!exists && mode == OpenMode::OpenExisting) {
        *error = QStringLiteral("there is no database at %1 (create one with 'init')").arg(path);
        return false;
    }
    if (!looksLikeSqlite(path, error)) {
        return false;
    }
    const QString network = networkFileSystem(path);
    if (!network.isEmpty()) {
        *error
            = QStringLiteral("%1 is on a network file system (%2): SQLite cannot lock a database there reliably, and"
                             " two offices writing to it would corrupt it. Copy it to a local disk, or use the shared"
                             " server.")
                  .arg(path, network);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    return true;
}

bool Database::installConnectionFunctions(QString* error)
{
    const QVariant handle = connection().driver()->handle();
    sqlite3* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.constData())
        : nullptr;
    if (sqlite == nullptr) {
        *error = QStringLiteral("%1: the SQLite driver gave no connection handle").arg(m_path);
        return false;
    }
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(sqlite, "dd_actor", 0, flags, this, &ConnectionFunctions::actor, nullptr, nullptr,
                                   nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_reason", 0, flags, this, &ConnectionFunctions::reason, nullptr,
                                      nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_chain", 10, flags, this, &ConnectionFunctions::chain, nullptr,
                                      nullptr, nullptr)
            != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(sqlite)));
        return false;
    }
    return true;
}

void Database::updateLogHead()
{
    if (!m_logAdvanced || m_inTransaction || !isOpen()) {
        return;
    }
    QString error;
    if (ChangeLog::writeHead(*this, false, &error)) {
        m_logAdvanced = false;
    } else {
        qWarning("%s", qPrintable(error));
    }
}

bool Database::verifyApplication(bool* isNew, QString* error)
{
    // Only reads here: nothing may be written before we know the file is ours.
    const bool server = m_dialect == Dialect::PostgreSQL;
    const QString tableCount = server
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master");
    QVariant tables;
    QString sqlError;
    if (!Sql::scalar(connection(), tableCount, {}, &tables, &sqlError)) {
        *error = QStringLiteral("%1 is not a DualDegree database (%2); it was left untouched").arg(m_path, sqlError);
        return false;
    }
    if (tables.toInt() == 0) {
        *isNew = true;
        return true;
    }
    *isNew = false;
    QVariant hasMeta;
    if (!Sql::scalar(connection(),
                     server
                         ? tableCount + QStringLiteral(" AND table_name = 'meta'")
                         : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"),
                     {}, &hasMeta, error)) {
        return false;
    }
    QVariant application;
    if (hasMeta.toInt() == 1
        && !Sql::scalar(connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'application'"), {},
                        &application, error)) {
        return false;
    }
    if (application.toString() != QLatin1String("DualDegree")) {
        *error = QStringLiteral(
                     "%1 is %2 database of another application, not a DualDegree database; it was left untouched")
                     .arg(m_path, server ? QStringLiteral("a PostgreSQL") : QStringLiteral("an SQLite"));
        return false;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        *error = QStringLiteral("%1 was written by a newer version of DualDegree (schema %2; this version reads up to "
                                "%3); it was left untouched")
                     .arg(m_path)
                     .arg(version)
                     .arg(latestSchemaVersion());
        return false;
    }
    return true;
}

bool Database::applyPragmas(QString* error)
{
    if (!execPlain(QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !execPlain(QStringLiteral("PRAGMA synchronous = FULL"), error)) {
        return false;
    }
    QVariant mode;
    if (!Sql::scalar(connection(), QStringLiteral("PRAGMA journal_mode = WAL"), {}, &mode, error)) {
        return false;
    }
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("%1: the database cannot use write-ahead logging (journal mode is %2)")
                     .arg(m_path, mode.toString());
        return false;
    }
    return true;
}

bool Database::migrate(int fromVersion, QString* error)
{
    const bool server = m_dialect == Dialect::PostgreSQL;
    // A server database is copied by its administrator (pg_dump); the upgrade is one transaction there too.
    if (fromVersion > 0 && !server) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(n);
        }
        QString backupError;
        if (!writeCopy(target, &backupError)) {
            *error
                = QStringLiteral("not upgrading %1: the backup before the upgrade failed: %2").arg(m_path, backupError);
            return false;
        }
        m_preMigrationBackup = target;
    }
    if (!beginTransaction(error)) {
        return false;
    }
    int version = fromVersion;
    for (const Migration& m : m_migrations) {
        if (m.version <= fromVersion) {
            continue;
        }
        if (m.version != version + 1) {
            rollback();
            *error = QStringLiteral("internal error: migration %1 does not follow %2").arg(m.version).arg(version);
            return false;
        }
        for (const QString& statement : m.statements + (server ? m.postgresStatements : m.sqliteStatements)) {
            QString stepError;
            if (!execPlain(expandDialect(statement), &stepError)) {
                rollback();
                *error = QStringLiteral("upgrading %1 to schema %2 (%3) failed, nothing was changed: %4")
                             .arg(m_path)
                             .arg(m.version)
                             .arg(m.description, stepError);
                return false;
            }
        }
        version = m.version;
    }
    // The change log's triggers follow the schema: made when the log table appeared,
    // made again for a logged table's new columns (with a baseline of the rows changed).
    QVariant hasLog;
    if (!Sql::scalar(connection(),
                     server ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema ="
                                             " current_schema() AND table_name = 'change_log'")
                            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name ="
                                             " 'change_log'"),
                     {}, &hasLog, error)) {
        rollback();
        return false;
    }
    if (hasLog.toInt() > 0 && !ChangeLog::install(*this, error)) {
        rollback();
        *error = QStringLiteral("upgrading %1 failed, nothing was changed: %2").arg(m_path, *error);
        return false;
    }
    // user_version is transactional in SQLite: it commits with the schema or not at all;
    // on PostgreSQL the version is a row of meta, in the same transaction.
    const QString stamp = server ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1') ON"
                                                  " CONFLICT (key) DO UPDATE SET value = excluded.value")
                                 : QStringLiteral("PRAGMA user_version = %1");
    if (!execPlain(stamp.arg(version), error)) {
        rollback();
        return false;
    }
    return commit(error);
}

QString Database::expandDialect(const QString& statement) const
{
    QString s = statement;
    if (m_dialect == Dialect::PostgreSQL) {
        s.replace(QLatin1String("{{pk}}"), QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(QLatin1String("{{blob}}"), QLatin1String("BYTEA"));
        s.replace(QLatin1String("{{timestamp}}"), QLatin1String("TEXT"));
        return s;
    }
    s.replace(QLatin1String("{{pk}}"), QLatin1String("INTEGER PRIMARY KEY"));
    s.replace(QLatin1String("{{blob}}"), QLatin1String("BLOB"));
    s.replace(QLatin1String("{{timestamp}}"), QLatin1String("TEXT"));
    return s;
}

bool Database::execPlain(const QString& sql, QString* error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        *error = Sql::errorText(q);
        return false;
    }
    return true;
}

QSqlQuery* Database::cachedQuery(const QString& sql, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    reconnectIfLost(db);
    QSqlQuery* q = m_statements.value(sql, nullptr);
    if (q) {
        return q;
    }
    q = new QSqlQuery(connection());
    if (!q->prepare(sql)) {
        *error = QStringLiteral("could not prepare a statement: %1").arg(q->lastError().text());
        delete q;
        return nullptr;
    }
    m_statements.insert(sql, q);
    return q;
}

void Database::close()
{
    updateLogHead();
    m_logAdvanced = false;
    qDeleteAll(m_statements);
    m_statements.clear();
    m_inTransaction = false;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    reconnectIfLost(db);
    return db;
}

void Database::reconnectIfLost(QSqlDatabase& db) const
{
    if (m_dialect == Dialect::PostgreSQL && !m_inTransaction && db.isValid()
        && (!db.isOpen() || serverConnectionLost(db.driver()))) {
        // The failed statement said so already; what comes next gets a new connection
        // with the same settings (a transaction in progress ends with its rollback first).
        qDeleteAll(m_statements);
        m_statements.clear();
        db.close();
        if (!db.open()) {
            qWarning("cannot connect to %s again: %s", qPrintable(m_path), qPrintable(db.lastError().text()));
        } else {
            applySessionSettings();
        }
    }
}

bool Database::serverConnectionLost(const QSqlDriver* driver)
{
    if (driver == nullptr || driver->dbmsType() != QSqlDriver::PostgreSQL) {
        return false;
    }
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        return false;
    }
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    if (conn == nullptr) {
        return false;
    }
    // Reads what the server sent meanwhile without waiting: a closed socket shows here.
    PQconsumeInput(conn);
    return PQstatus(conn) == CONNECTION_BAD;
}

int Database::schemaVersion() const
{
    QVariant v;
    QString error;
    const QString sql = m_dialect == Dialect::PostgreSQL
        ? QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")
        : QStringLiteral("PRAGMA user_version");
    if (!Sql::scalar(connection(), sql, {}, &v, &error)) {
        return -1;
    }
    return v.toInt();
}

int Database::latestSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool Database::beginTransaction(QString* error, bool immediate)
{
    QString sqlError;
    if (m_inTransaction) {
        *error = QStringLiteral("cannot start a transaction: one is already open");
        return false;
    }
    updateLogHead();
    if (!execPlain(immediate && m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN"),
                   &sqlError)) {
        *error = sqlError.contains(QLatin1String("locked"))
            ? QStringLiteral("another user or program is saving to this database; try again when it has finished"
                             " (%1)")
                  .arg(sqlError)
            : QStringLiteral("cannot start a transaction: %1").arg(sqlError);
        return false;
    }
    m_inTransaction = true;
    // On a server, writers that must see everything before them (imports, mark
    // sheets, bulk transfers) queue one behind the other, as BEGIN IMMEDIATE makes
    // them do on a file: a second import validates against the first one's rows.
    if (immediate && m_dialect == Dialect::PostgreSQL
        && (!execPlain(QStringLiteral("SET LOCAL lock_timeout = '%1s'").arg(kWriterWaitSeconds), &sqlError)
            || !execPlain(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock), &sqlError)
            || !execPlain(QStringLiteral("SET LOCAL lock_timeout = 0"), &sqlError))) {
        rollback();
        *error = sqlError.contains(QLatin1String("lock timeout"))
            ? QStringLiteral("another user has been saving to this database for more than %1 seconds; try again"
                             " when they have finished")
                  .arg(kWriterWaitSeconds)
            : QStringLiteral("cannot start a transaction: %1").arg(sqlError);
        return false;
    }
    return true;
}

bool Database::commit(QString* error)
{
    QString sqlError;
    for (QSqlQuery* q : std::as_const(m_statements)) {
        q->finish();
    }
    if (!execPlain(QStringLiteral("COMMIT"), &sqlError)) {
        *error = QStringLiteral("the changes could not be saved: %1").arg(sqlError);
        rollback();
        return false;
    }
    m_inTransaction = false;
    updateLogHead();
    return true;
}

void Database::rollback()
{
    for (QSqlQuery* q : std::as_const(m_statements)) {
        q->finish();
    }
    QString ignored;
    execPlain(QStringLiteral("ROLLBACK"), &ignored);
    m_inTransaction = false;
    // Settings made inside the transaction went with it.
    applySessionSettings();
}

bool Database::backupTo(const QString& target, QString* error) const
{
    return permits(Permissions::Action::BackupRestore, error) && writeCopy(target, error);
}

bool Database::writeCopy(const QString& target, QString* error) const
{
    if (m_dialect == Dialect::PostgreSQL) {
        *error = QStringLiteral("a database on a server is copied by the server's administrator (pg_dump), not to %1")
                     .arg(target);
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = QStringLiteral("%1 exists already; choose another file name").arg(target);
        return false;
    }
    QSqlQuery q(connection());
    if (!Sql::run(q, QStringLiteral("VACUUM INTO ?"), {target}, error)) {
        *error = QStringLiteral("backup to %1 failed: %2").arg(target, *error);
        return false;
    }
    // Prove the copy readable before calling it a backup.
    Database copy;
    copy.m_migrations = m_migrations;
    QString copyError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), copy.m_connectionName);
        db.setDatabaseName(target);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = QStringLiteral("the backup %1 cannot be opened: %2").arg(target, db.lastError().text());
            return false;
        }
    }
    QStringList problems;
    if (!copy.check(&problems, &copyError) || !problems.isEmpty()) {
        *error = QStringLiteral("the backup %1 failed its integrity check: %2")
                     .arg(target, copyError.isEmpty() ? problems.join(QStringLiteral("; ")) : copyError);
        return false;
    }
    return true;
}

QString Database::backupFolder(const QString& path)
{
    return path + QStringLiteral(".backups");
}

bool Database::automaticBackup(const QString& label, int keep, QString* path, QString* error) const
{
    if (m_dialect == Dialect::PostgreSQL) {
        path->clear(); // the server's own backups (pg_dump, archiving) cover it
        return true;
    }
    const QString folder = backupFolder(m_path);
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the backup folder %1").arg(folder);
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString safeLabel = label;
    safeLabel.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.db").arg(QFileInfo(m_path).completeBaseName(), stamp, safeLabel));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3-%4.db").arg(QFileInfo(m_path).completeBaseName(), stamp, safeLabel).arg(n));
    }
    if (!writeCopy(target, error)) {
        return false;
    }
    *path = target;
    const QStringList all = automaticBackups();
    for (int i = std::max(keep, 1); i < all.size(); ++i) {
        QFile::remove(all.at(i));
    }
    return true;
}

QStringList Database::automaticBackups() const
{
    const QDir folder(backupFolder(m_path));
    QStringList out;
    // Names carry a sortable UTC time stamp after the database's own name.
    const QFileInfoList files = folder.entryInfoList({QFileInfo(m_path).completeBaseName() + QStringLiteral("-*.db")},
                                                     QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& f : files) {
        out << f.absoluteFilePath();
    }
    return out;
}

bool Database::restore(const QString& backup, const QString& target, QString* previous, QString* error)
{
    previous->clear();
    {
        // The copy must be ours, current enough, and sound.
        Database copy;
        if (!copy.open(backup, OpenMode::OpenExisting, error)) {
            *error = QStringLiteral("not restoring: %1").arg(*error);
            return false;
        }
        QStringList problems;
        if (!copy.check(&problems, error) || !problems.isEmpty()) {
            *error = QStringLiteral("not restoring: %1 fails its checks: %2")
                         .arg(backup, error->isEmpty() ? problems.join(QStringLiteral("; ")) : *error);
            return false;
        }
    }
    if (QFileInfo::exists(target)) {
        Database current;
        if (!current.open(target, OpenMode::OpenExisting, error)
            || !current.automaticBackup(QStringLiteral("before-restore"), 1000, previous, error)) {
            *error = QStringLiteral("not restoring: the copy of the current database failed: %1").arg(*error);
            return false;
        }
    }
    // Into place in one rename; the old write-ahead log goes with the old file.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        *error = QStringLiteral("cannot copy %1 beside %2").arg(backup, target);
        return false;
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target);
    if (!QFile::rename(incoming, target)) {
        *error = QStringLiteral("cannot put the restored copy in place as %1 (it is at %2)").arg(target, incoming);
        return false;
    }
    // The restored log is the log now: its last row becomes the chain head.
    Database restored;
    if (!restored.open(target, OpenMode::OpenExisting, error) || !ChangeLog::writeHead(restored, true, error)) {
        *error = QStringLiteral("restored, but the change log's chain head could not be written: %1").arg(*error);
        return false;
    }
    return true;
}

bool Database::isNetworkFileSystemType(const QByteArray& type)
{
    static const QList<QByteArray> network {
        "nfs",   "nfs4",   "cifs",      "smb",  "smb2",  "smb3",       "smbfs",          "9p",         "afs", "coda",
        "ncpfs", "lustre", "glusterfs", "ceph", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.rclone"};
    return network.contains(type.toLower());
}

QString Database::networkFileSystem(const QString& path)
{
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType())
        ? QString::fromLatin1(storage.fileSystemType())
        : QString();
}

bool Database::check(QStringList* problems, QString* error) const
{
    problems->clear();
    if (m_dialect == Dialect::PostgreSQL) {
        // The server keeps its own pages sound and enforces every foreign key on write.
        QVariant one;
        return Sql::scalar(connection(), QStringLiteral("SELECT 1"), {}, &one, error);
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("PRAGMA integrity_check"), {}, error)) {
        return false;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems->append(QStringLiteral("integrity: %1").arg(line));
        }
    }
    QSqlQuery fk(connection());
    fk.setForwardOnly(true);
    if (!Sql::run(fk, QStringLiteral("PRAGMA foreign_key_check"), {}, error)) {
        return false;
    }
    while (fk.next()) {
        problems->append(QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                             .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString()));
    }
    return true;
}

bool Database::permitsEach(Permissions::Action action, const QStringList& institutions, QString* error) const
{
    return std::all_of(institutions.cbegin(), institutions.cend(),
                       [&](const QString& institution) { return permits(action, institution, error); });
}

bool Database::permits(Permissions::Action action, const QString& institution, QString* error) const
{
    if (Permissions::allows(m_actingUser, action, institution)) {
        return true;
    }
    *error = Permissions::refusal(m_actingUser, action, institution);
    return false;
}

bool Database::loginRequired() const
{
    QVariant value;
    QString error;
    Sql::scalar(connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'login_required'"), {}, &value,
                &error);
    return value.toString() == QLatin1String("1");
}

void Database::setActingUser(const User& user)
{
    m_actingUser = user;
    applySessionSettings();
}

void Database::setChangeReason(const QString& reason)
{
    m_changeReason = reason;
    applySessionSettings();
}

void Database::applySessionSettings() const
{
    // A server's log triggers read who acts and why from the session (SQL functions
    // of the connection play that part in a file).
    if (m_dialect != Dialect::PostgreSQL || !isOpen()) {
        return;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT set_config('dd.client', 'DualDegree', false), set_config('dd.actor', ?, false),"
                       " set_config('dd.reason', ?, false), set_config('client_min_messages', 'warning', false)"));
    q.addBindValue(m_actingUser.username.isNull() ? QString(QLatin1String("")) : m_actingUser.username);
    q.addBindValue(m_changeReason.isNull() ? QString(QLatin1String("")) : m_changeReason);
    if (!q.exec()) {
        qWarning("cannot set the session of %s: %s", qPrintable(m_path), qPrintable(q.lastError().text()));
    }
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dd
