// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/plan/DegreePlan.h"

#include "core/text/Decimal.h"

#include <QJsonArray>

#include <algorithm>

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

DegreePlan::Outcome DegreePlan::outcome() const
{
    if (!reachable()) {
        return Outcome::Cannot;
    }
    if (terms.isEmpty()) {
        return Outcome::Met;
    }
    if (terms.last().academicYear > lastNormalYear) {
        return Outcome::Late;
    }
    const bool summer = std::any_of(terms.cbegin(), terms.cend(),
                                    [](const PlanTerm& t) { return !t.regular && !t.courses.isEmpty(); });
    return summer ? Outcome::Summer : Outcome::OnTime;
}

QString DegreePlan::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return QStringLiteral("met");
    case Outcome::OnTime:
        return QStringLiteral("on_time");
    case Outcome::Summer:
        return QStringLiteral("summer");
    case Outcome::Late:
        return QStringLiteral("late");
    case Outcome::Cannot:
        break;
    }
    return QStringLiteral("cannot");
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
        {QStringLiteral("outcome"), outcomeName(outcome())},
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
