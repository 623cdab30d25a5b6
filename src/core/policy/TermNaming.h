// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class JsonReader;

/** One term of an institution, as parsed from its code. */
struct TermInfo
{
    QString code;
    int academicYear = 0; ///< Gregorian year in which the academic year starts
    int semester = 0;
    bool regular = true; ///< false for a summer term
    QDate startDate;
    QDate endDate;

    /** Sort key across both institutions: academic year, then semester. */
    int ordinal() const { return academicYear * 10 + semester; }
};

/**
 * How an institution names its terms, read from the "terms" object of its policy
 * file. Two notations exist: "academic-year" (\c 2020-2021-1, Gregorian years) and
 * "semester-era" (\c 1/2563, semester / academic year in an era that is offset
 * from the Gregorian year, e.g. +543 for the Buddhist Era). Which semesters exist,
 * which are regular, and their dates are data.
 */
class TermNaming
{
public:
    enum class Scheme {
        AcademicYear,
        SemesterEra,
    };

    struct Semester
    {
        int number = 1;
        bool regular = true;
        int startMonth = 9;
        int startDay = 1;
        int startYearOffset = 0; ///< years after the academic year's first year
        int endMonth = 1;
        int endDay = 31;
        int endYearOffset = 1;
    };

    static TermNaming fromJson(const QJsonObject& obj, JsonReader& reader, const QString& path);

    /** Parses \a code; returns std::nullopt and a reason when it is not a term of this institution. */
    std::optional<TermInfo> parse(const QString& code, QString* reason) const;

    /** The code of semester \a semester of the academic year starting in Gregorian \a academicYear. */
    QString format(int academicYear, int semester) const;

    /** An example code, for messages. */
    QString example() const;

    Scheme scheme() const { return m_scheme; }
    int eraOffset() const { return m_eraOffset; }
    const QList<Semester>& semesters() const { return m_semesters; }

private:
    const Semester* semester(int number) const;

    Scheme m_scheme = Scheme::AcademicYear;
    int m_eraOffset = 0;
    int m_firstYear = 1990;
    int m_lastYear = 2100;
    QList<Semester> m_semesters;
};

} // namespace dd
