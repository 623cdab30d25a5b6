// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/SqlUtil.h"

#include "core/text/Decimal.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace dd {
namespace Sql {

namespace {

} // namespace

bool storable(const QVariantList& values, Error* error)
{
    for (const QVariant& v : values) {
        QString reason;
        if (v.typeId() == QMetaType::QString && !FieldRules::storable(v.toString(), &reason)) {
            // Shown with the character named in the reason, never as itself.
            QString shown = v.toString().left(60);
            for (QChar& c : shown) {
                const char16_t u = c.unicode();
                if (u == 0 || u == 0xfeff || (u >= 0xfdd0 && u <= 0xfdef) || u >= 0xfffe || c.isSurrogate()) {
                    c = QChar(0x25a1);
                }
            }
            *error
                = Error::invalid(QCoreApplication::translate("dd::Sql", "the text \u201c%1\u201d %2; nothing was saved")
                                     .arg(shown, reason));
            return false;
        }
    }
    return true;
}

namespace {

bool bindAndExec(QSqlQuery& query, const QVariantList& values, Error* error)
{
    if (!storable(values, error)) {
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString is an empty text here; SQL NULL is asked for with a null QVariant.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull()) {
            query.bindValue(i, QString(QLatin1String("")));
        } else {
            query.bindValue(i, v);
        }
    }
    if (!query.exec()) {
        *error = Sql::error(query);
        return false;
    }
    return true;
}

// What the system said when SQLite could not write (its last errno on this connection), in words.
QString diskFailure(const QSqlQuery& query, bool full)
{
    const QVariant handle = query.driver()->handle();
    sqlite3* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.constData())
        : nullptr;
    const int code = sqlite != nullptr ? sqlite3_system_errno(sqlite) : 0;
    if (code == ENOSPC || code == EDQUOT || (full && code == 0)) {
        return QCoreApplication::translate("dd::Sql", "the disk is full: nothing was saved");
    }
    if (code == EFBIG) {
        return QCoreApplication::translate("dd::Sql",
                                           "the database file has reached the largest size this program may write (a"
                                           " file size limit): nothing was saved");
    }
    if (code == EROFS) {
        return QCoreApplication::translate("dd::Sql", "the disk has become read-only: nothing was saved");
    }
    if (code == EIO) {
        return QCoreApplication::translate("dd::Sql",
                                           "the disk failed while writing (removed, or failing): nothing was saved");
    }
    return QCoreApplication::translate("dd::Sql", "the disk could not be written (%1): nothing was saved")
        .arg(code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : errorText(query));
}

} // namespace

Error error(const QSqlQuery& query)
{
    const QString state = query.lastError().nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03") || Database::serverConnectionLost(query.driver())) {
        return Error::connectionLost(errorText(query));
    }
    if (state == QLatin1String("40P01") || state == QLatin1String("40001")) {
        return Error::busy(errorText(query));
    }
    // SQLite's result codes (the driver gives them, primary or extended, as the native code): said in words.
    const bool sqlite = query.driver() != nullptr && query.driver()->dbmsType() == QSqlDriver::SQLite;
    bool numeric = false;
    const int primary = state.toInt(&numeric) & 0xff;
    if (sqlite && numeric && primary == SQLITE_READONLY) {
        return Error::refused(QCoreApplication::translate("dd::Sql",
                                                          "the database is read-only here (its folder, the file or"
                                                          " the disk cannot be written): nothing was saved"));
    }
    if (sqlite && numeric && primary == SQLITE_AUTH) { // the connection refuses writes (Database::headProblem())
        return Error::refused(QCoreApplication::translate(
            "dd::Sql",
            "this database may not be changed until an administrator restores its newest backup or adopts"
            " it as it is (see 'log verify'): nothing was saved"));
    }
    if (sqlite && numeric && (primary == SQLITE_FULL || primary == SQLITE_IOERR)) {
        return Error::storage(diskFailure(query, primary == SQLITE_FULL));
    }
    return Error::storage(errorText(query));
}

QString errorText(const QSqlQuery& query)
{
    const QString text = query.lastError().text().trimmed();
    // SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server is shutting
    // down or restarting) end the connection, even before libpq has noticed.
    const QString state = query.lastError().nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03") || Database::serverConnectionLost(query.driver())) {
        return QCoreApplication::translate("dd::Sql",
                                           "the connection to the database server was lost, so this was not"
                                           " saved (%1); the next step connects again")
            .arg(text);
    }
    // 40P01 deadlock, 40001 serialization failure: the server gave way to another session.
    if (state == QLatin1String("40P01") || state == QLatin1String("40001")) {
        return QCoreApplication::translate(
                   "dd::Sql", "another user's save crossed this one, so this was not saved; try again (%1)")
            .arg(text);
    }
    return text;
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, Error* error)
{
    if (!query.prepare(sql)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::Sql", "could not prepare a statement: %1").arg(query.lastError().text()));
        return false;
    }
    return bindAndExec(query, values, error);
}

