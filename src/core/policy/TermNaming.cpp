// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/TermNaming.h"

#include "core/text/JsonReader.h"

#include <QRegularExpression>

namespace dd {

namespace {

bool parseMonthDay(const QString& text, int* month, int* day)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    *month = m.captured(1).toInt();
    *day = m.captured(2).toInt();
    return QDate(2000, *month, *day).isValid();
}

} // namespace

TermNaming TermNaming::fromJson(const QJsonObject& obj, JsonReader& reader, const QString& path)
{
    TermNaming naming;
    const QString scheme = reader.string(obj, QStringLiteral("scheme"), path);
    if (scheme == QLatin1String("academic-year")) {
        naming.m_scheme = Scheme::AcademicYear;
    } else if (scheme == QLatin1String("semester-era")) {
        naming.m_scheme = Scheme::SemesterEra;
    } else if (reader.ok()) {
        reader.fail(path + QStringLiteral(".scheme"),
                    QStringLiteral("must be \"academic-year\" or \"semester-era\", not \"%1\"").arg(scheme));
    }
    naming.m_eraOffset = reader.integer(obj, QStringLiteral("era_offset"), path, false).value_or(0);
    naming.m_firstYear = reader.integer(obj, QStringLiteral("first_year"), path, false).value_or(1990);
    naming.m_lastYear = reader.integer(obj, QStringLiteral("last_year"), path, false).value_or(2100);
    const QJsonArray semesters = reader.array(obj, QStringLiteral("semesters"), path);
    for (int i = 0; i < semesters.size(); ++i) {
        const QString p = QStringLiteral("%1.semesters[%2]").arg(path).arg(i);
        const QJsonObject s = reader.element(semesters, i, p);
        Semester sem;
        sem.number = reader.integer(s, QStringLiteral("number"), p).value_or(0);
        sem.regular = reader.boolean(s, QStringLiteral("regular"), p, true);
        if (!parseMonthDay(reader.string(s, QStringLiteral("start"), p), &sem.startMonth, &sem.startDay)) {
            reader.fail(p + QStringLiteral(".start"), QStringLiteral("expected a date as \"MM-DD\""));
        }
        if (!parseMonthDay(reader.string(s, QStringLiteral("end"), p), &sem.endMonth, &sem.endDay)) {
            reader.fail(p + QStringLiteral(".end"), QStringLiteral("expected a date as \"MM-DD\""));
        }
        sem.startYearOffset = reader.integer(s, QStringLiteral("start_year_offset"), p, false).value_or(0);
        sem.endYearOffset = reader.integer(s, QStringLiteral("end_year_offset"), p, false).value_or(0);
        if (sem.number < 1 || sem.number > 9) {
            reader.fail(p + QStringLiteral(".number"), QStringLiteral("must be between 1 and 9"));
        }
        naming.m_semesters.append(sem);
    }
    if (reader.ok() && naming.m_semesters.isEmpty()) {
        reader.fail(path + QStringLiteral(".semesters"), QStringLiteral("needs at least one semester"));
    }
    return naming;
}

const TermNaming::Semester* TermNaming::semester(int number) const
{
    for (const Semester& s : m_semesters) {
        if (s.number == number) {
            return &s;
        }
    }
    return nullptr;
}

QString TermNaming::format(int academicYear, int sem) const
{
    if (m_scheme == Scheme::AcademicYear) {
        return QStringLiteral("%1-%2-%3").arg(academicYear).arg(academicYear + 1).arg(sem);
    }
    return QStringLiteral("%1/%2").arg(sem).arg(academicYear + m_eraOffset);
}

QString TermNaming::example() const
{
    return format(2020, m_semesters.isEmpty() ? 1 : m_semesters.first().number);
}

std::optional<TermInfo> TermNaming::parse(const QString& codeIn, QString* reason) const
{
    const QString code = codeIn.trimmed();
    int academicYear = 0;
    int sem = 0;
    if (m_scheme == Scheme::AcademicYear) {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{4})-(\\d)$"));
        const QRegularExpressionMatch m = re.match(code);
        if (!m.hasMatch()) {
            *reason = QStringLiteral("'%1' is not a term of the form %2").arg(code, example());
            return std::nullopt;
        }
        academicYear = m.captured(1).toInt();
        if (m.captured(2).toInt() != academicYear + 1) {
            *reason = QStringLiteral("'%1': the second year must follow the first (%2)")
                          .arg(code, format(academicYear, m.captured(3).toInt()));
            return std::nullopt;
        }
        sem = m.captured(3).toInt();
    } else {
        static const QRegularExpression re(QStringLiteral("^(\\d)/(\\d{4})$"));
        const QRegularExpressionMatch m = re.match(code);
        if (!m.hasMatch()) {
            *reason = QStringLiteral("'%1' is not a term of the form %2").arg(code, example());
            return std::nullopt;
        }
        sem = m.captured(1).toInt();
        academicYear = m.captured(2).toInt() - m_eraOffset;
    }
    if (academicYear < m_firstYear || academicYear > m_lastYear) {
        *reason = QStringLiteral("'%1' is outside the years %2 to %3")
                      .arg(code, format(m_firstYear, sem), format(m_lastYear, sem));
        return std::nullopt;
    }
    const Semester* s = semester(sem);
    if (!s) {
        QStringList numbers;
        for (const Semester& known : m_semesters) {
            numbers << QString::number(known.number);
        }
        *reason = QStringLiteral("'%1': semester %2 does not exist (semesters are %3)")
                      .arg(code)
                      .arg(sem)
                      .arg(numbers.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    TermInfo info;
    info.code = code;
    info.academicYear = academicYear;
    info.semester = sem;
    info.regular = s->regular;
    info.startDate = QDate(academicYear + s->startYearOffset, s->startMonth, s->startDay);
    info.endDate = QDate(academicYear + s->endYearOffset, s->endMonth, s->endDay);
    return info;
}

} // namespace dd
