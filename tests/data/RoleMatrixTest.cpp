// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every cell of the role × action matrix of docs/ROLES.md, tried through the data
// layer itself (repositories and services), not through Permissions alone.

#include "TestSupport.h"
#include "core/policy/Permissions.h"
#include "data/backup/DatabaseBackup.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/ExceptionRepository.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "data/repositories/MilestoneRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/ProgrammeRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TranscriptIssueRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/repositories/UserRepository.h"
#include "data/services/Accounts.h"
#include "data/services/InstitutionKeys.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/DemoAuthority.h"
#include "sign/SigningKey.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;

namespace {

// The matrix as docs/ROLES.md writes it: administrator, cqupt_registrar, ruts_coordinator, viewer.
struct Cell
{
    const char* action;
    const char* institution;
    const char* door; ///< which of the action's writes or reads is tried ("" the first one)
    bool administrator;
    bool cquptRegistrar;
    bool rutsCoordinator;
    bool viewer;
};

const Cell kMatrix[] = {
    {"read records", "", "", true, true, true, true},
    {"see passport numbers and dates of birth", "", "", true, true, true, false},
    {"add or change students", "", "", true, true, true, false},
    {"delete students", "", "", true, false, false, false},
    {"change courses", "CQUPT", "", true, true, false, false},
    {"change courses", "RUTS", "", true, false, true, false},
    {"enter or change results", "CQUPT", "", true, true, false, false},
    {"enter or change results", "RUTS", "", true, false, true, false},
    {"decide transfer credit and equivalencies", "CQUPT", "", true, true, false, false},
    {"decide transfer credit and equivalencies", "RUTS", "", true, false, true, false},
    {"grant or revoke exceptions", "CQUPT", "", true, true, false, false},
    {"grant or revoke exceptions", "RUTS", "", true, false, true, false},
    {"record milestones", "", "", true, true, true, false},
    {"issue transcripts", "CQUPT", "", true, true, false, false},
    {"issue transcripts", "RUTS", "", true, false, true, false},
    {"export personal data", "", "", true, true, true, false},
    {"manage users", "", "", true, false, false, false},
    {"load regulations", "", "", true, false, false, false},
    {"back up or restore the database", "", "", true, false, false, false},
    {"bind signing keys or trust certificates", "", "", true, false, false, false},
    {"sign the change log with the institution's key", "CQUPT", "", true, true, false, false},
    {"sign the change log with the institution's key", "RUTS", "", true, false, true, false},
    {"import a partner institution's signed records", "CQUPT", "", true, false, true, false},
    {"import a partner institution's signed records", "RUTS", "", true, true, false, false},
    // Other doors of the same actions.
    {"see passport numbers and dates of birth", "", "change log", true, true, true, false},
    {"decide transfer credit and equivalencies", "CQUPT", "evidence", true, true, false, false},
    {"decide transfer credit and equivalencies", "RUTS", "evidence", true, false, true, false},
    {"load regulations", "", "programme", true, false, false, false},
    {"load regulations", "", "conversion tables", true, false, false, false},
    {"bind signing keys or trust certificates", "", "partner certificate", true, false, false, false},
};

bool expected(const Cell& cell, const QString& role)
{
    if (role == QLatin1String("administrator")) {
        return cell.administrator;
    }
    if (role == QLatin1String("cqupt_registrar")) {
        return cell.cquptRegistrar;
    }
    if (role == QLatin1String("ruts_coordinator")) {
        return cell.rutsCoordinator;
    }
    return cell.viewer;
}

QString usernameOf(const QString& role)
{
    return role == QLatin1String("administrator")   ? QStringLiteral("admin")
        : role == QLatin1String("cqupt_registrar")  ? QStringLiteral("cqupt.registrar")
        : role == QLatin1String("ruts_coordinator") ? QStringLiteral("ruts.coordinator")
                                                    : QStringLiteral("viewer");
}

/** Tries the other door \a door of \a action; true when it was done. */
bool attemptDoor(Database& db, const QString& action, const QString& institution, const QString& door, Error* error)
{
    if (door == QLatin1String("change log")) {
        // Every logged value of a student's passport and birth date, as the log shows them.
        QList<ChangeLogEntry> entries;
        REQUIRE(ChangeLogReader::latest(db, 100000, &entries, error));
        int readable = 0;
        for (const ChangeLogEntry& e : std::as_const(entries)) {
            if (e.table == QLatin1String("students") && !e.newValues.isEmpty()) {
                const QJsonObject row = QJsonDocument::fromJson(e.newValues.toUtf8()).object();
                readable += row.value(QStringLiteral("passport_no")).toString() != Permissions::maskedText()
                        && row.value(QStringLiteral("date_of_birth")).toString() != Permissions::maskedText()
                    ? 1
                    : 0;
            }
        }
        return readable > 0;
    }
    if (door == QLatin1String("evidence")) {
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT min(id) FROM equivalencies WHERE to_institution = '%1'").arg(institution)));
        REQUIRE(q.next());
        EquivalencyRepository::Evidence added;
        return EquivalencyRepository(db).addEvidence(q.value(0).toLongLong(), QStringLiteral("syllabus.pdf"),
                                                     QByteArray("%PDF-1.4 syllabus"), &added, error);
    }
    if (door == QLatin1String("programme")) {
        std::optional<Programme> p = ProgrammeRepository(db).find(QStringLiteral("RUTS-CS-2020"), error);
        REQUIRE(p);
        p->nameEn += QStringLiteral(" (renamed)");
        return ProgrammeRepository(db).save(*p, error);
    }
    if (door == QLatin1String("conversion tables")) {
        const QByteArray tables
            = ddtest::readFile(ddtest::sourceDataDir() + QStringLiteral("/policies/conversions.json"));
        return PolicyRepository(db).storeConversions(tables, QStringLiteral("conversions.json"), error);
    }
    if (door == QLatin1String("partner certificate")) {
        DemoAuthority::Files files;
        REQUIRE(DemoAuthority::make({QStringLiteral("RUTS")}, "demo", &files, error));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("RUTS.p12"));
        ddtest::writeFile(p12, files.pkcs12.value(QStringLiteral("RUTS")));
        Error ignored;
        const SigningKey key = SigningKey::fromPkcs12(p12, "demo", &ignored);
        REQUIRE_FALSE(key.isNull());
        return InstitutionKeyRepository(db).trust(QStringLiteral("RUTS"), key.certificate(), error);
    }
    FAIL("unknown door " << door.toStdString() << " of " << action.toStdString());
    return false;
}

