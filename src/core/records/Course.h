// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/Grade.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/** A course in one institution's catalogue. Hours are per term. */
struct Course
{
    qint64 id = 0;
    QString institution;
    QString code;
    QString titleEn;
    QString titleZh;
    QString titleTh;
    int creditsHalves = 0; ///< credits x 2 (halves are allowed)
    int lectureHours = 0;
    int labHours = 0;
    int selfStudyHours = 0;
    QString category;
    GradingMode grading = GradingMode::Graded;
    /** The semesters it is offered in, ascending, joined by '+' ("1+2"); empty: every regular one. */
    QString offered;
    int rowVersion = 0;

    /** The semester numbers of \a offered; empty: every regular semester. */
    QList<int> offeredSemesters() const;
    /** Whether it is offered in semester \a number (\a regular: whether that semester is a regular one). */
    bool offeredIn(int number, bool regular) const;

    bool sameContent(const Course& o) const
    {
        return institution == o.institution && code == o.code && titleEn == o.titleEn && titleZh == o.titleZh
            && titleTh == o.titleTh && creditsHalves == o.creditsHalves && lectureHours == o.lectureHours
            && labHours == o.labHours && selfStudyHours == o.selfStudyHours && category == o.category
            && grading == o.grading && offered == o.offered;
    }
};

} // namespace dd
