// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/PageView.h"

#include <memory>

class QSortFilterProxyModel;

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
class CoursesView : public PageView
{
    Q_OBJECT

public:
    explicit CoursesView(DatabaseSession* session, QWidget* parent = nullptr);
    ~CoursesView() override;

    /** The courses shown. */
    int shownCount() const;

    /** Opens the edit dialog of a course (\a code at \a institution), or a new one when \a code is empty. */
    CourseDialog* openCourse(const QString& institution, const QString& code);
    /** Deletes the selected course after asking; refused with the reason while records refer to it. */
    void deleteSelected();
    /** Reads the catalogue again with the filters as they are. */
    void refresh();

    void setDatabase(Database* db) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadInstitutions();
    void fillCategories();
    void applyRole();
    void afterUndo(const QString& problem);

    std::unique_ptr<Ui::CoursesView> m_ui;
    DatabaseSession* m_session;
    Database* m_db = nullptr;
    CourseListModel* m_courses = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace dd
