// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/courses/CourseListModel.h"

#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"

namespace dd {

CourseListModel::CourseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CourseListModel::setDatabase(Database* db, const PolicySet& policies)
{
    beginResetModel();
    m_db = db;
    m_policies = policies;
    m_courses.clear();
    endResetModel();
}

bool CourseListModel::setInstitution(const QString& institution, Error* error, const QString& category)
{
    QList<Course> courses;
    if (m_db) {
        Error readError;
        courses = CourseRepository(*m_db).all(institution, &readError);
        if (readError.isSet()) {
            *error = readError;
            return false;
        }
        if (!category.isEmpty()) {
            courses.removeIf([&category](const Course& c) { return c.category != category; });
        }
    }
    beginResetModel();
    m_courses = courses;
    endResetModel();
    return true;
}

const Course* CourseListModel::courseAt(int row) const
{
    return row >= 0 && row < m_courses.size() ? &m_courses.at(row) : nullptr;
}

int CourseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Course& c = m_courses.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == CreditsColumn || index.column() == HoursColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case InstitutionColumn:
        return c.institution;
    case CodeColumn:
        return c.code;
    case TitleEnColumn:
        return c.titleEn;
    case TitleNativeColumn:
        return c.titleTh.isEmpty() ? c.titleZh : c.titleTh;
    case CreditsColumn: {
        const InstitutionPolicy* policy = m_policies.institution(c.institution);
        return policy ? policy->formatCredits(c) : QString::number(c.creditsHalves / 2.0);
    }
    case HoursColumn:
        return tr("%1 / %2 / %3").arg(c.lectureHours).arg(c.labHours).arg(c.selfStudyHours);
    case CategoryColumn:
        return c.category;
    case GradingColumn:
        return c.grading == GradingMode::Graded ? tr("graded") : tr("pass/fail");
    case OfferedColumn:
        return c.offered.isEmpty() ? tr("all regular") : c.offered;
    default:
        return {};
    }
}

QVariant CourseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case InstitutionColumn:
        return tr("Institution");
    case CodeColumn:
        return tr("Code");
    case TitleEnColumn:
        return tr("Title");
    case TitleNativeColumn:
        return tr("Title (中文 / ไทย)");
    case CreditsColumn:
        return tr("Credits");
    case HoursColumn:
        return tr("Lecture / lab / self-study hours");
    case CategoryColumn:
        return tr("Category");
    case GradingColumn:
        return tr("Grading");
    case OfferedColumn:
        return tr("Offered");
    default:
        return {};
    }
}

} // namespace dd
