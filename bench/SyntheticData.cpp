// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntheticData.h"

#include <QRandomGenerator>

namespace SyntheticData {

QList<Course> courses(const QByteArray& coursesCsv)
{
    QList<Course> out;
    const QList<QByteArray> lines = coursesCsv.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(',');
        if (f.size() < 11) {
            continue;
        }
        out.append({QString::fromUtf8(f.at(0)), QString::fromUtf8(f.at(1)), f.at(10).trimmed() == "pass_fail"});
    }
    return out;
}

QByteArray studentsCsv(int count)
{
    QByteArray out = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                     "passport_no,email,cohort,status\n";
    for (int i = 0; i < count; ++i) {
        out += QStringLiteral(
                   "BX%1,C%1,R%1,Srisuk,Anan,,อนันต์ ศรีสุข,2002-01-01,TH,AA%1,bx%1@students.example.edu,%2,active\n")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(2020 + i % 4)
                   .toUtf8();
    }
    return out;
}

QByteArray resultsCsv(int students, const QList<Course>& catalogue, int* rows)
{
    static const char* letters[] = {"A", "B+", "B", "C+", "C", "D+", "D", "F"};
    QRandomGenerator rng(2020);
    QByteArray out = "student_id,institution,course_code,term,mark,attempt\n";
    *rows = 0;
    for (int i = 0; i < students; ++i) {
        const int cohort = 2020 + i % 4;
        for (const Course& c : catalogue) {
            if (rng.bounded(100) < 30) {
                continue; // not every student takes every course
            }
            const bool cqupt = c.institution == QLatin1String("CQUPT");
            const int year = cohort + (cqupt ? 2 : 0) + int(rng.bounded(2));
            const int sem = 1 + int(rng.bounded(2));
            const QString term = cqupt ? QStringLiteral("%1-%2-%3").arg(year).arg(year + 1).arg(sem)
                                       : QStringLiteral("%1/%2").arg(sem).arg(year + 543);
            QString mark;
            if (c.passFail) {
                mark = cqupt ? QStringLiteral("P") : QStringLiteral("S");
            } else {
                mark = cqupt ? QString::number(45 + rng.bounded(56)) : QString::fromLatin1(letters[rng.bounded(8)]);
            }
            out += QStringLiteral("BX%1,%2,%3,%4,%5,\n")
                       .arg(i, 7, 10, QLatin1Char('0'))
                       .arg(c.institution, c.code, term, mark)
                       .toUtf8();
            ++*rows;
        }
    }
    return out;
}

} // namespace SyntheticData
