// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dd {

class Database;

/**
 * Moves a whole DualDegree database between a file and a server (either way,
 * or file to file): every table's rows with their keys, in one transaction on
 * the target, which must be new or empty and at the same schema version.
 * Afterwards both sides are read again and compared table by table: row count
 * and a SHA-256 over the rows that does not depend on their order or on how
 * each dialect spells a number.
 *
 * Each change log stays with its database: the source's log is not copied; the
 * target's own triggers log every copied row as added, with the reason given, so
 * the target's log starts with the move and verifies.
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseCopy)

public:
    struct Table
    {
        QString name;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QByteArray sourceChecksum; ///< hex
        QByteArray targetChecksum; ///< hex
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };

    /** Called after each table is copied with (tables done, tables in all); false cancels. */
    using Progress = std::function<bool(int, int)>;

    /**
     * Copies \a source into \a target and compares them. Returns false with
     * \a error when refused or failed (the target is then unchanged); true with
     * \a tables when copied, even if a comparison differs (see Table::matches).
     */
    [[nodiscard]] static bool copy(Database& source, Database& target, const QString& reason, const Progress& progress,
                                   QList<Table>* tables, Error* error);

    /** The rows of \a table and their checksum (hex SHA-256), in any order. */
    [[nodiscard]] static bool checksum(Database& db, const QString& table, qint64* rows, QByteArray* sum, Error* error);

    /** The tables that move: those of both sides, parents before the tables that refer to them. */
    [[nodiscard]] static bool tablesInOrder(Database& source, Database& target, QStringList* tables, Error* error);
};

} // namespace dd
