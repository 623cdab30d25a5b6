// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Integrity.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dd {
namespace Integrity {

namespace {

QAtomicInt s_copyCounter;

bool checkFile(const QSqlDatabase& connection, QStringList* problems, Error* error)
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("PRAGMA integrity_check"), {}, error)) {
        return false;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems->append(QStringLiteral("integrity: %1").arg(line));
        }
    }
    QSqlQuery fk(connection);
    fk.setForwardOnly(true);
    if (!Sql::run(fk, QStringLiteral("PRAGMA foreign_key_check"), {}, error)) {
        return false;
    }
    while (fk.next()) {
        problems->append(QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                             .arg(fk.value(QStringLiteral("rowid")).toString(),
                                  fk.value(QStringLiteral("table")).toString(),
                                  fk.value(QStringLiteral("parent")).toString()));
    }
    return true;
}

} // namespace

bool check(const Database& db, QStringList* problems, Error* error)
{
    problems->clear();
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        // The server keeps its own pages sound and enforces every foreign key on write.
        QVariant one;
        return Sql::scalar(db.connection(), QStringLiteral("SELECT 1"), {}, &one, error);
    }
    return checkFile(db.connection(), problems, error);
}

QString partialPrefix()
{
    return QStringLiteral(".partial-");
}

bool writeCheckedCopy(const Database& db, const QString& target, Error* error)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        *error = Error::invalid(
            QCoreApplication::translate(
                "dd::Integrity", "a database on a server is copied by the server's administrator (pg_dump), not to %1")
                .arg(target));
        return false;
    }
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        *error = Error::conflict(
            QCoreApplication::translate("dd::Integrity", "%1 exists already; choose another file name").arg(target));
        return false;
    }
    // Written under a name of its own (this process, this copy) beside the target, and given
    // the target's name only when whole and sound: a copy killed or refused part-way never
    // stands under a copy's name.
    const QFileInfo info(target);
    const QString partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() + partialPrefix()
        + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(s_copyCounter.fetchAndAddRelaxed(1));
    const auto discard = [&partial]() {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("VACUUM INTO ?"), {partial}, error)) {
        discard();
        *error = error->withMessage(
            QCoreApplication::translate("dd::Integrity", "backup to %1 failed: %2").arg(target, error->message()));
        return false;
    }
    // Prove the copy readable before calling it a copy.
    const QString name = QStringLiteral("dualdegree-copy-check-%1").arg(s_copyCounter.fetchAndAddRelaxed(1));
    bool sound = false;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(partial);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            *error = Error::storage(QCoreApplication::translate("dd::Integrity", "the backup %1 cannot be opened: %2")
                                        .arg(target, copy.lastError().text()));
        } else {
            QStringList problems;
            Error checkError;
            sound = checkFile(copy, &problems, &checkError) && problems.isEmpty();
            if (!sound) {
                *error = Error::storage(
                    QCoreApplication::translate("dd::Integrity", "the backup %1 failed its integrity check: %2")
                        .arg(target, !checkError.isSet() ? problems.join(QStringLiteral("; ")) : checkError.message()));
            }
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!sound) {
        discard();
        return false;
    }
    // A hard link gives the name only if no other copy took it meanwhile.
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) != 0) {
        const int code = errno;
        discard();
        *error = code == EEXIST
            ? Error::conflict(
                QCoreApplication::translate("dd::Integrity", "%1 exists already; choose another file name").arg(target))
            : Error::storage(QCoreApplication::translate("dd::Integrity", "cannot name the backup %1: %2")
                                 .arg(target, QString::fromLocal8Bit(std::strerror(code))));
        return false;
    }
    discard();
    const int file = ::open(to.constData(), O_RDONLY);
    if (file >= 0) {
        ::fsync(file);
        ::close(file);
    }
    return true;
}

} // namespace Integrity
} // namespace dd