QSqlQuery* runCached(Database& db, const QString& sql, const QVariantList& values, Error* error)
{
    QSqlQuery* query = db.cachedQuery(sql, error);
    if (!query) {
        return nullptr;
    }
    query->finish();
    return bindAndExec(*query, values, error) ? query : nullptr;
}

bool scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QVariant* value, Error* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, sql, values, error)) {
        return false;
    }
    *value = q.next() ? q.value(0) : QVariant();
    return true;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant credits(int halves)
{
    if (halves % 2 == 0) {
        return QVariant(halves / 2);
    }
    return QVariant(halves / 2.0);
}

int creditsHalves(const QVariant& value)
{
    const std::optional<qint64> tenths = Decimal::parseScaled(value.toString(), 1);
    return tenths ? int(*tenths / 5) : 0;
}

void stampCreated(Assignments& assignments, qint64 userId)
{
    const QString now = Database::nowUtc();
    assignments << qMakePair(QStringLiteral("created_by"), QVariant(userId))
                << qMakePair(QStringLiteral("created_at"), QVariant(now))
                << qMakePair(QStringLiteral("updated_by"), QVariant(userId))
                << qMakePair(QStringLiteral("updated_at"), QVariant(now));
}

void stampUpdated(Assignments& assignments, qint64 userId)
{
    assignments << qMakePair(QStringLiteral("updated_by"), QVariant(userId))
                << qMakePair(QStringLiteral("updated_at"), QVariant(Database::nowUtc()));
}

bool updateVersioned(const QSqlDatabase& db, const QString& table, qint64 id, int rowVersion,
                     const Assignments& assignments, Error* error)
{
    QStringList sets;
    QVariantList values;
    for (const auto& a : assignments) {
        sets << a.first + QStringLiteral(" = ?");
        values << a.second;
    }
    sets << QStringLiteral("row_version = row_version + 1");
    values << id << rowVersion;
    QSqlQuery q(db);
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
                            .arg(table, sets.join(QStringLiteral(", ")));
    if (!run(q, sql, values, error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::conflict(
            QCoreApplication::translate(
                "dd::Sql",
                "the %1 row was changed or deleted by someone else since it was read; reload it and try again")
                .arg(table));
        return false;
    }
    return true;
}

bool insert(const QSqlDatabase& db, const QString& table, const Assignments& assignments, qint64* id, Error* error)
{
    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (const auto& a : assignments) {
        columns << a.first;
        marks << QStringLiteral("?");
        values << a.second;
    }
    QSqlQuery q(db);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!run(q, sql, values, error)) {
        return false;
    }
    if (id) {
        *id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool removeVersioned(const QSqlDatabase& db, const QString& table, qint64 id, int rowVersion, Error* error)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(table), {id, rowVersion},
             error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::conflict(QCoreApplication::translate(
                                     "dd::Sql", "the %1 row was changed or deleted by someone else since it was read")
                                     .arg(table));
        return false;
    }
    return true;
}

BatchInsert::BatchInsert(Database& db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    // Past a few hundred rows a statement gains nothing; both drivers allow
    // far more than 8,000 parameters in one statement.
    , m_rowsPerStatement(qBound(1, 8000 / int(qMax<qsizetype>(1, m_columns.size())), 500))
{
}

QString BatchInsert::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    one += QStringLiteral(", ?").repeated(m_columns.size() - 1);
    one += QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        tuples << one;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

bool BatchInsert::add(const QVariantList& row, Error* error)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (!storable(row, error)) {
        return false;
    }
    m_pending += row;
    ++m_rows;
    if (m_pending.size() >= m_rowsPerStatement * m_columns.size()) {
        return flush(error);
    }
    return true;
}

bool BatchInsert::flush(Error* error)
{
    if (m_pending.isEmpty()) {
        return true;
    }
    const int rows = int(m_pending.size() / m_columns.size());
    // Full batches reuse one prepared statement; the last, shorter one is prepared once.
    QSqlQuery* q = runCached(m_db, statement(rows), m_pending, error);
    m_pending.clear();
    if (!q) {
        *error = error->withMessage(
            QCoreApplication::translate("dd::Sql", "cannot add rows to %1: %2").arg(m_table, error->message()));
        return false;
    }
    q->finish();
    return true;
}

bool insertAll(Database& db, const QString& table, const QList<Assignments>& rows, Error* error)
{
    if (rows.isEmpty()) {
        return true;
    }
    QStringList columns;
    for (const auto& a : rows.first()) {
        columns << a.first;
    }
    BatchInsert batch(db, table, columns);
    for (const Assignments& row : rows) {
        QVariantList values;
        values.reserve(row.size());
        for (const auto& a : row) {
            values << a.second;
        }
        if (!batch.add(values, error)) {
            return false;
        }
    }
    return batch.flush(error);
}

bool countReferences(const QSqlDatabase& db, const QList<Reference>& references, qint64 id, QList<int>* counts,
                     Error* error)
{
    counts->clear();
    for (const Reference& r : references) {
        QVariant n;
        if (!scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(r.table, r.column), {id}, &n,
                    error)) {
            return false;
        }
        counts->append(n.toInt());
    }
    return true;
}

} // namespace Sql
} // namespace dd
