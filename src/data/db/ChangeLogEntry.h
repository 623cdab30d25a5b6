// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace dd {

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

    /**
     * The seal of \a entry following a row sealed with \a previousHash (empty for the first):
     * the SHA-256, in lower-case hex, of the UTF-8 of the fields joined by U+001F (previous
     * seal, seq, at, username, reason, table, key, operation, old values, new values), a NULL
     * field written as U+001E. The triggers of a file and of a server compute the same.
     */
    static QString chainHash(const QString& previousHash, const ChangeLogEntry& entry);

    /** "column: old → new" for every column that differs between two logged states (JSON objects). */
    static QStringList differencesBetween(const QString& before, const QString& after);
};

} // namespace dd
