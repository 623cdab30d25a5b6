// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

/** One student's audit against one programme: the answer and how it was reached. */
struct AuditResult
{
    enum class Status {
        Met,
        InProgress,
        Unmet,
    };

    struct Row
    {
        QString id;
        QString label;
        QString labelZh; ///< in Chinese and Thai where the rule file has them (not in the JSON)
        QString labelTh;
        Status status = Status::Unmet;
        std::optional<int> creditsRequiredHalves; ///< none on rows not about credits
        std::optional<int> creditsAppliedHalves;
        QStringList courses; ///< codes applied (passed)
        QStringList inProgressCourses; ///< codes applied that are still in progress
        QString parent;
        QString detail; ///< e.g. "GPA 2.87", "HSK 4 (192) on 2023-04-05"
        QString exceptionKind; ///< waive / force-complete applied to this row
        QString exceptionReason;
        QString exceptionApprovedBy;
    };

    QString studentId;
    QString institution;
    QString programme;
    int catalogueYear = 0;
    bool whatIf = false;
    QString gpa; ///< empty = nothing graded
    int creditsEarnedHalves = 0;
    int creditsRequiredHalves = 0;
    bool graduationEligible = false;
    bool degreeEligible = false;
    QString honours; ///< empty, "first", "second"
    QStringList honoursReasons;
    QList<Row> requirements;
    QStringList fallthrough;
    QStringList inProgress;
    QStringList exceptionNotes; ///< exceptions that could not be applied, and why

    static QString statusName(Status status);
    /** The audit JSON of the external contract (extra keys may follow). */
    QJsonObject toJson() const;
};

} // namespace dd
