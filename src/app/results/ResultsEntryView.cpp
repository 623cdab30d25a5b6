// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/results/ResultsEntryView.h"

#include "app/common/TableTools.h"
#include "ui_ResultsEntryView.h"

#include "app/common/RoleNote.h"
#include "app/common/UnsavedChanges.h"
#include "app/results/MarkSheetModel.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TermRepository.h"
#include "data/services/MarkEntryService.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace dd {

namespace {

/** One saved mark sheet; undo restores the marks (as grade changes) and removes added attempts. */
class SaveMarksCommand : public QUndoCommand
{
public:
    SaveMarksCommand(MarkEntryService& service, MarkEntryService::Saved saved, std::function<void(const QString&)> done)
        : m_service(service)
        , m_saved(std::move(saved))
        , m_done(std::move(done))
    {
        setText(
            QCoreApplication::translate("dd::ResultsEntryView", "Save %n mark(s)", nullptr, int(m_saved.after.size())));
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        Error error;
        const bool redone = m_service.redo(m_saved, &error);
        m_done(redone ? QString() : error.message());
    }

    void undo() override
    {
        Error error;
        const bool undone = m_service.undo(m_saved, &error);
        m_done(undone ? QString() : error.message());
    }

private:
    MarkEntryService& m_service;
    MarkEntryService::Saved m_saved;
    std::function<void(const QString&)> m_done;
    bool m_first = true;
};

} // namespace

ResultsEntryView::ResultsEntryView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsEntryView>())
{
    m_ui->setupUi(this);
    m_sheet = new MarkSheetModel(this);
    m_ui->markTable->setModel(m_sheet);
    TableTools::Options tools;
    tools.name = QStringLiteral("mark sheet");
    tools.title = tr("Mark sheet");
    tools.studentColumn = MarkSheetModel::StudentColumn;
    tools.database = [this] { return m_db; };
    TableTools::attach(m_ui->markTable, tools);
    m_ui->markTable->verticalHeader()->hide();
    m_ui->markTable->horizontalHeader()->setStretchLastSection(true);
    m_undo = new QUndoStack(this);

    connect(m_ui->entryInstitution, &QComboBox::currentIndexChanged, this,
            [this]() { selectionChanged(&ResultsEntryView::fillTerms); });
    connect(m_ui->entryTerm, &QComboBox::currentIndexChanged, this,
            [this]() { selectionChanged(&ResultsEntryView::fillCourses); });
    connect(m_ui->entryCourse, &QComboBox::currentIndexChanged, this,
            [this]() { selectionChanged(&ResultsEntryView::loadSheet); });
    connect(m_ui->saveMarksButton, &QPushButton::clicked, this, [this]() { saveMarks(); });
    // Keyboard entry: Ctrl+S saves while this view is shown; Enter in a mark goes on to the
    // next student's mark; Tab leaves the grid (arrows move inside it).
    auto* save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WindowShortcut);
    addAction(save);
    connect(save, &QAction::triggered, this, [this]() {
        if (auto* editor = qobject_cast<QWidget*>(QApplication::focusWidget());
            editor && m_ui->markTable->isAncestorOf(editor)) {
            m_ui->markTable->setFocus(); // commits the mark being typed first
        }
        saveMarks();
    });
    m_ui->markTable->setTabKeyNavigation(false);
    connect(m_ui->markTable->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
                // A refused mark stays where it is, to be corrected.
                const bool refused = m_markRefused;
                m_markRefused = false;
                if (hint != QAbstractItemDelegate::SubmitModelCache || refused) {
                    return;
                }
                const QModelIndex current = m_ui->markTable->currentIndex();
                const QModelIndex next = current.siblingAtRow(current.row() + 1);
                if (next.isValid()) {
                    m_ui->markTable->setCurrentIndex(next);
                    m_ui->markTable->edit(next);
                }
            });
    connect(m_ui->discardButton, &QPushButton::clicked, this, &ResultsEntryView::loadSheet);
    connect(m_ui->addMakeupButton, &QPushButton::clicked, this, [this]() { addAttempt(int(Attempt::Makeup)); });
    connect(m_ui->addRetakeButton, &QPushButton::clicked, this, [this]() { addAttempt(int(Attempt::Retake)); });
    connect(m_sheet, &MarkSheetModel::changed, this, &ResultsEntryView::updateState);
    connect(m_sheet, &MarkSheetModel::markRejected, this,
            [this](const QString& student, const QString& mark, const QString& reason) {
                m_markRefused = true;
                m_ui->entryMessage->setStyleSheet(QStringLiteral("color: #9e2a2b;"));
                m_ui->entryMessage->setText(tr("%1: “%2” is not accepted — %3").arg(student, mark, reason));
            });
    connect(m_ui->markTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsEntryView::updateState);
    updateState();
}

