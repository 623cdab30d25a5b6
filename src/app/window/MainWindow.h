// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QUndoGroup;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace dd {

class AuditView;
class CoursesView;
class CreditTransferView;
class DatabaseCare;
class OfficeDialogs;
class DatabaseSession;
class StudentsView;
class ResultsEntryView;
class TranscriptsView;
class CourseDialog;
class StudentDialog;
class Database;

/** The main window: the open database, its students and course catalogues. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens \a path (which must be a DualDegree database) and shows it. */
    [[nodiscard]] bool openDatabase(const QString& path, Error* error);
    /**
     * File › Connect to Server: asks for the server, database, user and password
     * (fields filled from \a address, else from the last server; \a reason says
     * why an earlier attempt failed) and shows that database. False when
     * cancelled. The password is never remembered.
     */
    bool connectToServer(const QString& address = QString(), const QString& reason = QString());
    /** Shows \a db, opened already: logs in where required, then every view reads it. */
    [[nodiscard]] bool useDatabase(std::unique_ptr<Database> db, Error* error);
    QString databasePath() const;
    /** Opens the demo database, creating it from the built-in data on first use. */
    void openDemo();
    /** Creates an empty database (regulations loaded, local administrator) at \a path and opens it. */
    [[nodiscard]] bool createDatabase(const QString& path, Error* error);
    /** Switches the interface to \a language (en, zh_CN, th) at once, keeping what is on screen; remembered. */
    void setLanguage(const QString& language);
    /**
     * Asks for a user name and password and logs in to the open database as that user;
     * the views are read again with what that user may see. False when cancelled.
     */
    bool logIn();
    /** Backup, restore, the change log's check and adoption of the open database file. */
    DatabaseCare* databaseCare() const { return m_care; }
    /** The databases opened lately, newest first (remembered across runs). */
    QStringList recentDatabases() const;
    /** Brings the view called \a name (students, courses, results, transfer, audit, transcripts) to the front. */
    void showView(const QString& name);
    StudentsView* studentsView() const { return m_studentsView; }
    CoursesView* coursesView() const { return m_coursesView; }
    /** The Credit transfer view, for deep links (a student's transfers, one equivalency). */
    CreditTransferView* creditTransferView() const { return m_transferView; }
    AuditView* auditView() const { return m_auditView; }
    ResultsEntryView* resultsView() const { return m_resultsView; }
    TranscriptsView* transcriptsView() const { return m_transcriptsView; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    /** A CSV list or an ELMO record dropped onto the window is imported through File › Import. */
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /** Before the open database is left for \a action: typed marks are saved or discarded, or false. */
    bool mayLeaveDatabase(const QString& action);
    void chooseDatabase();
    void chooseNewDatabase();
    void rememberDatabase(const QString& path);
    void fillRecentMenu();
    void retranslate();
    /** "Undo Save 3 marks", "撤销 保存 3 条成绩(&U)": the step named in one translated sentence. */
    void updateUndoTexts();
    /** The window title: the database file, or the database and server. */
    void updateTitle();
    void updateStatus();
    /** Enables what the acting user's role may do. */
    void applyRole();
    /** The actions that need an open database (enabled once one is open). */
    QList<QAction*> databaseActions() const;
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession* m_session = nullptr;
    DatabaseCare* m_care = nullptr;
    OfficeDialogs* m_office = nullptr;
    StudentsView* m_studentsView = nullptr;
    CoursesView* m_coursesView = nullptr;
    QLabel* m_statusLabel = nullptr;
    CreditTransferView* m_transferView = nullptr;
    AuditView* m_auditView = nullptr;
    ResultsEntryView* m_resultsView = nullptr;
    TranscriptsView* m_transcriptsView = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QActionGroup* m_languages = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace dd
