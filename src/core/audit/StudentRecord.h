// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/CourseResult.h"
#include "core/records/Grade.h"
#include "core/records/Milestone.h"
#include "core/records/StudentException.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd {

class PolicySet;

/**
 * Everything the audit needs to know about one student, as plain values: every
 * attempt at either institution with its course's credits and category, the
 * transfers recorded into each institution, milestones and exceptions.
 */
struct StudentRecord
{
    struct Taken
    {
        qint64 resultId = 0; ///< the stored result, when the record was read from a database
        QString institution;
        QString code;
        QString category;
        int creditsHalves = 0;
        GradingMode mode = GradingMode::Graded;
        QString term;
        int academicYear = 0;
        int semester = 0;
        bool regularTerm = true;
        QString mark;
        Attempt attempt = Attempt::Regular;

        /** Orders the regular semesters, two a year: academicYear * 2 + semester - 1. */
        int slot() const { return academicYear * 2 + (semester - 1); }
    };
    struct Transfer
    {
        QString toInstitution;
        QString code; ///< target course; empty for block credit
        QString category; ///< the target course's category, or the block category
        QString fromCodes; ///< the source courses, joined by '+'
        int creditsHalves = 0;
        GradingMode mode = GradingMode::Graded;
        QString grade; ///< converted grade on the target institution's scale
    };

    QString studentId;
    int cohort = 0;
    QList<Taken> attempts;
    QList<Transfer> transfers;
    QList<Milestone> milestones;
    QList<StudentException> exceptions; ///< the ones in force

    /**
     * Reads a record written as JSON (the test cases' format, see
     * tests/fixtures/audit/README.md); terms are parsed with \a policies.
     */
    static bool fromJson(const QByteArray& bytes, const QString& fileName, const PolicySet& policies,
                         StudentRecord* record, QString* error);
};

} // namespace dd
