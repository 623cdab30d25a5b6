// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * One step of the schema: the statements that take a database from
 * \c version - 1 to \c version. Statements may use the placeholders
 * \c {{pk}} (an auto-numbered integer primary key), \c {{blob}} and
 * \c {{timestamp}}, which the Database expands for its SQL dialect.
 */
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    /** Statements only an SQLite database runs (after \a statements), e.g. its full-text index. */
    QStringList sqliteStatements;
    /** Statements only a PostgreSQL database runs (after \a statements). */
    QStringList postgresStatements;
};

/** Every migration of this version of DualDegree, in order. */
QList<Migration> allMigrations();

/**
 * The triggers that bound typed text in a file database (schema 6), one before
 * insert and one before update of each table in FieldLimits::storedColumns().
 * The change log's check compares the file's triggers with these.
 */
QStringList fieldLimitTriggers();

/** The text the student search index (schema 3) holds for the student row \a alias (an SQL expression). */
QString studentSearchText(const QString& alias);

} // namespace dd
