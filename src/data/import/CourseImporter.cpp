// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/CourseImporter.h"

#include "core/policy/CourseChecks.h"
#include "data/repositories/CourseRepository.h"

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

QStringList CourseImporter::optionalColumns() const
{
    return {QStringLiteral("offered")};
}

void CourseImporter::validateRow(const Row& row)
{
    QHash<QString, QString> fields;
    for (const QString& column : columns() + optionalColumns()) {
        fields.insert(column, row.value(column));
    }
    if (!row.has(QStringLiteral("offered"))) {
        // A file without the column keeps what is stored.
        Error findError;
        const std::optional<Course> stored
            = CourseRepository(m_db).find(row.value(QStringLiteral("institution")).trimmed(),
                                          row.value(QStringLiteral("code")).trimmed(), &findError);
        if (stored) {
            fields.insert(QStringLiteral("offered"), stored->offered);
        }
    }
    Course c;
    for (const CourseChecks::Problem& p : CourseChecks::check(m_policies, fields, &c)) {
        error(row, p.column, p.reason);
    }
    const QString key = c.institution + QLatin1Char(':') + c.code;
    if (m_seen.contains(key) && !c.code.isEmpty()) {
        error(row, QStringLiteral("code"),
              QStringLiteral("duplicate course %1 %2 (also on line %3)")
                  .arg(c.institution, c.code)
                  .arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());
    if (!m_policies.institution(c.institution)) {
        return;
    }

    Error sqlError;
    CourseRepository courses(m_db);
    const std::optional<Course> existing = courses.find(c.institution, c.code, &sqlError);
    if (sqlError.isSet()) {
        error(row, QString(), sqlError.message());
        return;
    }
    const bool same = existing && existing->sameContent(c);
    if (!same && !permitted(row, Permissions::Action::EditCourses, c.institution, QStringLiteral("institution"))) {
        return;
    }
    plan(m_plan, existing, c, same, QStringLiteral("course %1 %2").arg(c.institution, c.code));
}

bool CourseImporter::apply(Error* error)
{
    CourseRepository courses(m_db);
    return m_plan.apply(courses, error);
}

} // namespace dd
