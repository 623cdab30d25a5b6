// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/**
 * Making a database ready for work: the first administrator, the regulation
 * files (institution policies, conversion tables, programmes) and, for the demo,
 * the demo data set loaded through the ordinary importers.
 *
 * The data folder has the layout of the repository's \c data/ folder; the copy
 * built into the program is used unless another folder is named.
 */
class DatabaseSetup
{
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseSetup)

public:
    /** The data folder built into the program. */
    static QString embeddedDataDir();

    /** The database the app and the CLI use when none is named: the user's data folder. */
    static QString defaultDatabasePath();
    /** Where "Open Demo Database" keeps its demo copy. */
    static QString demoDatabasePath();

    /** The name of the administrator every new database starts with. */
    static QString defaultAdministrator();

    /**
     * Creates a new database at \a path. Fails, leaving nothing behind, when the
     * file exists and is not empty, or when any file of \a dataDir is invalid.
     * \a log receives one line per step.
     */
    [[nodiscard]] static bool createDatabase(Database& db, const QString& path, const QString& dataDir, bool demo,
                                             QStringList* log, Error* error);

    /** Loads the policy, conversion and programme files of \a dataDir into the open database. */
    [[nodiscard]] static bool loadRegulations(Database& db, const QString& dataDir, QStringList* log, Error* error);

    /** Imports the demo CSV files of \a dataDir/demo in dependency order. */
    [[nodiscard]] static bool loadDemo(Database& db, const QString& dataDir, QStringList* log, Error* error);

    /**
     * Adds the accounts of \a path (username, display_name, role, password), or sets the
     * password of one that exists already (the administrator).
     */
    [[nodiscard]] static bool loadDemoAccounts(Database& db, const QString& path, QStringList* log, Error* error);

    /** Makes \a username the acting user of \a db; fails for an unknown or inactive user. */
    /** The passphrase of the demo key files ("demo"). */
    static QByteArray demoPassphrase();
    /** Writes a DEMO certificate authority (ca.pem) and INSTITUTION.p12 for each of \a institutions into \a folder. */
    [[nodiscard]] static bool writeDemoKeys(const QString& folder, const QStringList& institutions, Error* error);
    /** Writes demo keys for every institution of \a db into \a folder and binds them. */
    [[nodiscard]] static bool bindDemoKeys(Database& db, const QString& folder, QStringList* log, Error* error);
    [[nodiscard]] static bool actAs(Database& db, const QString& username, Error* error);
};

} // namespace dd
