// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"
#include "core/audit/StudentRecord.h"
#include "core/policy/InstitutionPolicy.h"
#include "core/policy/RuleSet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dd {

/**
 * Where a student's courses at one institution go in the course-taking
 * requirements of its rules (credits, courses, choose).
 *
 * Every course is one unit: its attempts here and a transfer into it together,
 * credited once. A unit goes to its deepest matching requirement (credits of a
 * sub-requirement count toward its parent too); where it could go to several,
 * the placement that meets the most requirements, then the most in progress,
 * then fills the most, is searched for (the first kMaxSearchedCourses such
 * courses exhaustively, the rest greedily), whatever the order of the file.
 */
class CoursePlacement
{
public:
    /** One course: its attempts here and any transfer into it. */
    struct Unit
    {
        QString code;
        QString category;
        int creditsHalves = 0;
        bool transferred = false;
        bool passed = false;
        bool inProgress = false;
        std::optional<int> points; ///< of the grade that represents the course
        bool passWithoutPoints = false;
        QList<int> candidates; ///< indexes into the course-taking requirements
    };

    /** What one requirement was given, now and if every course in progress passes. */
    struct Tally
    {
        int nowHalves = 0;
        int projectedHalves = 0;
        int nowCount = 0;
        int projectedCount = 0;
        QStringList courses;
        QStringList inProgressCourses;
    };

    /** Places the courses of \a record at the rules' institution; \a exceptions are those in force there. */
    CoursePlacement(const StudentRecord& record, const RuleSet& rules, const InstitutionPolicy& policy,
                    const QList<StudentException>& exceptions);

    const QList<Unit>& units() const { return m_units; }
    /** Whether unit \a index went to a requirement (a passed course that did not falls through). */
    bool isPlaced(int index) const { return m_assignment.at(index) >= 0; }
    /** What the course-taking requirement \a requirement was given. */
    const Tally& tally(const Requirement& requirement) const;
    AuditResult::Status status(const Requirement& requirement) const;

private:
    static constexpr int kMaxSearchedCourses = 12;
    using Score = std::array<int, 4>;

    void buildUnits(const StudentRecord& record);
    void addTransfers(const StudentRecord& record);
    void findCandidates();
    void place();
    std::optional<int> gradePoints(const QString& mark) const;
    bool eligible(const Unit& u, const Requirement& r) const;
    bool viaSubstitute(const Unit& u, const Requirement& r) const;
    QList<Tally> tallies(const QList<int>& assignment) const;
    Score score(const QList<int>& assignment) const;
    void search(QList<int>& assignment, const QList<int>& ambiguous, int depth, Score* best,
                QList<int>* bestAssignment) const;
    bool met(int index, const QList<Tally>& tallies, bool projected) const;

    const RuleSet& m_rules;
    const InstitutionPolicy& m_policy;
    QString m_institution;
    QList<const Requirement*> m_taking;
    QList<StudentException> m_exceptions;
    QList<Unit> m_units;
    QList<int> m_assignment;
    QList<Tally> m_tallies;
};

} // namespace dd
