// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/plan/DegreePlan.h"

#include <QCoreApplication>

namespace dd {

class PlanRunner;

/**
 * What both audits still lack once the courses in progress are passed, as numbers
 * the planner's search can subtract from ("dimensions": credits of a requirement,
 * one required course, a count of courses), and what each course still open to the
 * student brings to them at its own institution and, through approved
 * equivalencies, at the other. A relaxation of the audit: a course counts toward
 * every requirement it matches, so what it says is out of reach is.
 */
class PlanModel
{
    Q_DECLARE_TR_FUNCTIONS(dd::PlanModel)

public:
    struct Dim
    {
        QString institution;
        QString requirement; ///< the requirement's id
        QString label;
        QString course; ///< one course a "courses" requirement still lacks
        int deficit = 0; ///< credits in halves, or a count
        bool credits = true; ///< whether \c deficit is in credits
        QString onlyFrom; ///< the one institution whose courses reach it, if only one does
    };
    /** What one course brings; a target that several courses could bring counts once (\c token). */
    struct Effect
    {
        int token = -1; ///< shared targets have a token; -1: this course's alone
        QList<QPair<int, int>> amounts; ///< dimension, amount
    };
    struct Candidate
    {
        QString institution;
        QString code;
        int halves = 0;
        QList<int> terms; ///< indices of the terms it may be taken in
        QList<Effect> effects;
    };
    /** Courses that are interchangeable for the search: same institution, credits, terms and effects. */
    struct Group
    {
        QString institution;
        int halves = 0;
        QList<int> members; ///< candidate indices
        QList<Effect> effects;
        QList<QPair<int, int>> amounts; ///< all effects together
    };

    PlanModel(const PlanInput& input, const PlanRunner& runner, const QList<PlanTerm>& terms);

    const QList<Dim>& dims() const { return m_dims; }
    const QList<Candidate>& candidates() const { return m_candidates; }
    int tokenCount() const { return m_tokenCount; }
    /** The groups of candidates that may be taken in the first \a horizon terms. */
    QList<Group> groups(int horizon) const;

    /** Reasons no plan can exist, known before any search (an assumed grade that cannot lift a GPA). */
    QStringList impossible() const;
    /** Remarks that hold for any plan (an assumed grade that does not transfer). */
    QStringList notes() const { return m_notes; }
    /** Why no plan was found: what stays lacking with every open course, or that the terms cannot hold them. */
    QStringList whyNot() const;
    /** The requirements still not met after \a check's last term, in words. */
    QStringList unmet(const PlanCheck& check) const;

private:
    void addDims(const QString& institution, const RuleSet& rules, const AuditResult& audit);
    QList<QPair<int, int>> contribution(const QString& institution, const QString& code, const QString& category,
                                        int halves, bool resident) const;
    bool transfersWithAssumedGrade(const QString& from, const QString& to, QString* note) const;
    void addCandidates(const StudentRecord& base);
    QString dimName(const Dim& d) const;

    const PlanInput& m_input;
    const PlanRunner& m_runner;
    const QList<PlanTerm>& m_terms;
    QList<Dim> m_dims;
    QList<Candidate> m_candidates;
    QHash<QString, int> m_gpaDim; ///< institution -> its GPA dimension
    QHash<QString, QString> m_gpaReason; ///< institution -> why its GPA cannot be reached
    int m_tokenCount = 0;
    QStringList m_notes;
    QHash<QString, AuditResult> m_baseAudits;
};

} // namespace dd
