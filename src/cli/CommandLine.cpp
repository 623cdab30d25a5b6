// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include "data/db/Integrity.h"

#include "data/backup/DatabaseBackup.h"

#include "data/backup/DatabaseCopy.h"
#include "data/db/Database.h"
#include "data/import/ExceptionImporter.h"
#include "data/import/Importers.h"
#include "data/repositories/ExceptionRepository.h"
#include "data/repositories/ProgrammeRepository.h"
#include "data/repositories/UserRepository.h"
#include "data/services/Accounts.h"
#include "data/services/AuditService.h"
#include "data/setup/DatabaseSetup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

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
    m_err << QStringLiteral(
        "usage: dualdegree-cli [--db FILE|postgresql://user@host:port/dbname] [--user NAME] [--data DIR] COMMAND ...\n"
        "  --user NAME: act as NAME; a user with a password gives it in DUALDEGREE_PASSWORD or at the prompt\n"
        "commands:\n"
        "  init [--demo]                        create the database (with the demo data set)\n"
        "  import KIND FILE.csv [--dry-run] [--reason TEXT]\n"
        "                                       KIND: students, courses, results, equivalencies,\n"
        "                                       milestones, exceptions\n"
        "  programmes [--verbose]               list the programme codes\n"
        "  audit STUDENT_ID --institution CQUPT|RUTS [--what-if PROGRAMME] [--json]\n"
        "  audit --cohort YEAR --institution CQUPT|RUTS --json   (JSON lines)\n"
        "  exception add STUDENT_ID --institution I --kind K --requirement R [--course C]\n"
        "                --reason TEXT --approved-by NAME\n"
        "  exception revoke STUDENT_ID --institution I --kind K --requirement R [--course C]\n"
        "  transfer STUDENT_ID --to CQUPT|RUTS [--apply] [--as-of DATE] [--json]\n"
        "                                       the transfers approved equivalencies allow\n"
        "  transfer STUDENT_ID --reverse TRANSFER_ID --reason TEXT\n"
        "  equivalency list [--status S] [--json] | show ID | impact ID [--as-of DATE] [--json]\n"
        "  equivalency propose|approve|reject|retire ID --reason TEXT\n"
        "  equivalency evidence ID FILE         attach a syllabus to a version\n"
        "  export equivalencies FILE.csv        the catalogue in the import format\n"
        "  export students FILE.csv --recipient TEXT --purpose TEXT [--cohort YEAR]\n"
        "                                       student records, recorded in the disclosure log\n"
        "  transcript STUDENT_ID --institution CQUPT|RUTS --lang en|en-zh|en-th --out FILE.pdf\n"
        "             [--recipient TEXT] [--purpose TEXT] [--pdfa] [--issued DATE]\n"
        "  transcript --cohort YEAR --institution I --lang L --out-dir DIR [...]\n"
        "                                       issue transcripts (PDF), recorded in the issue log\n"
        "  verify FILE.pdf|CODE                 exit 0 genuine, 1 not genuine, 2 record changed\n"
        "  log verify                           is the change log complete and unaltered?\n"
        "  log show [--student ID] [--limit N]  the change log (newest first), or one student's history\n"
        "  log disclosures [--student ID] [--limit N]\n"
        "                                       transcripts and exports of personal data released\n"
        "  user list | add NAME --role R [--name TEXT] | passwd NAME | role NAME R | disable NAME | enable NAME\n"
        "  user require-login on|off            passwords from DUALDEGREE_PASSWORD / DUALDEGREE_NEW_PASSWORD\n"
        "                                       or a prompt\n"
        "  migrate --from FILE.db|URL --to URL|FILE.db [--reason TEXT]\n"
        "                                       move the whole database between a file and a server,\n"
        "                                       then compare row counts and a checksum of every table\n"
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
    if (command == QLatin1String("restore")) {
        return cmdRestore(args);
    }
    if (command == QLatin1String("audit")) {
        return cmdAudit(args);
    }
    if (command == QLatin1String("exception")) {
        return cmdException(args);
    }
    if (command == QLatin1String("transfer")) {
        return cmdTransfer(args);
    }
    if (command == QLatin1String("equivalency")) {
        return cmdEquivalency(args);
    }
    if (command == QLatin1String("export")) {
        return cmdExport(args);
    }
    if (command == QLatin1String("transcript")) {
        return cmdTranscript(args);
    }
    if (command == QLatin1String("verify")) {
        return cmdVerify(args);
    }
    if (command == QLatin1String("log")) {
        return cmdLog(args);
    }
    if (command == QLatin1String("migrate")) {
        return cmdMigrate(args);
    }
    if (command == QLatin1String("user")) {
        return cmdUser(args);
    }
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(command), 2);
}

