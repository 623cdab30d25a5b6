// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Integrity.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

bool writeCheckedCopy(const Database& db, const QString& target, Error* error)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        *error = Error::invalid(
            QCoreApplication::translate(
                "dd::Integrity", "a database on a server is copied by the server's administrator (pg_dump), not to %1")
                .arg(target));
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = Error::invalid(
            QCoreApplication::translate("dd::Integrity", "%1 exists already; choose another file name").arg(target));
        return false;
    }
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("VACUUM INTO ?"), {target}, error)) {
        *error = error->withMessage(
            QCoreApplication::translate("dd::Integrity", "backup to %1 failed: %2").arg(target, error->message()));
        return false;
    }
    // Prove the copy readable before calling it a copy.
    const QString name = QStringLiteral("dualdegree-copy-check-%1").arg(s_copyCounter.fetchAndAddRelaxed(1));
    bool sound = false;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(target);
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
    return sound;
}

} // namespace Integrity
} // namespace dd
