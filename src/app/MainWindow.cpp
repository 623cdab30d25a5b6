// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/MainWindow.h"
#include "data/backup/DatabaseBackup.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/services/Accounts.h"
#include "ui_MainWindow.h"

#include "app/AuditView.h"
#include "app/ConnectDialog.h"
#include "app/CourseDialog.h"
#include "app/CourseListModel.h"
#include "app/CreditTransferView.h"
#include "app/LoginDialog.h"
#include "app/ResultsEntryView.h"
#include "app/RoleNote.h"
#include "app/SaveRecordCommand.h"
#include "app/StudentDialog.h"
#include "app/StudentListModel.h"
#include "app/TranscriptsView.h"
#include "app/Translations.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

namespace dd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    m_students = new StudentListModel(this);
    // Filtered, sorted and paged in the database: no proxy in between.
    m_ui->studentTable->setModel(m_students);
    connect(m_students, &StudentListModel::readFailed, this,
            [this](const QString& error) { showError(tr("Reading the students failed"), error); });
    m_ui->studentTable->sortByColumn(StudentListModel::StudentIdColumn, Qt::AscendingOrder);
    m_ui->studentTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->studentTable->verticalHeader()->hide();

    m_courses = new CourseListModel(this);
    m_courseProxy = new QSortFilterProxyModel(this);
    m_courseProxy->setSourceModel(m_courses);
    m_ui->courseTable->setModel(m_courseProxy);
    m_ui->courseTable->sortByColumn(CourseListModel::CodeColumn, Qt::AscendingOrder);
    m_ui->courseTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->courseTable->verticalHeader()->hide();

    m_transferView = new CreditTransferView(m_ui->creditTransferPage);
    m_transferView->setObjectName(QStringLiteral("creditTransferView"));
    m_ui->creditTransferLayout->addWidget(m_transferView);
    m_resultsView = new ResultsEntryView(m_ui->resultsPage);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_ui->resultsLayout->addWidget(m_resultsView);

    // Edit › Undo and Redo act on the view in front.
    m_undoGroup = new QUndoGroup(this);
    m_studentsUndo = new QUndoStack(this);
    m_undoGroup->addStack(m_studentsUndo);
    m_coursesUndo = new QUndoStack(this);
    m_undoGroup->addStack(m_coursesUndo);
    m_undoGroup->addStack(m_resultsView->undoStack());
    m_undoGroup->addStack(m_transferView->undoStack());
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this]() {
        QWidget* page = m_ui->viewTabs->currentWidget();
        QUndoStack* active = nullptr;
        if (page == m_ui->studentsPage) {
            active = m_studentsUndo;
        } else if (page == m_ui->coursesPage) {
            active = m_coursesUndo;
        } else if (page == m_ui->resultsPage) {
            active = m_resultsView->undoStack();
        } else if (page == m_ui->creditTransferPage) {
            active = m_transferView->undoStack();
        }
        m_undoGroup->setActiveStack(active);
    });
    // Undo and Redo name the step in one translatable sentence, so that a translation can
    // put the mnemonic where its language does ("撤销 %1(&U)").
    auto* undo = new QAction(this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    auto* redo = new QAction(this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undo = undo;
    m_redo = redo;
    updateUndoTexts();
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);

    m_auditView = new AuditView(m_ui->auditPage);
    m_auditView->setObjectName(QStringLiteral("auditView"));
    m_ui->auditLayout->addWidget(m_auditView);
    m_transcriptsView = new TranscriptsView(m_ui->transcriptsPage);
    m_transcriptsView->setObjectName(QStringLiteral("transcriptsView"));
    m_ui->transcriptsLayout->addWidget(m_transcriptsView);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_ui->studentSearch, &QLineEdit::textChanged, this, &MainWindow::refreshStudents);
    connect(m_ui->cohortFilter, &QComboBox::currentIndexChanged, this, &MainWindow::refreshStudents);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionConnect, &QAction::triggered, this, [this]() { connectToServer(); });
    connect(m_ui->actionBackup, &QAction::triggered, this, &MainWindow::backup);
    connect(m_ui->actionRestore, &QAction::triggered, this, &MainWindow::restore);
    connect(m_ui->actionLogIn, &QAction::triggered, this, &MainWindow::logIn);
    connect(m_ui->actionVerifyLog, &QAction::triggered, this, [this]() {
        QString summary;
        const bool intact = verifyChangeLog(&summary);
        QMessageBox box(intact ? QMessageBox::Information : QMessageBox::Warning, tr("Change log"),
                        summary.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
        box.setDetailedText(summary.section(QLatin1Char('\n'), 1));
        box.setWindowModality(Qt::WindowModal);
        box.exec();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionStudents, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->studentsPage); });
    connect(m_ui->actionCourses, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->coursesPage); });
    connect(m_ui->actionCreditTransfer, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->creditTransferPage); });
    connect(m_ui->actionResults, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->resultsPage); });
    connect(m_ui->actionAudit, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->auditPage); });
    connect(m_ui->actionTranscripts, &QAction::triggered, this,
            [this]() { m_ui->viewTabs->setCurrentWidget(m_ui->transcriptsPage); });
    // Double-click (or Enter) on a student opens the student's record.
    connect(m_ui->studentTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openStudent(m_students->index(index.row(), StudentListModel::StudentIdColumn).data().toString());
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this]() {
        m_ui->viewTabs->setCurrentWidget(m_ui->studentsPage);
        m_ui->studentSearch->setFocus();
        m_ui->studentSearch->selectAll();
    });

    m_undoGroup->setActiveStack(m_studentsUndo);
    connect(m_ui->newStudentButton, &QPushButton::clicked, this, &MainWindow::newStudent);
    connect(m_ui->newCourseButton, &QPushButton::clicked, this, [this]() { openCourse(QString(), QString()); });
    connect(m_ui->courseDetailsButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_courseProxy->mapToSource(m_ui->courseTable->currentIndex());
        if (const Course* c = m_courses->courseAt(current.row())) {
            openCourse(c->institution, c->code);
        }
    });
    connect(m_ui->deleteStudentButton, &QPushButton::clicked, this, &MainWindow::deleteSelectedStudent);
    connect(m_ui->deleteCourseButton, &QPushButton::clicked, this, &MainWindow::deleteSelectedCourse);
    for (QAbstractItemView* table :
         {static_cast<QAbstractItemView*>(m_ui->studentTable), static_cast<QAbstractItemView*>(m_ui->courseTable)}) {
        auto* remove = new QAction(table);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(remove);
        connect(remove, &QAction::triggered, this,
                table == m_ui->studentTable ? &MainWindow::deleteSelectedStudent : &MainWindow::deleteSelectedCourse);
    }
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this, &MainWindow::refreshCourses);
    connect(m_ui->institutionFilter, &QComboBox::currentIndexChanged, this, &MainWindow::fillCategories);
    connect(m_ui->studentDetailsButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_ui->studentTable->currentIndex();
        if (current.isValid()) {
            openStudent(m_students->index(current.row(), StudentListModel::StudentIdColumn).data().toString());
        }
    });
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->welcomeNewButton, &QPushButton::clicked, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->welcomeOpenButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    connect(m_ui->welcomeDemoButton, &QPushButton::clicked, this, &MainWindow::openDemo);

    // Language: each named in its own script, applied at once.
    m_languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                      {QStringLiteral("th"), QStringLiteral("ไทย")}};
    for (const auto& [code, name] : languages) {
        QAction* a = m_ui->menuLanguage->addAction(name);
        a->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == Translations::current());
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code]() { setLanguage(code); });
    }

    QFont title = m_ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->welcomeTitle->setFont(title);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    fillRecentMenu();
    m_ui->actionBackup->setEnabled(false);
    m_ui->actionRestore->setEnabled(false);
    m_ui->actionLogIn->setEnabled(false);
    m_ui->actionVerifyLog->setEnabled(false);
    updateStatus();
}

