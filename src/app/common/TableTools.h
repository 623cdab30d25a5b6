// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/files/TableFile.h"

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QMenu;
class QPrinter;
class QAbstractItemView;
class QHeaderView;

namespace dd {

class Database;

/**
 * What every list in the window offers beside its own actions: a right-click menu
 * (Open, Copy the selected rows as tab-separated text, Export the selection or the
 * whole list as CSV or .xlsx, Print Preview), Ctrl+C, and a column chooser on the
 * header's right-click menu. A list that names students is personal data: an export
 * asks to whom and why, and goes to the disclosure log with the file.
 */
class TableTools : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString name; ///< what the list is called in file names and the log ("students")
        QString title; ///< its printed title, in the reader's language (default: the name)
        int studentColumn = -1; ///< the column holding student IDs; -1 when the list names no student
        std::function<QString()> student; ///< the one student a list is about (a student's transfers), if any
        std::function<Database*()> database; ///< the database the list is read from now
        std::function<void(int row)> open; ///< what Open does with a row (none: no Open)
    };

    /**
     * Gives \a view (a QTableView, or a QTreeView whose rows are taken depth first, each
     * first cell indented by its level) the tools; they live as long as it does.
     */
    static TableTools* attach(QAbstractItemView* view, const Options& options);

    /** The whole list (every row the model has or can fetch), or the selected rows only. */
    Table table(bool selectedOnly) const;
    /** The selected rows as tab-separated text, as Copy puts them on the clipboard. */
    QString selectedText() const;
    /**
     * Writes the list (or the selection) as \a path; a list of students needs \a recipient
     * and \a purpose. False with the reason in \a error.
     */
    [[nodiscard]] bool exportTo(const QString& path, bool selectedOnly, const QString& recipient,
                                const QString& purpose, Error* error) const;
    /** The list as HTML for printing (title, header, rows). */
    QString html() const;
    void print(QPrinter* printer) const;
    /** The menu shown on a right click (tests look at it). */
    QMenu* contextMenu() const { return m_menu; }

private:
    TableTools(QAbstractItemView* view, const Options& options);
    QHeaderView* header() const;
    bool isColumnHidden(int column) const;
    void setColumnHidden(int column, bool hidden) const;
    /** Every row of the model under \a parent, depth first, with its level. */
    void collect(const QModelIndex& parent, int level, QList<QPair<QModelIndex, int>>* rows) const;
    void copy() const;
    void askAndExport(bool selectedOnly);
    void printPreview();
    void showHeaderMenu(const QPoint& at);

    QAbstractItemView* m_view;
    Options m_options;
    QMenu* m_menu;
};

} // namespace dd
