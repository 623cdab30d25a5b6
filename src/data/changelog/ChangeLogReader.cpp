// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/changelog/ChangeLogReader.h"

#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dd {

namespace {

/** \a values (a logged row as JSON) with the personal details of \a table masked. */
QString maskedValues(const QString& table, const QString& values)
{
    if (values.isEmpty()) {
        return values;
    }
    QJsonObject row = QJsonDocument::fromJson(values.toUtf8()).object();
    for (const QString& column : Permissions::personalColumns(table)) {
        if (row.contains(column) && !row.value(column).toString().isEmpty()) {
            row.insert(column, Permissions::maskedText());
        }
    }
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

/** \a e as the acting user may read it: personal details masked without ReadPersonalDetails. */
ChangeLogEntry readable(const Database& db, ChangeLogEntry e)
{
    if (Permissions::personalColumns(e.table).isEmpty()
        || Permissions::allows(db.session().user(), Permissions::Action::ReadPersonalDetails)) {
        return e;
    }
    e.oldValues = maskedValues(e.table, e.oldValues);
    e.newValues = maskedValues(e.table, e.newValues);
    return e;
}

bool readAll(const Database& db, QSqlQuery& q, QList<ChangeLogEntry>* out)
{
    out->clear();
    while (q.next()) {
        out->append(readable(db, ChangeLogReader::readEntry(q)));
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
    return readable(db, readEntry(q));
}

bool ChangeLogReader::entriesFor(Database& db, const QString& table, qint64 key, QList<ChangeLogEntry>* out,
                                 Error* error)
{
    QSqlQuery q(db.connection());
    return Sql::run(q, selectEntries() + QStringLiteral(" WHERE table_name = ? AND row_key = ? ORDER BY seq"),
                    {table, key}, error)
        && readAll(db, q, out);
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
        && readAll(db, q, out);
}

bool ChangeLogReader::latest(Database& db, int limit, QList<ChangeLogEntry>* out, Error* error)
{
    QSqlQuery q(db.connection());
    return Sql::run(q, selectEntries() + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), {limit}, error)
        && readAll(db, q, out);
}

} // namespace dd