bool MainWindow::logIn()
{
    if (!m_db) {
        return false;
    }
    if (!mayLeaveDatabase(tr("logging in as another user"))) {
        return false;
    }
    LoginDialog login(*m_db, QString(), this);
    login.setWindowModality(Qt::WindowModal);
    if (login.exec() != QDialog::Accepted) {
        return false;
    }
    QSettings().setValue(QStringLiteral("login/lastUser"), m_db->session().username());
    // What the views show and offer depends on who is looking (masked details for a viewer,
    // disabled actions with their reason for a role that may not take them).
    m_studentsUndo->clear();
    m_coursesUndo->clear();
    m_students->setDatabase(m_db.get());
    m_courses->setDatabase(m_db.get(), m_policies);
    m_transferView->setDatabase(m_db.get());
    m_auditView->setDatabase(m_db.get());
    m_resultsView->setDatabase(m_db.get());
    m_transcriptsView->setDatabase(m_db.get());
    reloadFilters();
    updateStatus();
    return true;
}

MainWindow::~MainWindow() = default;

QString MainWindow::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

bool MainWindow::openDatabase(const QString& path, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path, Database::OpenMode::OpenExisting, error)) {
        return false;
    }
    return useDatabase(std::move(db), error);
}

bool MainWindow::connectToServer(const QString& address, const QString& reason)
{
    if (!mayLeaveDatabase(tr("connecting to a server"))) {
        return false;
    }
    ConnectDialog dialog(
        address.isEmpty() ? QSettings().value(QStringLiteral("server/lastAddress")).toString() : address, this);
    dialog.setErrorText(reason);
    dialog.setWindowModality(Qt::WindowModal);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    QSettings().setValue(QStringLiteral("server/lastAddress"), dialog.address());
    QString error;
    if (!useDatabase(dialog.takeDatabase(), &error)) {
        showError(tr("Cannot open the database"), error);
        return false;
    }
    return true;
}

