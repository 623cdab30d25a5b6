// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Student.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd {

class Database;

/** The students table: filtered in the database by search text and cohort. */
class StudentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudentIdColumn,
        FamilyNameColumn,
        GivenNameColumn,
        NativeNameColumn,
        CquptNoColumn,
        RutsNoColumn,
        NationalityColumn,
        CohortColumn,
        StatusColumn,
        ColumnCount
    };

    explicit StudentListModel(QObject* parent = nullptr);

    /** Shows the students of \a db (nullptr: none). */
    void setDatabase(Database* db);
    /** Re-reads the rows matching \a text and \a cohort (0 = all cohorts). */
    bool setFilter(const QString& text, int cohort, QString* error);
    const Student* studentAt(int row) const;
    /** A student status (active, suspended, withdrawn, graduated) in the interface language. */
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database* m_db = nullptr;
    QList<Student> m_students;
};

} // namespace dd
