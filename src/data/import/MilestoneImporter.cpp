// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/MilestoneImporter.h"

#include "core/text/FieldLimits.h"

#include "core/text/FieldRules.h"
#include "data/repositories/MilestoneRepository.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

MilestoneImporter::MilestoneImporter(Database& db)
    : Importer(QStringLiteral("milestones"), db)
{
}

QStringList MilestoneImporter::columns() const
{
    return {QStringLiteral("student_id"), QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("score"),
            QStringLiteral("date")};
}

void MilestoneImporter::validateRow(const Row& row)
{
    Milestone m;
    QString reason;
    m.studentId = required(row, QStringLiteral("student_id"));
    if (!m.studentId.isEmpty()) {
        if (!m_students.contains(m.studentId)) {
            Error sqlError;
            m_students.insert(m.studentId, StudentRepository(m_db).find(m.studentId, &sqlError).has_value());
        }
        if (!m_students.value(m.studentId)) {
            error(row, QStringLiteral("student_id"),
                  QStringLiteral("unknown student %1 (import the student first)").arg(m.studentId));
        }
    }
    m.kind = required(row, QStringLiteral("kind"));
    m.level = typedText(row, QStringLiteral("level"), FieldLimits::kMilestoneLevel, FieldRules::TextKind::Line);
    const QString score = row.value(QStringLiteral("score"));
    if (m.kind == QLatin1String("HSK")) {
        // HSK levels run 1-6 (HSK 2.0) or 1-9 (HSK 3.0); scores are out of 200 or 300.
        bool ok = false;
        const int level = m.level.toInt(&ok);
        if (!ok || level < 1 || level > 9) {
            error(row, QStringLiteral("level"), QStringLiteral("'%1' is not an HSK level (1 to 9)").arg(m.level));
        }
        const int value = score.toInt(&ok);
        if (!ok || value < 0 || value > 300) {
            error(row, QStringLiteral("score"), QStringLiteral("'%1' is not an HSK score (0 to 300)").arg(score));
        } else {
            m.score = value;
        }
    } else if (m.kind == QLatin1String("THESIS") || m.kind == QLatin1String("INTERNSHIP")) {
        if (m.level != QLatin1String("passed") && m.level != QLatin1String("failed")) {
            error(row, QStringLiteral("level"),
                  QStringLiteral("'%1' is not an outcome for %2 (expected passed or failed)").arg(m.level, m.kind));
        }
        if (!score.isEmpty()) {
            bool ok = false;
            const int value = score.toInt(&ok);
            if (!ok || value < 0 || value > 100) {
                error(row, QStringLiteral("score"), QStringLiteral("'%1' is not a score from 0 to 100").arg(score));
            } else {
                m.score = value;
            }
        }
    } else if (!m.kind.isEmpty()) {
        error(row, QStringLiteral("kind"),
              QStringLiteral("'%1' is not a milestone (expected HSK, THESIS or INTERNSHIP)").arg(m.kind));
    }
    const QString date = required(row, QStringLiteral("date"));
    if (!date.isEmpty()) {
        const std::optional<QDate> d = FieldRules::isoDate(date, &reason);
        if (!d) {
            error(row, QStringLiteral("date"), reason);
        } else if (*d > QDate::currentDate()) {
            error(row, QStringLiteral("date"), QStringLiteral("%1 is in the future").arg(date));
        } else {
            m.date = *d;
        }
    }
    const QString key = QStringList {m.studentId, m.kind, date}.join(QLatin1Char('|'));
    if (m_seen.contains(key)) {
        error(row, QString(),
              QStringLiteral("the same milestone (student, kind, date) is also on line %1").arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());
    if (!m.date.isValid() || !m_students.value(m.studentId)) {
        return;
    }
    Error sqlError;
    const std::optional<Milestone> existing = MilestoneRepository(m_db).find(m.studentId, m.kind, m.date, &sqlError);
    const QString what = QStringLiteral("%1 %2 %3 on %4").arg(m.studentId, m.kind, m.level, date);
    if (sqlError.isSet()) {
        error(row, QString(), sqlError.message());
    } else {
        const bool same = existing && existing->level == m.level && existing->score == m.score;
        if (same || permitted(row, Permissions::Action::RecordMilestones, QString(), QStringLiteral("student_id"))) {
            plan(m_plan, existing, m, same, what);
        }
    }
}

bool MilestoneImporter::apply(Error* error)
{
    MilestoneRepository milestones(m_db);
    return m_plan.apply(milestones, error);
}

} // namespace dd
