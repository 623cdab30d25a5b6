// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dd {

/** How an attempt came about. */
enum class Attempt {
    Regular,
    Makeup, ///< make-up exam (补考)
    Retake, ///< retake of the course (重修)
};

QString attemptName(Attempt attempt);
/** "" means regular. */
std::optional<Attempt> attemptFromName(const QString& name);

/**
 * One attempt of a course by a student in a term: the raw mark exactly as
 * recorded (empty while in progress), and who recorded it when.
 */
struct CourseResult
{
    qint64 id = 0;
    QString studentId;
    QString institution;
    QString courseCode;
    QString term;
    QString mark;
    Attempt attempt = Attempt::Regular;
    QString recordedBy;
    QDateTime recordedAt;
    int rowVersion = 0;
};

} // namespace dd
