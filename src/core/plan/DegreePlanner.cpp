// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/plan/DegreePlanner.h"

#include "core/audit/AuditEngine.h"
#include "core/plan/PlanModel.h"
#include "core/plan/PlanRunner.h"
#include "core/policy/PolicySet.h"
#include "core/text/Decimal.h"

#include <algorithm>
#include <cmath>

#include <QSet>

namespace dd {

namespace {

/** Places each chosen course in one of its terms without exceeding any term's room; false when it cannot. */
class Scheduler
{
public:
    Scheduler(const QList<PlanModel::Candidate>& candidates, const QList<int>& room, int horizon)
        : m_candidates(candidates)
        , m_room(room)
        , m_horizon(horizon)
    {
    }

    bool place(QList<int> chosen, QHash<int, int>* termOf)
    {
        // The most constrained first: fewest terms, then most credits.
        auto options = [&](int c) {
            return int(std::count_if(m_candidates.at(c).terms.cbegin(), m_candidates.at(c).terms.cend(),
                                     [&](int t) { return t < m_horizon; }));
        };
        std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
            const int oa = options(a);
            const int ob = options(b);
            return oa != ob ? oa < ob : m_candidates.at(a).halves > m_candidates.at(b).halves;
        });
        m_chosen = chosen;
        m_nodes = 0;
        if (!step(0)) {
            return false;
        }
        for (int i = 0; i < m_chosen.size(); ++i) {
            termOf->insert(m_chosen.at(i), m_assigned.value(i));
        }
        return true;
    }

private:
    bool step(int i)
    {
        if (i == m_chosen.size()) {
            return true;
        }
        if (++m_nodes > 20000) {
            return false;
        }
        const PlanModel::Candidate& c = m_candidates.at(m_chosen.at(i));
        QList<int> tried; // terms with the same room left lead to the same outcome
        for (int t : c.terms) {
            if (t >= m_horizon || m_room.at(t) < c.halves || tried.contains(m_room.at(t))) {
                continue;
            }
            tried.append(m_room.at(t));
            m_room[t] -= c.halves;
            m_assigned[i] = t;
            if (step(i + 1)) {
                return true;
            }
            m_room[t] += c.halves;
        }
        return false;
    }

    const QList<PlanModel::Candidate>& m_candidates;
    QList<int> m_room;
    int m_horizon;
    QList<int> m_chosen;
    QHash<int, int> m_assigned;
    int m_nodes = 0;
};

/** Branch and bound over groups of interchangeable courses for one number of terms. */
class Search
{
public:
    Search(const PlanModel& model, const PlanRunner& runner, const QList<PlanTerm>& terms, int horizon, int nodeLimit)
        : m_model(model)
        , m_runner(runner)
        , m_terms(terms)
        , m_horizon(horizon)
        , m_nodeLimit(nodeLimit)
    {
        for (int t = 0; t < terms.size(); ++t) {
            m_room.append(terms.at(t).maxHalves - terms.at(t).creditsHalves);
            if (t < horizon) {
                m_capacity[terms.at(t).institution] += std::max(0, m_room.last());
            }
        }
        m_groups = model.groups(horizon);
        const int dims = int(model.dims().size());
        // For each group onwards: the most of each dimension a credit can bring, and all the groups can.
        m_bestRate.assign(size_t(m_groups.size() + 1), std::vector<double>(size_t(dims), 0.0));
        m_reach.assign(size_t(m_groups.size() + 1), std::vector<int>(size_t(dims), 0));
        for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
            m_bestRate[size_t(g)] = m_bestRate[size_t(g) + 1];
            m_reach[size_t(g)] = m_reach[size_t(g) + 1];
            const PlanModel::Group& group = m_groups.at(g);
            for (const auto& [dim, amount] : group.amounts) {
                const double rate = double(amount) / std::max(1, group.halves);
                m_bestRate[size_t(g)][size_t(dim)] = std::max(m_bestRate[size_t(g)][size_t(dim)], rate);
                m_reach[size_t(g)][size_t(dim)] += amount * int(group.members.size());
            }
        }
        // Requirements only one institution's courses reach in these terms, no course reaching two of them:
        // their credits add up, and must fit in that institution's terms.
        QHash<int, QSet<QString>> from;
        for (const PlanModel::Group& group : std::as_const(m_groups)) {
            for (const auto& [dim, amount] : group.amounts) {
                from[dim].insert(group.institution);
            }
        }
        QList<int> order;
        for (int d = 0; d < dims; ++d) {
            if (model.dims().at(d).credits && from.value(d).size() == 1) {
                order.append(d);
            }
        }
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return model.dims().at(a).deficit > model.dims().at(b).deficit; });
        for (int d : order) {
            const QString institution = *from.value(d).cbegin();
            QList<int>& chosen = m_disjoint[institution];
            const bool overlaps = std::any_of(m_groups.cbegin(), m_groups.cend(), [&](const PlanModel::Group& g) {
                bool here = false;
                bool other = false;
                for (const auto& [dim, amount] : g.amounts) {
                    here = here || dim == d;
                    other = other || chosen.contains(dim);
                }
                return here && other;
            });
            if (!overlaps) {
                chosen.append(d);
            }
        }
        m_deficit.resize(size_t(dims));
        for (int d = 0; d < dims; ++d) {
            m_deficit[size_t(d)] = model.dims().at(d).deficit;
        }
        m_uses.resize(size_t(model.tokenCount()), 0);
    }

    /** True when a plan was found; \a schedule gets its terms with their courses. */
    bool run(QList<PlanTerm>* schedule, bool* exhausted)
    {
        m_count.assign(size_t(m_groups.size()), 0);
        step(0, true);
        *exhausted = m_nodes <= m_nodeLimit;
        if (m_bestHalves < 0) {
            return false;
        }
        *schedule = m_best;
        return true;
    }

