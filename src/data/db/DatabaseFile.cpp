// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/DatabaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStorageInfo>

namespace dd {
namespace DatabaseFile {

namespace {

const char kSqliteHeader[] = "SQLite format 3";

} // namespace

bool looksLikeSqlite(const QString& path, Error* error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::DatabaseFile", "cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArray(kSqliteHeader)) || head.at(15) != '\0') {
        *error = Error::invalid(
            QCoreApplication::translate(
                "dd::DatabaseFile", "%1 is not a DualDegree database (it is not an SQLite file); it was left untouched")
                .arg(path));
        return false;
    }
    return true;
}

bool isNetworkFileSystemType(const QByteArray& type)
{
    static const QList<QByteArray> network {
        "nfs",   "nfs4",   "cifs",      "smb",  "smb2",  "smb3",       "smbfs",          "9p",         "afs", "coda",
        "ncpfs", "lustre", "glusterfs", "ceph", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.rclone"};
    return network.contains(type.toLower());
}

QString networkFileSystem(const QString& path)
{
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType())
        ? QString::fromLatin1(storage.fileSystemType())
        : QString();
}

} // namespace DatabaseFile
} // namespace dd
