// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"
#include "core/audit/StudentRecord.h"
#include "core/policy/RuleSet.h"
#include "core/records/Course.h"
#include "core/records/Equivalency.h"
#include "core/transfer/TransferPlanner.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class PolicySet;

/** One term of a plan: where the student studies then, what they take and what it may carry. */
struct PlanTerm
{
    QString institution;
    QString term; ///< in that institution's naming
    int academicYear = 0;
    int semester = 0;
    bool regular = true;
    QDate endDate;
    int yearOfStudy = 0;
    int minHalves = 0; ///< the policy's least load (regular terms)
    int maxHalves = 0; ///< the policy's most load
    QStringList courses; ///< codes at \c institution, the ones in progress there included
    int creditsHalves = 0;
    bool underway = false; ///< courses are in progress in it: nothing more can be enrolled in

    int ordinal() const { return academicYear * 10 + semester; }
};

/** Everything a plan is made from, as values. */
struct PlanInput
{
    StudentRecord record; ///< with the transfers recorded so far
    const PolicySet* policies = nullptr;
    const QHash<QString, Course>* courses = nullptr; ///< both catalogues, "INSTITUTION:CODE"
    QList<Equivalency> equivalencies; ///< the current version of every rule
    QHash<QString, RuleSet> rules; ///< the cohort's programme at each institution
    QHash<QString, TransferPlanner::Recorded> recorded; ///< transfers recorded into each institution
    QHash<QString, QString> assumed; ///< institution -> the mark assumed for every planned course
    int fromOrdinal = 0; ///< the first term to plan (TermInfo::ordinal), 0: after the record and not before \c today
    QDate today; ///< terms that ended before it are not planned (unless \c fromOrdinal says so); null: no such bound
};

/** A term-by-term plan to both degrees, or why there is none. */
struct DegreePlan
{
    struct MilestoneNeed
    {
        QString institution;
        QString kind; ///< HSK, THESIS, INTERNSHIP
        QString requirement; ///< the requirement's id
        QString label;
        QString byTerm;
    };
    QString studentId;
    int lastNormalYear = 0; ///< the academic year the programme's normal length ends with
    QList<PlanTerm> terms;
    QList<MilestoneNeed> milestones;
    QString bothDegreesTerm; ///< empty when unreachable
    QStringList unreachable;
    QStringList notes; ///< terms below the minimum load and the like; the plan stands
    bool shortestProven = true; ///< false when a search for fewer terms stopped at its limit
    bool fewestCreditsProven = true; ///< false when the search for fewer credits in as many terms stopped at its limit
    QHash<QString, AuditResult> audits; ///< each institution's audit after the plan's last term
    /** Planned course "INSTITUTION:CODE" -> the requirements it fills: "CQUPT gen", "RUTS sp", … */
    QHash<QString, QStringList> fills;

    /** Where a plan leaves the student against the programme's normal length. */
    enum class Outcome {
        Met, ///< both met already
        OnTime, ///< within the normal years, regular terms only
        Summer, ///< within the normal years, with a summer term
        Late, ///< after the normal years, before the time limit
        Cannot, ///< no plan before the time limit
    };
    bool reachable() const { return unreachable.isEmpty(); }
    /** Met already, on time, with a summer term, late, or not at all. */
    Outcome outcome() const;
    static QString outcomeName(Outcome outcome);
    int plannedHalves() const;
    /** The plan JSON of the external contract (extra keys may follow). */
    QJsonObject toJson() const;
};

/** What a plan does when carried out term by term: the audits after each term, and what is wrong with it. */
struct PlanCheck
{
    QList<QHash<QString, AuditResult>> after; ///< per term, by institution
    int metAfter = -1; ///< index of the first term after which both programmes are met, -1: never
    QStringList problems; ///< a term over its load, a course not offered then or already passed
    QStringList notes; ///< a term below its minimum load
    StudentRecord record; ///< the record after the last term, with transfers
    bool ok() const { return problems.isEmpty() && metAfter >= 0; }
};

} // namespace dd