private:
    bool covered() const
    {
        return std::all_of(m_deficit.cbegin(), m_deficit.cend(), [](int d) { return d <= 0; });
    }

    /** The fewest credits that could still cover what is lacking with groups \a g onwards; -1: none can. */
    int lowerBound(int g) const
    {
        double most = 0;
        for (size_t d = 0; d < m_deficit.size(); ++d) {
            if (m_deficit[d] <= 0) {
                continue;
            }
            if (m_reach[size_t(g)][d] < m_deficit[d] || m_bestRate[size_t(g)][d] <= 0) {
                return -1;
            }
            const double credits = m_deficit[d] / m_bestRate[size_t(g)][d];
            const QString& institution = m_model.dims().at(int(d)).onlyFrom;
            if (!institution.isEmpty() && credits > m_capacity.value(institution) - m_used.value(institution) + 1e-9) {
                return -1; // only courses at one institution reach it, and they no longer fit
            }
            most = std::max(most, credits);
        }
        double sum = 0;
        for (auto it = m_disjoint.cbegin(); it != m_disjoint.cend(); ++it) {
            double here = 0;
            for (int d : it.value()) {
                if (m_deficit[size_t(d)] > 0) {
                    here += m_deficit[size_t(d)] / m_bestRate[size_t(g)][size_t(d)];
                }
            }
            if (here > m_capacity.value(it.key()) - m_used.value(it.key()) + 1e-9) {
                return -1;
            }
            sum += here;
        }
        return int(std::ceil(std::max(most, sum) - 1e-9));
    }

    void apply(const PlanModel::Group& group, int sign)
    {
        for (const PlanModel::Effect& e : group.effects) {
            if (e.token >= 0) {
                int& uses = m_uses[size_t(e.token)];
                if (sign > 0 ? uses++ > 0 : --uses > 0) {
                    continue; // the same target counts once
                }
            }
            for (const auto& [dim, amount] : e.amounts) {
                m_deficit[size_t(dim)] -= sign * amount;
            }
        }
        m_used[group.institution] += sign * group.halves;
        m_halves += sign * group.halves;
    }

    void leaf()
    {
        QList<int> chosen;
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int k = 0; k < m_count[size_t(g)]; ++k) {
                chosen.append(m_groups.at(g).members.at(k));
            }
        }
        QHash<int, int> termOf;
        Scheduler scheduler(m_model.candidates(), m_room, m_horizon);
        if (!scheduler.place(chosen, &termOf)) {
            m_unschedulable = true;
            return;
        }
        QList<PlanTerm> schedule = m_terms.mid(0, m_horizon);
        for (auto it = termOf.cbegin(); it != termOf.cend(); ++it) {
            const PlanModel::Candidate& c = m_model.candidates().at(it.key());
            schedule[it.value()].courses.append(c.code);
            schedule[it.value()].creditsHalves += c.halves;
        }
        const PlanCheck check = m_runner.check(schedule, false);
        if (check.problems.isEmpty() && check.metAfter >= 0) {
            m_foundAt = m_bestHalves < 0 ? m_nodes : m_foundAt;
            m_bestHalves = m_halves;
            m_best = schedule;
        }
    }

    /** \a changed: a course was added since the parent, so the audit has not seen this choice yet. */
    void step(int g, bool changed)
    {
        if (++m_nodes > m_nodeLimit) {
            return;
        }
        if (m_bestHalves >= 0 && m_nodes > m_foundAt + m_nodeLimit / 8) {
            m_nodes = m_nodeLimit + 1; // a plan is in hand: fewer credits are only worth a short search
            return;
        }
        if (m_bestHalves >= 0 && m_halves >= m_bestHalves) {
            return;
        }
        if (changed && covered()) {
            const int before = m_bestHalves;
            leaf();
            if (m_bestHalves != before || m_unschedulable) {
                m_unschedulable = false;
                return; // more courses cost more, and fit no better
            }
            // The audit wants more than the relaxation sees (a GPA, shared courses): go on adding.
        }
        if (g == m_groups.size()) {
            return;
        }
        const int bound = lowerBound(g);
        if (bound < 0 || (m_bestHalves >= 0 && m_halves + bound >= m_bestHalves)) {
            return;
        }
        const PlanModel::Group& group = m_groups.at(g);
        // How many of the group what is lacking asks for first, then fewer, then more: the relaxation may count a
        // course where the audit will not (two rules on one source course, say), so more can be what it takes.
        int useful = 0;
        for (const auto& [dim, amount] : group.amounts) {
            if (m_deficit[size_t(dim)] > 0) {
                useful = std::max(useful, (m_deficit[size_t(dim)] + amount - 1) / amount);
            }
        }
        const int room = m_capacity.value(group.institution) - m_used.value(group.institution);
        const int most = std::min<int>(int(group.members.size()), group.halves > 0 ? room / group.halves : 0);
        useful = std::min(useful, most);
        QList<int> counts;
        for (int n = useful; n >= 0; --n) {
            counts.append(n);
        }
        for (int n = useful + 1; n <= most; ++n) {
            counts.append(n);
        }
        for (int n : std::as_const(counts)) {
            for (int k = 0; k < n; ++k) {
                apply(group, +1);
            }
            m_count[size_t(g)] = n;
            step(g + 1, n > 0);
            for (int k = 0; k < n; ++k) {
                apply(group, -1);
            }
            m_count[size_t(g)] = 0;
            if (m_nodes > m_nodeLimit) {
                return;
            }
        }
    }

    const PlanModel& m_model;
    const PlanRunner& m_runner;
    const QList<PlanTerm>& m_terms;
    int m_horizon;
    int m_nodeLimit;
    QList<PlanModel::Group> m_groups;
    QList<int> m_room;
    QHash<QString, int> m_capacity;
    QHash<QString, int> m_used;
    QHash<QString, QList<int>> m_disjoint; ///< institution -> requirements only its courses reach, pairwise apart
    std::vector<std::vector<double>> m_bestRate;
    std::vector<std::vector<int>> m_reach;
    std::vector<int> m_deficit;
    std::vector<int> m_uses;
    std::vector<int> m_count;
    int m_halves = 0;
    int m_bestHalves = -1;
    QList<PlanTerm> m_best;
    bool m_unschedulable = false;
    int m_nodes = 0;
    int m_foundAt = 0;
};

} // namespace

