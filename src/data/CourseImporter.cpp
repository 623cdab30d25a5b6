// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CourseImporter.h"

#include "CourseRepository.h"
#include "FieldRules.h"

namespace dd {

CourseImporter::CourseImporter(Database& db)
    : Importer(QStringLiteral("courses"), db)
{
}

QStringList CourseImporter::columns() const
{
    return {QStringLiteral("institution"),   QStringLiteral("code"),      QStringLiteral("title_en"),
            QStringLiteral("title_zh"),      QStringLiteral("title_th"),  QStringLiteral("credits"),
            QStringLiteral("lecture_hours"), QStringLiteral("lab_hours"), QStringLiteral("self_study_hours"),
            QStringLiteral("category"),      QStringLiteral("grading")};
}

void CourseImporter::validateRow(const Row& row)
{
    QString reason;
    Course c;
    const InstitutionPolicy* policy = institution(row, QStringLiteral("institution"));
    c.institution = row.value(QStringLiteral("institution"));
    c.code = required(row, QStringLiteral("code"));
    if (!c.code.isEmpty() && !FieldRules::identifier(c.code, &reason)) {
        error(row, QStringLiteral("code"), reason);
    }
    const QString key = c.institution + QLatin1Char(':') + c.code;
    if (m_seen.contains(key) && !c.code.isEmpty()) {
        error(row, QStringLiteral("code"),
              QStringLiteral("duplicate course %1 %2 (also on line %3)")
                  .arg(c.institution, c.code)
                  .arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());
    c.titleEn = required(row, QStringLiteral("title_en"));
    c.titleZh = row.value(QStringLiteral("title_zh"));
    c.titleTh = row.value(QStringLiteral("title_th"));
    const QString credits = required(row, QStringLiteral("credits"));
    if (!credits.isEmpty()) {
        const std::optional<int> halves = FieldRules::creditsHalves(credits, &reason);
        if (!halves) {
            error(row, QStringLiteral("credits"), reason);
        } else {
            c.creditsHalves = *halves;
        }
    }
    const QList<QPair<QString, int*>> hours = {{QStringLiteral("lecture_hours"), &c.lectureHours},
                                               {QStringLiteral("lab_hours"), &c.labHours},
                                               {QStringLiteral("self_study_hours"), &c.selfStudyHours}};
    for (const auto& [column, target] : hours) {
        const QString text = row.value(column);
        if (text.isEmpty()) {
            continue; // no hours of that kind
        }
        const std::optional<int> value = FieldRules::hours(text, &reason);
        if (!value) {
            error(row, column, reason);
        } else {
            *target = *value;
        }
    }
    c.category = required(row, QStringLiteral("category"));
    if (policy && !c.category.isEmpty() && !policy->hasCategory(c.category)) {
        error(row, QStringLiteral("category"),
              QStringLiteral("'%1' is not a %2 category (expected %3)")
                  .arg(c.category, policy->code(), policy->categoryCodes().join(QStringLiteral(", "))));
    }
    const QString grading = required(row, QStringLiteral("grading"));
    const std::optional<GradingMode> mode = gradingModeFromName(grading);
    if (!grading.isEmpty() && !mode) {
        error(row, QStringLiteral("grading"),
              QStringLiteral("'%1' is not a grading mode (expected graded or pass_fail)").arg(grading));
    }
    c.grading = mode.value_or(GradingMode::Graded);
    if (!policy) {
        return;
    }

    QString sqlError;
    CourseRepository courses(m_db);
    const std::optional<Course> existing = courses.find(c.institution, c.code, &sqlError);
    if (!sqlError.isEmpty()) {
        error(row, QString(), sqlError);
        return;
    }
    plan(m_plan, existing, c, existing && existing->sameContent(c),
         QStringLiteral("course %1 %2").arg(c.institution, c.code));
}

bool CourseImporter::apply(QString* error)
{
    CourseRepository courses(m_db);
    return m_plan.apply(courses, error);
}

} // namespace dd
