// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/StudentListModel.h"

#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

StudentListModel::StudentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StudentListModel::setDatabase(Database* db)
{
    beginResetModel();
    m_db = db;
    m_students.clear();
    m_total = 0;
    endResetModel();
}

bool StudentListModel::setFilter(const QString& text, int cohort, Error* error)
{
    m_text = text;
    m_cohort = cohort;
    return reload(error);
}

bool StudentListModel::reload(Error* error)
{
    QList<Student> students;
    int total = 0;
    if (m_db) {
        Error readError;
        StudentRepository repository(*m_db);
        students = repository.searchPage(m_text, m_cohort, StudentRepository::SortKey(m_sortColumn),
                                         m_order == Qt::AscendingOrder, 0, PageSize, &readError);
        total = int(students.size()) < PageSize ? int(students.size())
                                                : repository.searchCount(m_text, m_cohort, &readError);
        if (readError.isSet()) {
            *error = readError;
            return false;
        }
    }
    // No page is fetched while the reset is announced (a listener may ask for more).
    m_resetting = true;
    beginResetModel();
    m_students = students;
    m_total = total;
    endResetModel();
    m_resetting = false;
    return true;
}

bool StudentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && m_students.size() < m_total;
}

void StudentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_db) {
        return;
    }
    Error error;
    const QList<Student> page
        = StudentRepository(*m_db).searchPage(m_text, m_cohort, StudentRepository::SortKey(m_sortColumn),
                                              m_order == Qt::AscendingOrder, int(m_students.size()), PageSize, &error);
    if (error.isSet()) {
        m_total = int(m_students.size()); // no more pages until the next reload
        emit readFailed(error.message());
        return;
    }
    if (page.isEmpty()) {
        m_total = int(m_students.size()); // the data changed underneath: stop here
        return;
    }
    // Listeners of the insertion may ask for more: not until this page is in.
    m_resetting = true;
    beginInsertRows(QModelIndex(), int(m_students.size()), int(m_students.size() + page.size()) - 1);
    m_students.append(page);
    endInsertRows();
    m_resetting = false;
}

void StudentListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_order && m_total > 0)) {
        return;
    }
    m_sortColumn = column;
    m_order = order;
    Error error;
    if (!reload(&error)) {
        emit readFailed(error.message());
    }
}

QString StudentListModel::statusText(const QString& status)
{
    if (status == QLatin1String("active")) {
        return tr("active");
    }
    if (status == QLatin1String("suspended")) {
        return tr("suspended");
    }
    if (status == QLatin1String("withdrawn")) {
        return tr("withdrawn");
    }
    if (status == QLatin1String("graduated")) {
        return tr("graduated");
    }
    return status;
}

const Student* StudentListModel::studentAt(int row) const
{
    return row >= 0 && row < m_students.size() ? &m_students.at(row) : nullptr;
}

int StudentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int StudentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Student& s = m_students.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StudentIdColumn:
            return s.studentId;
        case FamilyNameColumn:
            return s.familyName;
        case GivenNameColumn:
            return s.givenName;
        case NativeNameColumn:
            return s.nameTh.isEmpty() ? s.nameZh : s.nameTh;
        case CquptNoColumn:
            return s.cquptNo;
        case RutsNoColumn:
            return s.rutsNo;
        case NationalityColumn:
            return s.nationality;
        case CohortColumn:
            return s.cohort;
        case StatusColumn:
            return statusText(s.status);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && index.column() == StatusColumn) {
        return s.status;
    }
    if (role == Qt::ToolTipRole && index.column() == NativeNameColumn && !s.nameZh.isEmpty() && !s.nameTh.isEmpty()) {
        return QStringLiteral("%1 / %2").arg(s.nameZh, s.nameTh);
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentIdColumn:
        return tr("Student ID");
    case FamilyNameColumn:
        return tr("Family name");
    case GivenNameColumn:
        return tr("Given name");
    case NativeNameColumn:
        return tr("Name (中文 / ไทย)");
    case CquptNoColumn:
        return tr("CQUPT no.");
    case RutsNoColumn:
        return tr("RUTS no.");
    case NationalityColumn:
        return tr("Nationality");
    case CohortColumn:
        return tr("Cohort");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dd
