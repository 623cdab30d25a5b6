// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace dd {

/** How a course is graded: on the institution's full scale, or pass/fail only. */
enum class GradingMode {
    Graded,
    PassFail,
};

QString gradingModeName(GradingMode mode);
std::optional<GradingMode> gradingModeFromName(const QString& name);

/**
 * A raw mark as recorded, classified by an institution's grading scale.
 *
 * Marks are kept in tenths and grade points in hundredths, so that no binary
 * floating-point value is ever compared for equality.
 */
struct Grade
{
    enum class Kind {
        InProgress, ///< no mark yet
        Mark, ///< numeric mark (CQUPT 0-100, or a five-level word mapped to a mark)
        Letter, ///< letter grade (RUTS A..F)
        Pass, ///< pass without grade points (P, S)
        Fail, ///< fail without grade points (F on a pass/fail course, U)
        Withdrawn, ///< W
        Incomplete, ///< I
    };

    Kind kind = Kind::InProgress;
    QString raw;
    int markTenths = -1; ///< for Kind::Mark
    std::optional<int> pointsHundredths; ///< grade points, when the grade carries them
    bool passed = false;

    bool isInProgress() const { return kind == Kind::InProgress; }
};

} // namespace dd
