// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;

/**
 * The change log's chain head kept beside a database file (FILE.loghead): the
 * newest log row's number and seal, so that rows cut from the end of the log are
 * noticed. The connection writes it after each commit that added log rows.
 */
struct ChangeLogHead
{
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeLogHead)

public:
    qint64 seq = 0;
    QString hash;

    /** Where the chain head of the database at \a databasePath is kept. */
    static QString path(const QString& databasePath);

    /** Reads the head file at \a path; false with the reason when it is missing or not a head. */
    [[nodiscard]] static bool read(const QString& path, ChangeLogHead* head, Error* error);

    /**
     * Writes the newest log row's number and seal to the head file, unless the file
     * already records a later row (another program wrote after us); \a mode Replace
     * writes it regardless (after a restore).
     */
    enum class WriteMode { KeepLater, Replace };
    [[nodiscard]] static bool write(Database& db, WriteMode mode, Error* error);
};

} // namespace dd
