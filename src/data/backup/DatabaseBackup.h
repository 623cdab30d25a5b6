// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QString>
#include <QStringList>

namespace dd {

class Database;

/**
 * Copies of a database file: the administrator's backup, the automatic copies
 * taken before something that changes many rows (kept in FILE.backups/ beside
 * the file), and putting a copy back in place. A database on a server is backed
 * up by the server's administrator instead.
 */
namespace DatabaseBackup {

/**
 * Writes a consistent copy of the open database to \a target (which must not exist),
 * with its chain head beside it; an administrator's action.
 */
[[nodiscard]] bool backupTo(const Database& db, const QString& target, Error* error);

/**
 * A verified copy in the database's backup folder, named by time and \a label (and a
 * number where another copy took the name in the same millisecond), before something
 * that changes many rows; what killed copies left there is cleared first
 * (clearLeftovers()). \a path receives the copy's name (empty on a server). Nothing
 * is pruned: see prune().
 */
[[nodiscard]] bool take(const Database& db, const QString& label, QString* path, Error* error);

/** Keeps only the newest \a keep (at least one) automatic copies of the database at \a databasePath. */
void prune(const QString& databasePath, int keep);

/** take(), then prune() to \a keep. */
[[nodiscard]] bool automatic(const Database& db, const QString& label, int keep, QString* path, Error* error);

/**
 * Removes from the backup folder what killed or failed copies left: half-written
 * copies of processes that are gone, copies beside a journal (cut short while
 * written) and journals alone, and empty files under a copy's name.
 */
void clearLeftovers(const QString& databasePath);

/** The automatic copies of the database at \a databasePath, newest first. */
QStringList automaticBackups(const QString& databasePath);

/** Where the automatic copies of the database at \a databasePath go. */
QString folder(const QString& databasePath);

/**
 * Replaces the database file \a target by the copy \a backup, after checking that the
 * copy is a sound DualDegree database and taking an automatic copy of \a target as it
 * was (\a previous receives its name). \a target must not be open. The chain head
 * beside \a target is left as it was: the restored file refuses changes until
 * recordRestore() has recorded the restore in its change log.
 */
[[nodiscard]] bool restore(const QString& backup, const QString& target, QString* previous, Error* error);

/**
 * Records in the change log of the \a restored database (opened, its acting user an
 * administrator) that it was put back from \a backup, and makes its last row the chain
 * head (ChangeLogHead::adopt()).
 */
[[nodiscard]] bool recordRestore(Database& restored, const QString& backup, const QString& previous, Error* error);

} // namespace DatabaseBackup
} // namespace dd
