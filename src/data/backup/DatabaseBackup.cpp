// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/backup/DatabaseBackup.h"

#include "data/db/ChangeLogHead.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace dd {
namespace DatabaseBackup {

bool backupTo(const Database& db, const QString& target, Error* error)
{
    if (!db.session().permits(Permissions::Action::BackupRestore, error)
        || !Integrity::writeCheckedCopy(db, target, error)) {
        return false;
    }
    // The copy carries its own chain head, so that it verifies and restores as a whole.
    if (!ChangeLogHead::writeForCopy(target, error)) {
        *error = error->withMessage(QCoreApplication::translate("dd::DatabaseBackup",
                                                                "the backup %1 was not kept: its chain head could not"
                                                                " be written: %2")
                                        .arg(target, error->message()));
        QFile::remove(target);
        QFile::remove(ChangeLogHead::path(target));
        return false;
    }
    return true;
}

QString folder(const QString& path)
{
    return path + QStringLiteral(".backups");
}

namespace {

/** Whether the process \a pid still runs (a copy it writes is not a leftover). */
bool running(qint64 pid)
{
    return pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

void clearLeftovers(const QString& databasePath)
{
    const QDir from(folder(databasePath));
    static const QRegularExpression partial(
        QStringLiteral("^\\..*%1(\\d+)-\\d+(-journal)?$").arg(QRegularExpression::escape(Integrity::partialPrefix())));
    const QStringList copies = automaticBackups(databasePath);
    for (const QFileInfo& f : from.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QString name = f.fileName();
        const QRegularExpressionMatch m = partial.match(name);
        if (m.hasMatch()) {
            // Half a copy of a process that is gone.
            if (!running(m.captured(1).toLongLong())) {
                QFile::remove(f.absoluteFilePath());
            }
            continue;
        }
        if (name.endsWith(QLatin1String("-journal"))) {
            // A copy beside its journal was cut short while written: never a copy. A
            // journal alone is left from one that went.
            const QString main = f.absoluteFilePath().chopped(int(qstrlen("-journal")));
            if (copies.contains(main)) {
                QFile::remove(main);
            }
            QFile::remove(f.absoluteFilePath());
            continue;
        }
        if (copies.contains(f.absoluteFilePath()) && f.size() == 0) {
            QFile::remove(f.absoluteFilePath()); // an empty file left by a failed copy
        }
    }
}

bool take(const Database& db, const QString& label, QString* path, Error* error)
{
    path->clear();
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        return true; // the server's own backups (pg_dump, archiving) cover it
    }
    const QString databasePath = db.path();
    const QString into = folder(databasePath);
    if (!QDir().mkpath(into)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::DatabaseBackup", "cannot create the backup folder %1").arg(into));
        return false;
    }
    clearLeftovers(databasePath);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString safeLabel = label;
    safeLabel.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString base = QFileInfo(databasePath).completeBaseName();
    // Two writers in the same millisecond: the second takes the next free number.
    for (int n = 1; n <= 100; ++n) {
        const QString target
            = QDir(into).filePath(n == 1 ? QStringLiteral("%1-%2-%3.db").arg(base, stamp, safeLabel)
                                         : QStringLiteral("%1-%2-%3-%4.db").arg(base, stamp, safeLabel).arg(n));
        Error copyError;
        if (Integrity::writeCheckedCopy(db, target, &copyError)) {
            *path = target;
            return true;
        }
        if (!copyError.is(Error::Kind::Conflict)) {
            *error = copyError;
            return false;
        }
    }
    *error
        = Error::storage(QCoreApplication::translate("dd::DatabaseBackup", "no free name for a copy in %1").arg(into));
    return false;
}

void prune(const QString& databasePath, int keep)
{
    const QStringList all = automaticBackups(databasePath);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i) {
        QFile::remove(all.at(i));
    }
}

bool automatic(const Database& db, const QString& label, int keep, QString* path, Error* error)
{
    if (!take(db, label, path, error)) {
        return false;
    }
    if (!path->isEmpty()) {
        prune(db.path(), keep);
    }
    return true;
}

QStringList automaticBackups(const QString& databasePath)
{
    const QDir from(folder(databasePath));
    QStringList out;
    // Names carry a sortable UTC time stamp after the database's own name.
    const QFileInfoList files
        = from.entryInfoList({QFileInfo(databasePath).completeBaseName() + QStringLiteral("-*.db")}, QDir::Files,
                             QDir::Name | QDir::Reversed);
    for (const QFileInfo& f : files) {
        out << f.absoluteFilePath();
    }
    return out;
}

bool restore(const QString& backup, const QString& target, QString* previous, Error* error)
{
    previous->clear();
    {
        // The copy must be ours, current enough, and sound.
        Database copy;
        if (!copy.open(backup, Database::OpenMode::OpenExisting, error)) {
            *error = error->withMessage(
                QCoreApplication::translate("dd::DatabaseBackup", "not restoring: %1").arg(error->message()));
            return false;
        }
        QStringList problems;
        if (!Integrity::check(copy, &problems, error) || !problems.isEmpty()) {
            *error = error->withMessage(
                QCoreApplication::translate("dd::DatabaseBackup", "not restoring: %1 fails its checks: %2")
                    .arg(backup, !error->isSet() ? problems.join(QStringLiteral("; ")) : error->message()));
            return false;
        }
    }
    if (QFileInfo::exists(target)) {
        Database current;
        if (!current.open(target, Database::OpenMode::OpenExisting, error)
            || !automatic(current, QStringLiteral("before-restore"), 1000, previous, error)) {
            *error = error->withMessage(
                QCoreApplication::translate("dd::DatabaseBackup",
                                            "not restoring: the copy of the current database failed: %1")
                    .arg(error->message()));
            return false;
        }
    }
    // Into place in one rename; the old write-ahead log goes with the old file.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::DatabaseBackup", "cannot copy %1 beside %2").arg(backup, target));
        return false;
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target);
    if (!QFile::rename(incoming, target)) {
        *error = Error::storage(QCoreApplication::translate("dd::DatabaseBackup",
                                                            "cannot put the restored copy in place as %1 (it is at %2)")
                                    .arg(target, incoming));
        return false;
    }
    // The head beside it stays as it was until the restore is recorded (recordRestore()):
    // until then the restored file refuses changes as any older copy would.
    return true;
}

bool recordRestore(Database& restored, const QString& backup, const QString& previous, Error* error)
{
    const QString detail = previous.isEmpty()
        ? QStringLiteral("put back from %1").arg(backup)
        : QStringLiteral("put back from %1; the database as it was before is kept as %2").arg(backup, previous);
    const ChangeReason reason(restored, QStringLiteral("restore"));
    return ChangeLogHead::adopt(restored, QStringLiteral("restored"), detail, error);
}

} // namespace DatabaseBackup
} // namespace dd
