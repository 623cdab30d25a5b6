// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace dd {

class Database;

/**
 * Small helpers that run bound statements and carry the driver's error text
 * upward. Table and column names passed here come from fixed lists in the
 * repositories, never from user input.
 */
namespace Sql {

/**
 * The driver's error of \a query; when a server connection was lost on the
 * way, says so first, since nothing of the statement was saved.
 */
QString errorText(const QSqlQuery& query);

/**
 * The error of \a query with its kind: the connection lost (SQLSTATE class 08, 57P01-57P03),
 * busy (a deadlock or serialization failure: the server gave way to another session), or storage.
 */
Error error(const QSqlQuery& query);

/**
 * Whether every text among \a values can be stored and read back as it is
 * (FieldRules::storable); an Invalid error naming the character otherwise. Every
 * statement these helpers run checks its bound values with it first.
 */
[[nodiscard]] bool storable(const QVariantList& values, Error* error);

/** Prepares \a sql on \a query, binds \a values in order and executes it. */
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, Error* error);

/**
 * Like run(), on the statement \a db keeps prepared for \a sql. The returned
 * query is shared: read it at once, then call finish() on it.
 */
QSqlQuery* runCached(Database& db, const QString& sql, const QVariantList& values, Error* error);

/** Runs a statement that returns one value (or none: then \a value is invalid). */
bool scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QVariant* value, Error* error);

/** Empty string -> NULL, so that optional unique columns stay unique. */
QVariant nullIfEmpty(const QString& text);

/** Credits in halves -> the stored decimal value. */
QVariant credits(int halves);
/** The stored decimal value -> credits in halves. */
int creditsHalves(const QVariant& value);

using Assignments = QList<QPair<QString, QVariant>>;

/** Adds who created and last updated a row, and when, for an insert by \a userId. */
void stampCreated(Assignments& assignments, qint64 userId);
/** Adds who last updated a row, and when. */
void stampUpdated(Assignments& assignments, qint64 userId);

/**
 * UPDATE \a table SET the \a assignments, row_version = row_version + 1
 * WHERE id = \a id AND row_version = \a rowVersion. Exactly one row must change;
 * otherwise \a error is a Conflict (someone else changed or deleted the row).
 */
bool updateVersioned(const QSqlDatabase& db, const QString& table, qint64 id, int rowVersion,
                     const Assignments& assignments, Error* error);

/** INSERT INTO \a table the \a assignments; \a id receives the new row's key. */
bool insert(const QSqlDatabase& db, const QString& table, const Assignments& assignments, qint64* id, Error* error);

/**
 * INSERT INTO \a table every row of \a rows (all with the same columns, in the
 * same order) in batches (BatchInsert). New keys are not read back.
 */
bool insertAll(Database& db, const QString& table, const QList<Assignments>& rows, Error* error);

/** DELETE FROM \a table WHERE id = \a id AND row_version = \a rowVersion, with the same conflict rule. */
bool removeVersioned(const QSqlDatabase& db, const QString& table, qint64 id, int rowVersion, Error* error);

/**
 * Inserts many rows into one table with multi-row INSERT statements: one round
 * trip per batch instead of one per row, which is what a server connection
 * needs. Rows are sent when a batch is full and by flush(); the caller flushes
 * before it commits. New keys are not reported.
 */
class BatchInsert
{
public:
    BatchInsert(Database& db, QString table, QStringList columns);

    /** Adds one row (values in the order of the columns); may send a full batch. */
    [[nodiscard]] bool add(const QVariantList& row, Error* error);
    /** Sends the rows not sent yet. */
    [[nodiscard]] bool flush(Error* error);
    /** Rows added so far. */
    int rows() const { return m_rows; }

private:
    QString statement(int rows) const;

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    int m_rows = 0;
};

/** A table and the column in it that refers to another table's id. */
struct Reference
{
    QString table;
    QString column;
};

/**
 * How many rows of each of \a references refer to \a id, in the same order;
 * the caller names them. Returns false on a database error.
 */
bool countReferences(const QSqlDatabase& db, const QList<Reference>& references, qint64 id, QList<int>* counts,
                     Error* error);

} // namespace Sql
} // namespace dd
