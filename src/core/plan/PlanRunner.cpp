// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/plan/PlanRunner.h"

#include "core/audit/AuditEngine.h"
#include "core/policy/PolicySet.h"
#include "core/text/Decimal.h"

#include <algorithm>

namespace dd {

PlanRunner::PlanRunner(const PlanInput& input)
    : m_input(input)
{
}

int PlanRunner::firstOrdinal() const
{
    if (m_input.fromOrdinal > 0) {
        return m_input.fromOrdinal;
    }
    // The term of the earliest attempt still in progress, else the one after the latest attempt.
    int inProgress = 0;
    int latest = 0;
    for (const StudentRecord::Taken& t : m_input.record.attempts) {
        const int ordinal = t.academicYear * 10 + t.semester;
        latest = std::max(latest, ordinal);
        if (t.mark.isEmpty()) {
            inProgress = inProgress == 0 ? ordinal : std::min(inProgress, ordinal);
        }
    }
    return inProgress > 0 ? inProgress : latest + 1;
}

QList<PlanTerm> PlanRunner::termsAhead(QStringList* problems) const
{
    const StudentRecord& record = m_input.record;
    QHash<int, QString> yearAt; // year of study -> institution
    int timeLimit = 0;
    for (auto it = m_input.rules.cbegin(); it != m_input.rules.cend(); ++it) {
        const QString& institution = it.key();
        const std::optional<RuleSet::Study>& study = it.value().study();
        if (!study) {
            problems->append(tr("the programme %1 does not say in which years of study its students are at %2"
                                " (study.years in its rule file)")
                                 .arg(it.value().programme().code, institution));
            continue;
        }
        const InstitutionPolicy* policy = m_input.policies->institution(institution);
        if (!policy || !policy->load().isSet()) {
            problems->append(
                tr("the %1 policy sets no credit load per term (load in its policy file)").arg(institution));
            continue;
        }
        timeLimit = timeLimit == 0 ? study->timeLimitYears : std::min(timeLimit, study->timeLimitYears);
        for (int year : study->years) {
            if (yearAt.contains(year)) {
                problems->append(
                    tr("year %1 of study is at both %2 and %3").arg(year).arg(yearAt.value(year), institution));
            }
            yearAt.insert(year, institution);
        }
    }
    if (!problems->isEmpty()) {
        return {};
    }
    const int first = firstOrdinal();
    QList<PlanTerm> terms;
    for (int year = 1; year <= timeLimit; ++year) {
        const QString institution = yearAt.value(year);
        const InstitutionPolicy* policy = m_input.policies->institution(institution);
        if (!policy) {
            continue; // a year the path spends nowhere
        }
        const int academicYear = record.cohort + year - 1;
        for (const TermNaming::Semester& s : policy->terms().semesters()) {
            const int max = policy->load().maxFor(s.regular);
            if (max == 0 || academicYear * 10 + s.number < first) {
                continue;
            }
            PlanTerm t;
            t.institution = institution;
            t.term = policy->terms().format(academicYear, s.number);
            QString reason;
            const std::optional<TermInfo> info = policy->terms().parse(t.term, &reason);
            if (!info) {
                continue; // outside the years the institution's naming covers
            }
            if (m_input.fromOrdinal == 0 && m_input.today.isValid() && info->endDate < m_input.today) {
                continue; // over already
            }
            t.academicYear = academicYear;
            t.semester = s.number;
            t.regular = s.regular;
            t.endDate = info->endDate;
            t.yearOfStudy = year;
            t.minHalves = s.regular ? policy->load().minHalves : 0;
            t.maxHalves = max;
            terms.append(t);
        }
    }
    std::sort(terms.begin(), terms.end(),
              [](const PlanTerm& a, const PlanTerm& b) { return a.ordinal() < b.ordinal(); });
    if (terms.isEmpty()) {
        problems->append(
            tr("no term is left before the time limit of %n year(s) from the cohort's first (%1)", nullptr, timeLimit)
                .arg(record.cohort));
        return {};
    }
    // What is in progress stays in its term.
    for (const StudentRecord::Taken& a : record.attempts) {
        if (!a.mark.isEmpty()) {
            continue;
        }
        for (PlanTerm& t : terms) {
            if (t.institution == a.institution && t.academicYear == a.academicYear && t.semester == a.semester) {
                t.courses.append(a.code);
                t.creditsHalves += a.creditsHalves;
                t.underway = true;
            }
        }
    }
    return terms;
}

QString PlanRunner::assumedMark(const QString& institution, GradingMode mode) const
{
    if (mode == GradingMode::PassFail) {
        if (const InstitutionPolicy* policy = m_input.policies->institution(institution)) {
            for (const GradingScale::PassFailMark& m : policy->grading().passFailMarks()) {
                if (m.passed) {
                    return m.mark;
                }
            }
        }
    }
    return m_input.assumed.value(institution);
}

int PlanRunner::creditsOf(const QString& institution, const QString& code) const
{
    const auto it = m_input.courses->constFind(TransferPlanner::courseKey(institution, code));
    return it == m_input.courses->cend() ? 0 : it->creditsHalves;
}

bool PlanRunner::passed(const StudentRecord& record, const QString& institution, const QString& code) const
{
    const InstitutionPolicy* policy = m_input.policies->institution(institution);
    if (!policy) {
        return false;
    }
    return std::any_of(record.attempts.cbegin(), record.attempts.cend(), [&](const StudentRecord::Taken& t) {
        if (t.institution != institution || t.code != code || t.mark.isEmpty()) {
            return false;
        }
        QString reason;
        const std::optional<Grade> g = policy->grading().classify(t.mark, t.mode, &reason);
        return g && g->passed;
    });
}

void PlanRunner::applyTransfers(StudentRecord& record, QHash<QString, TransferPlanner::Recorded>& recorded,
                                const QDate& asOf) const
{
    const TransferPlanner planner(*m_input.policies, *m_input.courses);
    for (auto it = m_input.rules.cbegin(); it != m_input.rules.cend(); ++it) {
        const QString& to = it.key();
        TransferPlanner::Recorded& done = recorded[to];
        const TransferPlan plan
            = planner.plan(record, to, m_input.equivalencies, done, it.value().transferCapHalves(), asOf);
        for (const TransferCandidate& c : plan.candidates) {
            if (!c.allowed()) {
                continue;
            }
            for (const TransferTarget& target : c.targets) {
                StudentRecord::Transfer t;
                t.toInstitution = to;
                t.code = target.code;
                t.category = target.category;
                t.fromCodes = c.fromSpec();
                t.creditsHalves = target.creditsHalves;
                const auto course = m_input.courses->constFind(TransferPlanner::courseKey(to, target.code));
                t.mode = course == m_input.courses->cend() ? GradingMode::Graded : course->grading;
                t.grade = c.convertedGrade;
                record.transfers.append(t);
                done.creditsHalves += target.creditsHalves;
            }
            done.lineages.insert(c.equivalency.lineageId);
            for (const TransferSource& s : c.sources) {
                done.resultIds.insert(s.resultId);
            }
        }
    }
}

PlanCheck PlanRunner::check(const QList<PlanTerm>& terms, bool everyTerm) const
{
    PlanCheck out;
    out.record = m_input.record;
    StudentRecord& record = out.record;
    QHash<QString, TransferPlanner::Recorded> recorded = m_input.recorded;
    qint64 nextId = -1; // planned results have no stored row: ids of their own for the transfer planner
    auto assumeUpTo = [&](int ordinal) {
        for (StudentRecord::Taken& a : record.attempts) {
            if (a.mark.isEmpty() && a.academicYear * 10 + a.semester <= ordinal) {
                a.mark = assumedMark(a.institution, a.mode);
            }
        }
    };
    if (!terms.isEmpty()) {
        assumeUpTo(terms.first().ordinal() - 1);
    }
    for (int i = 0; i < terms.size(); ++i) {
        const PlanTerm& t = terms.at(i);
        const InstitutionPolicy* policy = m_input.policies->institution(t.institution);
        int halves = 0;
        for (const QString& code : t.courses) {
            const auto it = m_input.courses->constFind(TransferPlanner::courseKey(t.institution, code));
            if (it == m_input.courses->cend() || !policy) {
                out.problems << tr("%1 (%2): %3 is not in the %2 catalogue").arg(t.term, t.institution, code);
                continue;
            }
            halves += it->creditsHalves;
            const bool inProgressHere
                = std::any_of(record.attempts.cbegin(), record.attempts.cend(), [&](const StudentRecord::Taken& a) {
                      return a.mark.isEmpty() && a.institution == t.institution && a.code == code
                          && a.academicYear == t.academicYear && a.semester == t.semester;
                  });
            if (inProgressHere) {
                continue; // given its mark below, with the rest of the term
            }
            if (t.underway) {
                out.problems
                    << tr("%1 (%2): %3 cannot be added, the term is under way").arg(t.term, t.institution, code);
            }
            if (!it->offeredIn(t.semester, t.regular)) {
                out.problems << tr("%1 (%2): %3 is not offered in semester %4 (offered in %5)")
                                    .arg(t.term, t.institution, code)
                                    .arg(t.semester)
                                    .arg(it->offered.isEmpty() ? tr("every regular semester") : it->offered);
            }
            if (passed(record, t.institution, code)) {
                out.problems << tr("%1 (%2): %3 is passed already").arg(t.term, t.institution, code);
            }
            const bool triedBefore
                = std::any_of(record.attempts.cbegin(), record.attempts.cend(), [&](const StudentRecord::Taken& a) {
                      return a.institution == t.institution && a.code == code;
                  });
            StudentRecord::Taken a;
            a.resultId = nextId--;
            a.institution = t.institution;
            a.code = code;
            a.category = it->category;
            a.creditsHalves = it->creditsHalves;
            a.mode = it->grading;
            a.term = t.term;
            a.academicYear = t.academicYear;
            a.semester = t.semester;
            a.regularTerm = t.regular;
            a.mark = assumedMark(t.institution, it->grading);
            a.attempt = triedBefore ? Attempt::Retake : Attempt::Regular;
            record.attempts.append(a);
        }
        assumeUpTo(t.ordinal());
        if (halves > t.maxHalves) {
            out.problems << tr("%1 (%2): %3 credits, above the most a term may carry (%4)")
                                .arg(t.term, t.institution, Decimal::formatHalves(halves),
                                     Decimal::formatHalves(t.maxHalves));
        } else if (halves > 0 && halves < t.minHalves && i + 1 < terms.size()) {
            out.notes << tr("%1 (%2): %3 credits, below the least a regular term carries (%4)")
                             .arg(t.term, t.institution, Decimal::formatHalves(halves),
                                  Decimal::formatHalves(t.minHalves));
        }
        applyTransfers(record, recorded, t.endDate);
        if (everyTerm || i + 1 == terms.size()) {
            QHash<QString, AuditResult> audits;
            bool all = true;
            for (auto it = m_input.rules.cbegin(); it != m_input.rules.cend(); ++it) {
                const AuditResult a = AuditEngine::audit(record, it.value(), *m_input.policies);
                all = all && met(a, it.value());
                audits.insert(it.key(), a);
            }
            out.after.append(audits);
            if (all && out.metAfter < 0) {
                out.metAfter = i;
            }
        }
    }
    return out;
}

bool PlanRunner::met(const AuditResult& audit, const RuleSet& rules)
{
    if (!audit.graduationEligible) {
        return false;
    }
    for (const QString& id : rules.degree()) {
        const Requirement* r = rules.requirement(id);
        if (!r || r->kind == Requirement::Kind::Milestone) {
            continue;
        }
        for (const AuditResult::Row& row : audit.requirements) {
            if (row.id == id && row.status != AuditResult::Status::Met) {
                return false;
            }
        }
    }
    return true;
}

QHash<QString, QStringList> PlanRunner::fills(const QList<PlanTerm>& terms, const PlanCheck& final) const
{
    QHash<QString, QStringList> out;
    if (final.after.isEmpty()) {
        return out;
    }
    const QHash<QString, AuditResult>& audits = final.after.last();
    auto rowsWith = [&](const QString& institution, const QString& code) {
        QStringList ids;
        for (const AuditResult::Row& row : audits.value(institution).requirements) {
            if (row.courses.contains(code) || row.inProgressCourses.contains(code)) {
                ids << QStringLiteral("%1 %2").arg(institution, row.id);
            }
        }
        return ids;
    };
    for (const PlanTerm& t : terms) {
        for (const QString& code : t.courses) {
            QStringList ids = rowsWith(t.institution, code);
            for (const StudentRecord::Transfer& x : final.record.transfers) {
                if (x.fromCodes.split(QLatin1Char('+')).contains(code)) {
                    ids += rowsWith(x.toInstitution, x.code.isEmpty() ? x.fromCodes : x.code);
                }
            }
            ids.removeDuplicates();
            out.insert(TransferPlanner::courseKey(t.institution, code), ids);
        }
    }
    return out;
}

} // namespace dd
