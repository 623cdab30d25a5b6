// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "data/db/SchemaMigrator.h"
#include "data/db/Session.h"
#include "data/db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

class QSqlDriver;
class QSqlQuery;
struct sqlite3;

namespace dd {

/**
 * The DualDegree database: one connection to one file or server.
 *
 * Opening checks that the file is a DualDegree database of a schema version this
 * build understands before anything is written to it (SchemaMigrator); a foreign
 * file or one from a newer version is refused and left untouched, an older one is
 * upgraded. The connection carries who acts and why (Session) to the change log's
 * triggers, keeps prepared statements, and runs transactions (Transaction). Backups
 * (DatabaseBackup), checks (Integrity) and the log's reading (ChangeLogReader,
 * ChangeLogVerifier) work on an open Database from outside it.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dd::Database)

public:
    enum class OpenMode {
        OpenExisting, ///< the file must already be a DualDegree database
        CreateIfMissing ///< a missing or empty file becomes a new database
    };

    /** The SQL dialect of the open database. */
    enum class Dialect { SQLite, PostgreSQL };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens \a path: a database file, or a shared server given as
     * postgresql://user@host:port/dbname[?sslmode=…] (the password comes from libpq:
     * PGPASSWORD, PGPASSFILE or a service file, never from the address; or from
     * setServerPassword()). Returns false with a one-line reason in \a error.
     */
    [[nodiscard]] bool open(const QString& path, OpenMode mode, Error* error);
    /**
     * The password for the next open() of a server address (typed at a prompt).
     * It stays in memory with the connection, to connect again after a drop, and
     * is never written anywhere.
     */
    void setServerPassword(const QString& password) { m_serverPassword = password; }
    /** Whether \a path names a PostgreSQL server rather than a file. */
    static bool isServerAddress(const QString& path);
    /**
     * Whether \a driver is a server connection that the server or the network
     * has dropped. connection() then connects again before handing it out.
     */
    static bool serverConnectionLost(const QSqlDriver* driver);
    Dialect dialect() const { return m_dialect; }
    /**
     * Whether the file was opened read-only because its folder, the file or the disk
     * cannot be written (a read-only medium): everything reads, nothing writes.
     */
    bool isReadOnly() const { return m_readOnly; }
    /** Why nothing can be saved in a read-only database, for the refusals. */
    QString readOnlyReason() const;
    /**
     * What is wrong with the change log's chain head kept beside the file (ChangeLogHead::check()),
     * found on opening: empty when nothing is. While it is not, every write is refused with
     * it, until an administrator restores a backup or adopts the database as it is
     * (ChangeLogHead::adopt()).
     */
    QString headProblem() const { return m_headProblem; }
    /** Whether every write is refused: read-only, or behind its chain head (refusalReason() says why). */
    bool writesRefused() const { return m_readOnly || !m_headProblem.isEmpty(); }
    /** Why a write is refused (empty when writes are allowed). */
    QString refusalReason() const;
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    /** The schema: its version, the migrations, the copy taken before the last upgrade. */
    SchemaMigrator& migrator() { return m_migrator; }
    const SchemaMigrator& migrator() const { return m_migrator; }

    /**
     * A prepared statement for \a sql, kept for reuse on this connection (hot
     * paths of imports run the same statement for every row). Returns nullptr
     * and the driver's reason when \a sql does not prepare.
     */
    QSqlQuery* cachedQuery(const QString& sql, Error* error);

    /** Runs \a sql, a fixed statement without values (DDL, PRAGMA, BEGIN …). */
    [[nodiscard]] bool execute(const QString& sql, Error* error);

    /** Who acts and why. */
    const Session& session() const { return m_session; }
    /** The user on whose behalf writes are recorded. */
    void setActingUser(const User& user);
    /**
     * The reason the change log records for the changes made from now on, until it
     * is set again (ChangeReason sets it for one operation). A grade change
     * without a reason is refused by the database.
     */
    void setChangeReason(const QString& reason);

    /** The current time as stored: UTC, ISO 8601 with milliseconds. */
    static QString nowUtc();

private:
    friend class Transaction;
    friend struct ConnectionFunctions;
    friend struct ChangeLogHead;
    [[nodiscard]] bool begin(Transaction::Mode mode, Error* error);
    [[nodiscard]] bool commit(Error* error);
    void rollback();

    [[nodiscard]] bool installConnectionFunctions(Error* error);
    void updateLogHead();
    [[nodiscard]] bool openFile(const QString& path, OpenMode mode, Error* error);
    [[nodiscard]] bool connectServer(const QString& address, Error* error);
    [[nodiscard]] bool applyPragmas(Error* error);
    /** The SQLite handle of \a connection (nullptr for another driver). */
    static sqlite3* sqliteHandleOf(const QSqlDatabase& connection);
    /** Sets the head problem; while there is one the connection refuses every write (an SQLite authorizer). */
    void setHeadProblem(const QString& problem);

    /** On a server: the session settings the change log's triggers read (client, acting user, reason). */
    void applySessionSettings() const;
    /** A server connection found dropped is made again (not inside a transaction: that ends with its rollback). */
    void reconnectIfLost(QSqlDatabase& db) const;

    mutable QHash<QString, QSqlQuery*> m_statements;
    QString m_serverPassword;
    bool m_inTransaction = false;
    bool m_readOnly = false;
    QString m_headProblem;
    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    SchemaMigrator m_migrator;
    Session m_session;
    bool m_logAdvanced = false; // log rows were written since the chain head was last written
};

/** Sets the change log's reason for the lifetime of the object, then restores the previous one. */
class ChangeReason
{
public:
    ChangeReason(Database& db, const QString& reason)
        : m_db(db)
        , m_previous(db.session().reason())
    {
        db.setChangeReason(reason);
    }
    ~ChangeReason() { m_db.setChangeReason(m_previous); }
    ChangeReason(const ChangeReason&) = delete;
    ChangeReason& operator=(const ChangeReason&) = delete;

private:
    Database& m_db;
    QString m_previous;
};

} // namespace dd
