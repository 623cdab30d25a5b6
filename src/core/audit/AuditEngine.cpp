// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/AuditEngine.h"

#include "core/audit/GpaCalculator.h"
#include "core/text/Decimal.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace dd {

namespace {

// Ambiguous courses searched exhaustively; past this many the rest are placed greedily.
constexpr int kMaxSearchedCourses = 12;

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

struct Tally
{
    int nowHalves = 0;
    int projectedHalves = 0;
    int nowCount = 0;
    int projectedCount = 0;
    QStringList courses;
    QStringList inProgressCourses;
};

QString credits(int halves)
{
    return Decimal::formatHalves(halves);
}

/** Whether \a gpa (at its own decimals) is at least \a minHundredths. */
bool gpaAtLeast(const GpaCalculator::Result& gpa, int minHundredths)
{
    if (!gpa.gpaScaled) {
        return false;
    }
    qint64 scale = 1;
    for (int i = 0; i < gpa.decimals; ++i) {
        scale *= 10;
    }
    return *gpa.gpaScaled * 100 >= qint64(minHundredths) * scale;
}

int slot(int academicYear, int semester)
{
    return academicYear * 2 + (semester - 1);
}

class Audit
{
public:
    Audit(const StudentRecord& record, const RuleSet& rules, const InstitutionPolicy& policy)
        : m_record(record)
        , m_rules(rules)
        , m_policy(policy)
        , m_institution(rules.programme().institution)
    {
        for (const Requirement& r : rules.requirements()) {
            if (r.takesCourses()) {
                m_taking.append(&r);
            }
        }
        for (const StudentException& e : record.exceptions) {
            if (e.institution == m_institution) {
                m_exceptions.append(e);
            }
        }
    }

    AuditResult run();

private:
    void buildUnits();
    std::optional<int> gradePoints(const QString& mark) const;
    bool eligible(const Unit& u, const Requirement& r) const;
    bool viaSubstitute(const Unit& u, const Requirement& r) const;
    QList<Tally> tally(const QList<int>& assignment) const;
    std::array<int, 4> score(const QList<int>& assignment) const;
    void search(QList<int>& assignment, const QList<int>& ambiguous, int depth, std::array<int, 4>* best,
                QList<int>* bestAssignment) const;
    AuditResult::Status courseStatus(int index, const QList<Tally>& tallies) const;
    bool met(int index, const QList<Tally>& tallies, bool projected) const;
    int regularSemesters() const;

