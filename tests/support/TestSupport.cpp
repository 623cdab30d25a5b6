// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"

#include "Database.h"
#include "DatabaseSetup.h"
#include "Importer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

namespace ddtest {

QString sourceDataDir()
{
    return QStringLiteral(DD_SOURCE_DIR "/data");
}

QString fixturePath(const QString& relative)
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/data/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

TempDatabase::TempDatabase(bool demo)
    : m_db(new dd::Database)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    QStringList log;
    QString error;
    const bool ok = dd::DatabaseSetup::createDatabase(*m_db, m_path, sourceDataDir(), demo, &log, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
}

TempDatabase::~TempDatabase()
{
    delete m_db;
}

int TempDatabase::count(const QString& table)
{
    QSqlQuery q(m_db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString importCsv(dd::Database& db, const QString& kind, const QByteArray& csv, bool dryRun, const QString& reason)
{
    std::unique_ptr<dd::Importer> importer = dd::Importer::create(kind, db);
    REQUIRE(importer);
    dd::Importer::Options options;
    options.dryRun = dryRun;
    options.reason = reason;
    dd::ImportReport report;
    if (importer->run(csv, kind + QStringLiteral(".csv"), options, &report)) {
        return QString();
    }
    REQUIRE(!report.errors.isEmpty());
    return report.errors.first().toString();
}

void openAsSomeoneElse(dd::Database& db, const QString& path)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    REQUIRE(dd::DatabaseSetup::actAs(db, dd::DatabaseSetup::defaultAdministrator(), &error));
}

} // namespace ddtest
