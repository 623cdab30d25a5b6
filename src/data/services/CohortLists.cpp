// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/CohortLists.h"

#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/AuditService.h"

namespace dd {

namespace {

QString reasonOf(const AuditResult::Row& row)
{
    if (!row.detail.isEmpty()) {
        return QStringLiteral("%1: %2").arg(row.label, row.detail);
    }
    if (row.creditsRequiredHalves) {
        return QStringLiteral("%1: %2 of %3 credits")
            .arg(row.label, Decimal::formatHalves(row.creditsAppliedHalves.value_or(0)),
                 Decimal::formatHalves(*row.creditsRequiredHalves));
    }
    return row.label;
}

} // namespace

int CohortLists::List::eligible() const
{
    int n = 0;
    for (const Line& l : lines) {
        n += (kind == Kind::Graduation ? l.graduationEligible : l.degreeEligible) ? 1 : 0;
    }
    return n;
}

std::optional<CohortLists::Kind> CohortLists::kindOf(const QString& name)
{
    if (name == QLatin1String("graduation")) {
        return Kind::Graduation;
    }
    if (name == QLatin1String("degree")) {
        return Kind::Degree;
    }
    return std::nullopt;
}

QString CohortLists::nameOf(Kind kind)
{
    return kind == Kind::Graduation ? QStringLiteral("graduation") : QStringLiteral("degree");
}

bool CohortLists::build(Database& db, Kind kind, int cohort, const QString& institution, List* list, Error* error)
{
    *list = List();
    list->kind = kind;
    list->cohort = cohort;
    list->institution = institution;
    AuditService audits(db);
    if (!audits.load(error)) {
        return false;
    }
    if (!audits.policies().institution(institution)) {
        *error = Error::invalid(tr("unknown institution '%1'").arg(institution));
        return false;
    }
    QList<AuditResult> results;
    if (!audits.auditCohort(cohort, institution, QString(), &results, error)) {
        return false;
    }
    QHash<QString, Student> students;
    for (const Student& s : StudentRepository(db).cohort(cohort, error)) {
        students.insert(s.studentId, s);
    }
    if (error->isSet()) {
        return false;
    }
    for (const AuditResult& r : std::as_const(results)) {
        const Student s = students.value(r.studentId);
        Line line;
        line.studentId = r.studentId;
        line.familyName = s.familyName;
        line.givenName = s.givenName;
        const QString own = s.nationality == QLatin1String("CN") ? s.nameZh : s.nameTh;
        line.nameNative = own.isEmpty() ? (s.nameZh.isEmpty() ? s.nameTh : s.nameZh) : own;
        line.gpa = r.gpa;
        line.creditsEarnedHalves = r.creditsEarnedHalves;
        line.creditsRequiredHalves = r.creditsRequiredHalves;
        line.graduationEligible = r.graduationEligible;
        line.degreeEligible = r.degreeEligible;
        line.honours = r.honours;
        for (const AuditResult::Row& row : r.requirements) {
            if (row.id == QLatin1String("hsk")) {
                line.hsk = row.detail;
            }
        }
        const bool eligible = kind == Kind::Graduation ? r.graduationEligible : r.degreeEligible;
        if (!eligible) {
            for (const AuditResult::Row& row : r.requirements) {
                if (row.status == AuditResult::Status::Unmet) {
                    line.reasons << reasonOf(row);
                }
            }
            if (line.reasons.isEmpty()) {
                line.reasons << (r.inProgress.isEmpty()
                                     ? tr("not eligible")
                                     : tr("in progress: %1").arg(r.inProgress.join(QStringLiteral(", "))));
            }
        }
        list->lines << line;
    }
    return true;
}

Table CohortLists::table(const List& list)
{
    using Type = Table::Type;
    Table t;
    t.sheet = QStringLiteral("%1 %2 %3").arg(nameOf(list.kind), list.institution).arg(list.cohort);
    t.headers = {QStringLiteral("student_id"),
                 QStringLiteral("family_name"),
                 QStringLiteral("given_name"),
                 QStringLiteral("name_native"),
                 QStringLiteral("gpa"),
                 QStringLiteral("credits_earned"),
                 QStringLiteral("credits_required"),
                 QStringLiteral("graduation_eligible"),
                 QStringLiteral("degree_eligible"),
                 QStringLiteral("honours"),
                 QStringLiteral("hsk"),
                 QStringLiteral("reasons")};
    t.types = {Type::Text,   Type::Text, Type::Text, Type::Text, Type::Number, Type::Number,
               Type::Number, Type::Text, Type::Text, Type::Text, Type::Text,   Type::Text};
    const auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    for (const Line& l : list.lines) {
        t.rows << QStringList {l.studentId,
                               l.familyName,
                               l.givenName,
                               l.nameNative,
                               l.gpa,
                               Decimal::formatHalves(l.creditsEarnedHalves),
                               Decimal::formatHalves(l.creditsRequiredHalves),
                               flag(l.graduationEligible),
                               flag(l.degreeEligible),
                               l.honours,
                               l.hsk,
                               l.reasons.join(QStringLiteral("; "))};
    }
    return t;
}

} // namespace dd
