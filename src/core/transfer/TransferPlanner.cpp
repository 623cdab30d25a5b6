// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/transfer/TransferPlanner.h"

#include "core/audit/GpaCalculator.h"
#include "core/text/Decimal.h"

#include "core/policy/PolicySet.h"
#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace dd {

namespace {

QString gradeText(const Grade& g)
{
    if (g.kind == Grade::Kind::Mark) {
        return Decimal::formatScaled(g.markTenths, 1, g.markTenths % 10 ? 1 : 0);
    }
    return g.raw;
}

} // namespace

int TransferCandidate::termOrdinal() const
{
    int latest = 0;
    for (const TransferSource& s : sources) {
        latest = std::max(latest, s.termOrdinal);
    }
    return latest;
}

QString TransferCandidate::fromSpec() const
{
    return equivalency.fromCodes.join(QLatin1Char('+'));
}

QString TransferCandidate::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QString();
    case Reason::SourceMissing:
        return QStringLiteral("source_missing");
    case Reason::SourceInProgress:
        return QStringLiteral("source_in_progress");
    case Reason::SourceUsed:
        return QStringLiteral("source_used");
    case Reason::GradeNotTransferable:
        return QStringLiteral("grade_not_transferable");
    case Reason::GradeTooLow:
        return QStringLiteral("grade_too_low");
    case Reason::TooOld:
        return QStringLiteral("too_old");
    case Reason::BeforeSourceEnd:
        return QStringLiteral("before_source_term_end");
    case Reason::CreditShortfall:
        return QStringLiteral("credit_shortfall");
    case Reason::TargetTaken:
        return QStringLiteral("target_taken");
    case Reason::Cap:
        return QStringLiteral("cap");
    }
    return QString();
}

QList<TransferCandidate> TransferPlan::allowed() const
{
    QList<TransferCandidate> out;
    for (const TransferCandidate& c : candidates) {
        if (c.allowed()) {
            out.append(c);
        }
    }
    return out;
}

TransferPlanner::TransferPlanner(const PolicySet& policies, const QHash<QString, Course>& courses)
    : m_policies(policies)
    , m_courses(courses)
{
}

QString TransferPlanner::courseKey(const QString& institution, const QString& code)
{
    return institution + QLatin1Char(':') + code;
}

TransferPlanner::CreditCheck TransferPlanner::checkCredits(const Equivalency& e) const
{
    return checkCredits(e, true);
}

TransferPlanner::CreditCheck TransferPlanner::checkCredits(const Equivalency& e, bool withDetail) const
{
    CreditCheck check;
    const InstitutionPolicy* receiving = m_policies.institution(e.toInstitution);
    if (!receiving) {
        check.approvable = false;
        check.detail = QStringLiteral("no policy for %1").arg(e.toInstitution);
        return check;
    }
    int lecture = 0;
    int lab = 0;
    for (const QString& code : e.fromCodes) {
        const auto it = m_courses.constFind(courseKey(e.fromInstitution, code));
        if (it == m_courses.cend()) {
            check.approvable = false;
            check.detail = QStringLiteral("unknown course %1 %2").arg(e.fromInstitution, code);
            return check;
        }
        lecture += it->lectureHours;
        lab += it->labHours;
    }
    check.convertedHalves = receiving->creditsForHours(lecture, lab);
    if (e.isBlockCredit()) {
        check.targetHalves = std::min(e.blockCreditsHalves, check.convertedHalves);
        if (!withDetail) {
            return check;
        }
        check.detail = QStringLiteral("%1 lecture and %2 lab hours make %3 %4 credits; block credit brings %5")
                           .arg(lecture)
                           .arg(lab)
                           .arg(Decimal::formatHalves(check.convertedHalves), e.toInstitution,
                                Decimal::formatHalves(check.targetHalves));
        return check;
    }
    for (const QString& code : e.toCodes) {
        const auto it = m_courses.constFind(courseKey(e.toInstitution, code));
        if (it == m_courses.cend()) {
            check.approvable = false;
            check.detail = QStringLiteral("unknown course %1 %2").arg(e.toInstitution, code);
            return check;
        }
        check.targetHalves += it->creditsHalves;
    }
    const int shortfall = check.targetHalves - check.convertedHalves;
    check.approvable = shortfall <= 2;
    if (!withDetail) {
        return check;
    }
    check.detail = QStringLiteral("%1 lecture and %2 lab hours make %3 %4 credits; the target carries %5")
                       .arg(lecture)
                       .arg(lab)
                       .arg(Decimal::formatHalves(check.convertedHalves), e.toInstitution,
                            Decimal::formatHalves(check.targetHalves));
    if (!check.approvable) {
        check.detail += QStringLiteral(", %1 more than the hours allow (at most 1): not a full equivalent;"
                                       " block credit is possible")
                            .arg(Decimal::formatHalves(shortfall));
    }
    return check;
}

