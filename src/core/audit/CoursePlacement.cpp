// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/CoursePlacement.h"

#include "core/audit/GpaCalculator.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace dd {

CoursePlacement::CoursePlacement(const StudentRecord& record, const RuleSet& rules, const InstitutionPolicy& policy,
                                 const QList<StudentException>& exceptions)
    : m_rules(rules)
    , m_policy(policy)
    , m_institution(rules.programme().institution)
    , m_exceptions(exceptions)
{
    for (const Requirement& r : rules.requirements()) {
        if (r.takesCourses()) {
            m_taking.append(&r);
        }
    }
    buildUnits(record);
    addTransfers(record);
    findCandidates();
    place();
}

const CoursePlacement::Tally& CoursePlacement::tally(const Requirement& requirement) const
{
    return m_tallies.at(m_taking.indexOf(&requirement));
}

AuditResult::Status CoursePlacement::status(const Requirement& requirement) const
{
    const int index = int(m_taking.indexOf(&requirement));
    if (met(index, m_tallies, false)) {
        return AuditResult::Status::Met;
    }
    return met(index, m_tallies, true) ? AuditResult::Status::InProgress : AuditResult::Status::Unmet;
}

std::optional<int> CoursePlacement::gradePoints(const QString& mark) const
{
    QString reason;
    const std::optional<Grade> g = m_policy.grading().classify(mark, GradingMode::Graded, &reason);
    return g ? g->pointsHundredths : std::nullopt;
}

void CoursePlacement::buildUnits(const StudentRecord& record)
{
    const GpaCalculator gpa(m_policy);
    QMap<QString, QList<const StudentRecord::Taken*>> byCode;
    for (const StudentRecord::Taken& t : record.attempts) {
        if (t.institution == m_institution) {
            byCode[t.code].append(&t);
        }
    }
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        Unit u;
        u.code = it.key();
        int latestOrder = -1;
        std::optional<Grade> representative;
        for (const StudentRecord::Taken* t : it.value()) {
            u.category = t->category;
            u.creditsHalves = t->creditsHalves;
            AttemptRecord a;
            a.courseKey = t->code;
            a.creditsHalves = t->creditsHalves;
            a.mode = t->mode;
            a.mark = t->mark;
            a.attempt = t->attempt;
            QString reason;
            const std::optional<Grade> g = gpa.effectiveGrade(a, &reason);
            if (!g) {
                continue;
            }
            if (g->isInProgress()) {
                u.inProgress = true;
                continue;
            }
            u.passed = u.passed || g->passed;
            // The grade that stands for the course: the best attempt, or the latest one.
            const int order = t->slot() * 10 + int(t->attempt);
            const bool better = m_policy.gpa().attempts == InstitutionPolicy::AttemptsInGpa::Best
                ? (!representative || g->pointsHundredths.value_or(-1) > representative->pointsHundredths.value_or(-1))
                : order >= latestOrder;
            if (better && (g->passed || !representative || !representative->passed)) {
                representative = g;
                latestOrder = order;
            }
        }
        if (u.passed) {
            u.inProgress = false;
        }
        if (representative) {
            u.points = representative->pointsHundredths;
            u.passWithoutPoints = representative->passed && !representative->pointsHundredths;
        }
        m_units.append(u);
    }
}

