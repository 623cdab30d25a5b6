// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "data/db/Migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class Database;

/**
 * The schema of an open database: whether the file is DualDegree's, which
 * version it has, and the upgrade to this build's version. An older file is
 * copied aside (VACUUM INTO, checked) and then upgraded by the ordered
 * migrations in one transaction, after which the change log's triggers are
 * made again for the new schema (ChangeLogSchema).
 */
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(dd::SchemaMigrator)

public:
    explicit SchemaMigrator(Database& db);

    /**
     * Whether the open database is DualDegree's and not newer than this build (only
     * reads); \a isNew is set for an empty one.
     */
    [[nodiscard]] bool checkOwnership(bool* isNew, Error* error) const;
    /** Upgrades the open database from \a fromVersion (0: empty) to latestVersion(). */
    [[nodiscard]] bool upgrade(int fromVersion, Error* error);

    /** The schema version of the open database (-1 when it cannot be read). */
    int version() const;
    /** The schema version this build creates and reads. */
    int latestVersion() const;
    /** The copy taken before the last upgrade of an existing database, or empty. */
    QString preMigrationBackup() const { return m_preMigrationBackup; }
    void clearPreMigrationBackup() { m_preMigrationBackup.clear(); }

    /** Replaces the migrations (tests use this to exercise upgrades). */
    void setMigrations(const QList<Migration>& migrations) { m_migrations = migrations; }

private:
    QString expandDialect(const QString& statement) const;

    Database& m_db;
    QList<Migration> m_migrations;
    QString m_preMigrationBackup;
};

} // namespace dd