int TransferPlanner::gradeRank(const InstitutionPolicy& policy, const TransferSource& source) const
{
    QString reason;
    const std::optional<Grade> g = policy.grading().classify(source.grade, source.mode, &reason);
    if (!g || !g->passed) {
        return -1;
    }
    if (g->kind == Grade::Kind::Mark) {
        return g->markTenths;
    }
    return g->pointsHundredths.value_or(std::numeric_limits<int>::max());
}

std::optional<TransferSource> TransferPlanner::countingAttempt(const AttemptIndex& attempts,
                                                               const InstitutionPolicy& policy, const QString& code,
                                                               QString* problem, bool* stillInProgress) const
{
    const GpaCalculator calculator(policy);
    const bool best = policy.gpa().attempts == InstitutionPolicy::AttemptsInGpa::Best;
    std::optional<TransferSource> chosen;
    std::optional<Grade> chosenGrade;
    int chosenOrder = -1;
    bool seen = false;
    bool inProgress = false;
    for (const StudentRecord::Taken* taken : attempts.value(courseKey(policy.code(), code))) {
        const StudentRecord::Taken& t = *taken;
        seen = true;
        QString reason;
        const std::optional<Grade> g
            = calculator.effectiveGrade({t.code, t.creditsHalves, t.mode, t.mark, t.attempt, 0, false}, &reason);
        if (!g) {
            continue;
        }
        if (g->isInProgress()) {
            inProgress = true;
            continue;
        }
        const int order = (t.academicYear * 10 + t.semester) * 10 + int(t.attempt);
        // A withdrawal or an incomplete does not replace a finished grade; it stands only alone.
        const auto finished
            = [](const Grade& x) { return x.kind != Grade::Kind::Withdrawn && x.kind != Grade::Kind::Incomplete; };
        bool better = !chosenGrade;
        if (chosenGrade && finished(*g) != finished(*chosenGrade)) {
            better = finished(*g);
        } else if (chosenGrade) {
            if (best) {
                // The best attempt: a pass beats a fail, then the higher mark or points.
                const auto rank = [](const Grade& x) {
                    const int value = x.kind == Grade::Kind::Mark ? x.markTenths : x.pointsHundredths.value_or(0);
                    return std::make_pair(x.passed ? 1 : 0, value);
                };
                better = rank(*g) > rank(*chosenGrade);
            } else {
                better = order >= chosenOrder; // the latest attempt
            }
        }
        if (!better) {
            continue;
        }
        QString termReason;
        const std::optional<TermInfo> term = policy.terms().parse(t.term, &termReason);
        TransferSource s;
        s.resultId = t.resultId;
        s.code = t.code;
        s.term = t.term;
        s.termOrdinal = term ? term->ordinal() : t.academicYear * 10 + t.semester;
        s.termEnd = term ? term->endDate : QDate();
        s.mark = t.mark;
        s.grade = gradeText(*g);
        s.attempt = t.attempt;
        s.mode = t.mode;
        chosen = s;
        chosenGrade = g;
        chosenOrder = order;
    }
    *stillInProgress = !chosen && seen && inProgress;
    if (!chosen) {
        *problem = *stillInProgress
            ? QCoreApplication::translate("dd::TransferPlanner", "%1 is still in progress").arg(code)
            : QCoreApplication::translate("dd::TransferPlanner", "%1 has not been taken").arg(code);
    }
    return chosen;
}

bool TransferPlanner::passedAt(const AttemptIndex& attempts, const InstitutionPolicy& policy, const QString& code) const
{
    const GpaCalculator calculator(policy);
    for (const StudentRecord::Taken* taken : attempts.value(courseKey(policy.code(), code))) {
        const StudentRecord::Taken& t = *taken;
        QString reason;
        const std::optional<Grade> g
            = calculator.effectiveGrade({t.code, t.creditsHalves, t.mode, t.mark, t.attempt, 0, false}, &reason);
        if (g && g->passed) {
            return true;
        }
    }
    return false;
}

QString TransferPlanner::passedHereIn(const StudentRecord& record, const QString& institution,
                                      const QString& code) const
{
    const InstitutionPolicy* policy = m_policies.institution(institution);
    if (!policy || code.isEmpty()) {
        return QString();
    }
    const GpaCalculator calculator(*policy);
    const StudentRecord::Taken* first = nullptr;
    for (const StudentRecord::Taken& t : record.attempts) {
        if (t.institution != institution || t.code != code) {
            continue;
        }
        QString reason;
        const std::optional<Grade> g
            = calculator.effectiveGrade({t.code, t.creditsHalves, t.mode, t.mark, t.attempt, 0, false}, &reason);
        if (g && g->passed
            && (!first
                || std::make_pair(t.academicYear, t.semester) < std::make_pair(first->academicYear, first->semester))) {
            first = &t;
        }
    }
    return first ? first->term : QString();
}

