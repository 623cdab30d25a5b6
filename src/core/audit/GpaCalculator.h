// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/InstitutionPolicy.h"
#include "core/records/AttemptRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

/**
 * An institution's GPA and earned credits, computed exactly from its policy:
 * which attempts count (the best one, or every graded one), the mark a passed
 * make-up exam is recorded as, whether transferred grades count, and rounding
 * (half-up or truncation) to the policy's decimals. Grade points are kept in
 * hundredths and credits in halves, so the only division is the final one.
 */
class GpaCalculator
{
public:
    struct Result
    {
        std::optional<qint64> gpaScaled; ///< GPA x 10^decimals after rounding; none when nothing is graded
        int decimals = 2;
        qint64 qualityPoints = 0; ///< sum of points (hundredths) x credits (halves) that count
        int gpaCreditsHalves = 0; ///< credits (halves) in the GPA
        int earnedCreditsHalves = 0; ///< credits of passed courses, each course once
        int inProgressCreditsHalves = 0; ///< credits of courses with an attempt in progress and none passed

        /** The GPA as printed ("3.27"), or an empty string when nothing is graded. */
        QString gpaText() const;
    };

    explicit GpaCalculator(const InstitutionPolicy& policy);

    /**
     * The grade an attempt counts with: the raw mark classified on the scale, with
     * a passed make-up exam recorded at the policy's make-up mark. std::nullopt and
     * a reason when the mark is not on the scale.
     */
    std::optional<Grade> effectiveGrade(const AttemptRecord& record, QString* reason) const;

    /** GPA and credits over \a records (attempts of this institution and transfers into it). */
    Result compute(const QList<AttemptRecord>& records) const;

private:
    const InstitutionPolicy& m_policy;
};

} // namespace dd
