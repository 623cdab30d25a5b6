// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

namespace dd {

/** A student of the programme, known to both institutions. */
struct Student
{
    qint64 id = 0; ///< database key; 0 until stored
    QString studentId; ///< programme-wide id, e.g. DD2020001
    QString cquptNo;
    QString rutsNo;
    QString familyName;
    QString givenName;
    QString nameZh;
    QString nameTh;
    QDate dateOfBirth;
    QString nationality; ///< ISO 3166-1 alpha-2
    QString passportNo;
    QString nationalId; ///< Thai ID (TH) or Chinese resident ID (CN); optional
    QString email;
    int cohort = 0;
    QString status = QStringLiteral("active"); ///< active, suspended, withdrawn, graduated
    int rowVersion = 0;

    /** True when every imported field is equal (keys and versions are ignored). */
    bool sameContent(const Student& o) const
    {
        return studentId == o.studentId && cquptNo == o.cquptNo && rutsNo == o.rutsNo && familyName == o.familyName
            && givenName == o.givenName && nameZh == o.nameZh && nameTh == o.nameTh && dateOfBirth == o.dateOfBirth
            && nationality == o.nationality && passportNo == o.passportNo && nationalId == o.nationalId
            && email == o.email && cohort == o.cohort && status == o.status;
    }
};

} // namespace dd
