// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/AuditEngine.h"

#include "core/audit/CoursePlacement.h"
#include "core/audit/GpaCalculator.h"
#include "core/text/Decimal.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace {

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

class Audit
{
public:
    Audit(const StudentRecord& record, const RuleSet& rules, const InstitutionPolicy& policy,
          const QList<StudentException>& exceptions)
        : m_record(record)
        , m_rules(rules)
        , m_policy(policy)
        , m_institution(rules.programme().institution)
        , m_exceptions(exceptions)
        , m_placement(record, rules, policy, exceptions)
        , m_semesters(regularSemesters())
    {
    }

    AuditResult run();

private:
    /** Credits over every course, each once. */
    struct Totals
    {
        int earned = 0;
        int inProgress = 0;
        int resident = 0;
        int residentInProgress = 0;
        int transferred = 0;
    };

    Totals totals(AuditResult* result) const;
    GpaCalculator::Result gpa() const;
    AuditResult::Row requirementRow(const Requirement& r, const Totals& totals, const GpaCalculator::Result& gpa) const;
    void milestoneRow(const Requirement& r, AuditResult::Row* row) const;
    void applyExceptions(AuditResult* result) const;
    void completeParents(AuditResult* result) const;
    void checkHonours(const RuleSet::Honours& h, const GpaCalculator::Result& gpa, AuditResult* result) const;
    std::optional<int> gradePoints(const QString& mark) const;
    int regularSemesters() const;

    const StudentRecord& m_record;
    const RuleSet& m_rules;
    const InstitutionPolicy& m_policy;
    QString m_institution;
    QList<StudentException> m_exceptions;
    CoursePlacement m_placement;
    int m_semesters = 0;
};

std::optional<int> Audit::gradePoints(const QString& mark) const
{
    QString reason;
    const std::optional<Grade> g = m_policy.grading().classify(mark, GradingMode::Graded, &reason);
    return g ? g->pointsHundredths : std::nullopt;
}

int Audit::regularSemesters() const
{
    int first = -1;
    int last = -1;
    for (const StudentRecord::Taken& t : m_record.attempts) {
        if (!t.regularTerm) {
            continue;
        }
        const int s = t.slot();
        first = first < 0 ? s : std::min(first, s);
        last = std::max(last, s);
    }
    return first < 0 ? 0 : last - first + 1;
}

Audit::Totals Audit::totals(AuditResult* result) const
{
    Totals t;
    const QList<CoursePlacement::Unit>& units = m_placement.units();
    for (int ui = 0; ui < units.size(); ++ui) {
        const CoursePlacement::Unit& u = units.at(ui);
        if (u.passed) {
            t.earned += u.creditsHalves;
            t.resident += u.transferred ? 0 : u.creditsHalves;
            t.transferred += u.transferred ? u.creditsHalves : 0;
            if (!m_placement.isPlaced(ui)) {
                result->fallthrough.append(u.code);
            }
        } else if (u.inProgress) {
            t.inProgress += u.creditsHalves;
            t.residentInProgress += u.creditsHalves;
            result->inProgress.append(u.code);
        }
    }
    return t;
}

GpaCalculator::Result Audit::gpa() const
{
    QList<AttemptRecord> gpaRecords;
    for (const StudentRecord::Taken& t : m_record.attempts) {
        if (t.institution == m_institution) {
            gpaRecords.append({t.code, t.creditsHalves, t.mode, t.mark, t.attempt, t.slot(), false});
        }
    }
    for (const StudentRecord::Transfer& t : m_record.transfers) {
        if (t.toInstitution == m_institution) {
            // Keyed by the target course, so a transfer and an attempt here are attempts of one course.
            gpaRecords.append({t.code.isEmpty() ? QStringLiteral("TR:") + t.fromCodes : t.code, t.creditsHalves, t.mode,
                               t.grade, Attempt::Regular, 0, true});
        }
    }
    return GpaCalculator(m_policy).compute(gpaRecords);
}

