// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/AuditResult.h"

#include <QJsonArray>

namespace dd {

namespace {

QJsonValue credits(const std::optional<int>& halves)
{
    if (!halves) {
        return QJsonValue::Null;
    }
    return *halves % 2 == 0 ? QJsonValue(*halves / 2) : QJsonValue(*halves / 2.0);
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list) {
        out.append(s);
    }
    return out;
}

} // namespace

QString AuditResult::statusName(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Unmet:
        return QStringLiteral("unmet");
    }
    return QStringLiteral("unmet");
}

QJsonObject AuditResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("student_id"), studentId);
    o.insert(QStringLiteral("institution"), institution);
    o.insert(QStringLiteral("programme"), programme);
    o.insert(QStringLiteral("catalogue_year"), catalogueYear);
    o.insert(QStringLiteral("gpa"), gpa.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gpa));
    o.insert(QStringLiteral("credits_earned"), credits(creditsEarnedHalves));
    o.insert(QStringLiteral("credits_required"), credits(creditsRequiredHalves));
    o.insert(QStringLiteral("graduation_eligible"), graduationEligible);
    o.insert(QStringLiteral("degree_eligible"), degreeEligible);
    o.insert(QStringLiteral("honours"), honours.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(honours));
    QJsonArray rows;
    for (const Row& r : requirements) {
        QJsonObject row;
        row.insert(QStringLiteral("id"), r.id);
        row.insert(QStringLiteral("label"), r.label);
        row.insert(QStringLiteral("status"), statusName(r.status));
        row.insert(QStringLiteral("credits_required"), credits(r.creditsRequiredHalves));
        row.insert(QStringLiteral("credits_applied"), credits(r.creditsAppliedHalves));
        row.insert(QStringLiteral("courses"), strings(r.courses));
        row.insert(QStringLiteral("parent"), r.parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.parent));
        if (!r.inProgressCourses.isEmpty()) {
            row.insert(QStringLiteral("in_progress_courses"), strings(r.inProgressCourses));
        }
        if (!r.detail.isEmpty()) {
            row.insert(QStringLiteral("detail"), r.detail);
        }
        if (!r.exceptionKind.isEmpty()) {
            row.insert(QStringLiteral("exception"),
                       QJsonObject {{QStringLiteral("kind"), r.exceptionKind},
                                    {QStringLiteral("reason"), r.exceptionReason},
                                    {QStringLiteral("approved_by"), r.exceptionApprovedBy}});
        }
        rows.append(row);
    }
    o.insert(QStringLiteral("requirements"), rows);
    o.insert(QStringLiteral("fallthrough"), strings(fallthrough));
    o.insert(QStringLiteral("in_progress"), strings(inProgress));
    o.insert(QStringLiteral("honours_reasons"), strings(honoursReasons));
    if (!exceptionNotes.isEmpty()) {
        o.insert(QStringLiteral("exception_notes"), strings(exceptionNotes));
    }
    if (whatIf) {
        o.insert(QStringLiteral("what_if"), true);
    }
    return o;
}

} // namespace dd
