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
    /** Writes the head of the closed copy at \a copyPath (its last log row) beside it. */
    [[nodiscard]] static bool writeForCopy(const QString& copyPath, Error* error);

    /** How the log of a database file stands against the head kept beside it. */
    enum class Standing {
        Follows, ///< the head's row is in the log as recorded (or there is no log yet)
        Missing, ///< the log has rows but no head is kept beside the file (a bare copy, or a deleted head)
        Unreadable, ///< the file beside it is not a chain head (edited or damaged)
        Behind, ///< the log ends before the head's row: an older copy put back, or rows cut from its end
        Diverged ///< the head's row differs from the log's row of that number
    };
    struct Check
    {
        Standing standing = Standing::Follows;
        qint64 headSeq = 0; ///< the row the file beside it records (when readable)
        qint64 lastSeq = 0; ///< the log's last row
        QString problem; ///< what is wrong, in words, with what an administrator may do (empty when it follows)

        /** What adopting the database in this standing records in its change log. */
        QString adoptionDetail() const;
    };
    /** Compares the log of the open file \a db with its head; false only when that could not be read. */
    [[nodiscard]] static bool check(Database& db, Check* check, Error* error);

    /**
     * Accepts the database as it is now: records in its change log (database_events)
     * what its head said and who accepted it (\a kind "adopted" or "restored", with
     * \a detail), then makes its last row the head. The acting user must be allowed
     * to back up and restore. Writes are allowed again afterwards.
     */
    [[nodiscard]] static bool adopt(Database& db, const QString& kind, const QString& detail, Error* error);

    /**
     * An administrator accepts the database as it is, for \a reason (recorded with it):
     * check(), then adopt() with what the head said (\a detail receives it). Refused when
     * the log follows its head, or the reason is empty or cannot be stored.
     */
    [[nodiscard]] static bool adoptAsItIs(Database& db, const QString& reason, QString* detail, Error* error);

private:
    [[nodiscard]] static bool store(const QString& file, qint64 seq, const QString& hash, WriteMode mode, Error* error);
};

} // namespace dd