/** Does the action in the data layer as the acting user; true when it was done. */
bool attempt(Database& db, const QString& action, const QString& institution, const QString& door, Error* error)
{
    if (!door.isEmpty()) {
        return attemptDoor(db, action, institution, door, error);
    }
    const QString student = QStringLiteral("DD2020001");
    if (action == QLatin1String("read records")) {
        const std::optional<Student> s = StudentRepository(db).find(student, error);
        return s && !ResultRepository(db).forStudent(student, error).isEmpty();
    }
    if (action == QLatin1String("see passport numbers and dates of birth")) {
        const std::optional<Student> s = StudentRepository(db).find(student, error);
        REQUIRE(s);
        return s->dateOfBirth.isValid() && s->passportNo != StudentRepository::maskedText();
    }
    if (action == QLatin1String("add or change students")) {
        std::optional<Student> s = StudentRepository(db).find(QStringLiteral("DD2020002"), error);
        REQUIRE(s);
        s->email = QStringLiteral("changed@students.example.edu");
        return StudentRepository(db).update(*s, error);
    }
    if (action == QLatin1String("delete students")) {
        std::optional<Student> s = StudentRepository(db).find(QStringLiteral("DD2099999"), error);
        REQUIRE(s);
        return StudentRepository(db).remove(*s, error);
    }
    if (action == QLatin1String("change courses")) {
        std::optional<Course> c = CourseRepository(db).all(institution, error).value(0);
        REQUIRE(c);
        c->titleEn += QStringLiteral(" (revised)");
        return CourseRepository(db).update(*c, error);
    }
    if (action == QLatin1String("enter or change results")) {
        for (CourseResult r : ResultRepository(db).forStudent(student, error)) {
            if (r.institution == institution && !r.mark.isEmpty()) {
                return ResultRepository(db).changeMark(
                    r, r.mark == QLatin1String("B") ? QStringLiteral("A") : QStringLiteral("B"),
                    QStringLiteral("exam board"), error);
            }
        }
        FAIL("no result at " << institution.toStdString());
    }
    if (action == QLatin1String("decide transfer credit and equivalencies")) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT min(id) FROM transfer_credits WHERE status = 'applied' AND"
                                      " to_institution = '%1'")
                           .arg(institution)));
        REQUIRE(q.next());
        std::optional<TransferCredit> t = TransferCreditRepository(db).findById(q.value(0).toLongLong(), error);
        REQUIRE(t);
        return TransferCreditRepository(db).reverse(*t, QStringLiteral("decided again"), error);
    }
    if (action == QLatin1String("grant or revoke exceptions")) {
        StudentException e;
        e.studentId = student;
        e.institution = institution;
        e.kind = QStringLiteral("waive");
        e.requirement = QStringLiteral("matrix-test");
        e.reason = QStringLiteral("board decision");
        e.approvedBy = QStringLiteral("Dean");
        return ExceptionRepository(db).insert(e, error);
    }
    if (action == QLatin1String("record milestones")) {
        Milestone m;
        m.studentId = student;
        m.kind = QStringLiteral("HSK");
        m.level = QStringLiteral("5");
        m.score = 240;
        m.date = QDate(2026, 11, 1);
        return MilestoneRepository(db).insert(m, error);
    }
    if (action == QLatin1String("issue transcripts")) {
        TranscriptIssue t;
        t.studentId = student;
        t.institution = institution;
        t.language = QStringLiteral("en");
        t.contentDigest = QStringLiteral("0").repeated(64);
        t.verificationCode = QStringLiteral("MATRIX%1").arg(institution);
        t.canonicalContent = QStringLiteral("x");
        return TranscriptIssueRepository(db).insert(t, error);
    }
    if (action == QLatin1String("export personal data")) {
        Disclosure d;
        d.kind = QStringLiteral("students.csv");
        d.recipient = QStringLiteral("Embassy");
        d.purpose = QStringLiteral("visa");
        d.records = {student};
        return DisclosureRepository(db).record(d, error);
    }
    if (action == QLatin1String("manage users")) {
        return Accounts(db).setRole(QStringLiteral("viewer"), QStringLiteral("viewer"), error);
    }
    if (action == QLatin1String("load regulations")) {
        const QByteArray policy = ddtest::readFile(ddtest::sourceDataDir() + QStringLiteral("/policies/RUTS.json"));
        return PolicyRepository(db).storeInstitution(policy, QStringLiteral("RUTS.json"), error);
    }
    if (action == QLatin1String("bind signing keys or trust certificates")) {
        DemoAuthority::Files files;
        REQUIRE(DemoAuthority::make({QStringLiteral("CQUPT")}, "demo", &files, error));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("CQUPT.p12"));
        ddtest::writeFile(p12, files.pkcs12.value(QStringLiteral("CQUPT")));
        const auto demo = [](const QString&, QByteArray* secret, Error*) {
            *secret = "demo";
            return true;
        };
        return InstitutionKeys(db).usePkcs12(QStringLiteral("CQUPT"), p12, demo, nullptr, error);
    }
    if (action == QLatin1String("sign the change log with the institution's key")) {
        DemoAuthority::Files files;
        REQUIRE(DemoAuthority::make({institution}, "demo", &files, error));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("key.p12"));
        ddtest::writeFile(p12, files.pkcs12.value(institution));
        const SigningKey key = SigningKey::fromPkcs12(p12, "demo", error);
        REQUIRE_FALSE(key.isNull());
        return LogCheckpoints(db).make(key, institution, nullptr, error);
    }
    if (action == QLatin1String("import a partner institution's signed records")) {
        // The partner's result written as an imported record writes it (the signature is checked before: ElmoImporter).
        for (CourseResult r :
             ResultRepository(db, Permissions::Action::ImportPartnerRecords).forStudent(student, error)) {
            if (r.institution == institution && !r.mark.isEmpty()) {
                return ResultRepository(db, Permissions::Action::ImportPartnerRecords)
                    .changeMark(r, r.mark == QLatin1String("B") ? QStringLiteral("A") : QStringLiteral("B"),
                                QStringLiteral("partner's record"), error);
            }
        }
        FAIL("no result at " << institution.toStdString());
    }
    if (action == QLatin1String("back up or restore the database")) {
        if (db.dialect() == Database::Dialect::PostgreSQL) {
            // A server database is copied with the server's tools; the permission is the same.
            return db.session().permits(Permissions::Action::BackupRestore, error);
        }
        const QString target = db.path() + QStringLiteral(".matrix-copy");
        QFile::remove(target);
        return DatabaseBackup::backupTo(db, target, error);
    }
    FAIL("unknown action " << action.toStdString());
    return false;
}

} // namespace

