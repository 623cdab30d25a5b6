// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/plan/PlanModel.h"

#include "core/plan/PlanRunner.h"
#include "core/policy/ConversionTable.h"
#include "core/policy/PolicySet.h"
#include "core/text/Decimal.h"

#include <algorithm>

namespace dd {

namespace {

const AuditResult::Row* rowOf(const AuditResult& audit, const QString& id)
{
    for (const AuditResult::Row& row : audit.requirements) {
        if (row.id == id) {
            return &row;
        }
    }
    return nullptr;
}

/** The requirements a plan must meet at one institution: graduation's and degree's, with their children. */
QStringList planned(const RuleSet& rules)
{
    QStringList ids = rules.graduation() + rules.degree();
    for (int i = 0; i < ids.size(); ++i) {
        ids += rules.children(ids.at(i));
    }
    ids.removeDuplicates();
    return ids;
}

} // namespace

PlanModel::PlanModel(const PlanInput& input, const PlanRunner& runner, const QList<PlanTerm>& terms)
    : m_input(input)
    , m_runner(runner)
    , m_terms(terms)
{
    // What the audits lack once everything in progress is passed with the assumed mark.
    const PlanCheck base = runner.check(terms, false);
    m_baseAudits = base.after.isEmpty() ? QHash<QString, AuditResult>() : base.after.last();
    for (const QString& institution : input.policies->institutionCodes()) {
        if (input.rules.contains(institution)) {
            addDims(institution, input.rules.value(institution), m_baseAudits.value(institution));
        }
    }
    addCandidates(base.record);
    for (int d = 0; d < m_dims.size(); ++d) {
        QStringList from;
        for (const Candidate& c : std::as_const(m_candidates)) {
            for (const Effect& e : c.effects) {
                for (const auto& [dim, amount] : e.amounts) {
                    if (dim == d && amount > 0 && !from.contains(c.institution)) {
                        from << c.institution;
                    }
                }
            }
        }
        m_dims[d].onlyFrom = from.size() == 1 ? from.first() : QString();
    }
}

void PlanModel::addDims(const QString& institution, const RuleSet& rules, const AuditResult& audit)
{
    const InstitutionPolicy* policy = m_input.policies->institution(institution);
    for (const QString& id : planned(rules)) {
        const Requirement* r = rules.requirement(id);
        const AuditResult::Row* row = rowOf(audit, id);
        if (!r || !row || row->status == AuditResult::Status::Met) {
            continue;
        }
        Dim d;
        d.institution = institution;
        d.requirement = id;
        d.label = r->label;
        switch (r->kind) {
        case Requirement::Kind::Credits:
        case Requirement::Kind::TotalCredits:
        case Requirement::Kind::Residency:
            d.deficit = row->creditsRequiredHalves.value_or(0) - row->creditsAppliedHalves.value_or(0);
            if (d.deficit > 0) {
                m_dims.append(d);
            }
            break;
        case Requirement::Kind::Courses:
            d.credits = false;
            d.deficit = 1;
            for (const QString& code : r->courses) {
                if (!row->courses.contains(code)) {
                    d.course = code;
                    m_dims.append(d);
                }
            }
            break;
        case Requirement::Kind::Choose:
            d.credits = false;
            d.deficit = r->count - int(row->courses.size());
            if (d.deficit > 0) {
                m_dims.append(d);
            }
            break;
        case Requirement::Kind::Gpa: {
            // More credits at the assumed grade lift a GPA only when that grade is above the minimum.
            QString reason;
            const QString mark = m_input.assumed.value(institution);
            const std::optional<Grade> g
                = policy ? policy->grading().classify(mark, GradingMode::Graded, &reason) : std::nullopt;
            if (!g || !g->pointsHundredths || *g->pointsHundredths <= r->minGpaScaled) {
                m_gpaReason.insert(
                    institution,
                    tr("%1 %2 (%3): %4 now; with %5 assumed on every remaining course it cannot reach %6")
                        .arg(institution, id, r->label, audit.gpa.isEmpty() ? tr("no GPA") : audit.gpa, mark,
                             Decimal::formatScaled(r->minGpaScaled, 2, 2)));
            }
            break;
        }
        default:
            break; // milestones are listed, transfer caps and time limits hold by construction
        }
    }
}

QList<QPair<int, int>> PlanModel::contribution(const QString& institution, const QString& code, const QString& category,
                                               int halves, bool resident) const
{
    QList<QPair<int, int>> out;
    const auto rulesAt = m_input.rules.constFind(institution);
    if (rulesAt == m_input.rules.cend()) {
        return out;
    }
    const RuleSet& rules = *rulesAt;
    for (int d = 0; d < m_dims.size(); ++d) {
        const Dim& dim = m_dims.at(d);
        if (dim.institution != institution) {
            continue;
        }
        const Requirement* r = rules.requirement(dim.requirement);
        int amount = 0;
        switch (r->kind) {
        case Requirement::Kind::TotalCredits:
            amount = halves;
            break;
        case Requirement::Kind::Residency:
            amount = resident ? halves : 0;
            break;
        case Requirement::Kind::Credits:
            amount = r->matches(code, category) ? halves : 0;
            break;
        case Requirement::Kind::Courses:
            amount = code == dim.course ? 1 : 0;
            break;
        case Requirement::Kind::Choose:
            amount = r->matches(code, category) ? 1 : 0;
            break;
        default:
            break;
        }
        if (amount > 0) {
            out.append({d, amount});
        }
    }
    return out;
}

bool PlanModel::transfersWithAssumedGrade(const QString& from, const QString& to, QString* note) const
{
    const InstitutionPolicy* source = m_input.policies->institution(from);
    const InstitutionPolicy* target = m_input.policies->institution(to);
    const ConversionTable* table = m_input.policies->conversion(from, to);
    const QString mark = m_input.assumed.value(from);
    QString reason;
    const std::optional<Grade> g
        = source ? source->grading().classify(mark, GradingMode::Graded, &reason) : std::nullopt;
    const std::optional<QString> converted = g && table ? table->convert(*g) : std::nullopt;
    const std::optional<Grade> there
        = converted && target ? target->grading().classify(*converted, GradingMode::Graded, &reason) : std::nullopt;
    if (there && target->acceptsTransferGrade(*there)) {
        return true;
    }
    *note = converted
        ? tr("with %1 assumed at %2 a course converts to %3 at %4, which %4 does not accept: no credit"
             " transfers from %2 in this plan")
              .arg(mark, from, *converted, to)
        : tr("%1 assumed at %2 has no conversion to %3: no credit transfers from %2 in this plan").arg(mark, from, to);
    return false;
}

void PlanModel::addCandidates(const StudentRecord& base)
{
    QHash<QString, int> tokenIds; // "INSTITUTION:CODE" of a course some transfer may fill -> its token
    QHash<QString, bool> transfers; // "FROM>TO" -> whether the assumed grade transfers
    const QStringList institutions = m_input.policies->institutionCodes();
    for (const QString& from : institutions) {
        for (const QString& to : institutions) {
            if (!m_input.rules.contains(from) || !m_input.rules.contains(to)) {
                continue;
            }
            if (from != to) {
                QString note;
                transfers.insert(from + QLatin1Char('>') + to, transfersWithAssumedGrade(from, to, &note));
                if (!note.isEmpty()) {
                    m_notes << note;
                }
            }
        }
    }
    auto transferredInto = [&](const QString& institution, const QString& code) {
        return std::any_of(base.transfers.cbegin(), base.transfers.cend(), [&](const StudentRecord::Transfer& t) {
            return t.toInstitution == institution && t.code == code;
        });
    };
    auto done = [&](const QString& institution, const QString& code) {
        return m_runner.passed(base, institution, code) || transferredInto(institution, code);
    };
    QStringList keys = m_input.courses->keys();
    std::sort(keys.begin(), keys.end()); // the same plan every time
    const TransferPlanner planner(*m_input.policies, *m_input.courses);
    for (const QString& key : std::as_const(keys)) {
        const Course& course = m_input.courses->value(key);
        if (!m_input.rules.contains(course.institution) || done(course.institution, course.code)) {
            continue;
        }
        Candidate c;
        c.institution = course.institution;
        c.code = course.code;
        c.halves = course.creditsHalves;
        for (int t = 0; t < m_terms.size(); ++t) {
            const PlanTerm& term = m_terms.at(t);
            if (term.institution == c.institution && !term.underway && course.offeredIn(term.semester, term.regular)
                && c.halves <= term.maxHalves) {
                c.terms.append(t);
            }
        }
        if (c.terms.isEmpty() || c.halves <= 0) {
            continue;
        }
        c.effects.append({-1, contribution(c.institution, c.code, course.category, c.halves, true)});
        for (const Equivalency& e : m_input.equivalencies) {
            const bool valid = e.status == QLatin1String("approved") && e.fromInstitution == c.institution
                && e.fromCodes.contains(c.code) && m_input.rules.contains(e.toInstitution)
                && e.validFromCohort <= base.cohort && (e.validToCohort == 0 || base.cohort <= e.validToCohort);
            if (!valid || !transfers.value(e.fromInstitution + QLatin1Char('>') + e.toInstitution)) {
                continue;
            }
            const bool othersPassed = std::all_of(e.fromCodes.cbegin(), e.fromCodes.cend(), [&](const QString& code) {
                return code == c.code || m_runner.passed(base, e.fromInstitution, code);
            });
            if (!othersPassed) {
                continue; // a many-to-one rule whose other sources are still to be taken: not counted
            }
            if (e.isBlockCredit()) {
                Effect block {-1,
                              contribution(e.toInstitution, QString(), e.blockCategory,
                                           planner.checkCredits(e).targetHalves, false)};
                c.effects.append(block);
                continue;
            }
            for (const QString& target : e.toCodes) {
                const auto course = m_input.courses->constFind(TransferPlanner::courseKey(e.toInstitution, target));
                if (course == m_input.courses->cend() || done(e.toInstitution, target)) {
                    continue;
                }
                const QString key = TransferPlanner::courseKey(e.toInstitution, target);
                if (!tokenIds.contains(key)) {
                    tokenIds.insert(key, m_tokenCount++);
                }
                c.effects.append(
                    {tokenIds.value(key),
                     contribution(e.toInstitution, target, course->category, course->creditsHalves, false)});
            }
        }
        m_candidates.append(c);
    }
    // A course some transfer fills counts once, taken or transferred.
    for (Candidate& c : m_candidates) {
        c.effects[0].token = tokenIds.value(TransferPlanner::courseKey(c.institution, c.code), -1);
    }
}

QList<PlanModel::Group> PlanModel::groups(int horizon) const
{
    QList<Group> out;
    QHash<QString, int> index;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& c = m_candidates.at(i);
        QStringList terms;
        for (int t : c.terms) {
            if (t < horizon) {
                terms << QString::number(t);
            }
        }
        if (terms.isEmpty()) {
            continue;
        }
        QStringList key {c.institution, QString::number(c.halves), terms.join(QLatin1Char(','))};
        int useful = 0;
        for (const Effect& e : c.effects) {
            QStringList parts {QString::number(e.token)};
            for (const auto& [dim, amount] : e.amounts) {
                parts << QStringLiteral("%1=%2").arg(dim).arg(amount);
                useful += amount;
            }
            key << parts.join(QLatin1Char(' '));
        }
        const QString k = key.join(QLatin1Char('|'));
        auto it = index.constFind(k);
        if (it == index.cend()) {
            Group g;
            g.institution = c.institution;
            g.halves = c.halves;
            g.effects = c.effects;
            for (const Effect& e : c.effects) {
                g.amounts += e.amounts;
            }
            it = index.insert(k, int(out.size()));
            out.append(g);
        }
        out[*it].members.append(i);
    }
    // The courses that bring most of what is lacking first: good plans early, tighter bounds.
    auto weight = [](const Group& g) {
        int sum = 0;
        for (const auto& [dim, amount] : g.amounts) {
            sum += amount;
        }
        return double(sum) / std::max(1, g.halves);
    };
    std::stable_sort(out.begin(), out.end(), [&](const Group& a, const Group& b) { return weight(a) > weight(b); });
    return out;
}