bool MainWindow::useDatabase(std::unique_ptr<Database> db, QString* error)
{
    const QString path = db->path();
    const bool onServer = db->dialect() == Database::Dialect::PostgreSQL;
    if (Accounts::loginRequired(*db)) {
        LoginDialog login(*db, QSettings().value(QStringLiteral("login/lastUser")).toString(), this);
        login.setWindowModality(Qt::WindowModal);
        if (login.exec() != QDialog::Accepted) {
            *error = tr("%1 was not opened: it requires logging in").arg(QDir::toNativeSeparators(path));
            return false;
        }
        QSettings().setValue(QStringLiteral("login/lastUser"), db->session().username());
    } else if (!DatabaseSetup::actAs(*db, DatabaseSetup::defaultAdministrator(), error)) {
        return false;
    }
    PolicySet policies;
    if (!PolicyRepository(*db).load(&policies, error)) {
        return false;
    }
    // Detach the views before the old connection goes away.
    m_students->setDatabase(nullptr);
    m_courses->setDatabase(nullptr, PolicySet());
    m_transferView->setDatabase(nullptr);
    m_auditView->setDatabase(nullptr);
    m_resultsView->setDatabase(nullptr);
    m_transcriptsView->setDatabase(nullptr);
    m_studentsUndo->clear();
    m_coursesUndo->clear();
    m_db = std::move(db);
    m_policies = policies;
    m_students->setDatabase(m_db.get());
    m_courses->setDatabase(m_db.get(), m_policies);
    m_transferView->setDatabase(m_db.get());
    m_auditView->setDatabase(m_db.get());
    m_resultsView->setDatabase(m_db.get());
    m_transcriptsView->setDatabase(m_db.get());
    m_ui->actionLogIn->setEnabled(true);
    m_ui->actionVerifyLog->setEnabled(true);
    updateTitle();
    rememberDatabase(onServer ? path : QFileInfo(path).absoluteFilePath());
    reloadFilters();
    updateStatus();
    return true;
}

