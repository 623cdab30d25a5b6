// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/ChangeLogHead.h"

#include "data/db/Database.h"
#include "data/import/Importers.h"
#include "data/services/InstitutionKeys.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/DemoAuthority.h"
#include "sign/SigningKey.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace ddtest {

dd::SigningKey freshDemoKey(const QString& institution, const QString& folder)
{
    dd::Error error;
    dd::DemoAuthority::Files files;
    REQUIRE(dd::DemoAuthority::make({institution}, "demo", &files, &error));
    const QString p12 = folder + QLatin1Char('/') + institution + QStringLiteral(".p12");
    writeFile(p12, files.pkcs12.value(institution));
    const dd::SigningKey key = dd::SigningKey::fromPkcs12(p12, "demo", &error);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(key.isNull());
    return key;
}

dd::SigningKey demoKey(dd::Database& db, const QString& institution)
{
    dd::Error error;
    const dd::SigningKey key = dd::InstitutionKeys(db).open(
        institution,
        [](const QString&, QByteArray* secret, dd::Error*) {
            *secret = "demo";
            return true;
        },
        &error);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(key.isNull());
    return key;
}

void signCheckpoint(dd::Database& db, const QString& institution)
{
    dd::Error error;
    INFO(error.message().toStdString());
    REQUIRE(dd::LogCheckpoints(db).make(demoKey(db, institution), institution, nullptr, &error));
}

QString sourceDataDir()
{
    return QStringLiteral(DD_SOURCE_DIR "/data");
}

QString fixturePath(const QString& relative)
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray iconv(const QByteArray& utf8, const char* encoding)
{
    QProcess p;
    p.start(QStringLiteral("iconv"),
            {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QString::fromLatin1(encoding)});
    REQUIRE(p.waitForStarted());
    p.write(utf8);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

namespace {

void execOn(const QString& database, const QString& sql)
{
    const QUrl url(ServerDatabase::server());
    const QString connection = QStringLiteral("dd-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

ServerDatabase::ServerDatabase(const QString& templateName)
{
    static int counter = 0;
    m_name = QStringLiteral("dd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
    admin(templateName.isEmpty() ? QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(m_name)
                                 : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, templateName));
}

ServerDatabase::~ServerDatabase()
{
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString ServerDatabase::server()
{
    const QString base
        = onServer() ? qEnvironmentVariable("DD_TEST_BACKEND") : qEnvironmentVariable("DD_TEST_POSTGRESQL");
    // Run through ctest, the fixture sets it; on its own, the test says what it needs.
    INFO("DD_TEST_POSTGRESQL (postgresql://user@host:port) is not set: run the tests through ctest");
    REQUIRE_FALSE(base.isEmpty());
    return base;
}

void ServerDatabase::run(const QString& sql) const
{
    execOn(m_name, sql);
}

void ServerDatabase::admin(const QString& sql)
{
    execOn(QStringLiteral("postgres"), sql);
}

bool onServer()
{
    return dd::Database::isServerAddress(qEnvironmentVariable("DD_TEST_BACKEND"));
}

namespace {

/**
 * The demo database of this test process, built once through the importers (the
 * DemoDataTest checks that build) and copied for every test that wants one: its
 * file and the chain head beside it.
 */
QString demoTemplate()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("demo.db"));
        QStringList log;
        dd::Error error;
        {
            dd::Database db;
            const bool ok = dd::DatabaseSetup::createDatabase(db, target, sourceDataDir(), true, &log, &error);
            INFO(error.message().toStdString());
            REQUIRE(ok);
        } // closed: the write-ahead log is folded into the file
        path = target;
    }
    return path;
}

} // namespace

TempDatabase::TempDatabase(bool demo)
    : m_db(new dd::Database)
{
    REQUIRE(m_dir.isValid());
    dd::Error error;
    if (onServer()) {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->url();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.db"));
        if (demo) {
            const QString source = demoTemplate();
            REQUIRE(QFile::copy(source, m_path));
            REQUIRE(QFile::copy(dd::ChangeLogHead::path(source), dd::ChangeLogHead::path(m_path)));
            // The demo's keys are bound by their place beside the template: bring them along under that name.
            m_keys = m_dir.filePath(QFileInfo(source).fileName() + QStringLiteral(".keys"));
            const QDir keys(source + QStringLiteral(".keys"));
            QDir().mkpath(m_keys);
            for (const QString& name : keys.entryList(QDir::Files)) {
                REQUIRE(QFile::copy(keys.filePath(name), m_keys + QLatin1Char('/') + name));
            }
            const bool ok = m_db->open(m_path, dd::Database::OpenMode::OpenExisting, &error)
                && dd::DatabaseSetup::actAs(*m_db, dd::DatabaseSetup::defaultAdministrator(), &error);
            INFO(error.message().toStdString());
            REQUIRE(ok);
            return;
        }
    }
    QStringList log;
    m_keys = m_path + QStringLiteral(".keys");
    const bool ok = dd::DatabaseSetup::createDatabase(*m_db, m_path, sourceDataDir(), demo, &log, &error);
    INFO(error.message().toStdString());
    REQUIRE(ok);
}

TempDatabase::~TempDatabase()
{
    delete m_db;
}

QString TempDatabase::copy()
{
    if (m_server) {
        m_serverCopy.reset();
        m_serverCopy = std::make_unique<ServerDatabase>(m_server->name());
        return m_serverCopy->url();
    }
    QFile::remove(m_dir.filePath(QStringLiteral("copy-%1.db").arg(m_copyCount)));
    const QString target = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copyCount));
    REQUIRE(QFile::copy(m_path, target));
    // The same database again: its chain head goes with it.
    QFile::remove(dd::ChangeLogHead::path(target));
    if (QFile::exists(dd::ChangeLogHead::path(m_path))) {
        REQUIRE(QFile::copy(dd::ChangeLogHead::path(m_path), dd::ChangeLogHead::path(target)));
    }
    return target;
}

int TempDatabase::count(const QString& table)
{
    QSqlQuery q(m_db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QVariant scalar(dd::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.next());
    return q.value(0);
}

dd::ChangeLogReport verifiedLog(dd::Database& db)
{
    dd::ChangeLogReport report;
    dd::Error error;
    const bool checked = dd::ChangeLogVerifier::verify(db, &report, &error);
    INFO(error.message().toStdString());
    REQUIRE(checked);
    return report;
}

QString importCsv(dd::Database& db, const QString& kind, const QByteArray& csv, bool dryRun, const QString& reason)
{
    std::unique_ptr<dd::Importer> importer = dd::Importers::create(kind, db);
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
    dd::Error error;
    INFO(error.message().toStdString());
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    REQUIRE(dd::DatabaseSetup::actAs(db, dd::DatabaseSetup::defaultAdministrator(), &error));
}

} // namespace ddtest
