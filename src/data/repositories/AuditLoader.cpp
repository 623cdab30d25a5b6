// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/AuditLoader.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QHash>

namespace dd {

AuditLoader::AuditLoader(Database& db)
    : m_db(db)
{
}

bool AuditLoader::loadStudent(const QString& studentId, StudentRecord* record, Error* error)
{
    QList<StudentRecord> records;
    if (!load(QStringLiteral("s.student_id = ?"), {studentId}, &records, error)) {
        return false;
    }
    if (records.isEmpty()) {
        *error = Error::notFound(tr("unknown student %1").arg(studentId));
        return false;
    }
    *record = records.first();
    return true;
}

bool AuditLoader::loadCohort(int cohort, QList<StudentRecord>* records, Error* error)
{
    return load(QStringLiteral("s.cohort = ?"), {cohort}, records, error);
}

bool AuditLoader::loadAll(QList<StudentRecord>* records, Error* error)
{
    return load(QStringLiteral("1 = 1"), {}, records, error);
}

bool AuditLoader::load(const QString& where, const QVariantList& values, QList<StudentRecord>* records, Error* error)
{
    records->clear();
    QHash<QString, int> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // where is one of the fixed filters above; the values are bound.
    if (!Sql::run(
            q,
            QStringLiteral("SELECT s.student_id, s.cohort FROM students s WHERE %1 ORDER BY s.student_id").arg(where),
            values, error)) {
        return false;
    }
    while (q.next()) {
        StudentRecord r;
        r.studentId = q.value(0).toString();
        r.cohort = q.value(1).toInt();
        index.insert(r.studentId, int(records->size()));
        records->append(r);
    }

    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    if (!Sql::run(a,
                  QStringLiteral("SELECT s.student_id, c.institution, c.code, c.category, c.credits, c.grading, t.code,"
                                 " t.academic_year, t.semester, t.regular, r.mark, r.attempt, r.id"
                                 " FROM results r JOIN students s ON s.id = r.student_ref"
                                 " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                                 // The order is the record's, not the order it was entered in (a record
                                 // imported from the partner audits as it does there).
                                 " WHERE %1 ORDER BY s.student_id, t.academic_year, t.semester, c.institution,"
                                 " c.code, CASE r.attempt WHEN 'regular' THEN 0 WHEN 'makeup' THEN 1 ELSE 2 END,"
                                 " r.id")
                      .arg(where),
                  values, error)) {
        return false;
    }
    while (a.next()) {
        const int i = index.value(a.value(0).toString(), -1);
        if (i < 0) {
            continue;
        }
        StudentRecord::Taken t;
        t.institution = a.value(1).toString();
        t.code = a.value(2).toString();
        t.category = a.value(3).toString();
        t.creditsHalves = Sql::creditsHalves(a.value(4));
        t.mode = gradingModeFromName(a.value(5).toString()).value_or(GradingMode::Graded);
        t.term = a.value(6).toString();
        t.academicYear = a.value(7).toInt();
        t.semester = a.value(8).toInt();
        t.regularTerm = a.value(9).toInt() != 0;
        t.mark = a.value(10).toString();
        t.attempt = attemptFromName(a.value(11).toString()).value_or(Attempt::Regular);
        t.resultId = a.value(12).toLongLong();
        (*records)[i].attempts.append(t);
    }

    QSqlQuery x(m_db.connection());
    x.setForwardOnly(true);
    if (!Sql::run(x,
                  QStringLiteral("SELECT s.student_id, tc.id, tc.to_institution, coalesce(c.code, ''),"
                                 " coalesce(c.category, tc.target_category), tc.credits, coalesce(c.grading, 'graded'),"
                                 " tc.converted_grade"
                                 " FROM transfer_credits tc JOIN students s ON s.id = tc.student_ref"
                                 " LEFT JOIN courses c ON c.id = tc.target_course_ref"
                                 " WHERE tc.status = 'applied' AND %1 ORDER BY s.student_id, tc.id")
                      .arg(where),
                  values, error)) {
        return false;
    }
    QHash<qint64, QPair<int, int>> transferIndex; // transfer id -> (record, transfer)
    while (x.next()) {
        const int i = index.value(x.value(0).toString(), -1);
        if (i < 0) {
            continue;
        }
        StudentRecord::Transfer t;
        t.toInstitution = x.value(2).toString();
        t.code = x.value(3).toString();
        t.category = x.value(4).toString();
        t.creditsHalves = Sql::creditsHalves(x.value(5));
        t.mode = gradingModeFromName(x.value(6).toString()).value_or(GradingMode::Graded);
        t.grade = x.value(7).toString();
        transferIndex.insert(x.value(1).toLongLong(), {i, int((*records)[i].transfers.size())});
        (*records)[i].transfers.append(t);
    }
    if (!transferIndex.isEmpty()) {
        QSqlQuery src(m_db.connection());
        src.setForwardOnly(true);
        if (!Sql::run(src,
                      QStringLiteral("SELECT ts.transfer_ref, c.code FROM transfer_credit_sources ts"
                                     " JOIN results r ON r.id = ts.result_ref JOIN courses c ON c.id = r.course_ref"
                                     " ORDER BY ts.transfer_ref, c.code"),
                      {}, error)) {
            return false;
        }
        while (src.next()) {
            const auto it = transferIndex.constFind(src.value(0).toLongLong());
            if (it == transferIndex.cend()) {
                continue;
            }
            QString& from = (*records)[it->first].transfers[it->second].fromCodes;
            from += (from.isEmpty() ? QString() : QStringLiteral("+")) + src.value(1).toString();
        }
    }

    QSqlQuery m(m_db.connection());
    m.setForwardOnly(true);
    if (!Sql::run(m,
                  QStringLiteral("SELECT s.student_id, ms.kind, ms.level, ms.score, ms.date FROM milestones ms"
                                 " JOIN students s ON s.id = ms.student_ref WHERE %1 ORDER BY s.student_id, ms.date")
                      .arg(where),
                  values, error)) {
        return false;
    }
    while (m.next()) {
        const int i = index.value(m.value(0).toString(), -1);
        if (i < 0) {
            continue;
        }
        Milestone ms;
        ms.studentId = m.value(0).toString();
        ms.kind = m.value(1).toString();
        ms.level = m.value(2).toString();
        ms.score = m.value(3).isNull() ? -1 : m.value(3).toInt();
        ms.date = QDate::fromString(m.value(4).toString(), Qt::ISODate);
        (*records)[i].milestones.append(ms);
    }

    QSqlQuery e(m_db.connection());
    e.setForwardOnly(true);
    if (!Sql::run(
            e,
            QStringLiteral("SELECT s.student_id, x.institution, x.kind, x.requirement, coalesce(c.code, ''), x.reason,"
                           " x.approved_by FROM exceptions x JOIN students s ON s.id = x.student_ref"
                           " LEFT JOIN courses c ON c.id = x.course_ref"
                           " WHERE x.revoked_at IS NULL AND %1 ORDER BY s.student_id, x.id")
                .arg(where),
            values, error)) {
        return false;
    }
    while (e.next()) {
        const int i = index.value(e.value(0).toString(), -1);
        if (i < 0) {
            continue;
        }
        StudentException ex;
        ex.studentId = e.value(0).toString();
        ex.institution = e.value(1).toString();
        ex.kind = e.value(2).toString();
        ex.requirement = e.value(3).toString();
        ex.courseCode = e.value(4).toString();
        ex.reason = e.value(5).toString();
        ex.approvedBy = e.value(6).toString();
        (*records)[i].exceptions.append(ex);
    }
    return true;
}

bool AuditLoader::loadRules(const QString& programmeCode, RuleSet* rules, Error* error)
{
    QVariant content;
    if (!Sql::scalar(m_db.connection(),
                     QStringLiteral(
                         "SELECT content FROM policies WHERE kind = 'programme' AND name = ? ORDER BY id DESC LIMIT 1"),
                     {programmeCode}, &content, error)) {
        return false;
    }
    if (!content.isValid()) {
        *error = Error::invalid(tr("unknown programme %1 (see 'programmes')").arg(programmeCode));
        return false;
    }
    QString reason;
    if (!RuleSet::fromJson(content.toString().toUtf8(), programmeCode + QStringLiteral(".json"), rules, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    return true;
}

QString AuditLoader::programmeFor(const QString& institution, int cohort, Error* error)
{
    QVariant code;
    if (!Sql::scalar(m_db.connection(),
                     QStringLiteral("SELECT code FROM programmes WHERE institution = ? AND catalogue_year = ?"),
                     {institution, cohort}, &code, error)) {
        return QString();
    }
    return code.toString();
}

} // namespace dd
