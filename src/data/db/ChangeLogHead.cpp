// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/ChangeLogHead.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace dd {

QString ChangeLogHead::path(const QString& databasePath)
{
    return databasePath + QStringLiteral(".loghead");
}

bool ChangeLogHead::read(const QString& path, ChangeLogHead* head, Error* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(file.errorString());
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    head->seq = o.value(QStringLiteral("seq")).toInteger();
    head->hash = o.value(QStringLiteral("hash")).toString();
    if (head->seq <= 0 || head->hash.size() != 64) {
        *error = Error::invalid(tr("%1 is not a chain head").arg(path));
        return false;
    }
    return true;
}

bool ChangeLogHead::write(Database& db, WriteMode mode, Error* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"), {}, error)) {
        return false;
    }
    if (!q.next()) {
        return true;
    }
    const qint64 seq = q.value(QStringLiteral("seq")).toLongLong();
    const QString hash = q.value(QStringLiteral("hash")).toString();
    const QString file = path(db.path());
    QLockFile lock(file + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        // Only a lock another process holds is "busy"; a lock that cannot be made is a
        // folder or disk that cannot be written, and says so.
        qint64 pid = 0;
        QString host;
        QString application;
        const bool held = lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application);
        *error = held
            ? Error::busy(tr("the chain head %1 is locked by another program (%2, process %3)")
                              .arg(file, application.isEmpty() ? tr("unknown") : application)
                              .arg(pid))
            : Error::storage(tr("cannot write the chain head %1: its folder cannot be written (read-only, full, or"
                                " the lock's name is taken)")
                                 .arg(file));
        return false;
    }
    ChangeLogHead old;
    Error ignored;
    if (mode == WriteMode::KeepLater && read(file, &old, &ignored) && old.seq >= seq) {
        return true;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = Error::storage(tr("cannot write the chain head %1: %2").arg(file, out.errorString()));
        return false;
    }
    const QJsonObject o {
        {QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}, {QStringLiteral("written"), Database::nowUtc()}};
    out.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        *error = Error::storage(tr("cannot write the chain head %1: %2").arg(file, out.errorString()));
        return false;
    }
    return true;
}

} // namespace dd
