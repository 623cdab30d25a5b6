// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Database.h"

#include "data/db/ChangeLogEntry.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/DatabaseFile.h"
#include "data/db/SqlUtil.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

namespace dd {

namespace {

QAtomicInt s_connectionCounter;

// The advisory lock writers queue on in a server database, and how long one waits.
constexpr qint64 kWriterLock = 0x44756144656721; // "DuaDeg!"
constexpr int kWriterWaitSeconds = 60;

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("dualdegree-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_migrator(*this)
{
}

Database::~Database()
{
    close();
}

bool Database::isServerAddress(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

bool Database::connectServer(const QString& address, Error* error)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        *error = Error::invalid(tr("%1 is not a server address (postgresql://user@host:port/dbname)").arg(address));
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = Error::invalid(tr("the password does not belong in the server address: give it in PGPASSWORD, a"
                                   " PGPASSFILE or at the prompt"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Error::storage(tr("the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)"));
        return false;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                            QStringLiteral("service"), QStringLiteral("connect_timeout")};
        if (!allowed.contains(key)) {
            *error = Error::invalid(tr("unknown server option '%1' (%2)").arg(key, allowed.join(QStringLiteral(", "))));
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
        *error = Error::storage(tr("cannot connect to %1: %2").arg(address, db.lastError().text().trimmed()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    return true;
}

bool Database::open(const QString& path, OpenMode mode, Error* error)
{
    close();
    m_migrator.clearPreMigrationBackup();
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
    if (!m_migrator.checkOwnership(&isNew, error)) {
        close();
        return false;
    }
    if (isNew && mode == OpenMode::OpenExisting) {
        *error = Error::invalid(
            tr("%1 is an empty database, not a DualDegree database (create one with 'init')").arg(path));
        close();
        return false;
    }
    if (m_dialect == Dialect::SQLite && !m_readOnly && !applyPragmas(error)) {
        close();
        return false;
    }
    if (m_readOnly && !execute(QStringLiteral("PRAGMA foreign_keys = ON"), error)) {
        close();
        return false;
    }
    const int version = isNew ? 0 : m_migrator.version();
    if (m_readOnly && version < m_migrator.latestVersion()) {
        *error = Error::refused(tr("%1 is read-only here and was made by an older version (schema %2 of %3): copy it"
                                   " to a folder you can write to, and open the copy")
                                    .arg(path)
                                    .arg(version)
                                    .arg(m_migrator.latestVersion()));
        close();
        return false;
    }
    // The head is compared before an upgrade adds its own rows to the log.
    QString headProblem;
    if (m_dialect == Dialect::SQLite && !m_readOnly && !isNew) {
        ChangeLogHead::Check check;
        if (!ChangeLogHead::check(*this, &check, error)) {
            close();
            return false;
        }
        headProblem = check.problem;
        m_headProblem = headProblem; // no chain head is written over it meanwhile
    }
    if (version < m_migrator.latestVersion() && !m_migrator.upgrade(version, error)) {
        close();
        return false;
    }
    setHeadProblem(headProblem);
    return true;
}

bool Database::openFile(const QString& path, OpenMode mode, Error* error)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        *error = Error::invalid(tr("%1 is a folder, not a database file").arg(path));
        return false;
    }
    if (!exists && mode == OpenMode::OpenExisting) {
        *error = Error::notFound(tr("there is no database at %1 (create one with 'init')").arg(path));
        return false;
    }
    if (!DatabaseFile::looksLikeSqlite(path, error)) {
        return false;
    }
    const QString network = DatabaseFile::networkFileSystem(path);
    if (!network.isEmpty()) {
        *error = Error::refused(
            tr("%1 is on a network file system (%2): SQLite cannot lock a database there reliably, and"
               " two offices writing to it would corrupt it. Copy it to a local disk, or use the shared"
               " server.")
                .arg(path, network));
        return false;
    }
    // A file that cannot be written here (a read-only folder, file or medium) opens
    // read-only: everything reads, and a write is refused saying why.
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const bool writable = ::access(folder.constData(), W_OK) == 0
        && (!exists || ::access(QFile::encodeName(path).constData(), W_OK) == 0);
    if (!writable && !exists) {
        *error = Error::refused(tr("cannot create a database in %1: the folder or disk is read-only")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    m_readOnly = !writable;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_readOnly) {
        // Nothing beside the file can be made (no -shm for the write-ahead log): the file is
        // read as it stands. Rows still in a write-ahead log beside it would be missed that way.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            *error = Error::refused(tr("%1 is read-only here and its latest changes are still in %2 beside it: copy"
                                       " both to a folder you can write to, and open the copy")
                                        .arg(QDir::toNativeSeparators(path), wal.fileName()));
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = Error::storage(tr("cannot open %1: %2").arg(path, db.lastError().text()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    return true;
}

QString Database::readOnlyReason() const
{
    return tr("%1 is open read-only (its folder, the file or the disk cannot be written here): nothing was saved")
        .arg(QDir::toNativeSeparators(m_path));
}

QString Database::refusalReason() const
{
    return m_readOnly ? readOnlyReason() : m_headProblem;
}

void Database::updateLogHead()
{
    // A head that the log does not follow stays as it is: it is what shows the rollback.
    if (!m_logAdvanced || m_inTransaction || !isOpen() || m_readOnly || !m_headProblem.isEmpty()) {
        return;
    }
    Error error;
    if (ChangeLogHead::write(*this, ChangeLogHead::WriteMode::KeepLater, &error)) {
        m_logAdvanced = false;
    } else {
        qWarning("%s", qPrintable(error.message()));
    }
}

bool Database::applyPragmas(Error* error)
{
    if (!execute(QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !execute(QStringLiteral("PRAGMA synchronous = FULL"), error)) {
        return false;
    }
    QVariant mode;
    if (!Sql::scalar(connection(), QStringLiteral("PRAGMA journal_mode = WAL"), {}, &mode, error)) {
        return false;
    }
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = Error::storage(
            tr("%1: the database cannot use write-ahead logging (journal mode is %2)").arg(m_path, mode.toString()));
        return false;
    }
    return true;
}

bool Database::execute(const QString& sql, Error* error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        *error = Sql::error(q);
        return false;
    }
    return true;
}

QSqlQuery* Database::cachedQuery(const QString& sql, Error* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    reconnectIfLost(db);
    QSqlQuery* q = m_statements.value(sql, nullptr);
    if (q) {
        return q;
    }
    q = new QSqlQuery(connection());
    if (!q->prepare(sql)) {
        // A write refused by the connection itself (read-only, behind its chain head) says why.
        const Error refused = Sql::error(*q);
        *error = refused.is(Error::Kind::Refused)
            ? Error::refused(writesRefused() ? refusalReason() : refused.message())
            : Error::storage(tr("could not prepare a statement: %1").arg(q->lastError().text()));
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
    m_readOnly = false;
    m_headProblem.clear();
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

bool Database::begin(Transaction::Mode mode, Error* error)
{
    const bool immediate = mode == Transaction::Mode::Immediate;
    if (immediate && writesRefused()) {
        *error = Error::refused(refusalReason());
        return false;
    }
    if (m_inTransaction) {
        *error = Error::storage(tr("cannot start a transaction: one is already open"));
        return false;
    }
    updateLogHead();
    // The outcome is told by the driver's error code, never by its (translated, version-dependent) text.
    QSqlQuery q(connection());
    if (!q.exec(immediate && m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"))) {
        const QString code = q.lastError().nativeErrorCode();
        const bool busy = m_dialect == Dialect::SQLite
            && (code == QLatin1String("5") /* SQLITE_BUSY */ || code == QLatin1String("6") /* SQLITE_LOCKED */);
        // A busy file needs no driver detail: the sentence says all there is to do.
        *error = busy ? Error::busy(tr("another user or program is saving to this database; try again when it has"
                                       " finished"))
                      : Sql::error(q).withContext(tr("cannot start a transaction"));
        return false;
    }
    m_inTransaction = true;
    // On a server, writers that must see everything before them (imports, mark
    // sheets, bulk transfers) queue one behind the other, as BEGIN IMMEDIATE makes
    // them do on a file: a second import validates against the first one's rows.
    if (immediate && m_dialect == Dialect::PostgreSQL) {
        for (const QString& statement : {QStringLiteral("SET LOCAL lock_timeout = '%1s'").arg(kWriterWaitSeconds),
                                         QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock),
                                         QStringLiteral("SET LOCAL lock_timeout = 0")}) {
            if (!q.exec(statement)) {
                // SQLSTATE 55P03, lock_not_available: the wait for the writers' lock ran out.
                const bool waitedTooLong = q.lastError().nativeErrorCode() == QLatin1String("55P03");
                *error = waitedTooLong ? Error::busy(tr("another user has been saving to this database for more than"
                                                        " %1 seconds; try again when they have finished")
                                                         .arg(kWriterWaitSeconds))
                                       : Sql::error(q).withContext(tr("cannot start a transaction"));
                q.finish();
                rollback();
                return false;
            }
        }
    }
    return true;
}

bool Database::commit(Error* error)
{
    Error sqlError;
    for (QSqlQuery* q : std::as_const(m_statements)) {
        q->finish();
    }
    if (!execute(QStringLiteral("COMMIT"), &sqlError)) {
        *error = Error::storage(tr("the changes could not be saved: %1").arg(sqlError.message()));
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
    // SQLite ends a transaction itself on some errors (a full disk): nothing is left to roll back.
    sqlite3* sqlite = m_dialect == Dialect::SQLite && isOpen() ? sqliteHandleOf(connection()) : nullptr;
    if (sqlite != nullptr && sqlite3_get_autocommit(sqlite) != 0) {
        m_inTransaction = false;
        return;
    }
    Error error;
    if (!execute(QStringLiteral("ROLLBACK"), &error)) {
        // A dropped connection or a failed COMMIT has ended the transaction already.
        qDebug("rollback of %s: %s", qPrintable(m_path), qPrintable(error.message()));
    }
    m_inTransaction = false;
    // Settings made inside the transaction went with it.
    applySessionSettings();
}

void Database::setActingUser(const User& user)
{
    m_session.m_user = user;
    applySessionSettings();
}

void Database::setChangeReason(const QString& reason)
{
    m_session.m_reason = reason;
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
    q.addBindValue(m_session.username().isNull() ? QString(QLatin1String("")) : m_session.username());
    q.addBindValue(m_session.reason().isNull() ? QString(QLatin1String("")) : m_session.reason());
    if (!q.exec()) {
        qWarning("cannot set the session of %s: %s", qPrintable(m_path), qPrintable(q.lastError().text()));
    }
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dd