void MainWindow::reloadFilters()
{
    QString error;
    {
        const QSignalBlocker blocker(m_ui->cohortFilter);
        m_ui->cohortFilter->clear();
        m_ui->cohortFilter->addItem(tr("All cohorts"), 0);
        for (const int cohort : StudentRepository(*m_db).cohorts(&error)) {
            m_ui->cohortFilter->addItem(QString::number(cohort), cohort);
        }
    }
    if (!error.isEmpty()) {
        showError(tr("Loading the cohorts failed"), error);
    }
    {
        const QSignalBlocker blocker(m_ui->institutionFilter);
        m_ui->institutionFilter->clear();
        m_ui->institutionFilter->addItem(tr("Both institutions"), QString());
        for (const QString& code : m_policies.institutionCodes()) {
            m_ui->institutionFilter->addItem(code, code);
        }
    }
    refreshStudents();
    fillCategories();
    m_ui->studentTable->resizeColumnsToContents();
}

void MainWindow::refreshStudents()
{
    QString error;
    if (!m_students->setFilter(m_ui->studentSearch->text(), m_ui->cohortFilter->currentData().toInt(), &error)) {
        showError(tr("Search failed"), error);
    }
    updateStatus();
}

void MainWindow::showView(const QString& name)
{
    if (name == QLatin1String("transfer")) {
        m_ui->viewTabs->setCurrentWidget(m_ui->creditTransferPage);
    } else if (name == QLatin1String("results")) {
        m_ui->viewTabs->setCurrentWidget(m_ui->resultsPage);
    } else if (name == QLatin1String("audit")) {
        m_ui->viewTabs->setCurrentWidget(m_ui->auditPage);
    } else if (name == QLatin1String("transcripts")) {
        m_ui->viewTabs->setCurrentWidget(m_ui->transcriptsPage);
    } else {
        m_ui->viewTabs->setCurrentWidget(name == QLatin1String("courses") ? m_ui->coursesPage : m_ui->studentsPage);
    }
}

void MainWindow::refreshCourses()
{
    QString error;
    if (!m_courses->setInstitution(m_ui->institutionFilter->currentData().toString(), &error,
                                   m_ui->categoryFilter->currentData().toString())) {
        showError(tr("Loading courses failed"), error);
    }
    m_ui->courseTable->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::applyRole()
{
    // The data layer refuses what the role may not do; the window does not offer it.
    using Permissions::Action;
    const User& user = m_db->session().user();
    const bool anyInstitution = Permissions::allows(user, Action::EditCourses, QStringLiteral("CQUPT"))
        || Permissions::allows(user, Action::EditCourses, QStringLiteral("RUTS"));
    m_ui->newStudentButton->setEnabled(Permissions::allows(user, Action::EditStudents));
    m_ui->deleteStudentButton->setEnabled(Permissions::allows(user, Action::DeleteStudents));
    m_ui->newCourseButton->setEnabled(anyInstitution);
    m_ui->deleteCourseButton->setEnabled(anyInstitution);
    // What is disabled says why, next to it.
    QStringList students;
    for (const Action a : {Action::EditStudents, Action::DeleteStudents}) {
        if (!Permissions::allows(user, a)) {
            students << Permissions::refusal(user, a);
        }
    }
    RoleNote::show(m_ui->studentsRoleNote, students);
    QStringList courses;
    for (const QString& institution : m_policies.institutionCodes()) {
        if (!Permissions::allows(user, Action::EditCourses, institution)) {
            courses << Permissions::refusal(user, Action::EditCourses, institution);
        }
    }
    RoleNote::show(m_ui->coursesRoleNote, courses);
    // On a server, copies are made by the server's administrator (pg_dump).
    const bool file = m_db->dialect() == Database::Dialect::SQLite;
    m_ui->actionBackup->setEnabled(file && Permissions::allows(user, Action::BackupRestore));
    m_ui->actionRestore->setEnabled(file && Permissions::allows(user, Action::BackupRestore));
}

void MainWindow::updateStatus()
{
    m_ui->mainStack->setCurrentWidget(m_db ? m_ui->viewsPage : m_ui->welcomePage);
    if (!m_db) {
        m_statusLabel->setText(tr("No database open — File › Open Database or Open Demo Database"));
        return;
    }
    applyRole();
    m_statusLabel->setText(
        tr("%n student(s) shown", nullptr, m_students->matchingCount()) + QStringLiteral("  ·  ")
        + tr("%n course(s) shown", nullptr, m_courses->rowCount()) + QStringLiteral("  ·  ")
        + tr("%1 (%2)").arg(m_db->session().username(), RoleNote::roleText(m_db->session().user().role))
        + QStringLiteral("  ·  ") + QDir::toNativeSeparators(m_db->path()));
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(QStringLiteral("DualDegree"));
        return;
    }
    const QString path = m_db->path();
    const QUrl server(path);
    setWindowTitle(m_db->dialect() == Database::Dialect::PostgreSQL
                       ? tr("DualDegree — %1 on %2").arg(server.path().mid(1), server.host())
                       : tr("DualDegree — %1").arg(QFileInfo(path).fileName()));
}