void CoursePlacement::addTransfers(const StudentRecord& record)
{
    // A transfer into a course is one more attempt of that course: a course credited
    // by transfer and also taken here is one unit, its credits counted once.
    QHash<QString, int> unitOfCourse;
    for (int i = 0; i < m_units.size(); ++i) {
        unitOfCourse.insert(m_units.at(i).code, i);
    }
    const bool bestCounts
        = m_policy.gpa().attempts == InstitutionPolicy::AttemptsInGpa::Best && m_policy.gpa().transfersInGpa;
    for (const StudentRecord::Transfer& t : record.transfers) {
        if (t.toInstitution != m_institution) {
            continue;
        }
        QString reason;
        const std::optional<Grade> g = m_policy.grading().classify(t.grade, t.mode, &reason);
        const std::optional<int> points = g ? g->pointsHundredths : std::nullopt;
        const auto existing = t.code.isEmpty() ? unitOfCourse.cend() : unitOfCourse.constFind(t.code);
        if (existing != unitOfCourse.cend()) {
            Unit& u = m_units[*existing];
            if (!u.passed) {
                // Not passed here (failed, or still in progress): the course stands by its transfer.
                u.passed = true;
                u.inProgress = false;
                u.transferred = true;
                u.points = points;
                u.passWithoutPoints = !points;
            } else if (bestCounts && points && (!u.points || *points > *u.points)) {
                // Passed here too: resident credit, and the better grade stands for the course.
                u.points = points;
                u.passWithoutPoints = false;
            }
            continue;
        }
        Unit u;
        u.code = t.code.isEmpty() ? t.fromCodes : t.code;
        u.category = t.category;
        u.creditsHalves = t.creditsHalves;
        u.transferred = true;
        u.passed = true;
        u.points = points;
        u.passWithoutPoints = !u.points;
        if (!t.code.isEmpty()) {
            unitOfCourse.insert(t.code, int(m_units.size()));
        }
        m_units.append(u);
    }
}

void CoursePlacement::findCandidates()
{
    for (Unit& u : m_units) {
        if (!u.passed && !u.inProgress) {
            continue; // failed courses fill nothing
        }
        QList<int> candidates;
        for (int i = 0; i < m_taking.size(); ++i) {
            if (eligible(u, *m_taking.at(i))) {
                candidates.append(i);
            }
        }
        // A sub-requirement's credits count toward its parent too, so the deepest match wins.
        for (int c : std::as_const(candidates)) {
            bool dominated = false;
            for (int d : std::as_const(candidates)) {
                if (d != c && m_rules.isAncestor(m_taking.at(c)->id, m_taking.at(d)->id)) {
                    dominated = true;
                }
            }
            if (!dominated) {
                u.candidates.append(c);
            }
        }
    }
}

void CoursePlacement::place()
{
    // Courses with one place to go are placed; the others are searched.
    m_assignment = QList<int>(m_units.size(), -1);
    QList<int> ambiguous;
    for (int ui = 0; ui < m_units.size(); ++ui) {
        const QList<int>& c = m_units.at(ui).candidates;
        if (c.size() == 1) {
            m_assignment[ui] = c.first();
        } else if (c.size() > 1) {
            if (ambiguous.size() < kMaxSearchedCourses) {
                ambiguous.append(ui);
            } else {
                m_assignment[ui] = c.first();
            }
        }
    }
    if (!ambiguous.isEmpty()) {
        Score best {-1, -1, -1, -1};
        QList<int> bestAssignment = m_assignment;
        search(m_assignment, ambiguous, 0, &best, &bestAssignment);
        m_assignment = bestAssignment;
    }
    m_tallies = tallies(m_assignment);
}

bool CoursePlacement::viaSubstitute(const Unit& u, const Requirement& r) const
{
    for (const StudentException& e : m_exceptions) {
        if ((e.kind == QLatin1String("substitute") || e.kind == QLatin1String("also-allow")) && e.requirement == r.id
            && e.courseCode == u.code) {
            return true;
        }
    }
    return false;
}

bool CoursePlacement::eligible(const Unit& u, const Requirement& r) const
{
    if (!r.matches(u.code, u.category) && !viaSubstitute(u, r)) {
        return false;
    }
    if (r.kind == Requirement::Kind::Courses && !r.courses.contains(u.code) && !viaSubstitute(u, r)) {
        return false;
    }
    if (!r.minGrade.isEmpty() && u.passed && !u.passWithoutPoints) {
        const std::optional<int> min = gradePoints(r.minGrade);
        if (min && u.points.value_or(-1) < *min) {
            return false;
        }
    }
    return true;
}

