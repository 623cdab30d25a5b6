// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchDatabase.h"
#include "core/audit/AuditEngine.h"
#include "data/import/Importers.h"
#include "data/repositories/AuditLoader.h"

#include "SyntheticData.h"
#include "data/db/Database.h"
#include "data/import/Importer.h"
#include "data/setup/DatabaseSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace BenchDatabase {

Options options(int students)
{
    Options o;
    o.students = students;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--students")) {
            o.students = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--db")) {
            o.path = args.at(i + 1);
        }
    }
    return o;
}

bool importFile(dd::Database& db, const QString& kind, const QByteArray& bytes, bool dryRun, dd::Error* error)
{
    std::unique_ptr<dd::Importer> importer = dd::Importers::create(kind, db);
    dd::Importer::Options options;
    options.dryRun = dryRun;
    dd::ImportReport report;
    if (!importer->run(bytes, kind + QStringLiteral(".csv"), options, &report)) {
        *error
            = dd::Error::invalid(report.errors.isEmpty() ? QStringLiteral("failed") : report.errors.first().toString());
        return false;
    }
    return true;
}

bool exists(const QString& path)
{
    if (!dd::Database::isServerAddress(path)) {
        return QFileInfo::exists(path);
    }
    dd::Database db;
    dd::Error error;
    return db.open(path, dd::Database::OpenMode::OpenExisting, &error);
}

QByteArray demoFile(const QString& name)
{
    QFile f(QStringLiteral(":/data/demo/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool generate(const QString& path, int students, QTextStream& out, dd::Error* error)
{
    const QByteArray coursesBytes = demoFile(QStringLiteral("courses.csv"));
    if (coursesBytes.isEmpty()) {
        *error = dd::Error::notFound(QStringLiteral("the built-in demo catalogue is missing"));
        return false;
    }
    int rows = 0;
    const QByteArray results = SyntheticData::resultsCsv(students, SyntheticData::courses(coursesBytes), &rows);
    out << "generating " << students << " students and " << rows << " results in " << path << " ..." << Qt::endl;
    dd::Database db;
    QStringList log;
    return dd::DatabaseSetup::createDatabase(db, path, dd::DatabaseSetup::embeddedDataDir(), false, &log, error)
        && importFile(db, QStringLiteral("courses"), coursesBytes, false, error)
        && importFile(db, QStringLiteral("students"), SyntheticData::studentsCsv(students), false, error)
        && importFile(db, QStringLiteral("results"), results, false, error);
}

int auditAll(dd::Database& db, const dd::PolicySet& policies, const QList<dd::StudentRecord>& records, int* graduates,
             dd::Error* error)
{
    dd::AuditLoader loader(db);
    QHash<QString, dd::RuleSet> rules;
    int audits = 0;
    *graduates = 0;
    for (const dd::StudentRecord& record : records) {
        for (const QString& institution : policies.institutionCodes()) {
            const QString key = institution + QString::number(record.cohort);
            if (!rules.contains(key)) {
                dd::RuleSet set;
                if (!loader.loadRules(loader.programmeFor(institution, record.cohort, error), &set, error)) {
                    return -1;
                }
                rules.insert(key, set);
            }
            *graduates += dd::AuditEngine::audit(record, rules.value(key), policies).graduationEligible ? 1 : 0;
            ++audits;
        }
    }
    return audits;
}

} // namespace BenchDatabase
