// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * A credit-transfer rule: course(s) at one institution count as course(s) or as
 * block credit in a category at the other. A decision is never edited in place:
 * a changed rule is stored as a new version of the same lineage.
 */
struct Equivalency
{
    qint64 id = 0;
    qint64 lineageId = 0; ///< id of the first version
    int version = 1;
    QString fromInstitution;
    QStringList fromCodes;
    QString toInstitution;
    QStringList toCodes; ///< target courses; empty for block credit
    QString blockCategory; ///< block credit category, e.g. FE
    int blockCreditsHalves = 0;
    QString status = QStringLiteral("proposed"); ///< proposed, approved, rejected, retired
    int validFromCohort = 0;
    int validToCohort = 0; ///< 0 = open-ended
    QString note;
    QString reason; ///< why this version's status was decided
    QString decidedBy;
    QDateTime decidedAt;
    int rowVersion = 0;

    bool isBlockCredit() const { return !blockCategory.isEmpty(); }

    /** The identity of the rule across versions: both sides' codes. */
    QString key() const;

    /** The target side as written in the CSV: codes joined by '+', or CATEGORY:credits. */
    QString toSpec() const;

    /** The statuses a decision may move this one to: proposed -> approved or rejected, approved -> retired,
     *  and a rejected or retired rule may be proposed again. */
    static QStringList nextStatuses(const QString& status);

    bool sameDecision(const Equivalency& o) const
    {
        return status == o.status && validFromCohort == o.validFromCohort && validToCohort == o.validToCohort
            && note == o.note;
    }
};

} // namespace dd
