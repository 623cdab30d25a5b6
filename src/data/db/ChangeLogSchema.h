// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/**
 * The change log as part of the schema: the triggers that write it, and on a
 * PostgreSQL server the PL/pgSQL functions they call.
 *
 * Every insert, update and delete of the logged tables is written to change_log
 * by triggers, with the acting user and the reason the application has set for the
 * connection (the SQL functions dd_actor() and dd_reason() exist only on
 * DualDegree's own connections, so the same statement from another SQL tool is
 * refused). Each log row is sealed at once by a trigger with dd_chain()
 * (ChangeLogEntry::chainHash). Log rows cannot be updated once sealed or deleted
 * while the guard triggers stand. The migrator installs all of it after the
 * migrations that change a logged table; ChangeLogVerifier compares what it finds
 * in a database with what this class makes.
 */
class ChangeLogSchema
{
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeLogSchema)

public:
    /** The advisory lock that makes log rows one chain when several sessions write on a server ("DuLog!"). */
    static constexpr qint64 kLogLock = 0x44754c6f6721;

    /** The tables whose changes are logged. */
    static QStringList loggedTables();

    /**
     * (Re-)creates the log's triggers for the current schema, then records a "baseline"
     * row for every row whose current state the log does not yet hold. Run after the
     * migrations that made the log table or changed a logged table, in their transaction.
     */
    [[nodiscard]] static bool install(Database& db, Error* error);

    /** The statements of a file's triggers the log needs on the current schema (empty on a failure). */
    static QStringList triggerStatements(Database& db, Error* error);

    /** The logged columns of \a table in a file (all but the key and the secrets), in table order. */
    [[nodiscard]] static bool loggedColumns(Database& db, const QString& table, QStringList* columns, Error* error);

    /** The SQL expression of a row's logged state (a JSON object) for the row \a alias of \a table. */
    static QString rowState(Database& db, const QString& table, const QStringList& columns, const QString& alias);

    /** A server function of the log: its name and body, as the server keeps it in pg_proc.prosrc. */
    struct ServerFunction
    {
        QString name;
        QString body;
    };
    static QList<ServerFunction> serverFunctions();

    /** A trigger of the server's log: its name, table, and the tail of its definition as pg_get_triggerdef spells it.
     */
    struct ServerTrigger
    {
        QString name;
        QString table;
        QString definition; ///< from the timing to the end
    };
    static QList<ServerTrigger> serverTriggers();

    /** The name of the trigger a CREATE TRIGGER statement makes. */
    static QString triggerName(const QString& statement);

    /** \a sql with its runs of white space made one space: how stored definitions are compared. */
    static QString normalized(const QString& sql);
};

} // namespace dd
