// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/setup/DatabaseSetup.h"

#include "core/text/CsvParser.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/files/OutputFile.h"
#include "data/import/Importers.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/UserRepository.h"
#include "data/services/Accounts.h"
#include "data/services/InstitutionKeys.h"
#include "data/services/TransferService.h"
#include "sign/DemoAuthority.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace dd {

namespace {

bool readFile(const QString& path, QByteArray* bytes, Error* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(
            QCoreApplication::translate("dd::DatabaseSetup", "cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QStringList jsonFiles(const QString& dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        out << d.filePath(name);
    }
    return out;
}

} // namespace

QString DatabaseSetup::embeddedDataDir()
{
    return QStringLiteral(":/data");
}

QString DatabaseSetup::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/dualdegree/dualdegree.db");
}

QString DatabaseSetup::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/dualdegree/demo.db");
}

QString DatabaseSetup::defaultAdministrator()
{
    return QStringLiteral("admin");
}

bool DatabaseSetup::actAs(Database& db, const QString& username, Error* error)
{
    Error sqlError;
    const std::optional<User> user = UserRepository(db).find(username, &sqlError);
    if (!user) {
        *error = !sqlError.isSet() ? Error::notFound(tr("unknown user '%1'").arg(username)) : sqlError;
        return false;
    }
    if (!user->active) {
        *error = Error::refused(tr("user '%1' is disabled").arg(username));
        return false;
    }
    db.setActingUser(*user);
    return true;
}

bool DatabaseSetup::loadRegulations(Database& db, const QString& dataDir, QStringList* log, Error* error)
{
    PolicyRepository policies(db);
    const QStringList institutionFiles = jsonFiles(dataDir + QStringLiteral("/policies"));
    int count = 0;
    for (const QString& path : institutionFiles) {
        QByteArray bytes;
        if (!readFile(path, &bytes, error)) {
            return false;
        }
        const QString name = QFileInfo(path).fileName();
        const bool ok = name == QLatin1String("conversions.json") ? policies.storeConversions(bytes, name, error)
                                                                  : policies.storeInstitution(bytes, name, error);
        if (!ok) {
            return false;
        }
        ++count;
    }
    if (count == 0) {
        *error = Error::notFound(tr("no policy files in %1/policies").arg(dataDir));
        return false;
    }
    int programmes = 0;
    for (const QString& path : jsonFiles(dataDir + QStringLiteral("/programmes"))) {
        QByteArray bytes;
        if (!readFile(path, &bytes, error) || !policies.storeProgramme(bytes, QFileInfo(path).fileName(), error)) {
            return false;
        }
        ++programmes;
    }
    log->append(QStringLiteral("loaded %1 policy files and %2 programmes").arg(count).arg(programmes));
    return true;
}

