// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/students/StudentsView.h"

#include "app/common/TableTools.h"
#include "ui_StudentsView.h"

#include "app/common/DatabaseSession.h"
#include "app/common/RoleNote.h"
#include "app/common/SaveRecordCommand.h"
#include "app/common/StudentListModel.h"
#include "app/students/StudentDialog.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QUndoStack>

namespace dd {

StudentsView::StudentsView(DatabaseSession* session, QWidget* parent)
    : PageView(parent)
    , m_ui(std::make_unique<Ui::StudentsView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->studentsLayout->setContentsMargins(0, 0, 0, 0);

    m_students = new StudentListModel(this);
    // Filtered, sorted and paged in the database: no proxy in between.
    m_ui->studentTable->setModel(m_students);
    connect(m_students, &StudentListModel::readFailed, this,
            [this](const QString& error) { showError(tr("Reading the students failed"), error); });
    m_ui->studentTable->sortByColumn(StudentListModel::StudentIdColumn, Qt::AscendingOrder);
    m_ui->studentTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->studentTable->verticalHeader()->hide();

    connect(m_ui->studentSearch, &QLineEdit::textChanged, this, &StudentsView::refresh);
    connect(m_ui->cohortFilter, &QComboBox::currentIndexChanged, this, &StudentsView::refresh);
    TableTools::Options tools;
    tools.name = QStringLiteral("students");
    tools.title = tr("Students");
    tools.studentColumn = StudentListModel::StudentIdColumn;
    tools.database = [this] { return m_db; };
    tools.open
        = [this](int row) { openStudent(m_students->index(row, StudentListModel::StudentIdColumn).data().toString()); };
    TableTools::attach(m_ui->studentTable, tools);
    // Double-click (or Enter) on a student opens the student's record.
    connect(m_ui->studentTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openStudent(m_students->index(index.row(), StudentListModel::StudentIdColumn).data().toString());
    });
    connect(m_ui->newStudentButton, &QPushButton::clicked, this, &StudentsView::newStudent);
    connect(m_ui->deleteStudentButton, &QPushButton::clicked, this, &StudentsView::deleteSelected);
    connect(m_ui->studentDetailsButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_ui->studentTable->currentIndex();
        if (current.isValid()) {
            openStudent(m_students->index(current.row(), StudentListModel::StudentIdColumn).data().toString());
        }
    });
    auto* remove = new QAction(m_ui->studentTable);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->studentTable->addAction(remove);
    connect(remove, &QAction::triggered, this, &StudentsView::deleteSelected);

    followSession(session, this);
}

StudentsView::~StudentsView() = default;

int StudentsView::matchingCount() const
{
    return m_students->matchingCount();
}

void StudentsView::setDatabase(Database* db)
{
    undoStack()->clear();
    m_db = db;
    m_students->setDatabase(db);
    if (!db) {
        return;
    }
    reloadCohorts();
    refresh();
    applyRole();
    m_ui->studentTable->resizeColumnsToContents();
}

void StudentsView::reloadCohorts()
{
    Error error;
    {
        const QSignalBlocker blocker(m_ui->cohortFilter);
        const int chosen = m_ui->cohortFilter->currentData().toInt();
        m_ui->cohortFilter->clear();
        m_ui->cohortFilter->addItem(tr("All cohorts"), 0);
        for (const int cohort : StudentRepository(*m_db).cohorts(&error)) {
            m_ui->cohortFilter->addItem(QString::number(cohort), cohort);
        }
        m_ui->cohortFilter->setCurrentIndex(std::max(0, m_ui->cohortFilter->findData(chosen)));
    }
    if (error.isSet()) {
        showError(tr("Loading the cohorts failed"), error.message());
    }
}

void StudentsView::refresh()
{
    if (!m_db) {
        return;
    }
    Error error;
    if (!m_students->setFilter(m_ui->studentSearch->text(), m_ui->cohortFilter->currentData().toInt(), &error)) {
        showError(tr("Search failed"), error.message());
    }
    emit countsChanged();
}

void StudentsView::focusSearch()
{
    m_ui->studentSearch->setFocus();
    m_ui->studentSearch->selectAll();
}

void StudentsView::applyRole()
{
    // The data layer refuses what the role may not do; the view does not offer it, and says why.
    using Permissions::Action;
    m_ui->newStudentButton->setEnabled(RoleNote::allows(*m_db, Action::EditStudents));
    m_ui->deleteStudentButton->setEnabled(RoleNote::allows(*m_db, Action::DeleteStudents));
    QStringList refusals;
    for (const Action a : {Action::EditStudents, Action::DeleteStudents}) {
        if (!RoleNote::allows(*m_db, a)) {
            refusals << RoleNote::refusal(*m_db, a);
        }
    }
    RoleNote::show(m_ui->studentsRoleNote, refusals);
}

StudentDialog* StudentsView::openStudent(const QString& studentId)
{
    if (!m_db) {
        return nullptr;
    }
    Error error;
    const std::optional<Student> s = StudentRepository(*m_db).find(studentId, &error);
    if (!s) {
        showError(tr("No such student"), !error.isSet() ? studentId : error.message());
        return nullptr;
    }
    auto* dialog = new StudentDialog(
        *m_db, undoStack(), [this](const QString& p) { afterUndo(p); }, s, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentDialog::saved, this, &StudentsView::refresh);
    dialog->open();
    return dialog;
}

StudentDialog* StudentsView::newStudent()
{
    if (!m_db) {
        return nullptr;
    }
    auto* dialog = new StudentDialog(
        *m_db, undoStack(), [this](const QString& p) { afterUndo(p); }, std::nullopt, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentDialog::saved, this, [this]() {
        reloadCohorts();
        refresh();
    });
    dialog->open();
    return dialog;
}

QString StudentsView::currentStudentId() const
{
    const QModelIndex current = m_ui->studentTable->currentIndex();
    return current.isValid() ? m_students->index(current.row(), StudentListModel::StudentIdColumn).data().toString()
                             : QString();
}

void StudentsView::deleteSelected()
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
    Error error;
    const std::optional<Student> s = repository.find(id, &error);
    StudentRepository::Holdings held;
    if (!s || !repository.holdings(*s, &held, &error)) {
        showError(tr("Delete student"), !error.isSet() ? tr("%1 no longer exists.").arg(id) : error.message());
        refresh();
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
    if (QMessageBox::question(window(), tr("Delete student"),
                              tr("Delete %1 (%2)? Edit › Undo brings it back.").arg(id, name))
        != QMessageBox::Yes) {
        return;
    }
    if (!repository.remove(*s, &error)) {
        showError(tr("Delete student"), error.message());
        refresh();
        return;
    }
    undoStack()->push(new SaveRecordCommand<Student, StudentRepository>(
        StudentRepository(*m_db),
        [](StudentRepository& r, const Student& x, Error* e) { return r.find(x.studentId, e); }, s, std::nullopt,
        tr("Delete student %1").arg(id), [this](const QString& p) { afterUndo(p); }));
    refresh();
    emit statusMessage(tr("Deleted %1.").arg(id));
}

void StudentsView::afterUndo(const QString& problem)
{
    if (!problem.isEmpty()) {
        showError(tr("Student"), problem);
    }
    refresh();
}

void StudentsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Texts set in code; the filter keeps its choice.
        if (m_ui->cohortFilter->count() > 0) {
            m_ui->cohortFilter->setItemText(0, tr("All cohorts"));
        }
        if (m_db) {
            applyRole();
            refresh();
        }
    }
    PageView::changeEvent(event);
}

} // namespace dd
