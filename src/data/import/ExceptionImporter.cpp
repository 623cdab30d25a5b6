// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ExceptionImporter.h"

#include "core/text/FieldLimits.h"
#include "data/db/Database.h"

#include "core/text/CsvParser.h"

#include "data/repositories/CourseRepository.h"
#include "data/repositories/ExceptionRepository.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

namespace {

const QStringList kKinds = {QStringLiteral("waive"), QStringLiteral("substitute"), QStringLiteral("force-complete"),
                            QStringLiteral("also-allow")};

} // namespace

ExceptionImporter::ExceptionImporter(Database& db)
    : Importer(QStringLiteral("exceptions"), db)
{
}

QStringList ExceptionImporter::columns() const
{
    return {QStringLiteral("student_id"),  QStringLiteral("institution"), QStringLiteral("kind"),
            QStringLiteral("requirement"), QStringLiteral("course_code"), QStringLiteral("reason"),
            QStringLiteral("approved_by")};
}

void ExceptionImporter::validateRow(const Row& row)
{
    StudentException e;
    Error sqlError;
    e.studentId = required(row, QStringLiteral("student_id"));
    const bool studentKnown
        = !e.studentId.isEmpty() && StudentRepository(m_db).find(e.studentId, &sqlError).has_value();
    if (!e.studentId.isEmpty() && !studentKnown) {
        error(row, QStringLiteral("student_id"), QStringLiteral("unknown student %1").arg(e.studentId));
    }
    const InstitutionPolicy* policy = institution(row, QStringLiteral("institution"));
    e.institution = row.value(QStringLiteral("institution"));
    e.kind = required(row, QStringLiteral("kind"));
    if (!e.kind.isEmpty() && !kKinds.contains(e.kind)) {
        error(row, QStringLiteral("kind"),
              QStringLiteral("'%1' is not an exception kind (expected %2)")
                  .arg(e.kind, kKinds.join(QStringLiteral(", "))));
    }
    e.requirement = required(row, QStringLiteral("requirement"));
    e.courseCode = row.value(QStringLiteral("course_code"));
    const bool needsCourse = e.kind == QLatin1String("substitute") || e.kind == QLatin1String("also-allow");
    if (needsCourse && e.courseCode.isEmpty()) {
        error(row, QStringLiteral("course_code"),
              QStringLiteral("a %1 exception names the course it is about").arg(e.kind));
    }
    if (policy && !e.courseCode.isEmpty() && !CourseRepository(m_db).find(e.institution, e.courseCode, &sqlError)) {
        error(row, QStringLiteral("course_code"),
              QStringLiteral("unknown course code %1 at %2").arg(e.courseCode, e.institution));
    }
    e.reason = required(row, QStringLiteral("reason"));
    typedText(row, QStringLiteral("reason"), FieldLimits::kReason, FieldRules::TextKind::Paragraph);
    e.approvedBy = required(row, QStringLiteral("approved_by"));
    typedText(row, QStringLiteral("approved_by"), FieldLimits::kApprover, FieldRules::TextKind::Line);
    const QString key
        = QStringList {e.studentId, e.institution, e.kind, e.requirement, e.courseCode}.join(QLatin1Char('|'));
    if (m_seen.contains(key)) {
        error(row, QString(), QStringLiteral("the same exception is also on line %1").arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());
    if (!policy || !studentKnown) {
        return;
    }
    const std::optional<StudentException> existing = ExceptionRepository(m_db).findActive(e, &sqlError);
    const QString what = QStringLiteral("%1 %2 %3 %4").arg(e.studentId, e.institution, e.kind, e.requirement);
    if (sqlError.isSet()) {
        error(row, QString(), sqlError.message());
    } else {
        plan(m_plan, existing, e, existing && existing->reason == e.reason && existing->approvedBy == e.approvedBy,
             what);
    }
}

bool ExceptionImporter::apply(Error* error)
{
    ExceptionRepository exceptions(m_db);
    return m_plan.apply(exceptions, error);
}

bool ExceptionImporter::recordOne(Database& db, const StudentException& e, ImportReport* report)
{
    // Refused before anything is read or copied, in the words of the refusal itself.
    Error refusal;
    if (!db.session().permits(Permissions::Action::ManageExceptions, e.institution, &refusal)) {
        report->errors.append({QStringLiteral("exception"), 0, QString(), refusal.message(), QString()});
        return false;
    }
    ExceptionImporter importer(db);
    const QByteArray csv = CsvParser::formatRecord(importer.columns())
        + CsvParser::formatRecord({e.studentId, e.institution, e.kind, e.requirement, e.courseCode, e.reason,
                                   e.approvedBy});
    return importer.run(csv, QStringLiteral("exception"), Options(), report);
}

} // namespace dd
