// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/SchemaMigrator.h"

#include "data/db/ChangeLogSchema.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"
#include "data/db/SqlUtil.h"

#include <QDateTime>
#include <QFileInfo>

namespace dd {

SchemaMigrator::SchemaMigrator(Database& db)
    : m_db(db)
    , m_migrations(allMigrations())
{
}

bool SchemaMigrator::checkOwnership(bool* isNew, Error* error) const
{
    // Only reads here: nothing may be written before we know the file is ours.
    const bool server = m_db.dialect() == Database::Dialect::PostgreSQL;
    const QString tableCount = server
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master");
    QVariant tables;
    Error sqlError;
    if (!Sql::scalar(m_db.connection(), tableCount, {}, &tables, &sqlError)) {
        *error = Error::invalid(
            tr("%1 is not a DualDegree database (%2); it was left untouched").arg(m_db.path(), sqlError.message()));
        return false;
    }
    if (tables.toInt() == 0) {
        *isNew = true;
        return true;
    }
    *isNew = false;
    QVariant hasMeta;
    if (!Sql::scalar(m_db.connection(),
                     server
                         ? tableCount + QStringLiteral(" AND table_name = 'meta'")
                         : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"),
                     {}, &hasMeta, error)) {
        return false;
    }
    QVariant application;
    if (hasMeta.toInt() == 1
        && !Sql::scalar(m_db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'application'"), {},
                        &application, error)) {
        return false;
    }
    if (application.toString() != QLatin1String("DualDegree")) {
        *error = Error::invalid(
            tr("%1 is %2 database of another application, not a DualDegree database; it was left untouched")
                .arg(m_db.path(), server ? QStringLiteral("a PostgreSQL") : QStringLiteral("an SQLite")));
        return false;
    }
    const int current = version();
    if (current > latestVersion()) {
        *error
            = Error::invalid(tr("%1 was written by a newer version of DualDegree (schema %2; this version reads up to "
                                "%3); it was left untouched")
                                 .arg(m_db.path())
                                 .arg(current)
                                 .arg(latestVersion()));
        return false;
    }
    return true;
}

bool SchemaMigrator::upgrade(int fromVersion, Error* error)
{
    const bool server = m_db.dialect() == Database::Dialect::PostgreSQL;
    // A server database is copied by its administrator (pg_dump); the upgrade is one transaction there too.
    if (fromVersion > 0 && !server) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_db.path()).arg(fromVersion).arg(stamp);
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_db.path()).arg(fromVersion).arg(stamp).arg(n);
        }
        Error backupError;
        if (!Integrity::writeCheckedCopy(m_db, target, &backupError)) {
            *error = Error::storage(tr("not upgrading %1: the backup before the upgrade failed: %2")
                                        .arg(m_db.path(), backupError.message()));
            return false;
        }
        m_preMigrationBackup = target;
    }
    Transaction tx(m_db, Transaction::Mode::Deferred, error);
    if (!tx.isActive()) {
        return false;
    }
    int version = fromVersion;
    for (const Migration& m : m_migrations) {
        if (m.version <= fromVersion) {
            continue;
        }
        if (m.version != version + 1) {
            *error = Error::storage(tr("internal error: migration %1 does not follow %2").arg(m.version).arg(version));
            return false;
        }
        for (const QString& statement : m.statements + (server ? m.postgresStatements : m.sqliteStatements)) {
            Error stepError;
            if (!m_db.execute(expandDialect(statement), &stepError)) {
                *error = Error::storage(tr("upgrading %1 to schema %2 (%3) failed, nothing was changed: %4")
                                            .arg(m_db.path())
                                            .arg(m.version)
                                            .arg(m.description, stepError.message()));
                return false;
            }
        }
        version = m.version;
    }
    // The change log's triggers follow the schema: made when the log table appeared,
    // made again for a logged table's new columns (with a baseline of the rows changed).
    QVariant hasLog;
    if (!Sql::scalar(m_db.connection(),
                     server ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema ="
                                             " current_schema() AND table_name = 'change_log'")
                            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name ="
                                             " 'change_log'"),
                     {}, &hasLog, error)) {
        return false;
    }
    if (hasLog.toInt() > 0 && !ChangeLogSchema::install(m_db, error)) {
        *error
            = error->withMessage(tr("upgrading %1 failed, nothing was changed: %2").arg(m_db.path(), error->message()));
        return false;
    }
    // user_version is transactional in SQLite: it commits with the schema or not at all;
    // on PostgreSQL the version is a row of meta, in the same transaction.
    const QString stamp = server ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1') ON"
                                                  " CONFLICT (key) DO UPDATE SET value = excluded.value")
                                 : QStringLiteral("PRAGMA user_version = %1");
    if (!m_db.execute(stamp.arg(version), error)) {
        return false;
    }
    return tx.commit(error);
}

QString SchemaMigrator::expandDialect(const QString& statement) const
{
    QString s = statement;
    if (m_db.dialect() == Database::Dialect::PostgreSQL) {
        s.replace(QLatin1String("{{pk}}"), QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(QLatin1String("{{blob}}"), QLatin1String("BYTEA"));
        s.replace(QLatin1String("{{timestamp}}"), QLatin1String("TEXT"));
        return s;
    }
    s.replace(QLatin1String("{{pk}}"), QLatin1String("INTEGER PRIMARY KEY"));
    s.replace(QLatin1String("{{blob}}"), QLatin1String("BLOB"));
    s.replace(QLatin1String("{{timestamp}}"), QLatin1String("TEXT"));
    return s;
}

int SchemaMigrator::version() const
{
    QVariant v;
    Error error;
    const QString sql = m_db.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")
        : QStringLiteral("PRAGMA user_version");
    if (!Sql::scalar(m_db.connection(), sql, {}, &v, &error)) {
        return -1;
    }
    return v.toInt();
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

} // namespace dd
