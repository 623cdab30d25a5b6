// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/GpaCalculator.h"

#include "core/text/Decimal.h"

#include <QHash>

namespace dd {

namespace {

qint64 pow10(int n)
{
    qint64 v = 1;
    for (int i = 0; i < n; ++i) {
        v *= 10;
    }
    return v;
}

bool carriesPoints(const Grade& g)
{
    return (g.kind == Grade::Kind::Mark || g.kind == Grade::Kind::Letter) && g.pointsHundredths.has_value();
}

} // namespace

QString GpaCalculator::Result::gpaText() const
{
    return gpaScaled ? Decimal::formatScaled(*gpaScaled, decimals, decimals) : QString();
}

GpaCalculator::GpaCalculator(const InstitutionPolicy& policy)
    : m_policy(policy)
{
}

std::optional<Grade> GpaCalculator::effectiveGrade(const AttemptRecord& record, QString* reason) const
{
    std::optional<Grade> g = m_policy.grading().classify(record.mark, record.mode, reason);
    if (!g) {
        return std::nullopt;
    }
    const std::optional<int> makeupMark = m_policy.gpa().makeupPassedMarkTenths;
    if (record.attempt == Attempt::Makeup && makeupMark && g->kind == Grade::Kind::Mark && g->passed) {
        // A passed make-up exam is recorded at the policy's mark, whatever was scored.
        g->markTenths = *makeupMark;
        g->pointsHundredths = m_policy.grading().pointsForMark(*makeupMark);
    }
    return g;
}

GpaCalculator::Result GpaCalculator::compute(const QList<AttemptRecord>& records) const
{
    const InstitutionPolicy::GpaRule& rule = m_policy.gpa();
    Result result;
    result.decimals = rule.decimals;

    struct CourseState
    {
        int creditsHalves = 0;
        bool passed = false;
        bool inProgress = false;
        std::optional<Grade> best; // for AttemptsInGpa::Best
    };
    QHash<QString, CourseState> courses;
    QList<QString> order;

    for (const AttemptRecord& r : records) {
        QString ignored;
        const std::optional<Grade> g = effectiveGrade(r, &ignored);
        if (!g) {
            continue; // not on the scale: the importer refuses such marks
        }
        if (!courses.contains(r.courseKey)) {
            order.append(r.courseKey);
        }
        CourseState& c = courses[r.courseKey];
        c.creditsHalves = r.creditsHalves;
        if (g->isInProgress()) {
            c.inProgress = true;
            continue;
        }
        c.passed = c.passed || g->passed;
        const bool counts = carriesPoints(*g) && (!r.transferred || rule.transfersInGpa);
        if (!counts) {
            continue;
        }
        if (rule.attempts == InstitutionPolicy::AttemptsInGpa::All) {
            result.qualityPoints += qint64(*g->pointsHundredths) * r.creditsHalves;
            result.gpaCreditsHalves += r.creditsHalves;
        } else if (!c.best || *g->pointsHundredths > *c.best->pointsHundredths
                   || (*g->pointsHundredths == *c.best->pointsHundredths && g->markTenths > c.best->markTenths)) {
            c.best = g;
        }
    }

    for (const QString& key : order) {
        const CourseState& c = courses.value(key);
        if (c.passed) {
            result.earnedCreditsHalves += c.creditsHalves;
        } else if (c.inProgress) {
            result.inProgressCreditsHalves += c.creditsHalves;
        }
        if (rule.attempts == InstitutionPolicy::AttemptsInGpa::Best && c.best) {
            result.qualityPoints += qint64(*c.best->pointsHundredths) * c.creditsHalves;
            result.gpaCreditsHalves += c.creditsHalves;
        }
    }

    if (result.gpaCreditsHalves > 0) {
        // GPA = qualityPoints / (100 x credits); scaled by 10^decimals before the one division.
        const qint64 numerator = result.qualityPoints * pow10(rule.decimals);
        const qint64 denominator = qint64(100) * result.gpaCreditsHalves;
        result.gpaScaled = rule.rounding == InstitutionPolicy::Rounding::Truncate
            ? numerator / denominator
            : (2 * numerator + denominator) / (2 * denominator);
    }
    return result;
}

} // namespace dd
