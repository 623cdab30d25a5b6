// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/changelog/ChangeLogReader.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QSqlQuery>

namespace dd {

namespace {

bool readAll(QSqlQuery& q, QList<ChangeLogEntry>* out)
{
    out->clear();
    while (q.next()) {
        out->append(ChangeLogReader::readEntry(q));
    }
    return true;
}

} // namespace

QString ChangeLogReader::selectEntries()
{
    return QStringLiteral("SELECT seq, at, username, reason, table_name, row_key, operation, old_values, new_values,"
                          " hash FROM change_log");
}

ChangeLogEntry ChangeLogReader::readEntry(const QSqlQuery& q)
{
    ChangeLogEntry e;
    e.seq = q.value(QStringLiteral("seq")).toLongLong();
    e.at = q.value(QStringLiteral("at")).toString();
    e.username = q.value(QStringLiteral("username")).toString();
    e.reason = q.value(QStringLiteral("reason")).toString();
    e.table = q.value(QStringLiteral("table_name")).toString();
    e.key = q.value(QStringLiteral("row_key")).toLongLong();
    e.operation = q.value(QStringLiteral("operation")).toString();
    e.oldValues = q.value(QStringLiteral("old_values")).toString();
    e.newValues = q.value(QStringLiteral("new_values")).toString();
    e.hash = q.value(QStringLiteral("hash")).toString();
    return e;
}

std::optional<ChangeLogEntry> ChangeLogReader::entry(Database& db, qint64 seq, Error* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, selectEntries() + QStringLiteral(" WHERE seq = ?"), {seq}, error) || !q.next()) {
        return std::nullopt;
    }
    return readEntry(q);
}

bool ChangeLogReader::entriesFor(Database& db, const QString& table, qint64 key, QList<ChangeLogEntry>* out,
                                 Error* error)
{
    QSqlQuery q(db.connection());
    return Sql::run(q, selectEntries() + QStringLiteral(" WHERE table_name = ? AND row_key = ? ORDER BY seq"),
                    {table, key}, error)
        && readAll(q, out);
}

bool ChangeLogReader::studentHistory(Database& db, qint64 studentRef, QList<ChangeLogEntry>* out, Error* error)
{
    const QString studentRefOf = db.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("(coalesce(new_values, old_values)::jsonb ->> 'student_ref')::bigint")
        : QStringLiteral("json_extract(coalesce(new_values, old_values), '$.student_ref')");
    QSqlQuery q(db.connection());
    return Sql::run(q,
                    selectEntries()
                        + QStringLiteral(" WHERE (table_name = 'students' AND row_key = ?) OR (table_name IN"
                                         " ('results', 'transfer_credits', 'exceptions', 'milestones') AND %1 = ?)"
                                         " ORDER BY seq")
                              .arg(studentRefOf),
                    {studentRef, studentRef}, error)
        && readAll(q, out);
}

bool ChangeLogReader::latest(Database& db, int limit, QList<ChangeLogEntry>* out, Error* error)
{
    QSqlQuery q(db.connection());
    return Sql::run(q, selectEntries() + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), {limit}, error)
        && readAll(q, out);
}

} // namespace dd
