// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "data/db/ChangeLogEntry.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace dd {

class Database;

/**
 * Reads the change log for display: one row, a table row's history, a student's
 * history, the newest rows. Personal details (Permissions::personalColumns) read
 * as Permissions::maskedText() for a user who may not read them; the seals are
 * checked on the rows as stored (ChangeLogVerifier reads with readEntry()).
 */
class ChangeLogReader
{
public:
    /** The log row numbered \a seq; std::nullopt when there is none (\a error set only on failure). */
    static std::optional<ChangeLogEntry> entry(Database& db, qint64 seq, Error* error);
    /** The log rows about the table row \a key of \a table, oldest first. */
    [[nodiscard]] static bool entriesFor(Database& db, const QString& table, qint64 key, QList<ChangeLogEntry>* out,
                                         Error* error);
    /**
     * The log rows about one student: the student row and the results, transfers,
     * exceptions and milestones that belong to them (by student_ref), oldest first.
     */
    [[nodiscard]] static bool studentHistory(Database& db, qint64 studentRef, QList<ChangeLogEntry>* out, Error* error);
    /** The newest \a limit log rows, newest first. */
    [[nodiscard]] static bool latest(Database& db, int limit, QList<ChangeLogEntry>* out, Error* error);

    /** SELECT of every column of change_log, to which a WHERE or ORDER BY is added. */
    static QString selectEntries();
    /** The row \a q stands on, read by column name, as stored (nothing masked). */
    static ChangeLogEntry readEntry(const QSqlQuery& q);
};

} // namespace dd
