// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/CohortAuditModel.h"

#include "app/audit/AuditPanel.h"

#include "core/text/Decimal.h"

#include <QBrush>
#include <QColor>

namespace dd {

CohortAuditModel::CohortAuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CohortAuditModel::setResults(const QList<AuditResult>& results, const QHash<QString, QString>& names)
{
    beginResetModel();
    m_results = results;
    m_names = names;
    endResetModel();
}

int CohortAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CohortAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortAuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditResult& r = m_results.at(index.row());
    const int progress
        = r.creditsRequiredHalves > 0 ? std::min(100, int(100LL * r.creditsEarnedHalves / r.creditsRequiredHalves)) : 0;
    QStringList unmet;
    for (const AuditResult::Row& row : r.requirements) {
        if (row.status != AuditResult::Status::Met) {
            unmet.append(row.id);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case GpaColumn:
            return r.gpa.isEmpty() ? -1.0 : r.gpa.toDouble();
        case CreditsColumn:
            return r.creditsEarnedHalves;
        case ProgressColumn:
            return progress;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == GraduationColumn || index.column() == DegreeColumn)) {
        const bool ok = index.column() == GraduationColumn ? r.graduationEligible : r.degreeEligible;
        return QBrush(ok ? QColor(0x1b, 0x7f, 0x3b) : QColor(0x9e, 0x2a, 0x2b));
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == GpaColumn || index.column() == CreditsColumn || index.column() == ProgressColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case StudentColumn:
        return r.studentId;
    case NameColumn:
        return m_names.value(r.studentId);
    case GpaColumn:
        return r.gpa;
    case CreditsColumn:
        return QStringLiteral("%1 / %2").arg(Decimal::formatHalves(r.creditsEarnedHalves),
                                             Decimal::formatHalves(r.creditsRequiredHalves));
    case ProgressColumn:
        return QStringLiteral("%1%").arg(progress);
    case GraduationColumn:
        return r.graduationEligible ? tr("eligible") : tr("not yet");
    case DegreeColumn:
        return r.degreeEligible ? tr("eligible") : tr("not yet");
    case HonoursColumn:
        return AuditPanel::honoursText(r.honours);
    case UnmetColumn:
        return unmet.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CohortAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case GpaColumn:
        return tr("GPA");
    case CreditsColumn:
        return tr("Credits");
    case ProgressColumn:
        return tr("Progress");
    case GraduationColumn:
        return tr("Graduation");
    case DegreeColumn:
        return tr("Degree");
    case HonoursColumn:
        return tr("Honours");
    case UnmetColumn:
        return tr("Not met yet");
    default:
        return {};
    }
}

} // namespace dd
