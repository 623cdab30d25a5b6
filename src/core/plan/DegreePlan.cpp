// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/plan/DegreePlan.h"

#include "core/text/Decimal.h"

#include <QJsonArray>

namespace dd {

namespace {

/** Credits as a JSON number: 3, 2.5. */
QJsonValue credits(int halves)
{
    return halves % 2 == 0 ? QJsonValue(halves / 2) : QJsonValue(halves / 2.0);
}

} // namespace

int DegreePlan::plannedHalves() const
{
    int sum = 0;
    for (const PlanTerm& t : terms) {
        sum += t.creditsHalves;
    }
    return sum;
}

QJsonObject DegreePlan::toJson() const
{
    QJsonArray termArray;
    for (const PlanTerm& t : terms) {
        termArray.append(QJsonObject {{QStringLiteral("institution"), t.institution},
                                      {QStringLiteral("term"), t.term},
                                      {QStringLiteral("courses"), QJsonArray::fromStringList(t.courses)},
                                      {QStringLiteral("credits"), credits(t.creditsHalves)},
                                      {QStringLiteral("ends"), t.endDate.toString(Qt::ISODate)}});
    }
    QJsonArray milestoneArray;
    for (const MilestoneNeed& m : milestones) {
        milestoneArray.append(QJsonObject {{QStringLiteral("kind"), m.kind},
                                           {QStringLiteral("by_term"), m.byTerm},
                                           {QStringLiteral("institution"), m.institution},
                                           {QStringLiteral("requirement"), m.requirement}});
    }
    return {
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("terms"), termArray},
        {QStringLiteral("milestones"), milestoneArray},
        {QStringLiteral("both_degrees_term"), bothDegreesTerm.isEmpty() ? QJsonValue() : QJsonValue(bothDegreesTerm)},
        {QStringLiteral("unreachable"), QJsonArray::fromStringList(unreachable)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("shortest_proven"), shortestProven},
        {QStringLiteral("fewest_credits_proven"), fewestCreditsProven},
    };
}

} // namespace dd
