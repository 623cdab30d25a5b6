// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/MainWindow.h"
#include "ui_MainWindow.h"

#include "app/audit/AuditView.h"
#include "app/common/DatabaseSession.h"
#include "app/common/RoleNote.h"
#include "app/common/SaveRecordCommand.h"
#include "app/common/Translations.h"
#include "app/courses/CourseDialog.h"
#include "app/courses/CoursesView.h"
#include "app/results/ResultsEntryView.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/transcripts/TranscriptsView.h"
#include "app/transfer/CreditTransferView.h"
#include "app/window/ConnectDialog.h"
#include "app/window/DatabaseCare.h"
#include "app/window/LoginDialog.h"
#include "app/window/OfficeDialogs.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
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

    // The open database lives in the session; every view follows it.
    m_session = new DatabaseSession(this);
    m_studentsView = new StudentsView(m_session, m_ui->studentsPage);
    m_studentsView->setObjectName(QStringLiteral("studentsView"));
    m_ui->studentsLayout->addWidget(m_studentsView);
    m_coursesView = new CoursesView(m_session, m_ui->coursesPage);
    m_coursesView->setObjectName(QStringLiteral("coursesView"));
    m_ui->coursesLayout->addWidget(m_coursesView);
    connect(m_studentsView, &StudentsView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_coursesView, &CoursesView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_studentsView, &StudentsView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_coursesView, &CoursesView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    m_transferView = new CreditTransferView(m_ui->creditTransferPage);
    m_transferView->setObjectName(QStringLiteral("creditTransferView"));
    m_ui->creditTransferLayout->addWidget(m_transferView);
    followSession(m_session, m_transferView);
    m_resultsView = new ResultsEntryView(m_ui->resultsPage);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_ui->resultsLayout->addWidget(m_resultsView);
    followSession(m_session, m_resultsView);

    // Edit › Undo and Redo act on the view in front.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_studentsView->undoStack());
    m_undoGroup->addStack(m_coursesView->undoStack());
    m_undoGroup->addStack(m_resultsView->undoStack());
    m_undoGroup->addStack(m_transferView->undoStack());
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this]() {
        QWidget* page = m_ui->viewTabs->currentWidget();
        QUndoStack* active = nullptr;
        if (page == m_ui->studentsPage) {
            active = m_studentsView->undoStack();
        } else if (page == m_ui->coursesPage) {
            active = m_coursesView->undoStack();
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
    followSession(m_session, m_auditView);
    m_transcriptsView = new TranscriptsView(m_ui->transcriptsPage);
    m_transcriptsView->setObjectName(QStringLiteral("transcriptsView"));
    m_ui->transcriptsLayout->addWidget(m_transcriptsView);
    followSession(m_session, m_transcriptsView);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionConnect, &QAction::triggered, this, [this]() { connectToServer(); });
    m_care = new DatabaseCare(
        m_session, this, [this](const QString& path, Error* error) { return openDatabase(path, error); },
        [this](const QString& action) { return mayLeaveDatabase(action); });
    connect(m_care, &DatabaseCare::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_care, &DatabaseCare::standingChanged, this, [this]() {
        // What may be changed changed: the views read again what they offer, as after a login.
        m_session->actingUserHasChanged();
        updateTitle();
        updateStatus();
    });
    connect(m_ui->actionBackup, &QAction::triggered, m_care, &DatabaseCare::backup);
    connect(m_ui->actionRestore, &QAction::triggered, m_care, &DatabaseCare::restore);
    connect(m_ui->actionAdopt, &QAction::triggered, m_care, &DatabaseCare::adopt);
    connect(m_ui->actionLogIn, &QAction::triggered, this, &MainWindow::logIn);
    connect(m_ui->actionVerifyLog, &QAction::triggered, m_care, &DatabaseCare::showChangeLogCheck);
    connect(m_ui->actionSignCheckpoint, &QAction::triggered, m_care, &DatabaseCare::signCheckpointNow);
    m_ui->actionOfferCheckpoints->setChecked(DatabaseCare::offersCheckpoints());
    connect(m_ui->actionOfferCheckpoints, &QAction::toggled, this, &DatabaseCare::setOffersCheckpoints);
    connect(m_care, &DatabaseCare::checkpointStandingChanged, this, &MainWindow::updateStatus);
    m_office = new OfficeDialogs(
        m_session, this, [this] { return m_studentsView->currentStudentId(); },
        [this](const QString& action) { return m_resultsView->confirmLeave(action); });
    connect(m_office, &OfficeDialogs::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->actionInstitutionKeys, &QAction::triggered, m_office, &OfficeDialogs::institutionKeys);
    connect(m_ui->actionPartnerCertificates, &QAction::triggered, m_office, &OfficeDialogs::partnerCertificates);
    connect(m_ui->actionElmoExport, &QAction::triggered, m_office, &OfficeDialogs::exportForPartner);
    connect(m_ui->actionElmoImport, &QAction::triggered, m_office, [this] { m_office->importPartnerRecord(); });
    connect(m_ui->actionImport, &QAction::triggered, m_office, [this] { m_office->importFile(); });
    connect(m_ui->actionReports, &QAction::triggered, m_office, &OfficeDialogs::reports);
    connect(m_ui->actionUserGuide, &QAction::triggered, m_office, &OfficeDialogs::userGuide);
    connect(m_ui->actionAbout, &QAction::triggered, m_office, &OfficeDialogs::about);
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
    connect(m_ui->actionFind, &QAction::triggered, this, [this]() {
        m_ui->viewTabs->setCurrentWidget(m_ui->studentsPage);
        m_studentsView->focusSearch();
    });
    m_undoGroup->setActiveStack(m_studentsView->undoStack());
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
    m_ui->actionAdopt->setEnabled(false);
    for (QAction* a : databaseActions()) {
        a->setEnabled(false);
    }
    setAcceptDrops(true);
    updateStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session->isOpen() && !OfficeDialogs::droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = OfficeDialogs::droppedFile(event->mimeData());
    if (!m_session->isOpen() || path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // The drag's source waits until the drop returns: the dialog opens after it.
    QMetaObject::invokeMethod(
        m_office, [this, path] { m_office->importFile(path); }, Qt::QueuedConnection);
}

QList<QAction*> MainWindow::databaseActions() const
{
    return {m_ui->actionLogIn,           m_ui->actionVerifyLog,           m_ui->actionSignCheckpoint,
            m_ui->actionInstitutionKeys, m_ui->actionElmoExport,          m_ui->actionElmoImport,
            m_ui->actionReports,         m_ui->actionPartnerCertificates, m_ui->actionImport};
}

bool MainWindow::logIn()
{
    if (!m_session->isOpen()) {
        return false;
    }
    if (!mayLeaveDatabase(tr("logging in as another user"))) {
        return false;
    }
    LoginDialog login(*m_session->database(), QString(), this);
    login.setWindowModality(Qt::WindowModal);
    if (login.exec() != QDialog::Accepted) {
        return false;
    }
    QSettings().setValue(QStringLiteral("login/lastUser"), m_session->database()->session().username());
    // What the views show and offer depends on who is looking (masked details for a viewer,
    // disabled actions with their reason for a role that may not take them).
    m_session->actingUserHasChanged();
    updateStatus();
    return true;
}

MainWindow::~MainWindow()
{
    // The pages (and their undo stacks) are destroyed after this window's own part: what
    // they signal on the way out must not reach it.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    disconnect(m_ui->viewTabs, nullptr, this, nullptr);
    disconnect(m_studentsView, nullptr, this, nullptr);
    disconnect(m_coursesView, nullptr, this, nullptr);
}

QString MainWindow::databasePath() const
{
    return m_session->isOpen() ? m_session->database()->path() : QString();
}

bool MainWindow::openDatabase(const QString& path, Error* error)
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
    Error error;
    if (!useDatabase(dialog.takeDatabase(), &error)) {
        showError(tr("Cannot open the database"), error.message());
        return false;
    }
    return true;
}