bool CommandLine::openDatabase(Database& db)
{
    Error error;
    if (!db.open(m_dbPath, Database::OpenMode::OpenExisting, &error)) {
        fail(error.message());
        return false;
    }
    const bool required = Accounts::loginRequired(db);
    if (m_user.isEmpty()) {
        if (required) {
            fail(QStringLiteral("%1 requires logging in: --user NAME (the password from DUALDEGREE_PASSWORD or a"
                                " prompt)")
                     .arg(m_dbPath));
            return false;
        }
        if (!DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error)) {
            fail(error.message());
            return false;
        }
        return true;
    }
    const std::optional<User> user = UserRepository(db).find(m_user, &error);
    if (!required && !user) {
        fail(!error.isSet() ? QStringLiteral("unknown user '%1'").arg(m_user) : error.message());
        return false;
    }
    // A user with a password proves it; without one only where no login is required.
    if (required || user->hasPassword) {
        QString password;
        if (!readPassword(QStringLiteral("Password for %1: ").arg(m_user), &password, &error)) {
            fail(error.message());
            return false;
        }
        if (!Accounts(db).logIn(m_user, password, &error)) {
            fail(QStringLiteral("login refused: %1").arg(error.message()));
            return false;
        }
        return true;
    }
    if (!DatabaseSetup::actAs(db, m_user, &error)) {
        fail(error.message());
        return false;
    }
    return true;
}