ResultsEntryView::~ResultsEntryView() = default;

void ResultsEntryView::setDatabase(Database* db)
{
    m_undo->clear();
    m_db = db;
    m_service.reset(db ? new MarkEntryService(*db) : nullptr);
    m_sheet->setService(m_service.get());
    m_sheet->setSheet({}, {});
    const QSignalBlocker blocker(m_ui->entryInstitution);
    m_ui->entryInstitution->clear();
    Error error;
    if (!m_service || !m_service->load(&error)) {
        if (error.isSet()) {
            showReadError(error);
        }
        fillTerms();
        return;
    }
    for (const QString& code : m_service->policies().institutionCodes()) {
        m_ui->entryInstitution->addItem(code, code);
    }
    fillTerms();
}

void ResultsEntryView::fillTerms()
{
    {
        const QSignalBlocker blocker(m_ui->entryTerm);
        m_ui->entryTerm->clear();
        if (m_db) {
            Error error;
            const QList<TermInfo> terms
                = TermRepository(*m_db).all(m_ui->entryInstitution->currentData().toString(), &error);
            for (const TermInfo& t : terms) {
                m_ui->entryTerm->addItem(t.code, t.code);
            }
            m_ui->entryTerm->setCurrentIndex(int(terms.size()) - 1); // the newest term first
            if (error.isSet()) {
                showReadError(error);
            }
        }
    }
    fillCourses();
}

void ResultsEntryView::fillCourses()
{
    {
        const QSignalBlocker blocker(m_ui->entryCourse);
        m_ui->entryCourse->clear();
        if (m_db) {
            Error error;
            const QString institution = m_ui->entryInstitution->currentData().toString();
            CourseRepository courses(*m_db);
            for (const QString& code : ResultRepository(*m_db).coursesInTerm(
                     institution, m_ui->entryTerm->currentData().toString(), &error)) {
                const std::optional<Course> c = courses.find(institution, code, &error);
                m_ui->entryCourse->addItem(c ? QStringLiteral("%1 %2").arg(code, c->titleEn) : code, code);
            }
            if (error.isSet()) {
                showReadError(error);
            }
        }
    }
    loadSheet();
}

void ResultsEntryView::selectionChanged(void (ResultsEntryView::*next)())
{
    if (!confirmLeave(tr("showing another sheet"))) {
        restoreSelection();
        return;
    }
    (this->*next)();
}

void ResultsEntryView::restoreSelection()
{
    const QSignalBlocker institutionBlocker(m_ui->entryInstitution);
    const QSignalBlocker termBlocker(m_ui->entryTerm);
    const QSignalBlocker courseBlocker(m_ui->entryCourse);
    m_ui->entryInstitution->setCurrentIndex(m_ui->entryInstitution->findData(m_shownInstitution));
    m_ui->entryTerm->setCurrentIndex(m_ui->entryTerm->findData(m_shownTerm));
    m_ui->entryCourse->setCurrentIndex(m_ui->entryCourse->findData(m_shownCourse));
}

bool ResultsEntryView::confirmLeave(const QString& action)
{
    if (!hasUnsavedMarks()) {
        return true;
    }
    const int changed = m_sheet->changedCount();
    switch (UnsavedChanges::ask(
        this,
        tr("%n typed mark(s) of %1 %2 (%3)", nullptr, changed).arg(m_shownInstitution, m_shownCourse, m_shownTerm),
        action)) {
    case UnsavedChanges::Choice::Save:
        return saveMarks();
    case UnsavedChanges::Choice::Discard:
        m_sheet->setSheet({}, {});
        updateState();
        return true;
    case UnsavedChanges::Choice::Cancel:
        break;
    }
    return false;
}