bool MainWindow::useDatabase(std::unique_ptr<Database> db, Error* error)
{
    const QString path = db->path();
    const bool onServer = db->dialect() == Database::Dialect::PostgreSQL;
    if (!LoginDialog::comeIn(*db, this, error)) {
        return false;
    }
    PolicySet policies;
    if (!PolicyRepository(*db).load(&policies, error)) {
        return false;
    }
    // The views let go of the old connection and read the new one (DatabaseSession's signals).
    m_session->open(std::move(db), policies);
    for (QAction* a : databaseActions()) {
        a->setEnabled(true);
    }
    updateTitle();
    rememberDatabase(onServer ? path : QFileInfo(path).absoluteFilePath());
    updateStatus();
    return true;
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

void MainWindow::applyRole()
{
    // The data layer refuses what the role may not do; the window does not offer it.
    // On a server, copies are made by the server's administrator (pg_dump).
    const Database* db = m_session->database();
    const bool file = db->dialect() == Database::Dialect::SQLite;
    const bool mayCopy = Permissions::allows(db->session().user(), Permissions::Action::BackupRestore);
    m_ui->actionBackup->setEnabled(file && mayCopy);
    m_ui->actionRestore->setEnabled(file && mayCopy);
    m_ui->actionAdopt->setEnabled(file && mayCopy && !db->headProblem().isEmpty());
}

void MainWindow::updateStatus()
{
    const Database* db = m_session->database();
    m_ui->mainStack->setCurrentWidget(db ? m_ui->viewsPage : m_ui->welcomePage);
    if (!db) {
        m_statusLabel->setText(tr("No database open — File › Open Database or Open Demo Database"));
        return;
    }
    applyRole();
    // Acting without a password: the administrator of a single-user database, which the window says.
    const QString who = db->session().user().hasPassword
        ? tr("%1 (%2)").arg(db->session().username(), RoleNote::roleText(db->session().user().role))
        : tr("%1 (%2, single-user database: no password)")
              .arg(db->session().username(), RoleNote::roleText(db->session().user().role));
    const qint64 waiting = m_care->unsignedRows();
    const QString standing = db->isReadOnly() ? QStringLiteral("  ·  ") + tr("read-only")
        : !db->headProblem().isEmpty()        ? QStringLiteral("  ·  ") + tr("changes refused: behind its chain head")
        : waiting > 0 ? QStringLiteral("  ·  ") + tr("%n change(s) wait for a signed checkpoint", nullptr, int(waiting))
                      : QString();
    m_statusLabel->setText(tr("%n student(s) shown", nullptr, m_studentsView->matchingCount()) + QStringLiteral("  ·  ")
                           + tr("%n course(s) shown", nullptr, m_coursesView->shownCount()) + QStringLiteral("  ·  ")
                           + who + QStringLiteral("  ·  ") + QDir::toNativeSeparators(db->path()) + standing);
    // Why nothing can be saved is said where it is always in view.
    m_statusLabel->setToolTip(db->refusalReason());
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
    const Database* db = m_session->database();
    if (!db) {
        setWindowTitle(QStringLiteral("DualDegree"));
        return;
    }
    const QString path = db->path();
    const QUrl server(path);
    setWindowTitle(db->dialect() == Database::Dialect::PostgreSQL
                       ? tr("DualDegree — %1 on %2").arg(server.path().mid(1), server.host())
                       : db->isReadOnly() ? tr("DualDegree — %1 (read-only)").arg(QFileInfo(path).fileName())
                       : !db->headProblem().isEmpty()
                       ? tr("DualDegree — %1 (behind its chain head: changes refused)").arg(QFileInfo(path).fileName())
                       : tr("DualDegree — %1").arg(QFileInfo(path).fileName()));
}

bool MainWindow::mayLeaveDatabase(const QString& action)
{
    if (!m_session->isOpen()) {
        return true;
    }
    if (!m_resultsView->confirmLeave(action)) {
        return false;
    }
    m_care->offerCheckpoint(tr("Before %1").arg(action));
    return true;
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
    Error error;
    if (!openDatabase(path, &error)) {
        showError(tr("Cannot open the database"), error.message());
    }
}

void MainWindow::openDemo()
{
    if (!mayLeaveDatabase(tr("opening the demo database"))) {
        return;
    }
    const QString path = DatabaseSetup::demoDatabasePath();
    Error error;
    if (!QFileInfo::exists(path)) {
        Database db;
        QStringList log;
        if (!DatabaseSetup::createDatabase(db, path, DatabaseSetup::embeddedDataDir(), true, &log, &error)) {
            showError(tr("Cannot create the demo database"), error.message());
            return;
        }
    }
    if (!openDatabase(path, &error)) {
        showError(tr("Cannot open the demo database"), error.message());
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
    }
    if (!mayLeaveDatabase(tr("quitting"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::createDatabase(const QString& path, Error* error)
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
    Error error;
    if (!createDatabase(path, &error)) {
        showError(tr("Cannot create the database"), error.message());
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
            Error error;
            if (!mayLeaveDatabase(tr("opening another database"))) {
                return;
            }
            if (!openDatabase(path, &error)) {
                showError(tr("Cannot open the database"), error.message());
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
    // The views retranslate themselves; the title and status are set in code.
    updateUndoTexts();
    updateTitle();
    updateStatus();
}

} // namespace dd
