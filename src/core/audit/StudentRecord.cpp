// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/StudentRecord.h"

#include "core/policy/PolicySet.h"
#include "core/text/FieldRules.h"
#include "core/text/JsonReader.h"

namespace dd {

bool StudentRecord::fromJson(const QByteArray& bytes, const QString& fileName, const PolicySet& policies,
                             StudentRecord* record, QString* error)
{
    JsonReader reader(fileName);
    const QJsonObject root = reader.parse(bytes);
    StudentRecord r;
    r.studentId = reader.string(root, QStringLiteral("student_id"), QString());
    r.cohort = reader.integer(root, QStringLiteral("cohort"), QString()).value_or(0);

    const QJsonArray attempts = reader.array(root, QStringLiteral("attempts"), QString(), false);
    for (int i = 0; i < attempts.size() && reader.ok(); ++i) {
        const QString p = QStringLiteral("attempts[%1]").arg(i);
        const QJsonObject o = reader.element(attempts, i, p);
        Taken t;
        t.institution = reader.string(o, QStringLiteral("institution"), p);
        t.code = reader.string(o, QStringLiteral("course"), p);
        t.category = reader.string(o, QStringLiteral("category"), p);
        t.creditsHalves = int(reader.scaled(o, QStringLiteral("credits"), p, 1).value_or(0) / 5);
        t.mode
            = gradingModeFromName(reader.string(o, QStringLiteral("grading"), p, false)).value_or(GradingMode::Graded);
        t.term = reader.string(o, QStringLiteral("term"), p);
        t.mark = reader.string(o, QStringLiteral("mark"), p, false);
        const std::optional<Attempt> kind = attemptFromName(reader.string(o, QStringLiteral("attempt"), p, false));
        if (!kind) {
            reader.fail(p + QStringLiteral(".attempt"), QStringLiteral("expected regular, makeup or retake"));
        }
        t.attempt = kind.value_or(Attempt::Regular);
        const InstitutionPolicy* policy = policies.institution(t.institution);
        if (reader.ok() && !policy) {
            reader.fail(p + QStringLiteral(".institution"),
                        QStringLiteral("unknown institution '%1'").arg(t.institution));
        }
        if (reader.ok()) {
            QString reason;
            const std::optional<TermInfo> term = policy->terms().parse(t.term, &reason);
            if (!term) {
                reader.fail(p + QStringLiteral(".term"), reason);
            } else {
                t.academicYear = term->academicYear;
                t.semester = term->semester;
                t.regularTerm = term->regular;
            }
        }
        r.attempts.append(t);
    }
    const QJsonArray transfers = reader.array(root, QStringLiteral("transfers"), QString(), false);
    for (int i = 0; i < transfers.size() && reader.ok(); ++i) {
        const QString p = QStringLiteral("transfers[%1]").arg(i);
        const QJsonObject o = reader.element(transfers, i, p);
        Transfer t;
        t.toInstitution = reader.string(o, QStringLiteral("to"), p);
        t.code = reader.string(o, QStringLiteral("course"), p, false);
        t.category = reader.string(o, QStringLiteral("category"), p);
        t.fromCodes = reader.string(o, QStringLiteral("from"), p);
        t.creditsHalves = int(reader.scaled(o, QStringLiteral("credits"), p, 1).value_or(0) / 5);
        t.mode
            = gradingModeFromName(reader.string(o, QStringLiteral("grading"), p, false)).value_or(GradingMode::Graded);
        t.grade = reader.string(o, QStringLiteral("grade"), p);
        r.transfers.append(t);
    }
    const QJsonArray milestones = reader.array(root, QStringLiteral("milestones"), QString(), false);
    for (int i = 0; i < milestones.size() && reader.ok(); ++i) {
        const QString p = QStringLiteral("milestones[%1]").arg(i);
        const QJsonObject o = reader.element(milestones, i, p);
        Milestone m;
        m.studentId = r.studentId;
        m.kind = reader.string(o, QStringLiteral("kind"), p);
        m.level = reader.string(o, QStringLiteral("level"), p);
        m.score = reader.integer(o, QStringLiteral("score"), p, false).value_or(-1);
        QString reason;
        m.date = FieldRules::isoDate(reader.string(o, QStringLiteral("date"), p), &reason).value_or(QDate());
        r.milestones.append(m);
    }
    const QJsonArray exceptions = reader.array(root, QStringLiteral("exceptions"), QString(), false);
    for (int i = 0; i < exceptions.size() && reader.ok(); ++i) {
        const QString p = QStringLiteral("exceptions[%1]").arg(i);
        const QJsonObject o = reader.element(exceptions, i, p);
        StudentException e;
        e.studentId = r.studentId;
        e.institution = reader.string(o, QStringLiteral("institution"), p);
        e.kind = reader.string(o, QStringLiteral("kind"), p);
        e.requirement = reader.string(o, QStringLiteral("requirement"), p);
        e.courseCode = reader.string(o, QStringLiteral("course"), p, false);
        e.reason = reader.string(o, QStringLiteral("reason"), p);
        e.approvedBy = reader.string(o, QStringLiteral("approved_by"), p);
        r.exceptions.append(e);
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *record = r;
    return true;
}

} // namespace dd