bool DatabaseSetup::loadDemoAccounts(Database& db, const QString& path, QStringList* log, Error* error)
{
    // The demo offices' accounts with their documented passwords: only the hashes
    // are stored. Hashing is slow on purpose; one process making many demo
    // databases (the tests) hashes each demo password once.
    static QHash<QString, QString> hashes;
    QByteArray bytes;
    QList<CsvParser::Record> records;
    QString reason;
    if (!readFile(path, &bytes, error)) {
        return false;
    }
    if (!CsvParser::parse(bytes, &records, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    const QStringList header = {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"),
                                QStringLiteral("password")};
    if (records.isEmpty() || records.first().fields != header) {
        *error = Error::invalid(tr("%1: the header must be %2").arg(path, header.join(QLatin1Char(','))));
        return false;
    }
    UserRepository users(db);
    Accounts accounts(db);
    for (const CsvParser::Record& r : records.mid(1)) {
        if (r.fields.size() != header.size()) {
            *error = Error::invalid(tr("%1:%2: expected %3 fields").arg(path).arg(r.line).arg(header.size()));
            return false;
        }
        // An empty password: the account has none (the demo's administrator: a single-user database).
        const QString password = r.fields.at(3);
        QString& hash = hashes[password];
        if (!password.isEmpty() && hash.isEmpty() && (hash = Accounts::hashPassword(password, error)).isEmpty()) {
            return false;
        }
        Error sqlError;
        const bool known = users.find(r.fields.at(0), &sqlError).has_value();
        if (sqlError.isSet()) {
            *error = sqlError;
            return false;
        }
        if (known) {
            if (!password.isEmpty() && !accounts.setPasswordHash(r.fields.at(0), hash, error)) {
                return false;
            }
            continue;
        }
        User u;
        u.username = r.fields.at(0);
        u.displayName = r.fields.at(1);
        u.role = r.fields.at(2);
        if (!Permissions::allRoles().contains(u.role)) {
            *error = Error::invalid(tr("%1:%2: '%3' is not a role").arg(path).arg(r.line).arg(u.role));
            return false;
        }
        if (!users.insert(u, hash, error)) {
            return false;
        }
    }
    log->append(QStringLiteral("%1 demo accounts with the passwords of %2")
                    .arg(records.size() - 1)
                    .arg(QFileInfo(path).fileName()));
    return true;
}

bool DatabaseSetup::loadDemo(Database& db, const QString& dataDir, QStringList* log, Error* error)
{
    for (const QString& kind : Importers::kinds()) {
        const QString path = QStringLiteral("%1/demo/%2.csv").arg(dataDir, kind);
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QByteArray bytes;
        if (!readFile(path, &bytes, error)) {
            return false;
        }
        std::unique_ptr<Importer> importer = Importers::create(kind, db);
        ImportReport report;
        Importer::Options options;
        options.backup = false; // a database being made has nothing to lose yet
        if (!importer->run(bytes, path, options, &report)) {
            *error = Error::invalid(report.errors.isEmpty() ? tr("importing %1 failed").arg(path)
                                                            : report.errors.first().toString());
            return false;
        }
        log->append(report.summary());
    }
    if (!loadDemoAccounts(db, dataDir + QStringLiteral("/demo/users.csv"), log, error)) {
        return false;
    }
    // Every transfer the approved equivalencies allow, decided when its source term ended.
    int applied = 0;
    const ChangeReason why(db, QStringLiteral("demo data set: every transfer the approved equivalencies allow"));
    if (!TransferService(db).applyAllAtSourceTerms(&applied, error)) {
        return false;
    }
    log->append(QStringLiteral("applied %1 transfer credits as of the end of their source terms").arg(applied));
    if (db.dialect() != Database::Dialect::SQLite) {
        return true; // a server has no folder beside it for key files
    }
    return bindDemoKeys(db, db.path() + QStringLiteral(".keys"), log, error);
}

QByteArray DatabaseSetup::demoPassphrase()
{
    return DemoAuthority::passphrase();
}

bool DatabaseSetup::writeDemoKeys(const QString& folder, const QStringList& institutions, Error* error)
{
    if (!QDir().mkpath(folder)) {
        *error = Error::storage(tr("cannot create the folder %1").arg(folder));
        return false;
    }
    DemoAuthority::Files files;
    if (!DemoAuthority::make(institutions, demoPassphrase(), &files, error)
        || !OutputFile::write(QDir(folder).filePath(QStringLiteral("ca.pem")), files.caPem, error)) {
        return false;
    }
    for (auto it = files.pkcs12.cbegin(); it != files.pkcs12.cend(); ++it) {
        const QString path = QDir(folder).filePath(it.key() + QStringLiteral(".p12"));
        if (!OutputFile::write(path, it.value(), error)) {
            return false;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool DatabaseSetup::bindDemoKeys(Database& db, const QString& folder, QStringList* log, Error* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT code FROM institutions ORDER BY code"), {}, error)) {
        return false;
    }
    QStringList institutions;
    while (q.next()) {
        institutions << q.value(0).toString();
    }
    if (!writeDemoKeys(folder, institutions, error)) {
        return false;
    }
    InstitutionKeys keys(db);
    const auto demo = [](const QString&, QByteArray* secret, Error*) {
        *secret = demoPassphrase();
        return true;
    };
    for (const QString& institution : std::as_const(institutions)) {
        if (!keys.usePkcs12(institution, QDir(folder).filePath(institution + QStringLiteral(".p12")), demo, nullptr,
                            error)) {
            return false;
        }
    }
    log->append(QStringLiteral("made DEMO signing keys in %1 (passphrase \"%2\"; not valid outside the demo) and"
                               " bound them to %3")
                    .arg(folder, QString::fromLatin1(demoPassphrase()), institutions.join(QStringLiteral(", "))));
    return true;
}

bool DatabaseSetup::createDatabase(Database& db, const QString& path, const QString& dataDir, bool demo,
                                   QStringList* log, Error* error)
{
    const bool server = Database::isServerAddress(path);
    const QFileInfo info(path);
    if (!server && info.exists() && info.size() > 0) {
        *error = Error::invalid(tr("%1 exists already; 'init' only creates new databases").arg(path));
        return false;
    }
    if (!server && !QDir().mkpath(info.absolutePath())) {
        *error = Error::storage(tr("cannot create the folder %1").arg(info.absolutePath()));
        return false;
    }
    if (!db.open(path, Database::OpenMode::CreateIfMissing, error)) {
        return false;
    }
    QVariant accounts;
    if (server
        && (!Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM users"), {}, &accounts, error)
            || accounts.toInt() > 0)) {
        db.close();
        if (!error->isSet()) {
            *error = Error::invalid(
                tr("%1 holds a DualDegree database already; 'init' only creates new databases").arg(path));
        }
        return false;
    }
    auto fail = [&]() {
        db.close();
        if (server) {
            // A server database cannot be removed like a file; say how far it got.
            *error = error->withMessage(
                tr("%1 (the server database is left as far as it got: drop it and create it again)")
                    .arg(error->message()));
            return false;
        }
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return false;
    };
    User admin;
    admin.username = defaultAdministrator();
    admin.displayName = QStringLiteral("Local administrator");
    admin.role = QStringLiteral("administrator");
    UserRepository users(db);
    if (!users.insert(admin, QString(), error)) {
        return fail();
    }
    db.setActingUser(admin);
    log->append(QStringLiteral("created %1 (schema %2)").arg(path).arg(db.migrator().version()));
    if (!loadRegulations(db, dataDir, log, error)) {
        return fail();
    }
    if (demo && !loadDemo(db, dataDir, log, error)) {
        return fail();
    }
    return true;
}

} // namespace dd