void ResultsEntryView::loadSheet()
{
    m_ui->entryMessage->clear();
    m_shownInstitution = m_ui->entryInstitution->currentData().toString();
    m_shownTerm = m_ui->entryTerm->currentData().toString();
    m_shownCourse = m_ui->entryCourse->currentData().toString();
    if (!m_db || m_ui->entryCourse->currentIndex() < 0) {
        m_sheet->setSheet({}, {});
        m_ui->scaleLabel->clear();
        return;
    }
    const QString institution = m_ui->entryInstitution->currentData().toString();
    const QString course = m_ui->entryCourse->currentData().toString();
    const QString term = m_ui->entryTerm->currentData().toString();
    Error error;
    const QList<CourseResult> results = ResultRepository(*m_db).forCourse(institution, course, term, &error);
    if (error.isSet()) {
        // An empty sheet would read as "nobody took it": say the marks could not be read instead.
        m_sheet->setSheet({}, {});
        m_ui->scaleLabel->setText(tr("The marks cannot be read: %1").arg(error.message()));
        updateState();
        return;
    }
    QHash<QString, QString> names;
    StudentRepository students(*m_db);
    for (const CourseResult& r : results) {
        if (!names.contains(r.studentId)) {
            Error nameError;
            const std::optional<Student> s = students.find(r.studentId, &nameError);
            if (nameError.isSet()) {
                names.insert(r.studentId, tr("(name cannot be read: %1)").arg(nameError.message()));
            } else if (s) {
                const QString native = s->nameZh.isEmpty() ? s->nameTh : s->nameZh;
                names.insert(
                    r.studentId,
                    QStringLiteral("%1 %2%3").arg(s->familyName.toUpper(), s->givenName,
                                                  native.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(native)));
            }
        }
    }
    m_sheet->setSheet(results, names);
    m_ui->markTable->resizeColumnsToContents();
    m_ui->markTable->setColumnWidth(MarkSheetModel::MarkColumn,
                                    std::max(120, m_ui->markTable->columnWidth(MarkSheetModel::MarkColumn)));
    updateScaleLabel();
    updateState();
}

void ResultsEntryView::updateScaleLabel()
{
    if (!m_db || m_ui->entryCourse->currentIndex() < 0) {
        m_ui->scaleLabel->clear();
        return;
    }
    const QString institution = m_ui->entryInstitution->currentData().toString();
    Error error;
    const std::optional<Course> c
        = CourseRepository(*m_db).find(institution, m_ui->entryCourse->currentData().toString(), &error);
    if (error.isSet()) {
        showReadError(error);
        return;
    }
    const bool passFail = c && c->grading == GradingMode::PassFail;
    m_ui->scaleLabel->setText(
        passFail ? tr(
            "Pass/fail course: type the institution's pass or fail mark (CQUPT P/F, RUTS S/U); empty = in progress.")
            : institution == QLatin1String("CQUPT")
            ? tr("Type marks 0–100 or a five-level word (优秀, 良好, 中等, 及格, 不及格); empty = in progress.")
            : tr("Type letters A, B+, B, C+, C, D+, D, F, or W, I; empty = in progress."));
}

void ResultsEntryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The marks typed so far stay: only the texts change.
        m_ui->retranslateUi(this);
        m_sheet->retranslate();
        updateScaleLabel();
        updateState();
    }
    QWidget::changeEvent(event);
}

bool ResultsEntryView::showSheet(const QString& institution, const QString& term, const QString& courseCode)
{
    const int i = m_ui->entryInstitution->findData(institution);
    if (i < 0) {
        return false;
    }
    m_ui->entryInstitution->setCurrentIndex(i);
    fillTerms();
    const int t = m_ui->entryTerm->findData(term);
    if (t < 0) {
        return false;
    }
    m_ui->entryTerm->setCurrentIndex(t);
    const int c = m_ui->entryCourse->findData(courseCode);
    if (c < 0) {
        return false;
    }
    m_ui->entryCourse->setCurrentIndex(c);
    loadSheet();
    return m_sheet->rowCount() > 0;
}

bool ResultsEntryView::hasUnsavedMarks() const
{
    return m_sheet->changedCount() > 0;
}

