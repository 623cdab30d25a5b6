// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace dd {
class Database;
}

namespace ddtest {

/** The repository's data/ folder (policies, programmes, demo). */
QString sourceDataDir();
/** A fixture under tests/data/. */
QString fixturePath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

/**
 * A new database in a temporary folder, with the administrator acting and the
 * policies and programmes of data/ loaded (and the demo data when asked).
 */
class TempDatabase
{
public:
    explicit TempDatabase(bool demo = false);
    ~TempDatabase();

    dd::Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /** count(*) of \a table (a fixed name from the test). */
    int count(const QString& table);

private:
    QTemporaryDir m_dir;
    QString m_path;
    dd::Database* m_db;
};

/**
 * Opens a second connection \a db to the database at \a path, acting as the
 * administrator: "someone else" editing the same file.
 */
void openAsSomeoneElse(dd::Database& db, const QString& path);

/** Imports \a csv as \a kind; returns the first error line, or an empty string on success. */
QString importCsv(dd::Database& db, const QString& kind, const QByteArray& csv, bool dryRun = false,
                  const QString& reason = QString());

} // namespace ddtest
