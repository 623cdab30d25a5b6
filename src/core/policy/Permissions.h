// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/User.h"

#include <QList>
#include <QString>

namespace dd {

/**
 * The role × action matrix (docs/ROLES.md). The data layer asks it before every
 * write, so a refused action is refused whichever window or command asks for it.
 *
 * Actions that belong to one institution's side (its courses, results, transfer
 * decisions into it, exceptions to its requirements, its transcripts) are allowed
 * to that institution's office: cqupt_registrar for CQUPT, ruts_coordinator for
 * RUTS. Importing a partner's signed record is the other way round: the results
 * are the partner institution's, and the receiving office (the one that is not the
 * partner's) imports them. The administrator may do everything; the viewer only
 * reads, and sees passport numbers and dates of birth masked.
 */
namespace Permissions {

enum class Action {
    ReadRecords, ///< students, courses, results, audits (masked for a viewer)
    ReadPersonalDetails, ///< passport numbers and dates of birth unmasked
    EditStudents, ///< add or change a student
    DeleteStudents,
    EditCourses, ///< one institution's catalogue
    EnterResults, ///< one institution's marks, grade changes included
    DecideTransfers, ///< transfer credit and equivalencies into one institution
    ManageExceptions, ///< waivers and substitutions of one institution's requirements
    RecordMilestones, ///< HSK, thesis, internship
    IssueTranscripts, ///< one institution's transcripts
    ExportPersonalData, ///< files of student records for a recipient
    ManageUsers, ///< accounts, roles, passwords, the login requirement
    LoadPolicies, ///< regulations: policies, conversion tables, programmes
    BackupRestore, ///< copies of the whole database, and putting one back
    ManageKeys, ///< bind an institution's signing key, trust a partner's certificate
    SignChangeLog, ///< a checkpoint of the change log under one institution's key
    ImportPartnerRecords, ///< a partner institution's signed record of its own results (ELMO), by the receiving office
};

/** The institution whose office \a role is: CQUPT for cqupt_registrar, RUTS for ruts_coordinator; empty for the others.
 */
QString officeOf(const QString& role);

/** Every action, in the order of the matrix in the docs. */
QList<Action> allActions();
/** Every role. */
QStringList allRoles();

/** Whether the action belongs to one institution's side. */
bool perInstitution(Action action);

/** The action in words ("enter results"). */
QString actionName(Action action);

/** Whether \a user may do \a action (for \a institution when it is one institution's). */
bool allows(const User& user, Action action, const QString& institution = QString());

/**
 * The refusal to show when allows() is false: who, in what role, may not do what
 * ("cqupt.registrar (cqupt_registrar) may not enter results for RUTS").
 */
QString refusal(const User& user, Action action, const QString& institution = QString());

/** What stands for a personal detail (passport, national ID, date of birth) that the user may not read. */
QString maskedText();

/**
 * The columns of \a table that hold personal details readable only with
 * ReadPersonalDetails (students: passport_no, national_id, date_of_birth).
 */
QStringList personalColumns(const QString& table);

} // namespace Permissions

} // namespace dd
