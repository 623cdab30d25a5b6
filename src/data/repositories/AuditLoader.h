// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/audit/StudentRecord.h"
#include "core/policy/RuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class Database;

/**
 * Reads what the audit engine needs from the database: students' records (every
 * attempt with its course and term, applied transfers, milestones, exceptions in
 * force) and the programme rule files stored with the regulations. A cohort is
 * read with one query per table, not one per student.
 */
class AuditLoader
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditLoader)

public:
    explicit AuditLoader(Database& db);

    /** The record of \a studentId; false with a reason for an unknown student. */
    [[nodiscard]] bool loadStudent(const QString& studentId, StudentRecord* record, Error* error);
    /** The records of every student of \a cohort, by student id. */
    [[nodiscard]] bool loadCohort(int cohort, QList<StudentRecord>* records, Error* error);
    /** Every student's record, by student id. */
    [[nodiscard]] bool loadAll(QList<StudentRecord>* records, Error* error);

    /** The stored rule file of \a programmeCode. */
    [[nodiscard]] bool loadRules(const QString& programmeCode, RuleSet* rules, Error* error);
    /** The programme code of \a institution for catalogue year \a cohort, or empty. */
    QString programmeFor(const QString& institution, int cohort, Error* error);

private:
    [[nodiscard]] bool load(const QString& where, const QVariantList& values, QList<StudentRecord>* records,
                            Error* error);

    Database& m_db;
};

} // namespace dd
