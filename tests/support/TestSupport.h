// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/changelog/ChangeLogVerifier.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace dd {
class Database;
class SigningKey;
} // namespace dd

namespace ddtest {

/** The repository's data/ folder (policies, programmes, demo). */
QString sourceDataDir();
/** A fixture under tests/fixtures/. */
QString fixturePath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
/** \a utf8 converted to \a encoding by the iconv program (a converter we did not write). */
QByteArray iconv(const QByteArray& utf8, const char* encoding);

/** The demo key bound to \a institution in \a db (its published passphrase "demo"). */
dd::SigningKey demoKey(dd::Database& db, const QString& institution);
/** A key of a new DEMO authority for \a institution (a database on a server has no key folder), its file in \a folder.
 */
dd::SigningKey freshDemoKey(const QString& institution, const QString& folder);
/** Signs a checkpoint of \a db's change log with \a institution's demo key. */
void signCheckpoint(dd::Database& db, const QString& institution);

/**
 * A new, empty database on the test server, dropped (with any connections to
 * it) when this goes. The server is the one DD_TEST_BACKEND or
 * DD_TEST_POSTGRESQL names (postgresql://user@host:port); ctest starts a
 * private cluster and sets them.
 */
class ServerDatabase
{
public:
    /** An empty database; or, with \a templateName, a copy of that database (which no one may be connected to). */
    explicit ServerDatabase(const QString& templateName = QString());
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    /** postgresql://user@host:port/NAME */
    QString url() const { return server() + QLatin1Char('/') + m_name; }
    QString name() const { return m_name; }

    /** The server address of the tests; the test fails when there is none. */
    static QString server();
    /** Runs \a sql on this database as the server's administrator, outside DualDegree. */
    void run(const QString& sql) const;
    /** The same on the server's maintenance database (CREATE/DROP DATABASE, pg_terminate_backend). */
    static void admin(const QString& sql);

private:
    QString m_name;
};

/**
 * Whether the data-layer tests run on a server rather than on files:
 * DD_TEST_BACKEND=postgresql://user@host:port names the server (one variable,
 * since ctest properties of discovered tests cannot hold a list).
 */
bool onServer();

/**
 * A new database with the administrator acting and the policies and programmes
 * of data/ loaded (and the demo data when asked): a file in a temporary folder,
 * or a database on the test server when onServer().
 */
class TempDatabase
{
public:
    explicit TempDatabase(bool demo = false);
    ~TempDatabase();

    dd::Database& db() { return *m_db; }
    /** The file, or the server address, to open the database again. */
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /** The folder of the demo's key files (ca.pem, CQUPT.p12, RUTS.p12) of a demo database in a file. */
    QString keysDir() const { return m_keys; }
    /** count(*) of \a table (a fixed name from the test). */
    int count(const QString& table);
    /**
     * A separate copy of the database, at the returned file or address, owned by
     * this object; the previous copy goes. Close db() first.
     */
    QString copy();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<ServerDatabase> m_serverCopy;
    int m_copyCount = 0;
    QString m_path;
    QString m_keys;
    dd::Database* m_db;
};

/**
 * Opens a second connection \a db to the database at \a path, acting as the
 * administrator: "someone else" editing the same file.
 */
void openAsSomeoneElse(dd::Database& db, const QString& path);

/** The first column of the first row \a sql returns on \a db (a fixed query from the test). */
QVariant scalar(dd::Database& db, const QString& sql);

/** What log verify finds in \a db (the check itself must run). */
dd::ChangeLogReport verifiedLog(dd::Database& db);

/** Imports \a csv as \a kind; returns the first error line, or an empty string on success. */
QString importCsv(dd::Database& db, const QString& kind, const QByteArray& csv, bool dryRun = false,
                  const QString& reason = QString());

} // namespace ddtest
