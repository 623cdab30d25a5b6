// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/backup/DatabaseCopy.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace dd {

namespace {

// Kept apart: the version and identity rows are the target's own, the change log its file's.
const QStringList kNotCopied
    = {QStringLiteral("meta"), QStringLiteral("change_log"), QStringLiteral("log_checkpoints")};

bool baseTables(Database& db, QStringList* out, Error* error)
{
    out->clear();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        if (!Sql::run(q,
                      QStringLiteral("SELECT table_name FROM information_schema.tables"
                                     " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"),
                      {}, error)) {
            return false;
        }
        while (q.next()) {
            out->append(q.value(0).toString());
        }
        return true;
    }
    if (!Sql::run(
            q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
            {}, error)) {
        return false;
    }
    // A virtual table (the search index) and its shadow tables are rebuilt by the target's own triggers.
    QStringList names;
    QStringList virtuals;
    while (q.next()) {
        names << q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
            virtuals << q.value(0).toString();
        }
    }
    for (const QString& name : std::as_const(names)) {
        const bool derived = std::any_of(virtuals.cbegin(), virtuals.cend(), [&name](const QString& v) {
            return name == v || name.startsWith(v + QLatin1Char('_'));
        });
        if (!derived) {
            out->append(name);
        }
    }
    return true;
}

bool parentTables(Database& db, const QString& table, QSet<QString>* out, Error* error)
{
    out->clear();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = db.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc"
                         " JOIN information_schema.constraint_column_usage ccu"
                         " ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema"
                         " WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"
                         " AND tc.table_name = ?")
        : QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
    if (!Sql::run(q, sql, {table}, error)) {
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() != table) {
            out->insert(q.value(0).toString());
        }
    }
    return true;
}

/** The columns of \a table, by name. */
QStringList columnsOf(Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
    }
    columns.sort();
    return columns;
}

/** One value as both dialects agree on it: a number is its value, whatever its storage. */
QByteArray canonical(const QVariant& v)
{
    if (v.isNull()) {
        return QByteArrayLiteral("\\N");
    }
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return 'x' + v.toByteArray().toHex();
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
            return QByteArray::number(qint64(d));
        }
        return QByteArray::number(d, 'g', 15);
    }
    default:
        return v.toString().toUtf8();
    }
}

bool isEmpty(Database& db, const QString& table, bool* empty, Error* error)
{
    QVariant v;
    if (!Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, &v, error)) {
        return false;
    }
    *empty = v.toLongLong() == 0;
    return true;
}

} // namespace

bool DatabaseCopy::tablesInOrder(Database& source, Database& target, QStringList* tables, Error* error)
{
    QStringList fromSource;
    QStringList fromTarget;
    if (!baseTables(source, &fromSource, error) || !baseTables(target, &fromTarget, error)) {
        return false;
    }
    QSet<QString> pending;
    for (const QString& t : std::as_const(fromSource)) {
        if (!kNotCopied.contains(t) && fromTarget.contains(t)) {
            pending.insert(t);
        }
    }
    QHash<QString, QSet<QString>> parents;
    for (const QString& t : std::as_const(pending)) {
        QSet<QString> p;
        if (!parentTables(source, t, &p, error)) {
            return false;
        }
        parents.insert(t, p.intersect(pending));
    }
    // Parents first; among tables that are ready, by name, so the order is always the same.
    tables->clear();
    while (!pending.isEmpty()) {
        QStringList ready;
        for (const QString& t : std::as_const(pending)) {
            bool parentsDone = true;
            for (const QString& p : parents.value(t)) {
                parentsDone = parentsDone && !pending.contains(p);
            }
            if (parentsDone) {
                ready << t;
            }
        }
        if (ready.isEmpty()) {
            QStringList left = pending.values();
            left.sort();
            *error = Error::invalid(
                tr("the tables %1 refer to each other in a circle").arg(left.join(QStringLiteral(", "))));
            return false;
        }
        ready.sort();
        for (const QString& t : std::as_const(ready)) {
            tables->append(t);
            pending.remove(t);
        }
    }
    return true;
}

bool DatabaseCopy::checksum(Database& db, const QString& table, qint64* rows, QByteArray* sum, Error* error)
{
    const QStringList columns = columnsOf(db, table);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table), {}, error)) {
        return false;
    }
    // One digest a row, sorted: the order each server returns rows in does not matter.
    std::vector<QByteArray> digests;
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray value = canonical(q.value(i));
            row.addData(QByteArray::number(value.size()) + ':' + value + ';');
        }
        digests.push_back(row.result());
    }
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    all.addData(table.toUtf8() + '\n' + columns.join(QLatin1Char(',')).toUtf8() + '\n');
    for (const QByteArray& d : digests) {
        all.addData(d);
    }
    *rows = qint64(digests.size());
    *sum = all.result().toHex();
    return true;
}