QStringList PlanModel::impossible() const
{
    return m_gpaReason.values();
}

QString PlanModel::dimName(const Dim& d) const
{
    return QStringLiteral("%1 %2 (%3)").arg(d.institution, d.requirement, d.label);
}

QStringList PlanModel::whyNot() const
{
    QStringList out;
    // With every course still open, ignoring loads.
    std::vector<int> deficit;
    for (const Dim& d : m_dims) {
        deficit.push_back(d.deficit);
    }
    std::vector<int> uses(size_t(m_tokenCount), 0);
    for (const Candidate& c : m_candidates) {
        for (const Effect& e : c.effects) {
            if (e.token >= 0 && uses[size_t(e.token)]++ > 0) {
                continue;
            }
            for (const auto& [dim, amount] : e.amounts) {
                deficit[size_t(dim)] -= amount;
            }
        }
    }
    const QString last = m_terms.isEmpty() ? QString() : m_terms.last().term;
    for (int d = 0; d < m_dims.size(); ++d) {
        const Dim& dim = m_dims.at(d);
        if (deficit[size_t(d)] <= 0) {
            continue;
        }
        if (!dim.course.isEmpty()) {
            const auto course = m_input.courses->constFind(TransferPlanner::courseKey(dim.institution, dim.course));
            if (course == m_input.courses->cend()) {
                out << tr("%1 needs %2, which is not in the %3 catalogue")
                           .arg(dimName(dim), dim.course, dim.institution);
            } else {
                out << tr("%1 needs %2, offered in %3; no such term at %4 is left before the time limit ends with %5")
                           .arg(dimName(dim), dim.course,
                                course->offered.isEmpty() ? tr("every regular semester")
                                                          : tr("semester %1").arg(course->offered),
                                dim.institution, last);
            }
            continue;
        }
        const int reach = dim.deficit - deficit[size_t(d)];
        const bool there = std::any_of(m_terms.cbegin(), m_terms.cend(),
                                       [&](const PlanTerm& t) { return t.institution == dim.institution; });
        const QString where = there
            ? QString()
            : tr(" (the programme path has the student at %1 in no term before then)").arg(dim.institution);
        out << (dim.credits
                    ? tr("%1: %2 more credits needed; the courses still open before the time limit (%3) bring"
                         " %4")
                            .arg(dimName(dim), Decimal::formatHalves(dim.deficit), last, Decimal::formatHalves(reach))
                        + where
                    : tr("%1: %2 more courses needed; the courses still open before the time limit (%3) bring"
                         " %4")
                            .arg(dimName(dim))
                            .arg(dim.deficit)
                            .arg(last)
                            .arg(reach)
                        + where);
    }
    if (!out.isEmpty()) {
        return out;
    }
    // Everything open, each in its first term, loads aside: does the audit agree?
    QList<PlanTerm> all = m_terms;
    for (const Candidate& c : m_candidates) {
        all[c.terms.first()].courses.append(c.code);
    }
    PlanCheck check = m_runner.check(all, false);
    check.problems.clear();
    out = unmet(check);
    if (!out.isEmpty()) {
        QStringList assumed;
        for (auto it = m_input.assumed.cbegin(); it != m_input.assumed.cend(); ++it) {
            assumed << QStringLiteral("%1 %2").arg(it.key(), it.value());
        }
        std::sort(assumed.begin(), assumed.end());
        for (QString& reason : out) {
            reason = tr("%1, even with every course still open before the time limit (%2) passed at %3")
                         .arg(reason, last, assumed.join(QStringLiteral(", ")));
        }
        return out;
    }
    QStringList loads;
    for (const QString& institution : m_input.policies->institutionCodes()) {
        const InstitutionPolicy* p = m_input.policies->institution(institution);
        if (!p || !m_input.rules.contains(institution)) {
            continue;
        }
        loads
            << tr("%1 at most %2 credits a regular term").arg(institution, Decimal::formatHalves(p->load().maxHalves));
    }
    return {tr("what both programmes still need does not fit in the %n term(s) left before the time limit (the last:"
               " %1) at the loads allowed (%2)",
               nullptr, int(m_terms.size()))
                .arg(last, loads.join(QStringLiteral("; ")))};
}

