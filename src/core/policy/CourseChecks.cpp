// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/CourseChecks.h"

#include "core/text/FieldLimits.h"
#include "core/text/FieldRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

namespace CourseChecks {

QList<Problem> check(const PolicySet& policies, const QHash<QString, QString>& fields, Course* c)
{
    QList<Problem> problems;
    QString reason;
    auto value = [&fields](const char* column) { return fields.value(QString::fromLatin1(column)).trimmed(); };
    auto required = [&](const char* column) {
        const QString v = value(column);
        if (v.isEmpty()) {
            problems.append(
                {QString::fromLatin1(column), QCoreApplication::translate("dd::CourseChecks", "is required")});
        }
        return v;
    };
    c->institution = required("institution");
    const InstitutionPolicy* policy = policies.institution(c->institution);
    if (!c->institution.isEmpty() && !policy) {
        problems.append({QStringLiteral("institution"),
                         QCoreApplication::translate("dd::CourseChecks", "unknown institution '%1' (expected %2)")
                             .arg(c->institution, policies.institutionCodes().join(QStringLiteral(" or ")))});
    }
    c->code = required("code");
    if (!c->code.isEmpty() && !FieldRules::identifier(c->code, &reason)) {
        problems.append({QStringLiteral("code"), reason});
    }
    c->titleEn = required("title_en");
    c->titleZh = value("title_zh");
    c->titleTh = value("title_th");
    for (const char* column : {"title_en", "title_zh", "title_th"}) {
        if (!FieldRules::text(value(column), FieldLimits::kTitle, FieldRules::TextKind::Line, &reason)) {
            problems.append({QString::fromLatin1(column), reason});
        }
    }
    const QString credits = required("credits");
    if (!credits.isEmpty()) {
        const std::optional<int> halves = FieldRules::creditsHalves(credits, &reason);
        if (!halves) {
            problems.append({QStringLiteral("credits"), reason});
        } else {
            c->creditsHalves = *halves;
        }
    }
    const QList<QPair<QString, int*>> hours = {{QStringLiteral("lecture_hours"), &c->lectureHours},
                                               {QStringLiteral("lab_hours"), &c->labHours},
                                               {QStringLiteral("self_study_hours"), &c->selfStudyHours}};
    for (const auto& [column, target] : hours) {
        const QString text = fields.value(column).trimmed();
        if (text.isEmpty()) {
            *target = 0; // no hours of that kind
            continue;
        }
        const std::optional<int> v = FieldRules::hours(text, &reason);
        if (!v) {
            problems.append({column, reason});
        } else {
            *target = *v;
        }
    }
    c->category = required("category");
    if (policy && !c->category.isEmpty() && !policy->hasCategory(c->category)) {
        problems.append({QStringLiteral("category"),
                         QCoreApplication::translate("dd::CourseChecks", "'%1' is not a %2 category (expected %3)")
                             .arg(c->category, policy->code(), policy->categoryCodes().join(QStringLiteral(", ")))});
    }
    const QString grading = required("grading");
    const std::optional<GradingMode> mode = gradingModeFromName(grading);
    if (!grading.isEmpty() && !mode) {
        problems.append({QStringLiteral("grading"),
                         QCoreApplication::translate("dd::CourseChecks",
                                                     "'%1' is not a grading mode (expected graded or pass_fail)")
                             .arg(grading)});
    }
    c->grading = mode.value_or(GradingMode::Graded);
    const QString offered = value("offered");
    if (!offered.isEmpty() && policy) {
        QList<int> numbers;
        bool valid = offered.size() <= 20;
        for (const QString& part : offered.split(QLatin1Char('+'))) {
            bool isNumber = false;
            const int n = part.trimmed().toInt(&isNumber);
            const bool known = std::any_of(policy->terms().semesters().cbegin(), policy->terms().semesters().cend(),
                                           [n](const TermNaming::Semester& s) { return s.number == n; });
            valid = valid && isNumber && known && !numbers.contains(n);
            numbers.append(n);
        }
        if (!valid) {
            QStringList semesters;
            for (const TermNaming::Semester& s : policy->terms().semesters()) {
                semesters << QString::number(s.number);
            }
            problems.append(
                {QStringLiteral("offered"),
                 QCoreApplication::translate("dd::CourseChecks",
                                             "'%1' is not a list of %2 semesters joined by + (expected numbers of %3)")
                     .arg(offered, policy->code(), semesters.join(QStringLiteral(", ")))});
        } else {
            std::sort(numbers.begin(), numbers.end());
            QStringList parts;
            for (int n : numbers) {
                parts << QString::number(n);
            }
            c->offered = parts.join(QLatin1Char('+'));
        }
    }
    return problems;
}

} // namespace CourseChecks

} // namespace dd