TEST_CASE("Every cell of the role matrix holds in the data layer", "[roles]")
{
    // The demo database plus a student nothing refers to (to delete).
    ddtest::TempDatabase t(true);
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("students"),
                              "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                              "nationality,passport_no,email,cohort,status\n"
                              "DD2099999,,,Test,Delete,,,2004-01-01,TH,AA1,,2020,active\n")
                .isEmpty());
    t.db().close();

    const QString role = QString::fromLatin1(
        GENERATE(as<const char*> {}, "administrator", "cqupt_registrar", "ruts_coordinator", "viewer"));
    for (const Cell& cell : kMatrix) {
        // Each cell on its own copy, so that one cell's change cannot decide another's.
        const QString copy = t.copy();
        Database db;
        Error error;
        REQUIRE(db.open(copy, Database::OpenMode::OpenExisting, &error));
        REQUIRE(DatabaseSetup::actAs(db, usernameOf(role), &error));
        REQUIRE(db.session().user().role == role);

        const QString action = QString::fromLatin1(cell.action);
        const QString institution = QString::fromLatin1(cell.institution);
        error = Error();
        const QString door = QString::fromLatin1(cell.door);
        const bool done = attempt(db, action, institution, door, &error);
        INFO(role.toStdString() << " / " << cell.action << " " << cell.institution << " " << cell.door << ": "
                                << error.message().toStdString());
        CHECK(done == expected(cell, role));
        if (!done && action != QLatin1String("see passport numbers and dates of birth")) {
            // The refusal is one by its kind, and names the user, the role and the action.
            CHECK(error.is(Error::Kind::Refused));
            CHECK(error.message().contains(usernameOf(role)));
            CHECK(error.message().contains(QStringLiteral("(%1) may not %2").arg(role, action)));
        }
    }
}

TEST_CASE("A new database's first account is its administrator — later accounts need one", "[roles]")
{
    ddtest::TempDatabase t;
    Error error;
    REQUIRE(DatabaseSetup::actAs(t.db(), DatabaseSetup::defaultAdministrator(), &error));
    User registrar;
    registrar.username = QStringLiteral("li.na");
    registrar.role = QStringLiteral("cqupt_registrar");
    REQUIRE(Accounts(t.db()).addUser(registrar, QStringLiteral("long enough 1"), &error));
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("li.na"), &error));
    User other;
    other.username = QStringLiteral("mallory");
    other.role = QStringLiteral("administrator");
    CHECK_FALSE(Accounts(t.db()).addUser(other, QString(), &error));
    CHECK(error.message() == QStringLiteral("li.na (cqupt_registrar) may not manage users"));
    CHECK_FALSE(Accounts(t.db()).setRole(QStringLiteral("li.na"), QStringLiteral("administrator"), &error));
    // A user may change their own password.
    CHECK(Accounts(t.db()).setPassword(QStringLiteral("li.na"), QStringLiteral("another one 2"), &error));
    CHECK_FALSE(Accounts(t.db()).setPassword(QStringLiteral("admin"), QStringLiteral("another one 2"), &error));
}