QStringList PlanModel::unmet(const PlanCheck& check) const
{
    QStringList out;
    if (check.after.isEmpty()) {
        return out;
    }
    const QHash<QString, AuditResult>& audits = check.after.last();
    for (const QString& institution : m_input.policies->institutionCodes()) {
        const auto rulesAt = m_input.rules.constFind(institution);
        if (rulesAt == m_input.rules.cend()) {
            continue;
        }
        const RuleSet& rules = *rulesAt;
        const AuditResult audit = audits.value(institution);
        for (const QString& id : rules.graduation() + rules.degree()) {
            const Requirement* r = rules.requirement(id);
            const AuditResult::Row* row = rowOf(audit, id);
            if (!r || !row || r->kind == Requirement::Kind::Milestone || row->status == AuditResult::Status::Met) {
                continue;
            }
            QString detail = row->detail;
            if (detail.isEmpty() && row->creditsRequiredHalves) {
                detail = tr("%1 of %2 credits")
                             .arg(Decimal::formatHalves(row->creditsAppliedHalves.value_or(0)),
                                  Decimal::formatHalves(*row->creditsRequiredHalves));
            }
            out << tr("%1 %2 (%3) is not met: %4").arg(institution, id, r->label, detail);
        }
    }
    return out;
}

} // namespace dd