void ResultsEntryView::addAttempt(int kind)
{
    const int row = m_ui->markTable->currentIndex().row();
    const int added = m_sheet->addAttempt(row, Attempt(kind));
    if (added < 0) {
        m_ui->entryMessage->setText(tr("Choose a student first; each kind of attempt is added once per term."));
        return;
    }
    const QModelIndex mark = m_sheet->index(added, MarkSheetModel::MarkColumn);
    m_ui->markTable->setCurrentIndex(mark);
    m_ui->markTable->edit(mark);
}

bool ResultsEntryView::saveMarks(const QString& givenReason)
{
    if (!m_service || m_sheet->changedCount() == 0) {
        return false;
    }
    const QList<MarkEntryService::Entry> entries = m_sheet->entries();
    bool gradeChange = false;
    for (const MarkEntryService::Entry& e : entries) {
        gradeChange
            = gradeChange || (e.result.id != 0 && !e.result.mark.isEmpty() && e.newMark.trimmed() != e.result.mark);
    }
    QString reason = givenReason;
    if (gradeChange && reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Grade Change"),
                                       tr("Some recorded marks change. Reason for the grade change (required):"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return false;
        }
    }
    MarkEntryService::Saved saved;
    Error error;
    std::optional<CourseResult> conflict;
    if (!m_service->save(entries, reason, &saved, &error, &conflict)) {
        if (error.is(Error::Kind::Conflict) && conflict) {
            QString typed;
            for (const MarkEntryService::Entry& e : entries) {
                if (e.result.id == conflict->id) {
                    typed = e.newMark;
                }
            }
            QMessageBox::warning(
                this, tr("Changed by someone else"),
                tr("The %1 result of %2 was changed after you opened this sheet.\n\nYour mark: %3\nRecorded now: %4 (by"
                   " %5)\n\nNothing was saved; your marks are still in the sheet. Press Discard changes to see the"
                   " sheet as it is now.")
                    .arg(MarkSheetModel::attemptText(conflict->attempt), conflict->studentId,
                         typed.isEmpty() ? tr("in progress") : typed,
                         conflict->mark.isEmpty() ? tr("in progress") : conflict->mark, conflict->recordedBy));
        }
        m_ui->entryMessage->setStyleSheet(QStringLiteral("color: #9e2a2b;"));
        m_ui->entryMessage->setText(error.message());
        return false;
    }
    m_undo->push(new SaveMarksCommand(*m_service, saved, [this](const QString& problem) {
        loadSheet();
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, tr("Marks"), problem);
        }
    }));
    loadSheet();
    m_ui->entryMessage->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    m_ui->entryMessage->setText(tr("%n mark(s) saved.", nullptr, int(saved.after.size())));
    return true;
}

void ResultsEntryView::updateState()
{
    // Marks are one institution's: a role that may not enter them reads the sheet, and sees why.
    const QString institution = m_ui->entryInstitution->currentData().toString();
    const bool mayEnter
        = !m_db || institution.isEmpty() || RoleNote::allows(*m_db, Permissions::Action::EnterResults, institution);
    m_sheet->setReadOnly(!mayEnter);
    RoleNote::show(m_ui->entryRoleNote,
                   mayEnter ? QStringList()
                            : QStringList {RoleNote::refusal(*m_db, Permissions::Action::EnterResults, institution)});
    const int changed = m_sheet->changedCount();
    m_ui->saveMarksButton->setEnabled(changed > 0);
    m_ui->discardButton->setEnabled(changed > 0);
    const bool row = m_ui->markTable->currentIndex().isValid() && mayEnter;
    m_ui->addMakeupButton->setEnabled(row);
    m_ui->addRetakeButton->setEnabled(row);
    if (changed > 0) {
        m_ui->saveMarksButton->setText(tr("Save %n &mark(s)", nullptr, changed));
    } else {
        m_ui->saveMarksButton->setText(tr("Save &marks"));
    }
}

void ResultsEntryView::showReadError(const Error& error)
{
    m_ui->entryMessage->setStyleSheet(QStringLiteral("color: #9e2a2b;"));
    m_ui->entryMessage->setText(tr("The sheet cannot be read: %1").arg(error.message()));
}

} // namespace dd
