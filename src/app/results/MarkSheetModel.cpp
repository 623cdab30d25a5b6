// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/results/MarkSheetModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dd {

MarkSheetModel::MarkSheetModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MarkSheetModel::setSheet(const QList<CourseResult>& results, const QHash<QString, QString>& names)
{
    beginResetModel();
    m_entries.clear();
    for (const CourseResult& r : results) {
        m_entries.append({r, r.mark});
    }
    m_names = names;
    endResetModel();
    emit changed();
}

bool MarkSheetModel::isChanged(const MarkEntryService::Entry& e) const
{
    return e.result.id == 0 || e.newMark.trimmed() != e.result.mark;
}

int MarkSheetModel::changedCount() const
{
    int n = 0;
    for (const MarkEntryService::Entry& e : m_entries) {
        n += isChanged(e) ? 1 : 0;
    }
    return n;
}

QString MarkSheetModel::attemptText(Attempt attempt)
{
    switch (attempt) {
    case Attempt::Regular:
        return tr("regular");
    case Attempt::Makeup:
        return tr("make-up exam");
    case Attempt::Retake:
        return tr("retake");
    }
    return QString();
}

int MarkSheetModel::addAttempt(int row, Attempt kind)
{
    if (row < 0 || row >= m_entries.size() || m_readOnly) {
        return -1;
    }
    const CourseResult& base = m_entries.at(row).result;
    int last = row;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).result.studentId == base.studentId) {
            if (m_entries.at(i).result.attempt == kind) {
                return -1; // one attempt of a kind per term
            }
            last = i;
        }
    }
    CourseResult added = base;
    added.id = 0;
    added.attempt = kind;
    added.mark.clear();
    added.rowVersion = 0;
    beginInsertRows(QModelIndex(), last + 1, last + 1);
    m_entries.insert(last + 1, {added, QString()});
    endInsertRows();
    emit changed();
    return last + 1;
}

void MarkSheetModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int MarkSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MarkSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MarkSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MarkColumn && !m_readOnly) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

void MarkSheetModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, MarkColumn), index(int(m_entries.size()) - 1, MarkColumn));
    }
}

QVariant MarkSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MarkEntryService::Entry& e = m_entries.at(index.row());
    const bool changedRow = isChanged(e);
    if (role == Qt::FontRole && index.column() == MarkColumn && changedRow) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn) {
        return QBrush(e.result.id == 0 ? QColor(0x2e, 0x6d, 0xb4) : QColor(0x9a, 0x67, 0x00));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case StudentColumn:
        return e.result.studentId;
    case NameColumn:
        return m_names.value(e.result.studentId);
    case AttemptColumn:
        return attemptText(e.result.attempt);
    case RecordedColumn:
        return e.result.id == 0 ? QString() : e.result.mark.isEmpty() ? tr("in progress") : e.result.mark;
    case MarkColumn:
        return e.newMark;
    case ChangeColumn:
        if (!changedRow) {
            return QString();
        }
        if (e.result.id == 0) {
            return tr("new attempt");
        }
        return e.result.mark.isEmpty() ? tr("first mark") : tr("grade change");
    default:
        return {};
    }
}

bool MarkSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != MarkColumn || m_readOnly) {
        return false;
    }
    MarkEntryService::Entry& e = m_entries[index.row()];
    QString mark = value.toString().trimmed();
    if (m_service) {
        // Kept as the scale writes it ("c+" becomes "C+"), as the CSV import does.
        const QString problem = m_service->checkMark(e.result.institution, e.result.courseCode, mark, &mark);
        if (!problem.isEmpty()) {
            emit markRejected(e.result.studentId, mark, problem);
            return false;
        }
    }
    if (mark == e.newMark) {
        return true;
    }
    e.newMark = mark;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit changed();
    return true;
}

QVariant MarkSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case AttemptColumn:
        return tr("Attempt");
    case RecordedColumn:
        return tr("Recorded");
    case MarkColumn:
        return tr("Mark");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace dd
