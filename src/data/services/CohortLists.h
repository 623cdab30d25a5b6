// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/files/TableFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Database;

/**
 * The lists a cohort's graduation is decided on: the graduation list and the
 * degree-committee list (学位评定委员会 at CQUPT; the university council's approval
 * list at RUTS). Every student of the cohort with the audit's outcome at one
 * institution — the same audit as `audit --cohort` — and, for those not eligible,
 * the requirements that stand in the way.
 */
class CohortLists
{
    Q_DECLARE_TR_FUNCTIONS(dd::CohortLists)

public:
    enum class Kind { Graduation, Degree };
    static std::optional<Kind> kindOf(const QString& name);
    static QString nameOf(Kind kind);

    struct Line
    {
        QString studentId;
        QString familyName;
        QString givenName;
        QString nameNative; ///< the name in the student's own script (Thai for TH, Chinese for CN)
        QString gpa;
        int creditsEarnedHalves = 0;
        int creditsRequiredHalves = 0;
        bool graduationEligible = false;
        bool degreeEligible = false;
        QString honours;
        QString hsk; ///< the HSK result the audit counted (CQUPT)
        QStringList reasons; ///< why not eligible (for this list's outcome); empty when eligible
    };
    struct List
    {
        Kind kind = Kind::Graduation;
        int cohort = 0;
        QString institution;
        QList<Line> lines;
        int eligible() const;
    };

    [[nodiscard]] static bool build(Database& db, Kind kind, int cohort, const QString& institution, List* list,
                                    Error* error);
    /** The list in DESIGN's CSV columns (booleans true|false). */
    static Table table(const List& list);
};

} // namespace dd