QList<CoursePlacement::Tally> CoursePlacement::tallies(const QList<int>& assignment) const
{
    QList<Tally> out(m_taking.size());
    for (int ui = 0; ui < m_units.size(); ++ui) {
        const int target = assignment.at(ui);
        if (target < 0) {
            continue;
        }
        const Unit& u = m_units.at(ui);
        for (int ri = 0; ri < m_taking.size(); ++ri) {
            const Requirement& r = *m_taking.at(ri);
            const bool counts = ri == target || m_rules.isAncestor(r.id, m_taking.at(target)->id)
                || (m_rules.mayShare(r.id, m_taking.at(target)->id) && eligible(u, r));
            if (!counts) {
                continue;
            }
            Tally& t = out[ri];
            t.projectedHalves += u.creditsHalves;
            ++t.projectedCount;
            if (u.passed) {
                t.nowHalves += u.creditsHalves;
                ++t.nowCount;
                t.courses.append(u.code);
            } else {
                t.inProgressCourses.append(u.code);
            }
        }
    }
    return out;
}

bool CoursePlacement::met(int index, const QList<Tally>& tallies, bool projected) const
{
    const Requirement& r = *m_taking.at(index);
    const Tally& t = tallies.at(index);
    bool own = false;
    switch (r.kind) {
    case Requirement::Kind::Credits:
        own = (projected ? t.projectedHalves : t.nowHalves) >= r.creditsHalves;
        break;
    case Requirement::Kind::Choose:
        own = (projected ? t.projectedCount : t.nowCount) >= r.count;
        break;
    case Requirement::Kind::Courses: {
        const QStringList& have = t.courses;
        int filled = 0;
        int substitutes = 0;
        QStringList all = have;
        if (projected) {
            all += t.inProgressCourses;
        }
        for (const QString& code : r.courses) {
            filled += all.contains(code) ? 1 : 0;
        }
        for (const QString& code : std::as_const(all)) {
            substitutes += r.courses.contains(code) ? 0 : 1;
        }
        own = filled + substitutes >= r.courses.size();
        break;
    }
    default:
        break;
    }
    if (!own) {
        return false;
    }
    for (const QString& child : m_rules.children(r.id)) {
        for (int i = 0; i < m_taking.size(); ++i) {
            if (m_taking.at(i)->id == child && !met(i, tallies, projected)) {
                return false;
            }
        }
    }
    return true;
}

CoursePlacement::Score CoursePlacement::score(const QList<int>& assignment) const
{
    const QList<Tally> tallies = this->tallies(assignment);
    Score s {0, 0, 0, 0};
    for (int i = 0; i < m_taking.size(); ++i) {
        const Requirement& r = *m_taking.at(i);
        s[0] += met(i, tallies, false) ? 1 : 0;
        s[1] += met(i, tallies, true) ? 1 : 0;
        if (r.kind == Requirement::Kind::Credits) {
            s[2] += std::min(tallies.at(i).nowHalves, r.creditsHalves);
            s[3] += std::min(tallies.at(i).projectedHalves, r.creditsHalves);
        } else {
            const int need = r.kind == Requirement::Kind::Choose ? r.count : int(r.courses.size());
            s[2] += std::min(tallies.at(i).nowCount, need);
            s[3] += std::min(tallies.at(i).projectedCount, need);
        }
    }
    return s;
}

void CoursePlacement::search(QList<int>& assignment, const QList<int>& ambiguous, int depth, Score* best,
                             QList<int>* bestAssignment) const
{
    if (depth == ambiguous.size()) {
        const Score s = score(assignment);
        if (s > *best) {
            *best = s;
            *bestAssignment = assignment;
        }
        return;
    }
    const int ui = ambiguous.at(depth);
    for (int c : m_units.at(ui).candidates) {
        assignment[ui] = c;
        search(assignment, ambiguous, depth + 1, best, bestAssignment);
    }
}

} // namespace dd