AuditResult::Row Audit::requirementRow(const Requirement& r, const Totals& totals,
                                       const GpaCalculator::Result& gpa) const
{
    auto status = [](bool now, bool projected) {
        return now      ? AuditResult::Status::Met
            : projected ? AuditResult::Status::InProgress
                        : AuditResult::Status::Unmet;
    };
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
        const CoursePlacement::Tally& t = m_placement.tally(r);
        row.status = m_placement.status(r);
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
        row.status = status(totals.earned >= r.creditsHalves, totals.earned + totals.inProgress >= r.creditsHalves);
        row.creditsRequiredHalves = r.creditsHalves;
        row.creditsAppliedHalves = totals.earned;
        break;
    case Requirement::Kind::Residency:
        row.status = status(totals.resident >= r.creditsHalves,
                            totals.resident + totals.residentInProgress >= r.creditsHalves);
        row.creditsRequiredHalves = r.creditsHalves;
        row.creditsAppliedHalves = totals.resident;
        break;
    case Requirement::Kind::TransferCap: {
        const int of = r.ofCreditsHalves > 0 ? r.ofCreditsHalves : m_rules.totalCreditsHalves();
        const int cap = m_rules.capHalves(r);
        row.status = totals.transferred <= cap ? AuditResult::Status::Met : AuditResult::Status::Unmet;
        row.creditsRequiredHalves = cap;
        row.creditsAppliedHalves = totals.transferred;
        row.detail = QCoreApplication::translate("dd::AuditEngine", "at most %1 of %2 credits transferred")
                         .arg(credits(cap), credits(of));
        break;
    }
    case Requirement::Kind::Gpa: {
        const bool ok = gpaAtLeast(gpa, r.minGpaScaled);
        row.status = status(ok, !gpa.gpaScaled && totals.inProgress > 0);
        row.detail = gpa.gpaScaled ? QCoreApplication::translate("dd::AuditEngine", "GPA %1, at least %2 needed")
                                         .arg(gpa.gpaText(), Decimal::formatScaled(r.minGpaScaled, 2, 2))
                                   : QCoreApplication::translate("dd::AuditEngine", "no graded course yet");
        break;
    }
    case Requirement::Kind::Milestone:
        milestoneRow(r, &row);
        break;
    case Requirement::Kind::TimeLimit:
        row.status = m_semesters <= r.regularSemesters ? AuditResult::Status::Met : AuditResult::Status::Unmet;
        row.detail = QCoreApplication::translate("dd::AuditEngine", "%1 regular semesters, at most %2")
                         .arg(m_semesters)
                         .arg(r.regularSemesters);
        break;
    }
    return row;
}

void Audit::milestoneRow(const Requirement& r, AuditResult::Row* row) const
{
    bool ok = false;
    for (const Milestone& m : m_record.milestones) {
        if (m.kind != r.milestone) {
            continue;
        }
        const bool fits = r.milestone == QLatin1String("HSK") ? m.level.toInt() >= r.minLevel && m.score >= r.minScore
                                                              : m.level == QLatin1String("passed");
        if (fits && !ok) {
            ok = true;
            row->detail = m.score >= 0 ? QCoreApplication::translate("dd::AuditEngine", "%1 %2 (%3) on %4")
                                             .arg(m.kind, m.level)
                                             .arg(m.score)
                                             .arg(m.date.toString(Qt::ISODate))
                                       : QCoreApplication::translate("dd::AuditEngine", "%1 %2 on %3")
                                             .arg(m.kind, m.level, m.date.toString(Qt::ISODate));
        }
    }
    row->status = ok ? AuditResult::Status::Met : AuditResult::Status::Unmet;
    if (!ok && r.milestone == QLatin1String("HSK")) {
        row->detail
            = QCoreApplication::translate("dd::AuditEngine", "needs HSK %1 with at least %2 points in one sitting")
                  .arg(r.minLevel)
                  .arg(r.minScore);
    }
}