    const StudentRecord& m_record;
    const RuleSet& m_rules;
    const InstitutionPolicy& m_policy;
    QString m_institution;
    QList<const Requirement*> m_taking;
    QList<StudentException> m_exceptions;
    QList<Unit> m_units;
};

std::optional<int> Audit::gradePoints(const QString& mark) const
{
    QString reason;
    const std::optional<Grade> g = m_policy.grading().classify(mark, GradingMode::Graded, &reason);
    return g ? g->pointsHundredths : std::nullopt;
}

void Audit::buildUnits()
{
    const GpaCalculator gpa(m_policy);
    QMap<QString, QList<const StudentRecord::Taken*>> byCode;
    for (const StudentRecord::Taken& t : m_record.attempts) {
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
            const int order = slot(t->academicYear, t->semester) * 10 + int(t->attempt);
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
    // A transfer into a course is one more attempt of that course: a course credited
    // by transfer and also taken here is one unit, its credits counted once.
    QHash<QString, int> unitOfCourse;
    for (int i = 0; i < m_units.size(); ++i) {
        unitOfCourse.insert(m_units.at(i).code, i);
    }
    const bool bestCounts
        = m_policy.gpa().attempts == InstitutionPolicy::AttemptsInGpa::Best && m_policy.gpa().transfersInGpa;
    for (const StudentRecord::Transfer& t : m_record.transfers) {
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

bool Audit::viaSubstitute(const Unit& u, const Requirement& r) const
{
    for (const StudentException& e : m_exceptions) {
        if ((e.kind == QLatin1String("substitute") || e.kind == QLatin1String("also-allow")) && e.requirement == r.id
            && e.courseCode == u.code) {
            return true;
        }
    }
    return false;
}

bool Audit::eligible(const Unit& u, const Requirement& r) const
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

QList<Tally> Audit::tally(const QList<int>& assignment) const
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

bool Audit::met(int index, const QList<Tally>& tallies, bool projected) const
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

std::array<int, 4> Audit::score(const QList<int>& assignment) const
{
    const QList<Tally> tallies = tally(assignment);
    std::array<int, 4> s {0, 0, 0, 0};
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

void Audit::search(QList<int>& assignment, const QList<int>& ambiguous, int depth, std::array<int, 4>* best,
                   QList<int>* bestAssignment) const
{
    if (depth == ambiguous.size()) {
        const std::array<int, 4> s = score(assignment);
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

AuditResult::Status Audit::courseStatus(int index, const QList<Tally>& tallies) const
{
    if (met(index, tallies, false)) {
        return AuditResult::Status::Met;
    }
    return met(index, tallies, true) ? AuditResult::Status::InProgress : AuditResult::Status::Unmet;
}

int Audit::regularSemesters() const
{
    int first = -1;
    int last = -1;
    for (const StudentRecord::Taken& t : m_record.attempts) {
        if (!t.regularTerm) {
            continue;
        }
        const int s = slot(t.academicYear, t.semester);
        first = first < 0 ? s : std::min(first, s);
        last = std::max(last, s);
    }
    return first < 0 ? 0 : last - first + 1;
}

AuditResult Audit::run()
{
    AuditResult result;
    result.studentId = m_record.studentId;
    result.institution = m_institution;
    result.programme = m_rules.programme().code;
    result.catalogueYear = m_rules.programme().catalogueYear;

    buildUnits();

    // Courses with one place to go are placed; the others are searched.
    QList<int> assignment(m_units.size(), -1);
    QList<int> ambiguous;
    for (int ui = 0; ui < m_units.size(); ++ui) {
        const QList<int>& c = m_units.at(ui).candidates;
        if (c.size() == 1) {
            assignment[ui] = c.first();
        } else if (c.size() > 1) {
            if (ambiguous.size() < kMaxSearchedCourses) {
                ambiguous.append(ui);
            } else {
                assignment[ui] = c.first();
            }
        }
    }
    if (!ambiguous.isEmpty()) {
        std::array<int, 4> best {-1, -1, -1, -1};
        QList<int> bestAssignment = assignment;
        search(assignment, ambiguous, 0, &best, &bestAssignment);
        assignment = bestAssignment;
    }
    const QList<Tally> tallies = tally(assignment);

    // Totals.
    int earned = 0;
    int inProgress = 0;
    int resident = 0;
    int residentInProgress = 0;
    int transferred = 0;
    for (int ui = 0; ui < m_units.size(); ++ui) {
        const Unit& u = m_units.at(ui);
        if (u.passed) {
            earned += u.creditsHalves;
            resident += u.transferred ? 0 : u.creditsHalves;
            transferred += u.transferred ? u.creditsHalves : 0;
            if (assignment.at(ui) < 0) {
                result.fallthrough.append(u.code);
            }
        } else if (u.inProgress) {
            inProgress += u.creditsHalves;
            residentInProgress += u.creditsHalves;
            result.inProgress.append(u.code);
        }
    }
    result.creditsEarnedHalves = earned;

    QList<AttemptRecord> gpaRecords;
    for (const StudentRecord::Taken& t : m_record.attempts) {
        if (t.institution == m_institution) {
            gpaRecords.append(
                {t.code, t.creditsHalves, t.mode, t.mark, t.attempt, slot(t.academicYear, t.semester), false});
        }
    }
    for (const StudentRecord::Transfer& t : m_record.transfers) {
        if (t.toInstitution == m_institution) {
            // Keyed by the target course, so a transfer and an attempt here are attempts of one course.
            gpaRecords.append({t.code.isEmpty() ? QStringLiteral("TR:") + t.fromCodes : t.code, t.creditsHalves, t.mode,
                               t.grade, Attempt::Regular, 0, true});
        }
    }
    const GpaCalculator::Result gpa = GpaCalculator(m_policy).compute(gpaRecords);
    result.gpa = gpa.gpaText();
    const int semesters = regularSemesters();

    auto status = [](bool now, bool projected) {
        return now      ? AuditResult::Status::Met
            : projected ? AuditResult::Status::InProgress
                        : AuditResult::Status::Unmet;
    };
    const int totalRequired = m_rules.totalCreditsHalves();
    result.creditsRequiredHalves = totalRequired;

    for (const Requirement& r : m_rules.requirements()) {
        AuditResult::Row row;
        row.id = r.id;
        row.label = r.label;
        row.labelZh = r.labelZh;
        row.labelTh = r.labelTh;
        row.parent = r.parentId;
        switch (r.kind) {
        case Requirement::Kind::Credits:
        case Requirement::Kind::Courses:
        case Requirement::Kind::Choose: {
            const int index = int(m_taking.indexOf(&r));
            const Tally& t = tallies.at(index);
            row.status = courseStatus(index, tallies);
            if (r.kind == Requirement::Kind::Credits) {
                row.creditsRequiredHalves = r.creditsHalves;
                row.creditsAppliedHalves = t.nowHalves;
            } else if (r.kind == Requirement::Kind::Choose) {
                row.detail
                    = QCoreApplication::translate("dd::AuditEngine", "%1 of %2 courses").arg(t.nowCount).arg(r.count);
            }
            row.courses = t.courses;
            row.inProgressCourses = t.inProgressCourses;
            break;
        }
        case Requirement::Kind::TotalCredits:
            row.status = status(earned >= r.creditsHalves, earned + inProgress >= r.creditsHalves);
            row.creditsRequiredHalves = r.creditsHalves;
            row.creditsAppliedHalves = earned;
            break;
        case Requirement::Kind::Residency:
            row.status = status(resident >= r.creditsHalves, resident + residentInProgress >= r.creditsHalves);
            row.creditsRequiredHalves = r.creditsHalves;
            row.creditsAppliedHalves = resident;
            break;
        case Requirement::Kind::TransferCap: {
            const int of = r.ofCreditsHalves > 0 ? r.ofCreditsHalves : totalRequired;
            const int cap = m_rules.capHalves(r);
            row.status = transferred <= cap ? AuditResult::Status::Met : AuditResult::Status::Unmet;
            row.creditsRequiredHalves = cap;
            row.creditsAppliedHalves = transferred;
            row.detail = QCoreApplication::translate("dd::AuditEngine", "at most %1 of %2 credits transferred")
                             .arg(credits(cap), credits(of));
            break;
        }
        case Requirement::Kind::Gpa: {
            const bool ok = gpaAtLeast(gpa, r.minGpaScaled);
            row.status = status(ok, !gpa.gpaScaled && inProgress > 0);
            row.detail = gpa.gpaScaled ? QCoreApplication::translate("dd::AuditEngine", "GPA %1, at least %2 needed")
                                             .arg(result.gpa, Decimal::formatScaled(r.minGpaScaled, 2, 2))
                                       : QCoreApplication::translate("dd::AuditEngine", "no graded course yet");
            break;
        }
        case Requirement::Kind::Milestone: {
            bool ok = false;
            for (const Milestone& m : m_record.milestones) {
                if (m.kind != r.milestone) {
                    continue;
                }
                const bool fits = r.milestone == QLatin1String("HSK")
                    ? m.level.toInt() >= r.minLevel && m.score >= r.minScore
                    : m.level == QLatin1String("passed");
                if (fits && !ok) {
                    ok = true;
                    row.detail = m.score >= 0 ? QCoreApplication::translate("dd::AuditEngine", "%1 %2 (%3) on %4")
                                                    .arg(m.kind, m.level)
                                                    .arg(m.score)
                                                    .arg(m.date.toString(Qt::ISODate))
                                              : QCoreApplication::translate("dd::AuditEngine", "%1 %2 on %3")
                                                    .arg(m.kind, m.level, m.date.toString(Qt::ISODate));
                }
            }
            row.status = ok ? AuditResult::Status::Met : AuditResult::Status::Unmet;
            if (!ok && r.milestone == QLatin1String("HSK")) {
                row.detail = QCoreApplication::translate("dd::AuditEngine",
                                                         "needs HSK %1 with at least %2 points in one sitting")
                                 .arg(r.minLevel)
                                 .arg(r.minScore);
            }
            break;
        }
        case Requirement::Kind::TimeLimit:
            row.status = semesters <= r.regularSemesters ? AuditResult::Status::Met : AuditResult::Status::Unmet;
            row.detail = QCoreApplication::translate("dd::AuditEngine", "%1 regular semesters, at most %2")
                             .arg(semesters)
                             .arg(r.regularSemesters);
            break;
        }
        result.requirements.append(row);
    }

    // Exceptions approved for this institution.
    for (const StudentException& e : std::as_const(m_exceptions)) {
        const Requirement* r = m_rules.requirement(e.requirement);
        if (!r) {
            result.exceptionNotes.append(
                QCoreApplication::translate("dd::AuditEngine", "%1 of '%2' not applied: %3 has no such requirement")
                    .arg(e.kind, e.requirement, m_rules.programme().code));
            continue;
        }
        for (AuditResult::Row& row : result.requirements) {
            if (row.id != e.requirement) {
                continue;
            }
            if (e.kind == QLatin1String("waive") || e.kind == QLatin1String("force-complete")) {
                row.status = AuditResult::Status::Met;
            }
            row.exceptionKind = e.kind;
            row.exceptionReason = e.reason;
            row.exceptionApprovedBy = e.approvedBy;
        }
    }
    // A waived sub-requirement may complete its parent.
    for (AuditResult::Row& row : result.requirements) {
        const Requirement* r = m_rules.requirement(row.id);
        if (!r || r->kind != Requirement::Kind::Credits || row.status == AuditResult::Status::Met
            || !row.exceptionKind.isEmpty()) {
            continue;
        }
        const QStringList kids = m_rules.children(row.id);
        if (kids.isEmpty() || row.creditsAppliedHalves.value_or(0) < r->creditsHalves) {
            continue;
        }
        bool allMet = true;
        for (const AuditResult::Row& other : std::as_const(result.requirements)) {
            if (kids.contains(other.id) && other.status != AuditResult::Status::Met) {
                allMet = false;
            }
        }
        if (allMet) {
            row.status = AuditResult::Status::Met;
        }
    }

    auto allMet = [&](const QStringList& ids) {
        for (const AuditResult::Row& row : std::as_const(result.requirements)) {
            if (ids.contains(row.id) && row.status != AuditResult::Status::Met) {
                return false;
            }
        }
        return true;
    };
    result.graduationEligible = allMet(m_rules.graduation());
    result.degreeEligible = result.graduationEligible && allMet(m_rules.degree());

    // Honours: only the institution's own attempts count; transfers do not disqualify.
    if (const std::optional<RuleSet::Honours>& h = m_rules.honours()) {
        QStringList reasons;
        if (!result.graduationEligible) {
            reasons << QCoreApplication::translate("dd::AuditEngine", "not eligible to graduate");
        }
        const int lowest = h->classes.isEmpty() ? 0 : h->classes.last().minGpaScaled;
        if (!gpaAtLeast(gpa, lowest)) {
            reasons << QCoreApplication::translate("dd::AuditEngine", "GPA %1 is below %2")
                           .arg(result.gpa.isEmpty() ? QCoreApplication::translate("dd::AuditEngine", "none")
                                                     : result.gpa,
                                Decimal::formatScaled(lowest, 2, 2));
        }
        const std::optional<int> minPoints = h->minGrade.isEmpty() ? std::nullopt : gradePoints(h->minGrade);
        const GpaCalculator calc(m_policy);
        for (const StudentRecord::Taken& t : m_record.attempts) {
            if (t.institution != m_institution) {
                continue;
            }
            QString reason;
            const std::optional<Grade> g
                = calc.effectiveGrade({t.code, t.creditsHalves, t.mode, t.mark, t.attempt, 0, false}, &reason);
            if (minPoints && g
                && (g->kind == Grade::Kind::Fail
                    || ((g->kind == Grade::Kind::Letter || g->kind == Grade::Kind::Mark)
                        && g->pointsHundredths.value_or(0) < *minPoints))) {
                reasons << QCoreApplication::translate("dd::AuditEngine", "grade below %1: %2 %3 in %4")
                               .arg(h->minGrade, t.code, t.mark, t.term);
            }
            if (h->noRetake && t.attempt == Attempt::Retake) {
                reasons << QCoreApplication::translate("dd::AuditEngine", "retake: %1 in %2").arg(t.code, t.term);
            }
        }
        if (h->maxRegularSemesters > 0 && semesters > h->maxRegularSemesters) {
            reasons << QCoreApplication::translate("dd::AuditEngine", "%1 regular semesters, more than %2")
                           .arg(semesters)
                           .arg(h->maxRegularSemesters);
        }
        if (reasons.isEmpty()) {
            for (const RuleSet::HonoursClass& c : h->classes) {
                if (gpaAtLeast(gpa, c.minGpaScaled)) {
                    result.honours = c.name;
                    break;
                }
            }
        }
        result.honoursReasons = reasons;
    }
    return result;
}

} // namespace

AuditResult AuditEngine::audit(const StudentRecord& record, const RuleSet& rules, const PolicySet& policies)
{
    const InstitutionPolicy* policy = policies.institution(rules.programme().institution);
    if (!policy) {
        AuditResult empty;
        empty.studentId = record.studentId;
        empty.institution = rules.programme().institution;
        empty.programme = rules.programme().code;
        empty.exceptionNotes << QStringLiteral("no policy for institution %1").arg(rules.programme().institution);
        return empty;
    }
    return Audit(record, rules, *policy).run();
}

} // namespace dd
