// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/ChangeLogHead.h"

#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlError>
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
    return store(path(db.path()), q.value(0).toLongLong(), q.value(1).toString(), mode, error);
}

bool ChangeLogHead::writeForCopy(const QString& copyPath, Error* error)
{
    const QString name = QStringLiteral("dualdegree-head-%1").arg(quintptr(&copyPath));
    qint64 seq = 0;
    QString hash;
    bool read = false;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(copyPath);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (copy.open()) {
            QSqlQuery q(copy);
            read = Sql::run(q, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"), {}, error);
            if (read && q.next()) {
                seq = q.value(0).toLongLong();
                hash = q.value(1).toString();
            }
        } else {
            *error = Error::storage(tr("cannot open %1: %2").arg(copyPath, copy.lastError().text()));
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    return read && (seq == 0 || store(path(copyPath), seq, hash, WriteMode::Replace, error));
}

bool ChangeLogHead::store(const QString& file, qint64 seq, const QString& hash, WriteMode mode, Error* error)
{
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

bool ChangeLogHead::check(Database& db, Check* check, Error* error)
{
    *check = Check();
    // The head first, then the log: a head written meanwhile by another program follows
    // its commit, so the log read after it always reaches the head's row.
    const QString file = path(db.path());
    const QString name = QFileInfo(file).fileName();
    const QString shown = QDir::toNativeSeparators(db.path());
    const bool present = QFileInfo::exists(file) || QFileInfo(file).isSymLink();
    Error headError;
    ChangeLogHead head;
    const bool readable = present && read(file, &head, &headError);
    check->headSeq = head.seq;
    QVariant hasLog;
    if (!Sql::scalar(db.connection(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'change_log'"),
                     {}, &hasLog, error)) {
        return false;
    }
    if (hasLog.toInt() == 0) {
        return true;
    }
    QVariant last;
    if (!Sql::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"), {}, &last,
                     error)) {
        return false;
    }
    check->lastSeq = last.toLongLong();
    const QString afterwards
        = tr("Changes are refused until an administrator restores its newest backup, or adopts it as it is with"
             " 'dualdegree-cli --db FILE log adopt --reason TEXT' (in the window: File › Adopt Database As It Is…),"
             " which the change log records.");
    if (!present) {
        if (check->lastSeq > 0) {
            check->standing = Standing::Missing;
            check->problem = tr("%1 has no chain head beside it (%2): it is a copy made without one, or its head was"
                                " deleted, and rows cut from the end of its change log could not be noticed. %3")
                                 .arg(shown, name, afterwards);
        }
        return true;
    }
    if (!readable) {
        check->standing = Standing::Unreadable;
        check->problem = tr("the chain head beside %1 (%2) cannot be read (edited or damaged: %3). %4")
                             .arg(shown, name, headError.message(), afterwards);
        return true;
    }
    if (head.seq > check->lastSeq) {
        check->standing = Standing::Behind;
        check->problem = tr("the change log of %1 ends at row %2, but its chain head (%3) records row %4: an older"
                            " copy was put in its place, or rows at the end of its log were deleted. %5")
                             .arg(shown)
                             .arg(check->lastSeq)
                             .arg(name)
                             .arg(head.seq)
                             .arg(afterwards);
        return true;
    }
    QVariant hash;
    if (!Sql::scalar(db.connection(), QStringLiteral("SELECT hash FROM change_log WHERE seq = ?"), {head.seq}, &hash,
                     error)) {
        return false;
    }
    if (hash.toString() != head.hash) {
        check->standing = Standing::Diverged;
        check->problem = tr("row %1 of the change log of %2 differs from the row its chain head (%3) records: an"
                            " older copy was put in its place and written to since, or the log was rewritten. %4")
                             .arg(head.seq)
                             .arg(shown, name, afterwards);
    }
    return true;
}

QString ChangeLogHead::Check::adoptionDetail() const
{
    switch (standing) {
    case Standing::Missing:
        return QStringLiteral("adopted without a chain head; the log ends at row %1").arg(lastSeq);
    case Standing::Unreadable:
        return QStringLiteral("adopted with an unreadable chain head; the log ends at row %1").arg(lastSeq);
    case Standing::Behind:
    case Standing::Diverged:
        return QStringLiteral("adopted at row %1 although its chain head recorded row %2 (%3)")
            .arg(lastSeq)
            .arg(headSeq)
            .arg(standing == Standing::Behind ? QStringLiteral("the log ends before it")
                                              : QStringLiteral("that row differs"));
    case Standing::Follows:
        break;
    }
    return QStringLiteral("adopted at row %1").arg(lastSeq);
}

bool ChangeLogHead::adopt(Database& db, const QString& kind, const QString& detail, Error* error)
{
    if (db.dialect() != Database::Dialect::SQLite || db.isReadOnly()) {
        *error = Error::invalid(db.isReadOnly() ? db.readOnlyReason()
                                                : tr("a database on a server keeps no chain head to adopt"));
        return false;
    }
    if (!db.session().permits(Permissions::Action::BackupRestore, error)) {
        return false;
    }
    const QString problem = db.headProblem();
    db.setHeadProblem(QString());
    {
        Transaction tx(db, Transaction::Mode::Immediate, error);
        QSqlQuery q(db.connection());
        if (!tx.isActive()
            || !Sql::run(q, QStringLiteral("INSERT INTO database_events (kind, detail, at) VALUES (?, ?, ?)"),
                         {kind, detail, Database::nowUtc()}, error)
            || !tx.commit(error)) {
            db.setHeadProblem(problem);
            return false;
        }
    }
    return write(db, WriteMode::Replace, error);
}

bool ChangeLogHead::adoptAsItIs(Database& db, const QString& reason, QString* detail, Error* error)
{
    const QString why = reason.trimmed();
    QString refusal;
    if (why.isEmpty()) {
        *error = Error::invalid(tr("say why this state of the database is the right one"));
        return false;
    }
    if (!FieldRules::storable(why, &refusal)) {
        *error = Error::invalid(tr("the reason cannot be stored: %1").arg(refusal));
        return false;
    }
    Check standing;
    if (!check(db, &standing, error)) {
        return false;
    }
    if (standing.standing == Standing::Follows) {
        *error = Error::invalid(tr("nothing to adopt: the change log of %1 follows its chain head")
                                    .arg(QDir::toNativeSeparators(db.path())));
        return false;
    }
    *detail = standing.adoptionDetail();
    const ChangeReason changeReason(db, why);
    return adopt(db, QStringLiteral("adopted"), *detail, error);
}

} // namespace dd
