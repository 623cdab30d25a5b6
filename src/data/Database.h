// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Migration.h"
#include "Permissions.h"
#include "User.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * The DualDegree database: one connection to one file.
 *
 * Opening checks that the file is a DualDegree database of a schema version this
 * build understands before anything is written to it; a foreign file or one
 * from a newer version is refused and left untouched. An older database is
 * copied aside (VACUUM INTO) and then upgraded by the ordered migrations in one
 * transaction. Every SQLite-specific statement of the product lives in this class.
 */
class Database
{
public:
    enum class OpenMode {
        OpenExisting, ///< the file must already be a DualDegree database
        CreateIfMissing ///< a missing or empty file becomes a new database
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** The SQL dialect of the open database. */
    enum class Dialect { SQLite, PostgreSQL };

    /**
     * Opens \a path: a database file, or a shared server given as
     * postgresql://user@host:port/dbname[?sslmode=…] (the password comes from libpq:
     * PGPASSWORD, PGPASSFILE or a service file, never from the address; or from
     * setServerPassword()). Returns false with a one-line reason in \a error.
     */
    bool open(const QString& path, OpenMode mode, QString* error);
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
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    /** The schema version of the open database. */
    int schemaVersion() const;
    /** The schema version this build creates and reads. */
    int latestSchemaVersion() const;
    /** The copy taken before the last migration of an existing database, or empty. */
    QString preMigrationBackup() const { return m_preMigrationBackup; }

    /** Replaces the migrations (tests use this to exercise upgrades). */
    void setMigrations(const QList<Migration>& migrations) { m_migrations = migrations; }

    /**
     * Starts a transaction. An immediate one takes the write lock at once, so
     * that what was validated inside it cannot change before it is written.
     */
    bool beginTransaction(QString* error, bool immediate = false);
    bool commit(QString* error);
    void rollback();

    /**
     * Writes a consistent copy of the open database to \a target (which must not exist);
     * an administrator's action.
     */
    bool backupTo(const QString& target, QString* error) const;

    /**
     * A verified copy in the database's backup folder (FILE.backups/ beside it), named
     * by time and \a label, before something that changes many rows (an import); only
     * the newest \a keep automatic copies are kept. \a path receives the copy's name.
     */
    bool automaticBackup(const QString& label, int keep, QString* path, QString* error) const;
    /** The automatic copies of this database, newest first. */
    QStringList automaticBackups() const;
    /** Where the automatic copies of the database at \a path go. */
    static QString backupFolder(const QString& path);

    /**
     * Replaces the database file \a target by the copy \a backup, after checking that the
     * copy is a sound DualDegree database and taking an automatic copy of \a target as it
     * was (\a previous receives its name). \a target must not be open.
     */
    static bool restore(const QString& backup, const QString& target, QString* previous, QString* error);

    /**
     * The kind of network file system \a path lies on ("nfs", "cifs", …), or empty for a
     * local one. SQLite's file locking is not reliable over a network.
     */
    static QString networkFileSystem(const QString& path);
    /** Whether a file-system type name (as QStorageInfo reports it) is a network one. */
    static bool isNetworkFileSystemType(const QByteArray& type);

    /** Runs the integrity and foreign-key checks; \a problems lists what they found. */
    bool check(QStringList* problems, QString* error) const;

    /**
     * A prepared statement for \a sql, kept for reuse on this connection (hot
     * paths of imports run the same statement for every row). Returns nullptr
     * and the driver's reason when \a sql does not prepare.
     */
    QSqlQuery* cachedQuery(const QString& sql, QString* error);

    /**
     * The reason the change log records for the changes made from now on, until it
     * is set again (ChangeReason sets it for one operation). A grade change
     * without a reason is refused by the database.
     */
    void setChangeReason(const QString& reason);
    QString changeReason() const { return m_changeReason; }

    /**
     * Whether the acting user may do \a action (for \a institution when the action is one
     * institution's); otherwise \a error receives the refusal naming user, role and action.
     */
    bool permits(Permissions::Action action, const QString& institution, QString* error) const;
    bool permits(Permissions::Action action, QString* error) const { return permits(action, QString(), error); }
    /** permits() for each institution of \a institutions (a batch of records of several). */
    bool permitsEach(Permissions::Action action, const QStringList& institutions, QString* error) const;

    /** Whether everyone must log in with a password (otherwise the CLI and app act as the administrator). */
    bool loginRequired() const;

    /** The user on whose behalf writes are recorded. */
    void setActingUser(const User& user);
    const User& actingUser() const { return m_actingUser; }
    qint64 actingUserId() const { return m_actingUser.id; }
    QString actingUsername() const { return m_actingUser.username; }

    /** The current time as stored: UTC, ISO 8601 with milliseconds. */
    static QString nowUtc();

    /** True when \a path starts with the SQLite header, or is empty or missing. */
    static bool looksLikeSqlite(const QString& path, QString* error);

private:
    friend struct ConnectionFunctions;
    bool installConnectionFunctions(QString* error);
    void updateLogHead();
    bool openFile(const QString& path, OpenMode mode, QString* error);
    bool connectServer(const QString& address, QString* error);
    bool verifyApplication(bool* isNew, QString* error);
    bool writeCopy(const QString& target, QString* error) const;
    bool applyPragmas(QString* error);
    bool migrate(int fromVersion, QString* error);
    QString expandDialect(const QString& statement) const;
    bool execPlain(const QString& sql, QString* error);

    /** On a server: the session settings the change log's triggers read (client, acting user, reason). */
    void applySessionSettings() const;
    /** A server connection found dropped is made again (not inside a transaction: that ends with its rollback). */
    void reconnectIfLost(QSqlDatabase& db) const;

    mutable QHash<QString, QSqlQuery*> m_statements;
    QString m_serverPassword;
    bool m_inTransaction = false;
    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    QList<Migration> m_migrations;
    QString m_preMigrationBackup;
    User m_actingUser;
    QString m_changeReason;
    bool m_logAdvanced = false; // log rows were written since the chain head was last written
};

/** Sets the change log's reason for the lifetime of the object, then restores the previous one. */
class ChangeReason
{
public:
    ChangeReason(Database& db, const QString& reason)
        : m_db(db)
        , m_previous(db.changeReason())
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
