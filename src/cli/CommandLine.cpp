// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include "Database.h"
#include "DatabaseSetup.h"
#include "Importer.h"
#include "ProgrammeRepository.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

CommandLine::CommandLine(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int CommandLine::fail(const QString& reason, int code)
{
    m_err << QStringLiteral("dualdegree-cli: ") << reason << Qt::endl;
    return code;
}

int CommandLine::usage()
{
    m_err << QStringLiteral("usage: dualdegree-cli [--db FILE] [--user NAME] [--data DIR] COMMAND ...\n"
                            "commands:\n"
                            "  init [--demo]                        create the database (with the demo data set)\n"
                            "  import KIND FILE.csv [--dry-run] [--reason TEXT]\n"
                            "                                       KIND: students, courses, results, equivalencies,\n"
                            "                                       milestones, exceptions\n"
                            "  programmes [--verbose]               list the programme codes\n"
                            "  backup FILE                          write a verified copy of the database\n"
                            "  check                                integrity and foreign-key check\n");
    return 2;
}

bool CommandLine::takeOption(QStringList& args, const QString& name, QString* value)
{
    const int i = args.indexOf(name);
    if (i < 0) {
        return true;
    }
    if (i + 1 >= args.size()) {
        m_optionError = QStringLiteral("%1 needs a value").arg(name);
        return false;
    }
    *value = args.at(i + 1);
    args.remove(i, 2);
    return true;
}

bool CommandLine::takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}

int CommandLine::run(const QStringList& arguments)
{
    QStringList args = arguments;
    // Global options stand before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help")) {
            usage();
            return 0;
        }
        if (args.isEmpty()) {
            return fail(QStringLiteral("%1 needs a value").arg(option), 2);
        }
        if (option == QLatin1String("--db")) {
            m_dbPath = args.takeFirst();
        } else if (option == QLatin1String("--user")) {
            m_user = args.takeFirst();
        } else if (option == QLatin1String("--data")) {
            m_dataDir = args.takeFirst();
        } else {
            return fail(QStringLiteral("unknown option %1").arg(option), 2);
        }
    }
    if (args.isEmpty()) {
        return usage();
    }
    if (m_dbPath.isEmpty()) {
        m_dbPath = DatabaseSetup::defaultDatabasePath();
    }
    if (m_dataDir.isEmpty()) {
        m_dataDir = DatabaseSetup::embeddedDataDir();
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("init")) {
        return cmdInit(args);
    }
    if (command == QLatin1String("import")) {
        return cmdImport(args);
    }
    if (command == QLatin1String("programmes")) {
        return cmdProgrammes(args);
    }
    if (command == QLatin1String("backup")) {
        return cmdBackup(args);
    }
    if (command == QLatin1String("check")) {
        return cmdCheck(args);
    }
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(command), 2);
}

bool CommandLine::openDatabase(Database& db)
{
    QString error;
    if (!db.open(m_dbPath, Database::OpenMode::OpenExisting, &error)) {
        fail(error);
        return false;
    }
    const QString user = m_user.isEmpty() ? DatabaseSetup::defaultAdministrator() : m_user;
    if (!DatabaseSetup::actAs(db, user, &error)) {
        fail(error);
        return false;
    }
    return true;
}

int CommandLine::cmdInit(QStringList args)
{
    const bool demo = takeFlag(args, QStringLiteral("--demo"));
    if (!args.isEmpty()) {
        return fail(QStringLiteral("init: unexpected argument '%1'").arg(args.first()), 2);
    }
    Database db;
    QStringList log;
    QString error;
    if (!DatabaseSetup::createDatabase(db, m_dbPath, m_dataDir, demo, &log, &error)) {
        return fail(QStringLiteral("init: %1").arg(error));
    }
    for (const QString& line : log) {
        m_out << line << Qt::endl;
    }
    return 0;
}

int CommandLine::cmdImport(QStringList args)
{
    Importer::Options options;
    options.dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (!takeOption(args, QStringLiteral("--reason"), &options.reason)) {
        return fail(QStringLiteral("import: %1").arg(m_optionError), 2);
    }
    if (args.size() != 2) {
        return fail(QStringLiteral("import: expected KIND FILE.csv (KIND: %1)")
                        .arg(Importer::kinds().join(QStringLiteral(", "))),
                    2);
    }
    const QString kind = args.at(0);
    const QString path = args.at(1);
    if (!Importer::kinds().contains(kind)) {
        return fail(QStringLiteral("import: unknown kind '%1' (expected %2)")
                        .arg(kind, Importer::kinds().join(QStringLiteral(", "))),
                    2);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("import: cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    std::unique_ptr<Importer> importer = Importer::create(kind, db);
    ImportReport report;
    if (!importer->run(bytes, path, options, &report)) {
        const int n = report.errors.size();
        QString first = n > 0 ? report.errors.first().toString() : QStringLiteral("import failed");
        fail(QStringLiteral("%1; nothing was imported (%2 error%3)")
                 .arg(first)
                 .arg(n)
                 .arg(n == 1 ? QString() : QStringLiteral("s")));
        for (int i = 1; i < n; ++i) {
            m_err << report.errors.at(i).toString() << Qt::endl;
        }
        return 1;
    }
    if (options.dryRun) {
        for (const QString& change : report.changes) {
            m_out << QStringLiteral("would ") << change << Qt::endl;
        }
    }
    m_out << report.summary() << Qt::endl;
    return 0;
}

int CommandLine::cmdProgrammes(QStringList args)
{
    const bool verbose = takeFlag(args, QStringLiteral("--verbose"));
    if (!args.isEmpty()) {
        return fail(QStringLiteral("programmes: unexpected argument '%1'").arg(args.first()), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    QString error;
    const QList<Programme> programmes = ProgrammeRepository(db).all(&error);
    if (!error.isEmpty()) {
        return fail(error);
    }
    for (const Programme& p : programmes) {
        if (verbose) {
            m_out << p.code << '\t' << p.institution << '\t' << p.catalogueYear << '\t' << p.nameEn << '\t'
                  << p.degreeEn << Qt::endl;
        } else {
            m_out << p.code << Qt::endl;
        }
    }
    return 0;
}

int CommandLine::cmdBackup(QStringList args)
{
    if (args.size() != 1) {
        return fail(QStringLiteral("backup: expected the target FILE"), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    QString error;
    if (!db.backupTo(args.first(), &error)) {
        return fail(QStringLiteral("backup: %1").arg(error));
    }
    m_out << QStringLiteral("backup written to %1 and verified").arg(args.first()) << Qt::endl;
    return 0;
}

int CommandLine::cmdCheck(QStringList args)
{
    if (!args.isEmpty()) {
        return fail(QStringLiteral("check: unexpected argument '%1'").arg(args.first()), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    QStringList problems;
    QString error;
    if (!db.check(&problems, &error)) {
        return fail(QStringLiteral("check: %1").arg(error));
    }
    if (!problems.isEmpty()) {
        for (int i = 1; i < problems.size(); ++i) {
            m_out << problems.at(i) << Qt::endl;
        }
        return fail(QStringLiteral("check: %1 problem(s); first: %2").arg(problems.size()).arg(problems.first()));
    }
    m_out << QStringLiteral("%1: integrity ok, foreign keys ok (schema %2)").arg(m_dbPath).arg(db.schemaVersion())
          << Qt::endl;
    return 0;
}

} // namespace dd
