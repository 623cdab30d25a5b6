// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/AuditTreeModel.h"

#include "app/common/Translations.h"

#include "core/text/Decimal.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace dd {

namespace {

const QColor kMet(0x1b, 0x7f, 0x3b);
const QColor kInProgress(0x9a, 0x67, 0x00);
const QColor kUnmet(0x9e, 0x2a, 0x2b);

QColor statusColour(AuditResult::Status s)
{
    switch (s) {
    case AuditResult::Status::Met:
        return kMet;
    case AuditResult::Status::InProgress:
        return kInProgress;
    case AuditResult::Status::Unmet:
        return kUnmet;
    }
    return kUnmet;
}

} // namespace

AuditTreeModel::AuditTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void AuditTreeModel::setResult(const AuditResult& result)
{
    beginResetModel();
    m_result = result;
    m_children.clear();
    m_parentOf.clear();
    m_positionOf.clear();
    QHash<QString, int> rowOfId;
    for (int i = 0; i < m_result.requirements.size(); ++i) {
        rowOfId.insert(m_result.requirements.at(i).id, i);
    }
    for (int i = 0; i < m_result.requirements.size(); ++i) {
        const int parent = rowOfId.value(m_result.requirements.at(i).parent, -1);
        m_parentOf.append(parent);
        m_positionOf.append(int(m_children[parent].size()));
        m_children[parent].append(i);
    }
    endResetModel();
}

QString AuditTreeModel::labelOf(const AuditResult::Row& row)
{
    const QString language = Translations::current();
    const QString native = language == QLatin1String("zh_CN") ? row.labelZh
        : language == QLatin1String("th")                     ? row.labelTh
                                                              : QString();
    return native.isEmpty() ? row.label : native;
}

QString AuditTreeModel::exceptionKindText(const QString& kind)
{
    if (kind == QLatin1String("waive")) {
        return tr("waived");
    }
    if (kind == QLatin1String("substitute")) {
        return tr("substituted");
    }
    if (kind == QLatin1String("force-complete")) {
        return tr("completed by exception");
    }
    if (kind == QLatin1String("also-allow")) {
        return tr("also allowed");
    }
    return kind;
}

QString AuditTreeModel::statusText(AuditResult::Status status)
{
    switch (status) {
    case AuditResult::Status::Met:
        return tr("met");
    case AuditResult::Status::InProgress:
        return tr("in progress");
    case AuditResult::Status::Unmet:
        return tr("unmet");
    }
    return QString();
}

const QList<int>& AuditTreeModel::childrenOf(int parentRow) const
{
    static const QList<int> none;
    const auto it = m_children.constFind(parentRow);
    return it == m_children.cend() ? none : *it;
}

QModelIndex AuditTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const QList<int>& children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row < 0 || row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AuditTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentRow = m_parentOf.value(int(child.internalId()), -1);
    if (parentRow < 0) {
        return {};
    }
    return createIndex(m_positionOf.at(parentRow), 0, quintptr(parentRow));
}

int AuditTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int AuditTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AuditTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AuditResult::Row& r = m_result.requirements.at(int(index.internalId()));
    const bool credits = r.creditsRequiredHalves.has_value();
    switch (role) {
    case StatusRole:
        return AuditResult::statusName(r.status);
    case IdRole:
        return r.id;
    case ProgressRole:
        if (!credits) {
            return {};
        }
        return *r.creditsRequiredHalves <= 0
            ? 100
            : std::min(100, int(100LL * r.creditsAppliedHalves.value_or(0) / *r.creditsRequiredHalves));
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(QBrush(statusColour(r.status))) : QVariant();
    case Qt::DecorationRole:
        if (index.column() != RequirementColumn) {
            return {};
        }
        return QApplication::style()->standardIcon(r.status == AuditResult::Status::Met ? QStyle::SP_DialogApplyButton
                                                       : r.status == AuditResult::Status::InProgress
                                                       ? QStyle::SP_BrowserReload
                                                       : QStyle::SP_DialogCancelButton);
    case Qt::ToolTipRole:
        if (!r.exceptionKind.isEmpty()) {
            return tr("Exception (%1) approved by %2: %3")
                .arg(exceptionKindText(r.exceptionKind), r.exceptionApprovedBy, r.exceptionReason);
        }
        return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
    case Qt::TextAlignmentRole:
        return index.column() == CreditsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RequirementColumn:
        return labelOf(r);
    case StatusColumn:
        return r.exceptionKind.isEmpty() ? statusText(r.status)
                                         : tr("%1 (%2)").arg(statusText(r.status), exceptionKindText(r.exceptionKind));
    case CreditsColumn:
        return credits ? QStringLiteral("%1 / %2").arg(Decimal::formatHalves(r.creditsAppliedHalves.value_or(0)),
                                                       Decimal::formatHalves(*r.creditsRequiredHalves))
                       : QString();
    case ProgressColumn:
        return credits ? QVariant(data(index, ProgressRole).toString() + QLatin1Char('%')) : QVariant();
    case CoursesColumn: {
        QStringList courses = r.courses;
        for (const QString& c : r.inProgressCourses) {
            courses.append(tr("%1 (in progress)").arg(c));
        }
        return courses.join(QStringLiteral(", "));
    }
    case DetailColumn:
        return r.detail;
    default:
        return {};
    }
}

QVariant AuditTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RequirementColumn:
        return tr("Requirement");
    case StatusColumn:
        return tr("Status");
    case CreditsColumn:
        return tr("Credits");
    case ProgressColumn:
        return tr("Progress");
    case CoursesColumn:
        return tr("Courses applied");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace dd
