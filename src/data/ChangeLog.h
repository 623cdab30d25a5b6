// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace dd {

class Database;

/** One row of the change log. */
struct ChangeLogEntry
{
    qint64 seq = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds
    QString username; ///< empty for the database's own set-up steps
    QString reason;
    QString table;
    qint64 key = 0;
    QString operation; ///< insert, update, delete, baseline
    QString oldValues; ///< JSON object, empty for an insert
    QString newValues; ///< JSON object, empty for a delete
    QString hash;

    /** The columns whose value the change altered, "column: old → new" each. */
    QStringList differences() const;
};

/** Something `log verify` found wrong, with the log row or table row it concerns. */
struct ChangeLogProblem
{
    qint64 seq = 0; ///< the log row concerned, 0 when none
    QString table;
    qint64 key = 0; ///< the table row concerned, 0 when none
    QString text;

    QString toString() const;
};

/** What `log verify` found. */
struct ChangeLogReport
{
    qint64 rows = 0;
    qint64 lastSeq = 0;
    QString lastHash;
    QList<ChangeLogProblem> problems;
    QStringList notes; ///< facts that are not faults (no head kept for a copy, …)

    bool intact() const { return problems.isEmpty(); }
};

/**
 * The tamper-evident change log.
 *
 * Every insert, update and delete of the logged tables is written to change_log
 * by triggers, with the acting user and the reason the application has set for the
 * connection (the SQL functions dd_actor() and dd_reason() exist only on
 * DualDegree's own connections, so the same statement from another SQL tool is
 * refused). Each log row is sealed at once by a trigger with
 * dd_chain(): the SHA-256 of the previous row's hash and the row's own fields. Log
 * rows cannot be updated once sealed or deleted while the guard triggers stand.
 *
 * verify() checks that the triggers are intact, that the chain is unbroken and
 * without gaps, that the chain head kept beside the database file
 * (FILE.loghead) is still in the log, and replays the log against the tables:
 * every row must equal its last logged state.
 */
class ChangeLog
{
public:
    /** The tables whose changes are logged. */
    static QStringList loggedTables();

    /** The seal of \a entry following a row sealed with \a previousHash (empty for the first). */
    static QString chainHash(const QString& previousHash, const ChangeLogEntry& entry);

    /**
     * (Re-)creates the log's triggers for the current schema, then records a "baseline"
     * row for every row whose current state the log does not yet hold. Run after the
     * migrations that made the log table or changed a logged table, in their transaction.
     */
    static bool install(Database& db, QString* error);

    /** Checks the whole log as described above. */
    static bool verify(Database& db, ChangeLogReport* report, QString* error);

    /** The log row numbered \a seq; std::nullopt when there is none (\a error set only on failure). */
    static std::optional<ChangeLogEntry> entry(Database& db, qint64 seq, QString* error);
    /** The log rows about the table row \a key of \a table, oldest first. */
    static QList<ChangeLogEntry> entriesFor(Database& db, const QString& table, qint64 key, QString* error);
    /**
     * The log rows about one student: the student row and the results, transfers,
     * exceptions and milestones that belong to them (by student_ref), oldest first.
     */
    static QList<ChangeLogEntry> studentHistory(Database& db, qint64 studentRef, QString* error);
    /** The newest \a limit log rows, newest first. */
    static QList<ChangeLogEntry> latest(Database& db, int limit, QString* error);

    /** Where the chain head of the database at \a databasePath is kept. */
    static QString headPath(const QString& databasePath);
    /**
     * Writes the newest log row's number and seal to the head file, unless the file
     * already records a later row (another program wrote after us); \a force writes
     * it regardless (after a restore).
     */
    static bool writeHead(Database& db, bool force, QString* error);

    /** The statements of the triggers the log needs on the current schema. */
    static QStringList triggerStatements(Database& db, QString* error);
};

} // namespace dd