TransferPlan TransferPlanner::plan(const StudentRecord& record, const QString& toInstitution,
                                   const QList<Equivalency>& equivalencies, const Recorded& recorded, int capHalves,
                                   const QDate& asOf) const
{
    TransferPlan plan;
    plan.studentId = record.studentId;
    plan.toInstitution = toInstitution;
    plan.asOf = asOf;
    plan.recordedHalves = recorded.creditsHalves;
    const InstitutionPolicy* receiving = m_policies.institution(toInstitution);
    if (!receiving) {
        return plan;
    }
    const InstitutionPolicy::TransferInRule& rule = receiving->transferIn();
    plan.capHalves = capHalves;

    AttemptIndex attempts;
    for (const StudentRecord::Taken& t : record.attempts) {
        attempts[courseKey(t.institution, t.code)].append(&t);
    }

    for (const Equivalency& e : equivalencies) {
        if (e.toInstitution != toInstitution || e.status != QLatin1String("approved")
            || recorded.lineages.contains(e.lineageId) || record.cohort < e.validFromCohort
            || (e.validToCohort > 0 && record.cohort > e.validToCohort)) {
            continue;
        }
        const InstitutionPolicy* source = m_policies.institution(e.fromInstitution);
        if (!source) {
            continue;
        }
        TransferCandidate c;
        c.equivalency = e;
        QStringList problems;
        bool anyTaken = false;
        bool inProgress = false;
        for (const QString& code : e.fromCodes) {
            QString problem;
            bool stillInProgress = false;
            const std::optional<TransferSource> s
                = countingAttempt(attempts, *source, code, &problem, &stillInProgress);
            if (s) {
                c.sources.append(*s);
                anyTaken = true;
            } else {
                problems.append(problem);
                inProgress = inProgress || stillInProgress;
                anyTaken = anyTaken || inProgress;
            }
        }
        if (!anyTaken) {
            continue; // nothing of this equivalency was taken: it does not concern the student
        }

        const CreditCheck credits = checkCredits(e, false);
        c.convertedCreditsHalves = credits.convertedHalves;
        if (e.isBlockCredit()) {
            c.targets.append({QString(), e.blockCategory, credits.targetHalves});
            c.creditsHalves = credits.targetHalves;
        } else {
            for (const QString& code : e.toCodes) {
                const Course course = m_courses.value(courseKey(toInstitution, code));
                c.targets.append({code, course.category, course.creditsHalves});
                c.creditsHalves += course.creditsHalves;
            }
        }

        QDate latestEnd;
        QDate earliestEnd;
        for (const TransferSource& s : std::as_const(c.sources)) {
            latestEnd = latestEnd.isValid() ? std::max(latestEnd, s.termEnd) : s.termEnd;
            earliestEnd = earliestEnd.isValid() ? std::min(earliestEnd, s.termEnd) : s.termEnd;
        }
        c.asOf = asOf.isValid() ? asOf : latestEnd;

        auto refuse = [&c](TransferCandidate::Reason reason, const QString& detail) {
            if (c.allowed()) {
                c.reason = reason;
                c.detail = detail;
            }
        };
        if (!problems.isEmpty()) {
            refuse(inProgress ? TransferCandidate::Reason::SourceInProgress : TransferCandidate::Reason::SourceMissing,
                   problems.join(QStringLiteral("; ")));
        }

        // Many-to-one converts the lowest source grade.
        if (!c.sources.isEmpty()) {
            const TransferSource* lowest = &c.sources.first();
            for (const TransferSource& s : std::as_const(c.sources)) {
                if (gradeRank(*source, s) < gradeRank(*source, *lowest)) {
                    lowest = &s;
                }
            }
            c.sourceGrade = lowest->grade;
            const ConversionTable* table = m_policies.conversion(e.fromInstitution, toInstitution);
            QString reason;
            const std::optional<Grade> g = source->grading().classify(lowest->grade, lowest->mode, &reason);
            const std::optional<QString> converted = table && g ? table->convert(*g) : std::nullopt;
            if (table) {
                c.conversionTable = table->id();
                c.conversionVersion = table->version();
            }
            if (!converted) {
                refuse(
                    TransferCandidate::Reason::GradeNotTransferable,
                    table ? QCoreApplication::translate("dd::TransferPlanner", "%1 %2 has no conversion in table %3 %4")
                                .arg(lowest->code, lowest->grade, table->id(), table->version())
                          : QCoreApplication::translate("dd::TransferPlanner", "no conversion table from %1 to %2")
                                .arg(e.fromInstitution, toInstitution));
            } else {
                c.convertedGrade = *converted;
                // A pass/fail source converts to a pass/fail grade (S -> P), a graded one to a grade.
                const std::optional<Grade> in = receiving->grading().classify(*converted, lowest->mode, &reason);
                if (!in || !receiving->acceptsTransferGrade(*in)) {
                    const QString minimum = rule.minimumGrade
                        ? QCoreApplication::translate("dd::TransferPlanner", ", below the minimum %1")
                              .arg(rule.minimumGrade->raw)
                        : QCoreApplication::translate("dd::TransferPlanner", ", not a pass");
                    refuse(TransferCandidate::Reason::GradeTooLow,
                           QCoreApplication::translate("dd::TransferPlanner", "%1 %2 converts to %3%4")
                               .arg(lowest->code, lowest->grade, *converted, minimum));
                }
            }
        }

        // A decision cannot be dated before the result it decides on exists.
        if (latestEnd.isValid() && c.asOf < latestEnd) {
            QString term;
            for (const TransferSource& s : std::as_const(c.sources)) {
                term = s.termEnd == latestEnd ? s.term : term;
            }
            refuse(TransferCandidate::Reason::BeforeSourceEnd,
                   QCoreApplication::translate("dd::TransferPlanner",
                                               "the decision date %1 is before the source term %2 ended (%3)")
                       .arg(c.asOf.toString(Qt::ISODate), term, latestEnd.toString(Qt::ISODate)));
        }
        if (rule.maxAgeYears > 0 && earliestEnd.isValid() && earliestEnd.addYears(rule.maxAgeYears) < c.asOf) {
            refuse(TransferCandidate::Reason::TooOld,
                   QCoreApplication::translate("dd::TransferPlanner",
                                               "the source term ended %1, more than %2 years before %3")
                       .arg(earliestEnd.toString(Qt::ISODate))
                       .arg(rule.maxAgeYears)
                       .arg(c.asOf.toString(Qt::ISODate)));
        }
        if (!credits.approvable) {
            refuse(TransferCandidate::Reason::CreditShortfall, checkCredits(e).detail);
        }
        for (const TransferTarget& t : std::as_const(c.targets)) {
            if (!t.code.isEmpty() && passedAt(attempts, *receiving, t.code)) {
                refuse(TransferCandidate::Reason::TargetTaken,
                       QCoreApplication::translate("dd::TransferPlanner", "%1 is already passed at %2")
                           .arg(t.code, toInstitution));
            }
        }
        plan.candidates.append(std::move(c));
    }

    std::stable_sort(plan.candidates.begin(), plan.candidates.end(),
                     [](const TransferCandidate& a, const TransferCandidate& b) {
                         if (a.termOrdinal() != b.termOrdinal()) {
                             return a.termOrdinal() < b.termOrdinal();
                         }
                         return a.fromSpec() < b.fromSpec();
                     });

    // A source result backs one transfer: a recorded one, or else the earlier one in order.
    QSet<qint64> used = recorded.resultIds;
    for (TransferCandidate& c : plan.candidates) {
        if (!c.allowed()) {
            continue;
        }
        for (const TransferSource& s : std::as_const(c.sources)) {
            if (s.resultId != 0 && used.contains(s.resultId)) {
                c.reason = TransferCandidate::Reason::SourceUsed;
                c.detail = QCoreApplication::translate("dd::TransferPlanner",
                                                       "the %1 result of %2 already backs the transfer to %3")
                               .arg(s.term, s.code, c.equivalency.toSpec());
            }
        }
        if (c.allowed()) {
            for (const TransferSource& s : std::as_const(c.sources)) {
                used.insert(s.resultId);
            }
        }
    }

    // The cap, in term order then course code: the transfer that would cross it and every later one are refused.
    if (plan.capHalves > 0) {
        int total = recorded.creditsHalves;
        bool crossed = false;
        for (TransferCandidate& c : plan.candidates) {
            if (!c.allowed()) {
                continue;
            }
            if (crossed || total + c.creditsHalves > plan.capHalves) {
                crossed = true;
                c.reason = TransferCandidate::Reason::Cap;
                c.detail
                    = QCoreApplication::translate("dd::TransferPlanner",
                                                  "%1 transferred credits already; %2 more would cross the cap of %3")
                          .arg(Decimal::formatHalves(total), Decimal::formatHalves(c.creditsHalves),
                               Decimal::formatHalves(plan.capHalves));
                continue;
            }
            total += c.creditsHalves;
        }
    }
    return plan;
}

} // namespace dd
