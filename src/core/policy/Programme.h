// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace dd {

/** A degree programme of one institution for one catalogue year (cohort). */
struct Programme
{
    qint64 id = 0;
    QString code; ///< e.g. CQUPT-CST-2020
    QString institution;
    int catalogueYear = 0;
    QString nameEn;
    QString nameZh;
    QString nameTh;
    QString degreeEn;
    QString degreeZh;
    QString degreeTh;

    /**
     * Reads the programme header of a rule file in data/programmes/. Returns
     * false with "file: path: reason" in \a error when it is malformed.
     */
    static bool fromJson(const QByteArray& bytes, const QString& fileName, Programme* programme, QString* error);
};

} // namespace dd
