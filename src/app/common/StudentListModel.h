// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Student.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd {

class Database;

/**
 * The students table: filtered and sorted in the database, read a page at a
 * time as the view scrolls (canFetchMore/fetchMore), so that a keystroke costs
 * one page and one count, whatever the number of students.
 */
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
    /** Re-reads the rows matching \a text and \a cohort (0 = all cohorts): the first page and the count. */
    [[nodiscard]] bool setFilter(const QString& text, int cohort, Error* error);
    /** Every student that matches, of whom rowCount() are read so far. */
    int matchingCount() const { return m_total; }
    static constexpr int PageSize = 200;
    const Student* studentAt(int row) const;
    /** A student status (active, suspended, withdrawn, graduated) in the interface language. */
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /** Sorts in the database (the order is kept while paging). */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** Reading more rows or sorting them failed; \a error says why (the rows shown stay). */
    void readFailed(const QString& error);

private:
    [[nodiscard]] bool reload(Error* error);

    Database* m_db = nullptr;
    QList<Student> m_students;
    QString m_text;
    int m_cohort = 0;
    int m_total = 0;
    bool m_resetting = false; ///< a reset or an insertion is being announced
    int m_sortColumn = StudentIdColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace dd