bool DatabaseCopy::copy(Database& source, Database& target, const QString& reason, const Progress& progress,
                        QList<Table>* tables, Error* error)
{
    tables->clear();
    if (source.dialect() == Database::Dialect::SQLite && target.dialect() == Database::Dialect::SQLite) {
        *error = Error::invalid(tr("both are files: a file is copied with 'backup', which keeps its change log"));
        return false;
    }
    if (!source.session().permits(Permissions::Action::BackupRestore, error)) {
        return false;
    }
    // The reason is sealed into the new log: text it could not keep is refused first.
    if (!Sql::storable({reason}, error)) {
        return false;
    }
    if (source.migrator().version() != target.migrator().version()) {
        *error = Error::invalid(tr("the two databases are at different schema versions (%1 and %2); open both with this"
                                   " version of DualDegree first")
                                    .arg(source.migrator().version())
                                    .arg(target.migrator().version()));
        return false;
    }
    QStringList order;
    if (!tablesInOrder(source, target, &order, error)) {
        return false;
    }
    for (const QString& t : std::as_const(order)) {
        bool empty = false;
        if (!isEmpty(target, t, &empty, error)) {
            return false;
        }
        if (!empty) {
            *error = Error::invalid(tr("%1 holds data already (table %2): the target of a move must be a new database")
                                        .arg(target.path(), t));
            return false;
        }
        if (columnsOf(source, t) != columnsOf(target, t)) {
            *error = Error::invalid(
                tr("table %1 has other columns in %2 than in %3").arg(t, source.path(), target.path()));
            return false;
        }
    }

    // The target's own change log (a file) records the copied rows under this reason.
    target.setActingUser(source.session().user());
    const ChangeReason why(target, reason);
    Transaction tx(target, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    const auto fail = [&target](Error* error, const QString& message) {
        *error = Error::storage(message);
        return false;
    };
    // The settings rows of meta, not the target's identity and version.
    QSqlQuery meta(source.connection());
    Error sqlError;
    if (!Sql::run(meta,
                  QStringLiteral("SELECT key, value FROM meta WHERE key NOT IN ('application', 'schema_version')"), {},
                  &sqlError)) {
        return fail(error, sqlError.message());
    }
    while (meta.next()) {
        QSqlQuery q(target.connection());
        if (!Sql::run(q, QStringLiteral("DELETE FROM meta WHERE key = ?"), {meta.value(0)}, &sqlError)
            || !Sql::run(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                         {meta.value(0), meta.value(1)}, &sqlError)) {
            return fail(error, QStringLiteral("meta: %1").arg(sqlError.message()));
        }
    }
    for (int i = 0; i < order.size(); ++i) {
        const QString& t = order.at(i);
        const QStringList columns = columnsOf(source, t);
        QSqlQuery rows(source.connection());
        rows.setForwardOnly(true);
        // Rows that refer to earlier rows of their own table (versions of an equivalency) come after them.
        const QString orderBy = columns.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id") : QString();
        if (!Sql::run(rows, QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), t, orderBy),
                      {}, &sqlError)) {
            return fail(error, QStringLiteral("reading %1: %2").arg(t, sqlError.message()));
        }
        Sql::BatchInsert batch(target, t, columns);
        while (rows.next()) {
            QVariantList values;
            values.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                values << rows.value(c);
            }
            if (!batch.add(values, &sqlError)) {
                return fail(error, sqlError.message());
            }
        }
        if (!batch.flush(&sqlError)) {
            return fail(error, sqlError.message());
        }
        // New rows on the server continue after the copied keys.
        if (target.dialect() == Database::Dialect::PostgreSQL && columns.contains(QLatin1String("id"))) {
            QSqlQuery q(target.connection());
            if (!Sql::run(q,
                          QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                         " (SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                              .arg(t),
                          {}, &sqlError)) {
                return fail(error, QStringLiteral("%1: %2").arg(t, sqlError.message()));
            }
        }
        if (progress && !progress(i + 1, int(order.size()))) {
            return fail(error, QStringLiteral("cancelled; nothing was written to %1").arg(target.path()));
        }
    }
    if (!tx.commit(error)) {
        return false;
    }

    // Both sides read again, table by table.
    for (const QString& t : std::as_const(order)) {
        Table row;
        row.name = t;
        if (!checksum(source, t, &row.sourceRows, &row.sourceChecksum, error)
            || !checksum(target, t, &row.targetRows, &row.targetChecksum, error)) {
            return false;
        }
        tables->append(row);
    }
    return true;
}

} // namespace dd
