// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Synthetic students and results for the benchmarks: deterministic, over the demo
 * catalogues of both institutions (about 70 results a student), in the CSV
 * formats of the import contract.
 */
namespace SyntheticData {

struct Course
{
    QString institution;
    QString code;
    bool passFail = false;
};

/** The courses of a courses.csv. */
QList<Course> courses(const QByteArray& coursesCsv);
/** students.csv with \a count students BX0000000.., cohorts 2020-2023. */
QByteArray studentsCsv(int count);
/** results.csv for \a students students; \a rows receives the number of results. */
QByteArray resultsCsv(int students, const QList<Course>& catalogue, int* rows);

} // namespace SyntheticData
