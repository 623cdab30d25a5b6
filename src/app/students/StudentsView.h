// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/PageView.h"

#include <memory>

namespace Ui {
class StudentsView;
}

namespace dd {

class Database;
class DatabaseSession;
class StudentDialog;
class StudentListModel;

/**
 * The Students page: search as you type, the cohort filter, the list paged and
 * sorted in the database, and the student dialogs opened from it. Follows the
 * window's DatabaseSession; its edits go to its own undo stack.
 */
class StudentsView : public PageView
{
    Q_OBJECT

public:
    explicit StudentsView(DatabaseSession* session, QWidget* parent = nullptr);
    ~StudentsView() override;

    /** Every student that matches the search and filter. */
    int matchingCount() const;

    /** The student of the current row (empty when none). */
    QString currentStudentId() const;
    /** Opens the detail dialog of \a studentId (window-modal); returns it. */
    StudentDialog* openStudent(const QString& studentId);
    /** Opens the dialog for a new student; returns it. */
    StudentDialog* newStudent();
    /** Deletes the selected student after asking; refused with the reason while records refer to it. */
    void deleteSelected();
    /** Puts the cursor in the search field, its text selected. */
    void focusSearch();
    /** Reads the list again with the search and filter as they are. */
    void refresh();

    void setDatabase(Database* db) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadCohorts();
    void applyRole();
    void afterUndo(const QString& problem);

    std::unique_ptr<Ui::StudentsView> m_ui;
    DatabaseSession* m_session;
    Database* m_db = nullptr;
    StudentListModel* m_students = nullptr;
};

} // namespace dd
