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

namespace dd {
namespace DatabaseBackup {

bool backupTo(const Database& db, const QString& target, Error* error)
{
    return db.session().permits(Permissions::Action::BackupRestore, error)
        && Integrity::writeCheckedCopy(db, target, error);
}

QString folder(const QString& path)
{
    return path + QStringLiteral(".backups");
}

bool automatic(const Database& db, const QString& label, int keep, QString* path, Error* error)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        path->clear(); // the server's own backups (pg_dump, archiving) cover it
        return true;
    }
    const QString databasePath = db.path();
    const QString into = folder(databasePath);
    if (!QDir().mkpath(into)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::DatabaseBackup", "cannot create the backup folder %1").arg(into));
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString safeLabel = label;
    safeLabel.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString target = QDir(into).filePath(
        QStringLiteral("%1-%2-%3.db").arg(QFileInfo(databasePath).completeBaseName(), stamp, safeLabel));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(into).filePath(
            QStringLiteral("%1-%2-%3-%4.db").arg(QFileInfo(databasePath).completeBaseName(), stamp, safeLabel).arg(n));
    }
    if (!Integrity::writeCheckedCopy(db, target, error)) {
        return false;
    }
    *path = target;
    const QStringList all = automaticBackups(databasePath);
    for (int i = std::max(keep, 1); i < all.size(); ++i) {
        QFile::remove(all.at(i));
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
    // The restored log is the log now: its last row becomes the chain head.
    Database restored;
    if (!restored.open(target, Database::OpenMode::OpenExisting, error)
        || !ChangeLogHead::write(restored, ChangeLogHead::WriteMode::Replace, error)) {
        *error = error->withMessage(
            QCoreApplication::translate("dd::DatabaseBackup",
                                        "restored, but the change log's chain head could not be written: %1")
                .arg(error->message()));
        return false;
    }
    return true;
}

} // namespace DatabaseBackup
} // namespace dd