DegreePlanner::DegreePlanner(const PlanInput& input)
    : m_input(input)
{
}

DegreePlan DegreePlanner::finish(const QList<PlanTerm>& termsIn, const PlanCheck& check, const QStringList& notes) const
{
    const PlanRunner runner(m_input);
    DegreePlan plan;
    plan.studentId = m_input.record.studentId;
    plan.lastNormalYear = normalEnd();
    const int last = check.metAfter >= 0 ? check.metAfter : int(termsIn.size()) - 1;
    plan.terms = termsIn.mid(0, last + 1);
    for (PlanTerm& t : plan.terms) {
        t.creditsHalves = 0;
        for (const QString& code : t.courses) {
            t.creditsHalves += runner.creditsOf(t.institution, code);
        }
    }
    plan.notes = notes + check.notes;
    if (check.metAfter >= 0 && check.problems.isEmpty()) {
        plan.bothDegreesTerm = plan.terms.isEmpty() ? QString() : plan.terms.last().term;
    } else {
        plan.unreachable = check.problems;
    }
    if (!check.after.isEmpty()) {
        plan.audits = check.after.value(std::min(last, int(check.after.size()) - 1));
    }
    plan.fills = runner.fills(plan.terms, check);
    const QString by = plan.terms.isEmpty() ? QString() : plan.terms.last().term;
    for (const QString& institution : m_input.policies->institutionCodes()) {
        const auto rules = m_input.rules.constFind(institution);
        if (rules == m_input.rules.cend()) {
            continue;
        }
        for (const AuditResult::Row& row : plan.audits.value(institution).requirements) {
            const Requirement* r = rules->requirement(row.id);
            const bool counts = rules->graduation().contains(row.id) || rules->degree().contains(row.id);
            if (r && counts && r->kind == Requirement::Kind::Milestone && row.status != AuditResult::Status::Met) {
                plan.milestones.append({institution, r->milestone, r->id, r->label, by});
            }
        }
    }
    return plan;
}