void Audit::applyExceptions(AuditResult* result) const
{
    for (const StudentException& e : std::as_const(m_exceptions)) {
        const Requirement* r = m_rules.requirement(e.requirement);
        if (!r) {
            result->exceptionNotes.append(
                QCoreApplication::translate("dd::AuditEngine", "%1 of '%2' not applied: %3 has no such requirement")
                    .arg(e.kind, e.requirement, m_rules.programme().code));
            continue;
        }
        for (AuditResult::Row& row : result->requirements) {
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
}

void Audit::completeParents(AuditResult* result) const
{
    for (AuditResult::Row& row : result->requirements) {
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
        for (const AuditResult::Row& other : std::as_const(result->requirements)) {
            if (kids.contains(other.id) && other.status != AuditResult::Status::Met) {
                allMet = false;
            }
        }
        if (allMet) {
            row.status = AuditResult::Status::Met;
        }
    }
}

void Audit::checkHonours(const RuleSet::Honours& h, const GpaCalculator::Result& gpa, AuditResult* result) const
{
    QStringList reasons;
    if (!result->graduationEligible) {
        reasons << QCoreApplication::translate("dd::AuditEngine", "not eligible to graduate");
    }
    const int lowest = h.classes.isEmpty() ? 0 : h.classes.last().minGpaScaled;
    if (!gpaAtLeast(gpa, lowest)) {
        reasons << QCoreApplication::translate("dd::AuditEngine", "GPA %1 is below %2")
                       .arg(result->gpa.isEmpty() ? QCoreApplication::translate("dd::AuditEngine", "none")
                                                  : result->gpa,
                            Decimal::formatScaled(lowest, 2, 2));
    }
    const std::optional<int> minPoints = h.minGrade.isEmpty() ? std::nullopt : gradePoints(h.minGrade);
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
                           .arg(h.minGrade, t.code, t.mark, t.term);
        }
        if (h.noRetake && t.attempt == Attempt::Retake) {
            reasons << QCoreApplication::translate("dd::AuditEngine", "retake: %1 in %2").arg(t.code, t.term);
        }
    }
    if (h.maxRegularSemesters > 0 && m_semesters > h.maxRegularSemesters) {
        reasons << QCoreApplication::translate("dd::AuditEngine", "%1 regular semesters, more than %2")
                       .arg(m_semesters)
                       .arg(h.maxRegularSemesters);
    }
    if (reasons.isEmpty()) {
        for (const RuleSet::HonoursClass& c : h.classes) {
            if (gpaAtLeast(gpa, c.minGpaScaled)) {
                result->honours = c.name;
                break;
            }
        }
    }
    result->honoursReasons = reasons;
}

AuditResult Audit::run()
{
    AuditResult result;
    result.studentId = m_record.studentId;
    result.institution = m_institution;
    result.programme = m_rules.programme().code;
    result.catalogueYear = m_rules.programme().catalogueYear;

    const Totals totals = this->totals(&result);
    result.creditsEarnedHalves = totals.earned;
    result.creditsRequiredHalves = m_rules.totalCreditsHalves();
    const GpaCalculator::Result gpa = this->gpa();
    result.gpa = gpa.gpaText();
    for (const Requirement& r : m_rules.requirements()) {
        result.requirements.append(requirementRow(r, totals, gpa));
    }
    // Exceptions approved for this institution; a waived sub-requirement may complete its parent.
    applyExceptions(&result);
    completeParents(&result);

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
        checkHonours(*h, gpa, &result);
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
    QList<StudentException> exceptions;
    for (const StudentException& e : record.exceptions) {
        if (e.institution == rules.programme().institution) {
            exceptions.append(e);
        }
    }
    return Audit(record, rules, *policy, exceptions).run();
}

} // namespace dd
