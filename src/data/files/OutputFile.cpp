// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/files/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dd {

bool OutputFile::checkTarget(const QString& path, Error* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        *error = Error::invalid(tr("no file was named"));
        return false;
    }
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) == 0) {
        QString what;
        if (S_ISLNK(info.st_mode)) {
            what = tr("%1 is a symbolic link; name the file itself").arg(shown);
        } else if (S_ISFIFO(info.st_mode)) {
            what = tr("%1 is a named pipe, not a file").arg(shown);
        } else if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) {
            what = tr("%1 is a device, not a file").arg(shown);
        } else if (S_ISDIR(info.st_mode)) {
            what = tr("%1 is a folder; name a file in it").arg(shown);
        } else if (!S_ISREG(info.st_mode)) {
            what = tr("%1 is not a regular file").arg(shown);
        }
        if (!what.isEmpty()) {
            *error = Error::refused(what);
            return false;
        }
        return true;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        *error = Error::invalid(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
        return false;
    }
    return true;
}

QString OutputFile::writeFailure(const QString& path, int code)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (code) {
    case ENOSPC:
    case EDQUOT:
        return tr("cannot write %1: the disk is full").arg(shown);
    case EFBIG:
        return tr("cannot write %1: the file would be larger than this system allows").arg(shown);
    case EROFS:
        return tr("cannot write %1: the disk or medium is read-only").arg(shown);
    case EACCES:
    case EPERM:
        return tr("cannot write %1: the folder is read-only for you").arg(shown);
    default:
        return tr("cannot write %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(code)));
    }
}

bool OutputFile::write(const QString& path, const QByteArray& bytes, Error* error)
{
    if (!checkTarget(path, error)) {
        return false;
    }
    const QFileInfo info(path);
    QTemporaryFile temporary(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        // QTemporaryFile keeps no errno: the folder is tried the way the write would.
        const int code = ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0 ? EIO : errno;
        *error = Error::storage(writeFailure(path, code));
        return false;
    }
    const int handle = temporary.handle();
    // A file replaced keeps its permissions; a new one is readable by its owner only.
    struct stat existing
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0) {
        ::fchmod(handle, existing.st_mode & 07777);
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(handle, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            *error = Error::storage(writeFailure(path, n < 0 ? errno : ENOSPC));
            return false;
        }
        written += n;
    }
    if (::fsync(handle) != 0) {
        *error = Error::storage(writeFailure(path, errno));
        return false;
    }
    // rename() replaces the name itself: a link put there meanwhile is replaced, not followed.
    if (::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = Error::storage(writeFailure(path, errno));
        return false;
    }
    temporary.setAutoRemove(false);
    // The new name is made durable with its folder.
    const int folder = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

} // namespace dd