int DegreePlanner::normalEnd() const
{
    int years = 0;
    for (const RuleSet& rules : m_input.rules) {
        if (rules.study()) {
            years = years == 0 ? rules.study()->normalYears : std::min(years, rules.study()->normalYears);
        }
    }
    return m_input.record.cohort + years - 1;
}

DegreePlan DegreePlanner::recheck(const QList<PlanTerm>& terms) const
{
    const PlanRunner runner(m_input);
    const PlanCheck check = runner.check(terms, true);
    DegreePlan plan = finish(terms, check, {});
    if (check.metAfter < 0 && check.problems.isEmpty()) {
        PlanModel model(m_input, runner, terms);
        plan.unreachable = model.unmet(check);
    }
    return plan;
}

DegreePlan DegreePlanner::plan(int nodeLimit) const
{
    const PlanRunner runner(m_input);
    // Met already, as the record stands?
    PlanCheck now;
    now.record = m_input.record;
    now.after.append(QHash<QString, AuditResult>());
    bool metNow = true;
    for (auto it = m_input.rules.cbegin(); it != m_input.rules.cend(); ++it) {
        const AuditResult a = AuditEngine::audit(m_input.record, it.value(), *m_input.policies);
        metNow = metNow && PlanRunner::met(a, it.value());
        now.after.last().insert(it.key(), a);
    }
    if (metNow) {
        now.metAfter = 0;
        DegreePlan plan = finish({}, now, {});
        int latest = 0;
        for (const StudentRecord::Taken& t : m_input.record.attempts) {
            if (!t.mark.isEmpty() && t.academicYear * 10 + t.semester > latest) {
                latest = t.academicYear * 10 + t.semester;
                plan.bothDegreesTerm = t.term;
            }
        }
        return plan;
    }
    QStringList problems;
    const QList<PlanTerm> terms = runner.termsAhead(&problems);
    if (!problems.isEmpty()) {
        DegreePlan plan;
        plan.studentId = m_input.record.studentId;
        plan.lastNormalYear = normalEnd();
        plan.unreachable = problems;
        return plan;
    }
    // Only what is in progress: maybe that is enough.
    const PlanCheck base = runner.check(terms, true);
    if (base.metAfter >= 0) {
        return finish(terms, base, {});
    }
    const PlanModel model(m_input, runner, terms);
    QStringList reasons = model.impossible();
    if (!reasons.isEmpty()) {
        DegreePlan plan = finish(terms, base, model.notes());
        plan.bothDegreesTerm.clear();
        plan.terms.clear();
        plan.unreachable = reasons;
        return plan;
    }
    bool shortest = true;
    for (int horizon = 1; horizon <= terms.size(); ++horizon) {
        Search search(model, runner, terms, horizon, nodeLimit);
        QList<PlanTerm> schedule;
        bool exhausted = true;
        const bool found = search.run(&schedule, &exhausted);
        if (found) {
            for (PlanTerm& t : schedule) {
                std::sort(t.courses.begin(), t.courses.end());
            }
            const PlanCheck check = runner.check(schedule, true);
            DegreePlan plan = finish(schedule, check, model.notes());
            plan.shortestProven = shortest;
            plan.fewestCreditsProven = exhausted;
            return plan;
        }
        shortest = shortest && exhausted;
    }
    DegreePlan plan = finish(terms, base, model.notes());
    plan.terms.clear();
    plan.bothDegreesTerm.clear();
    plan.shortestProven = shortest;
    plan.unreachable = model.whyNot();
    if (!shortest) {
        plan.unreachable << tr("no plan was found within the search's limit of %n step(s) per number of terms", nullptr,
                               nodeLimit);
    }
    return plan;
}

} // namespace dd
