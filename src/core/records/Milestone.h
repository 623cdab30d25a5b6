// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

namespace dd {

/** A non-course requirement reached by a student: an HSK sitting, the thesis, an internship. */
struct Milestone
{
    qint64 id = 0;
    QString studentId;
    QString kind; ///< HSK, THESIS, INTERNSHIP
    QString level; ///< HSK: 1-6; THESIS/INTERNSHIP: passed or failed
    int score = -1; ///< -1 = none
    QDate date;
    int rowVersion = 0;
};

} // namespace dd
