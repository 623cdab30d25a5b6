// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transfer/EquivalencyModel.h"

#include "core/transfer/TransferPlanner.h"

#include <QBrush>
#include <QColor>

namespace dd {

EquivalencyModel::EquivalencyModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EquivalencyModel::setCatalogue(const QList<Equivalency>& equivalencies, const QHash<QString, Course>& courses)
{
    beginResetModel();
    m_rows = equivalencies;
    m_courses = courses;
    endResetModel();
}

const Equivalency* EquivalencyModel::equivalencyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EquivalencyModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString EquivalencyModel::statusText(const QString& status)
{
    if (status == QLatin1String("proposed")) {
        return tr("proposed");
    }
    if (status == QLatin1String("approved")) {
        return tr("approved");
    }
    if (status == QLatin1String("rejected")) {
        return tr("rejected");
    }
    if (status == QLatin1String("retired")) {
        return tr("retired");
    }
    return status;
}

QString EquivalencyModel::titles(const QString& institution, const QStringList& codes) const
{
    QStringList parts;
    for (const QString& code : codes) {
        parts.append(m_courses.value(TransferPlanner::courseKey(institution, code)).titleEn);
    }
    return parts.join(QStringLiteral(" + "));
}

int EquivalencyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EquivalencyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EquivalencyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Equivalency& e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StatusRole:
        return e.status;
    case FromInstitutionRole:
        return e.fromInstitution;
    case ValidFromRole:
        return e.validFromCohort;
    case ValidToRole:
        return e.validToCohort;
    case SearchTextRole: {
        QStringList text = e.fromCodes + e.toCodes;
        text.append(e.blockCategory);
        for (const QString& code : e.fromCodes) {
            const Course c = m_courses.value(TransferPlanner::courseKey(e.fromInstitution, code));
            text << c.titleEn << c.titleZh << c.titleTh;
        }
        for (const QString& code : e.toCodes) {
            const Course c = m_courses.value(TransferPlanner::courseKey(e.toInstitution, code));
            text << c.titleEn << c.titleZh << c.titleTh;
        }
        text << e.note;
        return text.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (e.status == QLatin1String("approved")) {
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            }
            if (e.status == QLatin1String("rejected") || e.status == QLatin1String("retired")) {
                return QBrush(QColor(0x9e, 0x2a, 0x2b));
            }
            return QBrush(QColor(0x9a, 0x67, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        return e.note.isEmpty() ? QVariant() : QVariant(e.note);
    case Qt::TextAlignmentRole:
        return index.column() == VersionColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DirectionColumn:
        return QStringLiteral("%1 → %2").arg(e.fromInstitution, e.toInstitution);
    case FromCodesColumn:
        return e.fromCodes.join(QLatin1Char('+'));
    case FromTitlesColumn:
        return titles(e.fromInstitution, e.fromCodes);
    case TargetColumn:
        return e.toSpec();
    case TargetTitlesColumn:
        return e.isBlockCredit() ? tr("block credit in %1").arg(e.blockCategory) : titles(e.toInstitution, e.toCodes);
    case StatusColumn:
        return statusText(e.status);
    case CohortsColumn:
        return e.validToCohort > 0 ? QStringLiteral("%1–%2").arg(e.validFromCohort).arg(e.validToCohort)
                                   : QStringLiteral("%1–").arg(e.validFromCohort);
    case VersionColumn:
        return e.version;
    case DecidedByColumn:
        return e.decidedBy;
    default:
        return {};
    }
}

QVariant EquivalencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DirectionColumn:
        return tr("Direction");
    case FromCodesColumn:
        return tr("Source");
    case FromTitlesColumn:
        return tr("Source title");
    case TargetColumn:
        return tr("Target");
    case TargetTitlesColumn:
        return tr("Target title");
    case StatusColumn:
        return tr("Status");
    case CohortsColumn:
        return tr("Cohorts");
    case VersionColumn:
        return tr("Version");
    case DecidedByColumn:
        return tr("Decided by");
    default:
        return {};
    }
}

EquivalencyFilterModel::EquivalencyFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void EquivalencyFilterModel::setFromInstitution(const QString& institution)
{
    m_from = institution;
    invalidateFilter();
}

void EquivalencyFilterModel::setStatus(const QString& status)
{
    m_status = status;
    invalidateFilter();
}

void EquivalencyFilterModel::setCohort(int cohort)
{
    m_cohort = cohort;
    invalidateFilter();
}

void EquivalencyFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EquivalencyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_from.isEmpty() && i.data(EquivalencyModel::FromInstitutionRole).toString() != m_from) {
        return false;
    }
    if (!m_status.isEmpty() && i.data(EquivalencyModel::StatusRole).toString() != m_status) {
        return false;
    }
    if (m_cohort > 0) {
        const int from = i.data(EquivalencyModel::ValidFromRole).toInt();
        const int to = i.data(EquivalencyModel::ValidToRole).toInt();
        if (m_cohort < from || (to > 0 && m_cohort > to)) {
            return false;
        }
    }
    return m_text.isEmpty()
        || i.data(EquivalencyModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace dd
