// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/PolicySet.h"
#include "core/records/Course.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd {

class Database;

/** One or both course catalogues, credits written in each institution's notation. */
class CourseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InstitutionColumn,
        CodeColumn,
        TitleEnColumn,
        TitleNativeColumn,
        CreditsColumn,
        HoursColumn,
        CategoryColumn,
        GradingColumn,
        OfferedColumn,
        ColumnCount
    };

    explicit CourseListModel(QObject* parent = nullptr);

    void setDatabase(Database* db, const PolicySet& policies);
    /** Re-reads the courses of \a institution (empty = both) in \a category (empty = any). */
    [[nodiscard]] bool setInstitution(const QString& institution, Error* error, const QString& category = QString());
    const Course* courseAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database* m_db = nullptr;
    PolicySet m_policies;
    QList<Course> m_courses;
};

} // namespace dd
