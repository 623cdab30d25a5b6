// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/** An equivalency applied to one student's result(s) at the other institution. */
struct TransferCredit
{
    qint64 id = 0;
    QString studentId;
    qint64 equivalencyId = 0; ///< the version it was decided under
    qint64 lineageId = 0;
    int equivalencyVersion = 0;
    QString fromInstitution;
    QStringList fromCodes; ///< the source courses (of sourceResultIds)
    QString toInstitution;
    QString targetCourseCode; ///< empty for block credit
    QString targetCategory;
    int creditsHalves = 0;
    QString convertedGrade;
    QString conversionTable; ///< table id
    QString conversionVersion; ///< table version that produced convertedGrade
    QList<qint64> sourceResultIds;
    QString status = QStringLiteral("applied"); ///< applied, reversed
    QDate asOf;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason; ///< why it was reversed
    QString reversedBy;
    QDateTime reversedAt;
    int rowVersion = 0;

    bool isApplied() const { return status == QLatin1String("applied"); }
};

} // namespace dd
