// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QUndoStack;

namespace Ui {
class CoursesView;
}

namespace dd {

class CourseDialog;
class CourseListModel;
class Database;
class DatabaseSession;

/**
 * The Courses page: both institutions' catalogues, filtered by institution and
 * category, and the course dialogs opened from it. Follows the window's
 * DatabaseSession; its edits go to its own undo stack.
 */
class CoursesView : public QWidget
{
    Q_OBJECT

public:
    explicit CoursesView(DatabaseSession* session, QWidget* parent = nullptr);
    ~CoursesView() override;

    QUndoStack* undoStack() const { return m_undo; }
    /** The courses shown. */
    int shownCount() const;

    /** Opens the edit dialog of a course (\a code at \a institution), or a new one when \a code is empty. */
    CourseDialog* openCourse(const QString& institution, const QString& code);
    /** Deletes the selected course after asking; refused with the reason while records refer to it. */
    void deleteSelected();
    /** Reads the catalogue again with the filters as they are. */
    void refresh();

    /** Called by followSession(): shows \a db (nullptr: none). */
    void setDatabase(Database* db);

signals:
    /** What the status bar counts changed. */
    void countsChanged();
    /** A short message for the status bar. */
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadInstitutions();
    void fillCategories();
    void applyRole();
    void afterUndo(const QString& problem);
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::CoursesView> m_ui;
    DatabaseSession* m_session;
    Database* m_db = nullptr;
    CourseListModel* m_courses = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QUndoStack* m_undo = nullptr;
};

} // namespace dd
