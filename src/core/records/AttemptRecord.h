// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/CourseResult.h"
#include "core/records/Grade.h"

#include <QString>

namespace dd {

/**
 * One attempt of a course as the GPA rules see it: the raw mark on the
 * institution's own scale, the course's credits and grading mode, and whether the
 * grade was converted from the other institution by a recorded transfer.
 */
struct AttemptRecord
{
    QString courseKey; ///< the course the attempt is for; attempts of one course share it
    int creditsHalves = 0;
    GradingMode mode = GradingMode::Graded;
    QString mark; ///< empty while in progress
    Attempt attempt = Attempt::Regular;
    int termOrdinal = 0; ///< TermInfo::ordinal(), to order attempts
    bool transferred = false;
};

} // namespace dd