bool MainWindow::mayLeaveDatabase(const QString& action)
{
    return !m_db || m_resultsView->confirmLeave(action);
}

void MainWindow::chooseDatabase()
{
    if (!mayLeaveDatabase(tr("opening another database"))) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      QFileInfo(DatabaseSetup::defaultDatabasePath()).absolutePath(),
                                                      tr("DualDegree databases (*.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openDatabase(path, &error)) {
        showError(tr("Cannot open the database"), error);
    }
}

void MainWindow::openDemo()
{
    if (!mayLeaveDatabase(tr("opening the demo database"))) {
        return;
    }
    const QString path = DatabaseSetup::demoDatabasePath();
    QString error;
    if (!QFileInfo::exists(path)) {
        Database db;
        QStringList log;
        if (!DatabaseSetup::createDatabase(db, path, DatabaseSetup::embeddedDataDir(), true, &log, &error)) {
            showError(tr("Cannot create the demo database"), error);
            return;
        }
    }
    if (!openDatabase(path, &error)) {
        showError(tr("Cannot open the demo database"), error);
    }
}

bool MainWindow::verifyChangeLog(QString* summary)
{
    if (!m_db) {
        *summary = tr("No database is open.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ChangeLogReport report;
    QString error;
    const bool checked = ChangeLogVerifier::verify(*m_db, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        *summary = tr("The change log could not be checked: %1").arg(error);
        return false;
    }
    QStringList lines;
    if (report.intact()) {
        lines << tr("The change log is complete and unaltered: %n row(s).", nullptr, int(report.rows));
    } else {
        lines << tr("The change log fails its check: %n problem(s). The first: %1", nullptr,
                    int(report.problems.size()))
                     .arg(report.problems.first().toString());
    }
    for (const ChangeLogProblem& p : std::as_const(report.problems)) {
        lines << p.toString();
    }
    lines << report.notes;
    if (report.intact()) {
        lines << tr("Last row %1, sealed %2").arg(report.lastSeq).arg(report.lastHash);
    }
    *summary = lines.join(QLatin1Char('\n'));
    return report.intact();
}

void MainWindow::backup()
{
    if (!m_db) {
        return;
    }
    const QString suggested = QStringLiteral("%1-%2.db")
                                  .arg(QFileInfo(m_db->path()).completeBaseName(),
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString target
        = QFileDialog::getSaveFileName(this, tr("Backup"), QFileInfo(m_db->path()).absoluteDir().filePath(suggested),
                                       tr("DualDegree databases (*.db)"));
    if (target.isEmpty()) {
        return;
    }
    QString error;
    if (!DatabaseBackup::backupTo(*m_db, target, &error)) {
        showError(tr("Backup failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1 and verified").arg(QDir::toNativeSeparators(target)), 8000);
}

bool MainWindow::restoreFrom(const QString& copy, QString* error)
{
    if (!m_db) {
        *error = tr("No database is open.");
        return false;
    }
    if (!m_db->session().permits(Permissions::Action::BackupRestore, error)) {
        return false;
    }
    if (!mayLeaveDatabase(tr("restoring from a copy"))) {
        *error = tr("Save or discard the marks being entered first.");
        return false;
    }
    const QString target = m_db->path();
    // The file is replaced: every view lets go of it first, and it is opened again afterwards.
    m_students->setDatabase(nullptr);
    m_courses->setDatabase(nullptr, PolicySet());
    m_transferView->setDatabase(nullptr);
    m_auditView->setDatabase(nullptr);
    m_resultsView->setDatabase(nullptr);
    m_transcriptsView->setDatabase(nullptr);
    m_studentsUndo->clear();
    m_coursesUndo->clear();
    m_db.reset();
    QString previous;
    const bool restored = DatabaseBackup::restore(copy, target, &previous, error);
    QString reopenError;
    if (!openDatabase(target, &reopenError)) {
        *error = restored ? reopenError : *error + QLatin1Char('\n') + reopenError;
        return false;
    }
    if (!restored) {
        return false;
    }
    statusBar()->showMessage(tr("Restored from %1; the database as it was is kept as %2")
                                 .arg(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(previous)),
                             10000);
    return true;
}

void MainWindow::restore()
{
    if (!m_db) {
        return;
    }
    const QString copy = QFileDialog::getOpenFileName(
        this, tr("Restore from a copy"), DatabaseBackup::folder(m_db->path()), tr("DualDegree databases (*.db)"));
    if (copy.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Restore from a copy"),
                              tr("Replace %1 by the copy %2? The database as it is now is kept as a copy first.")
                                  .arg(QDir::toNativeSeparators(m_db->path()), QDir::toNativeSeparators(copy)))
        != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!restoreFrom(copy, &error)) {
        showError(tr("Restore failed"), error);
    }
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_resultsView->hasUnsavedMarks()) {
        m_ui->viewTabs->setCurrentWidget(m_ui->resultsPage);
        if (!mayLeaveDatabase(tr("quitting"))) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

StudentDialog* MainWindow::openStudent(const QString& studentId)
{
    if (!m_db) {
        return nullptr;
    }
    QString error;
    const std::optional<Student> s = StudentRepository(*m_db).find(studentId, &error);
    if (!s) {
        showError(tr("No such student"), error.isEmpty() ? studentId : error);
        return nullptr;
    }
    auto* dialog = new StudentDialog(
        *m_db, m_studentsUndo, [this](const QString& p) { afterStudentUndo(p); }, s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentDialog::saved, this, &MainWindow::refreshStudents);
    dialog->open();
    return dialog;
}

void MainWindow::deleteSelectedStudent()
{
    if (!m_ui->deleteStudentButton->isEnabled()) {
        return;
    }
    const QModelIndex current = m_ui->studentTable->currentIndex();
    if (!m_db || !current.isValid()) {
        return;
    }
    const QString id = m_students->index(current.row(), StudentListModel::StudentIdColumn).data().toString();
    StudentRepository repository(*m_db);
    QString error;
    const std::optional<Student> s = repository.find(id, &error);
    StudentRepository::Holdings held;
    if (!s || !repository.holdings(*s, &held, &error)) {
        showError(tr("Delete student"), error.isEmpty() ? tr("%1 no longer exists.").arg(id) : error);
        refreshStudents();
        return;
    }
    if (held.any()) {
        showError(tr("Delete student"),
                  tr("%1 cannot be deleted: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts"
                     " refer to the student. A student who has left keeps the record: set the status instead.")
                      .arg(id)
                      .arg(held.results)
                      .arg(held.transfers)
                      .arg(held.exceptions)
                      .arg(held.milestones)
                      .arg(held.transcripts));
        return;
    }
    const QString name = s->familyName + QLatin1Char(' ') + s->givenName;
    if (QMessageBox::question(this, tr("Delete student"),
                              tr("Delete %1 (%2)? Edit › Undo brings it back.").arg(id, name))
        != QMessageBox::Yes) {
        return;
    }
    bool conflict = false;
    if (!repository.remove(*s, &error, &conflict)) {
        showError(tr("Delete student"), error);
        refreshStudents();
        return;
    }
    m_studentsUndo->push(new SaveRecordCommand<Student, StudentRepository>(
        StudentRepository(*m_db),
        [](StudentRepository& r, const Student& x, QString* e) { return r.find(x.studentId, e); }, s, std::nullopt,
        tr("Delete student %1").arg(id), [this](const QString& p) { afterStudentUndo(p); }));
    refreshStudents();
    statusBar()->showMessage(tr("Deleted %1.").arg(id), 5000);
}

void MainWindow::deleteSelectedCourse()
{
    if (!m_ui->deleteCourseButton->isEnabled()) {
        return;
    }
    const QModelIndex current = m_courseProxy->mapToSource(m_ui->courseTable->currentIndex());
    const Course* selected = m_courses->courseAt(current.row());
    if (!m_db || !current.isValid() || !selected) {
        return;
    }
    const QString label = selected->institution + QLatin1Char(' ') + selected->code;
    CourseRepository repository(*m_db);
    QString error;
    const std::optional<Course> c = repository.find(selected->institution, selected->code, &error);
    CourseRepository::Holdings held;
    if (!c || !repository.holdings(*c, &held, &error)) {
        showError(tr("Delete course"), error.isEmpty() ? tr("%1 no longer exists.").arg(label) : error);
        refreshCourses();
        return;
    }
    if (held.any()) {
        showError(tr("Delete course"),
                  tr("%1 cannot be deleted: %2 results, %3 equivalency versions, %4 transfers and %5 exceptions refer"
                     " to it.")
                      .arg(label)
                      .arg(held.results)
                      .arg(held.equivalencies)
                      .arg(held.transfers)
                      .arg(held.exceptions));
        return;
    }
    if (QMessageBox::question(this, tr("Delete course"),
                              tr("Delete %1 (%2)? Edit › Undo brings it back.").arg(label, c->titleEn))
        != QMessageBox::Yes) {
        return;
    }
    if (!repository.remove(*c, &error)) {
        showError(tr("Delete course"), error);
        refreshCourses();
        return;
    }
    m_coursesUndo->push(new SaveRecordCommand<Course, CourseRepository>(
        CourseRepository(*m_db),
        [](CourseRepository& r, const Course& x, QString* e) { return r.find(x.institution, x.code, e); }, c,
        std::nullopt, tr("Delete course %1").arg(label),
        [this](const QString& problem) {
            if (!problem.isEmpty()) {
                showError(tr("Course"), problem);
            }
            refreshCourses();
        }));
    refreshCourses();
    statusBar()->showMessage(tr("Deleted %1.").arg(label), 5000);
}

void MainWindow::afterStudentUndo(const QString& problem)
{
    if (!problem.isEmpty()) {
        showError(tr("Student"), problem);
    }
    refreshStudents();
}

void MainWindow::fillCategories()
{
    {
        const QSignalBlocker blocker(m_ui->categoryFilter);
        m_ui->categoryFilter->clear();
        m_ui->categoryFilter->addItem(tr("Any"), QString());
        const QString institution = m_ui->institutionFilter->currentData().toString();
        for (const QString& code : m_policies.institutionCodes()) {
            if (!institution.isEmpty() && code != institution) {
                continue;
            }
            for (const InstitutionPolicy::Category& c : m_policies.institution(code)->categories()) {
                m_ui->categoryFilter->addItem(QStringLiteral("%1 — %2").arg(c.code, c.nameEn), c.code);
            }
        }
    }
    refreshCourses();
}

CourseDialog* MainWindow::openCourse(const QString& institution, const QString& code)
{
    if (!m_db) {
        return nullptr;
    }
    std::optional<Course> course;
    if (!code.isEmpty()) {
        QString error;
        course = CourseRepository(*m_db).find(institution, code, &error);
        if (!course) {
            showError(tr("No such course"), error.isEmpty() ? code : error);
            return nullptr;
        }
    }
    auto* dialog = new CourseDialog(
        *m_db, m_policies, m_coursesUndo,
        [this](const QString& problem) {
            if (!problem.isEmpty()) {
                showError(tr("Course"), problem);
            }
            refreshCourses();
        },
        course, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CourseDialog::saved, this, &MainWindow::refreshCourses);
    dialog->open();
    return dialog;
}

StudentDialog* MainWindow::newStudent()
{
    if (!m_db) {
        return nullptr;
    }
    auto* dialog = new StudentDialog(
        *m_db, m_studentsUndo, [this](const QString& p) { afterStudentUndo(p); }, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentDialog::saved, this, [this]() {
        refreshStudents();
        reloadFilters();
    });
    dialog->open();
    return dialog;
}

bool MainWindow::createDatabase(const QString& path, QString* error)
{
    Database db;
    QStringList log;
    if (!DatabaseSetup::createDatabase(db, path, DatabaseSetup::embeddedDataDir(), false, &log, error)) {
        return false;
    }
    db.close();
    return openDatabase(path, error);
}

void MainWindow::chooseNewDatabase()
{
    if (!mayLeaveDatabase(tr("creating a new database"))) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                QFileInfo(DatabaseSetup::defaultDatabasePath()).absolutePath(),
                                                tr("DualDegree databases (*.db)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".db"))) {
        path += QStringLiteral(".db");
    }
    QString error;
    if (!createDatabase(path, &error)) {
        showError(tr("Cannot create the database"), error);
    }
}

QStringList MainWindow::recentDatabases() const
{
    return QSettings().value(QStringLiteral("recentDatabases")).toStringList();
}

void MainWindow::rememberDatabase(const QString& path)
{
    QSettings settings;
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    settings.setValue(QStringLiteral("lastDatabase"), path);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = recentDatabases();
    for (const QString& path : recent) {
        if (Database::isServerAddress(path)) {
            // A server asks for the password again.
            QAction* a = m_ui->menuRecent->addAction(path);
            connect(a, &QAction::triggered, this, [this, path]() { connectToServer(path); });
            continue;
        }
        QAction* a = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path]() {
            QString error;
            if (!mayLeaveDatabase(tr("opening another database"))) {
                return;
            }
            if (!openDatabase(path, &error)) {
                showError(tr("Cannot open the database"), error);
            }
        });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString& language)
{
    const QString installed = Translations::install(language);
    // Delivered now rather than on the next turn of the event loop: every open view retranslates itself.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QSettings().setValue(QStringLiteral("language"), installed);
    for (QAction* a : m_languages->actions()) {
        a->setChecked(a->data().toString() == installed);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    // Texts set in code; the filters keep their choice.
    if (m_ui->cohortFilter->count() > 0) {
        m_ui->cohortFilter->setItemText(0, tr("All cohorts"));
    }
    if (m_ui->institutionFilter->count() > 0) {
        m_ui->institutionFilter->setItemText(0, tr("Both institutions"));
    }
    if (m_ui->categoryFilter->count() > 0) {
        m_ui->categoryFilter->setItemText(0, tr("Any"));
    }
    updateUndoTexts();
    if (m_db) {
        updateTitle();
        refreshStudents();
        refreshCourses();
    }
    updateStatus();
}

} // namespace dd
