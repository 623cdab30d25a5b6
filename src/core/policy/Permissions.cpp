// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/Permissions.h"

#include <QCoreApplication>

#include <QStringList>

namespace dd {
namespace Permissions {

namespace {

const QString kAdministrator = QStringLiteral("administrator");
const QString kViewer = QStringLiteral("viewer");

} // namespace

QString officeOf(const QString& role)
{
    if (role == QLatin1String("cqupt_registrar")) {
        return QStringLiteral("CQUPT");
    }
    if (role == QLatin1String("ruts_coordinator")) {
        return QStringLiteral("RUTS");
    }
    return QString();
}

QList<Action> allActions()
{
    return {Action::ReadRecords,      Action::ReadPersonalDetails, Action::EditStudents,
            Action::DeleteStudents,   Action::EditCourses,         Action::EnterResults,
            Action::DecideTransfers,  Action::ManageExceptions,    Action::RecordMilestones,
            Action::IssueTranscripts, Action::ExportPersonalData,  Action::ManageUsers,
            Action::LoadPolicies,     Action::BackupRestore,       Action::ManageKeys,
            Action::SignChangeLog,    Action::ImportPartnerRecords};
}

QStringList allRoles()
{
    return {kAdministrator, QStringLiteral("cqupt_registrar"), QStringLiteral("ruts_coordinator"), kViewer};
}

bool perInstitution(Action action)
{
    switch (action) {
    case Action::EditCourses:
    case Action::EnterResults:
    case Action::DecideTransfers:
    case Action::ManageExceptions:
    case Action::IssueTranscripts:
    case Action::SignChangeLog:
    case Action::ImportPartnerRecords:
        return true;
    default:
        return false;
    }
}

QString actionName(Action action)
{
    switch (action) {
    case Action::ReadRecords:
        return QCoreApplication::translate("dd::Permissions", "read records");
    case Action::ReadPersonalDetails:
        return QCoreApplication::translate("dd::Permissions", "see passport numbers and dates of birth");
    case Action::EditStudents:
        return QCoreApplication::translate("dd::Permissions", "add or change students");
    case Action::DeleteStudents:
        return QCoreApplication::translate("dd::Permissions", "delete students");
    case Action::EditCourses:
        return QCoreApplication::translate("dd::Permissions", "change courses");
    case Action::EnterResults:
        return QCoreApplication::translate("dd::Permissions", "enter or change results");
    case Action::DecideTransfers:
        return QCoreApplication::translate("dd::Permissions", "decide transfer credit and equivalencies");
    case Action::ManageExceptions:
        return QCoreApplication::translate("dd::Permissions", "grant or revoke exceptions");
    case Action::RecordMilestones:
        return QCoreApplication::translate("dd::Permissions", "record milestones");
    case Action::IssueTranscripts:
        return QCoreApplication::translate("dd::Permissions", "issue transcripts");
    case Action::ExportPersonalData:
        return QCoreApplication::translate("dd::Permissions", "export personal data");
    case Action::ManageUsers:
        return QCoreApplication::translate("dd::Permissions", "manage users");
    case Action::LoadPolicies:
        return QCoreApplication::translate("dd::Permissions", "load regulations");
    case Action::BackupRestore:
        return QCoreApplication::translate("dd::Permissions", "back up or restore the database");
    case Action::ManageKeys:
        return QCoreApplication::translate("dd::Permissions", "bind signing keys or trust certificates");
    case Action::SignChangeLog:
        return QCoreApplication::translate("dd::Permissions", "sign the change log with the institution's key");
    case Action::ImportPartnerRecords:
        return QCoreApplication::translate("dd::Permissions", "import a partner institution's signed records");
    }
    return QString();
}

bool allows(const User& user, Action action, const QString& institution)
{
    if (!user.active || user.role.isEmpty()) {
        return false;
    }
    if (user.role == kAdministrator) {
        return true;
    }
    if (action == Action::ReadRecords) {
        return allRoles().contains(user.role);
    }
    const QString office = officeOf(user.role);
    if (office.isEmpty()) {
        return false; // a viewer reads only
    }
    switch (action) {
    case Action::ReadPersonalDetails:
    case Action::EditStudents:
    case Action::RecordMilestones:
    case Action::ExportPersonalData:
        return true;
    case Action::EditCourses:
    case Action::EnterResults:
    case Action::DecideTransfers:
    case Action::ManageExceptions:
    case Action::IssueTranscripts:
    case Action::SignChangeLog:
        return institution.compare(office, Qt::CaseInsensitive) == 0;
    case Action::ImportPartnerRecords:
        // The partner's results come in through the other office, vouched for by the partner's signature.
        return !institution.isEmpty() && institution.compare(office, Qt::CaseInsensitive) != 0;
    default:
        return false;
    }
}

QString refusal(const User& user, Action action, const QString& institution)
{
    if (user.username.isEmpty()) {
        return QCoreApplication::translate("dd::Permissions", "no one is logged in; log in to %1")
            .arg(actionName(action));
    }
    if (!user.active) {
        return QCoreApplication::translate("dd::Permissions", "the account %1 is disabled").arg(user.username);
    }
    const QString who = QStringLiteral("%1 (%2)").arg(user.username, user.role);
    return perInstitution(action) && !institution.isEmpty()
        ? QCoreApplication::translate("dd::Permissions", "%1 may not %2 for %3")
              .arg(who, actionName(action), institution)
        : QCoreApplication::translate("dd::Permissions", "%1 may not %2").arg(who, actionName(action));
}

QString maskedText()
{
    return QStringLiteral("••••••");
}

QStringList personalColumns(const QString& table)
{
    if (table == QLatin1String("students")) {
        return {QStringLiteral("passport_no"), QStringLiteral("national_id"), QStringLiteral("date_of_birth")};
    }
    return {};
}

} // namespace Permissions
} // namespace dd