bool CommandLine::readPassword(const QString& prompt, QString* password, Error* error, const char* variable)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        *password = QString::fromUtf8(fromEnvironment);
        return true;
    }
    // From the terminal, without echo.
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr) {
        *error = Error::invalid(
            QStringLiteral("a password is needed: set %1 or run in a terminal").arg(QLatin1String(variable)));
        return false;
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fileno(tty), &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (isTerminal) {
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    *password = QString::fromUtf8(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    std::fill(std::begin(line), std::end(line), '\0');
    if (!read) {
        *error = Error::invalid(QStringLiteral("no password was entered"));
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
    Error error;
    if (!DatabaseSetup::createDatabase(db, m_dbPath, m_dataDir, demo, &log, &error)) {
        return fail(QStringLiteral("init: %1").arg(error.message()));
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
                        .arg(Importers::kinds().join(QStringLiteral(", "))),
                    2);
    }
    const QString kind = args.at(0);
    const QString path = args.at(1);
    if (!Importers::kinds().contains(kind)) {
        return fail(QStringLiteral("import: unknown kind '%1' (expected %2)")
                        .arg(kind, Importers::kinds().join(QStringLiteral(", "))),
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
    std::unique_ptr<Importer> importer = Importers::create(kind, db);
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
    if (!report.backup.isEmpty()) {
        m_out << QStringLiteral("the database as it was before: %1").arg(report.backup) << Qt::endl;
    }
    return 0;
}

int CommandLine::cmdRestore(QStringList args)
{
    if (args.size() != 1) {
        return fail(QStringLiteral("restore: expected the BACKUP file"), 2);
    }
    QString previous;
    Error error;
    if (QFileInfo::exists(m_dbPath)) {
        Database current;
        if (!openDatabase(current)) {
            return 1;
        }
        if (!current.session().permits(Permissions::Action::BackupRestore, &error)) {
            return fail(QStringLiteral("restore: %1").arg(error.message()));
        }
    }
    if (!DatabaseBackup::restore(args.first(), m_dbPath, &previous, &error)) {
        return fail(QStringLiteral("restore: %1").arg(error.message()));
    }
    m_out << QStringLiteral("restored %1 from %2").arg(m_dbPath, args.first()) << Qt::endl;
    if (!previous.isEmpty()) {
        m_out << QStringLiteral("the database as it was before: %1").arg(previous) << Qt::endl;
    }
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
    Error error;
    const QList<Programme> programmes = ProgrammeRepository(db).all(&error);
    if (error.isSet()) {
        return fail(error.message());
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
    Error error;
    if (!DatabaseBackup::backupTo(db, args.first(), &error)) {
        return fail(QStringLiteral("backup: %1").arg(error.message()));
    }
    m_out << QStringLiteral("backup written to %1 and verified").arg(args.first()) << Qt::endl;
    return 0;
}

int CommandLine::cmdMigrate(QStringList args)
{
    QString from = m_dbPath;
    QString to;
    QString reason;
    if (!takeOption(args, QStringLiteral("--from"), &from) || !takeOption(args, QStringLiteral("--to"), &to)
        || !takeOption(args, QStringLiteral("--reason"), &reason)) {
        return fail(QStringLiteral("migrate: %1").arg(m_optionError), 2);
    }
    if (!args.isEmpty()) {
        return fail(QStringLiteral("migrate: unexpected argument '%1'").arg(args.first()), 2);
    }
    if (to.isEmpty()) {
        return fail(
            QStringLiteral("migrate: --to names the new database (a file or postgresql://user@host:port/dbname)"), 2);
    }
    const bool newFile = !Database::isServerAddress(to);
    if (newFile && QFileInfo::exists(to)) {
        return fail(QStringLiteral("migrate: %1 exists already; the target of a move is a new database").arg(to));
    }
    Database source;
    m_dbPath = from;
    if (!openDatabase(source)) {
        return 1;
    }
    Database target;
    Error error;
    if (!target.open(to, Database::OpenMode::CreateIfMissing, &error)) {
        return fail(QStringLiteral("migrate: %1").arg(error.message()));
    }
    QElapsedTimer timer;
    timer.start();
    QList<DatabaseCopy::Table> tables;
    const QString why = reason.isEmpty() ? QStringLiteral("moved from %1").arg(from) : reason;
    if (!DatabaseCopy::copy(source, target, why, nullptr, &tables, &error)) {
        target.close();
        if (newFile) {
            // Nothing was copied: the new file goes again, with its journal.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(to + suffix);
            }
        }
        return fail(QStringLiteral("migrate: %1").arg(error.message()));
    }
    m_out << QStringLiteral("copied %1 to %2 in %3 s").arg(from, to).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    m_out << QStringLiteral("%1 %2 %3  %4")
                 .arg(QStringLiteral("table"), -24)
                 .arg(QStringLiteral("rows"), 8)
                 .arg(QStringLiteral("rows there"), 10)
                 .arg(QStringLiteral("SHA-256 of the rows (both sides)"))
          << Qt::endl;
    int differing = 0;
    for (const DatabaseCopy::Table& t : std::as_const(tables)) {
        const bool same = t.matches();
        differing += same ? 0 : 1;
        m_out << QStringLiteral("%1 %2 %3  %4%5")
                     .arg(t.name, -24)
                     .arg(t.sourceRows, 8)
                     .arg(t.targetRows, 10)
                     .arg(QString::fromLatin1(t.sourceChecksum.left(16)))
                     .arg(same ? QStringLiteral(" same")
                               : QStringLiteral(" DIFFERS: %1").arg(QString::fromLatin1(t.targetChecksum.left(16))))
              << Qt::endl;
    }
    if (differing > 0) {
        return fail(QStringLiteral("migrate: %1 of %2 tables differ after the copy").arg(differing).arg(tables.size()));
    }
    m_out << QStringLiteral("all %1 tables have the same rows on both sides").arg(tables.size()) << Qt::endl;
    m_out << QStringLiteral("the change log of %1 stays with it; the log of %2 starts with the copied rows ('%3')")
                 .arg(from, to, why)
          << Qt::endl;
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
    Error error;
    if (!Integrity::check(db, &problems, &error)) {
        return fail(QStringLiteral("check: %1").arg(error.message()));
    }
    if (!problems.isEmpty()) {
        for (int i = 1; i < problems.size(); ++i) {
            m_out << problems.at(i) << Qt::endl;
        }
        return fail(QStringLiteral("check: %1 problem(s); first: %2").arg(problems.size()).arg(problems.first()));
    }
    m_out << QStringLiteral("%1: integrity ok, foreign keys ok (schema %2)").arg(m_dbPath).arg(db.migrator().version())
          << Qt::endl;
    return 0;
}

int CommandLine::cmdAudit(QStringList args)
{
    QString institution;
    QString whatIf;
    QString cohortText;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!takeOption(args, QStringLiteral("--institution"), &institution)
        || !takeOption(args, QStringLiteral("--what-if"), &whatIf)
        || !takeOption(args, QStringLiteral("--cohort"), &cohortText)) {
        return fail(QStringLiteral("audit: %1").arg(m_optionError), 2);
    }
    if (institution.isEmpty()) {
        return fail(QStringLiteral("audit: --institution CQUPT|RUTS is required"), 2);
    }
    if (cohortText.isEmpty() == (args.size() != 1)) {
        return fail(QStringLiteral("audit: give one STUDENT_ID, or --cohort YEAR"), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    Error error;
    AuditService service(db);
    if (!service.load(&error)) {
        return fail(QStringLiteral("audit: %1").arg(error.message()));
    }
    QList<AuditResult> results;
    AuditService::Problem problem = AuditService::Problem::None;
    bool ok = false;
    if (!cohortText.isEmpty()) {
        if (!json && service.policies().institution(institution)) {
            return fail(QStringLiteral("audit: --cohort writes JSON lines; add --json"), 2);
        }
        ok = service.auditCohort(cohortText.toInt(), institution, whatIf, &results, &error, &problem);
    } else {
        AuditResult result;
        ok = service.auditStudent(args.first(), institution, whatIf, &result, &error, &problem);
        results.append(result);
    }
    if (!ok) {
        const bool usage = problem == AuditService::Problem::UnknownInstitution
            || problem == AuditService::Problem::WrongInstitution;
        return fail(QStringLiteral("audit: %1").arg(error.message()), usage ? 2 : 1);
    }
    for (const AuditResult& result : std::as_const(results)) {
        if (json) {
            m_out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
            continue;
        }
        m_out << QStringLiteral("%1 at %2, %3%4")
                     .arg(result.studentId, result.institution, result.programme,
                          result.whatIf ? QStringLiteral(" (what-if)") : QString())
              << Qt::endl;
        m_out << QStringLiteral("GPA %1, %2 of %3 credits earned")
                     .arg(result.gpa.isEmpty() ? QStringLiteral("-") : result.gpa,
                          QString::number(result.creditsEarnedHalves / 2.0),
                          QString::number(result.creditsRequiredHalves / 2.0))
              << Qt::endl;
        m_out << QStringLiteral("graduation: %1, degree: %2, honours: %3")
                     .arg(result.graduationEligible ? QStringLiteral("eligible") : QStringLiteral("not yet"),
                          result.degreeEligible ? QStringLiteral("eligible") : QStringLiteral("not yet"),
                          result.honours.isEmpty() ? QStringLiteral("none") : result.honours)
              << Qt::endl;
        for (const AuditResult::Row& row : std::as_const(result.requirements)) {
            QString credits;
            if (row.creditsRequiredHalves) {
                credits = QStringLiteral(" %1/%2")
                              .arg(row.creditsAppliedHalves.value_or(0) / 2.0)
                              .arg(*row.creditsRequiredHalves / 2.0);
            }
            m_out << QStringLiteral("  %1%2 %3%4%5")
                         .arg(row.parent.isEmpty() ? QString() : QStringLiteral("  "),
                              AuditResult::statusName(row.status).leftJustified(11), row.label, credits,
                              row.detail.isEmpty() ? QString() : QStringLiteral(" (") + row.detail + QLatin1Char(')'))
                  << Qt::endl;
        }
        for (const QString& reason : std::as_const(result.honoursReasons)) {
            m_out << QStringLiteral("  no honours: %1").arg(reason) << Qt::endl;
        }
    }
    return 0;
}

int CommandLine::cmdException(QStringList args)
{
    if (args.isEmpty() || (args.first() != QLatin1String("add") && args.first() != QLatin1String("revoke"))) {
        return fail(QStringLiteral("exception: expected 'add' or 'revoke'"), 2);
    }
    const bool add = args.takeFirst() == QLatin1String("add");
    StudentException e;
    if (!takeOption(args, QStringLiteral("--institution"), &e.institution)
        || !takeOption(args, QStringLiteral("--kind"), &e.kind)
        || !takeOption(args, QStringLiteral("--requirement"), &e.requirement)
        || !takeOption(args, QStringLiteral("--course"), &e.courseCode)
        || !takeOption(args, QStringLiteral("--reason"), &e.reason)
        || !takeOption(args, QStringLiteral("--approved-by"), &e.approvedBy)) {
        return fail(QStringLiteral("exception: %1").arg(m_optionError), 2);
    }
    if (args.size() != 1) {
        return fail(QStringLiteral("exception: expected one STUDENT_ID"), 2);
    }
    e.studentId = args.first();
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    Error error;
    if (add) {
        ImportReport report;
        if (!ExceptionImporter::recordOne(db, e, &report)) {
            if (report.errors.isEmpty()) {
                return fail(QStringLiteral("exception add: failed"));
            }
            // Name the option the user typed, not the CSV column behind it.
            const ImportIssue& issue = report.errors.first();
            QString option = issue.column == QLatin1String("course_code") ? QStringLiteral("course") : issue.column;
            option.replace(QLatin1Char('_'), QLatin1Char('-'));
            return fail(option.isEmpty() ? QStringLiteral("exception add: %1").arg(issue.message)
                                         : QStringLiteral("exception add: --%1: %2").arg(option, issue.message));
        }
        m_out << (report.inserted ? QStringLiteral("exception recorded") : QStringLiteral("exception already recorded"))
              << Qt::endl;
        return 0;
    }
    ExceptionRepository exceptions(db);
    std::optional<StudentException> found = exceptions.findActive(e, &error);
    if (!found) {
        return fail(!error.isSet()
                        ? QStringLiteral("exception revoke: no such exception in force for %1").arg(e.studentId)
                        : error.message());
    }
    if (!exceptions.revoke(*found, &error)) {
        return fail(QStringLiteral("exception revoke: %1").arg(error.message()));
    }
    m_out << QStringLiteral("exception revoked") << Qt::endl;
    return 0;
}

} // namespace dd
