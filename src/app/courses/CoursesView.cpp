// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/courses/CoursesView.h"

#include "app/common/TableTools.h"
#include "ui_CoursesView.h"

#include "app/common/DatabaseSession.h"
#include "app/common/RoleNote.h"
#include "app/common/SaveRecordCommand.h"
#include "app/courses/CourseDialog.h"
#include "app/courses/CourseListModel.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace dd {

CoursesView::CoursesView(DatabaseSession* session, QWidget* parent)
    : PageView(parent)
    , m_ui(std::make_unique<Ui::CoursesView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->coursesLayout->setContentsMargins(0, 0, 0, 0);

    m_courses = new CourseListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_courses);
    m_ui->courseTable->setModel(m_proxy);
    m_ui->courseTable->sortByColumn(CourseListModel::CodeColumn, Qt::AscendingOrder);
    m_ui->courseTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->courseTable->verticalHeader()->hide();

    TableTools::Options tools;
    tools.name = QStringLiteral("courses");
    tools.title = tr("Courses");
    tools.database = [this] { return m_db; };
    tools.open = [this](int row) {
        const QModelIndex at = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (const Course* c = m_courses->courseAt(at.row())) {
            openCourse(c->institution, c->code);
        }
    };
    TableTools::attach(m_ui->courseTable, tools);
    connect(m_ui->newCourseButton, &QPushButton::clicked, this, [this]() { openCourse(QString(), QString()); });
    connect(m_ui->courseDetailsButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_proxy->mapToSource(m_ui->courseTable->currentIndex());
        if (const Course* c = m_courses->courseAt(current.row())) {
            openCourse(c->institution, c->code);
        }
    });
    connect(m_ui->deleteCourseButton, &QPushButton::clicked, this, &CoursesView::deleteSelected);
    auto* remove = new QAction(m_ui->courseTable);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->courseTable->addAction(remove);
    connect(remove, &QAction::triggered, this, &CoursesView::deleteSelected);
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this, &CoursesView::refresh);
    connect(m_ui->institutionFilter, &QComboBox::currentIndexChanged, this, &CoursesView::fillCategories);

    followSession(session, this);
}

CoursesView::~CoursesView() = default;

int CoursesView::shownCount() const
{
    return m_courses->rowCount();
}

void CoursesView::setDatabase(Database* db)
{
    undoStack()->clear();
    m_db = db;
    m_courses->setDatabase(db, db ? m_session->policies() : PolicySet());
    if (!db) {
        return;
    }
    reloadInstitutions();
    fillCategories();
    applyRole();
}

void CoursesView::reloadInstitutions()
{
    const QSignalBlocker blocker(m_ui->institutionFilter);
    const QString chosen = m_ui->institutionFilter->currentData().toString();
    m_ui->institutionFilter->clear();
    m_ui->institutionFilter->addItem(tr("Both institutions"), QString());
    for (const QString& code : m_session->policies().institutionCodes()) {
        m_ui->institutionFilter->addItem(code, code);
    }
    m_ui->institutionFilter->setCurrentIndex(std::max(0, m_ui->institutionFilter->findData(chosen)));
}

void CoursesView::fillCategories()
{
    {
        const QSignalBlocker blocker(m_ui->categoryFilter);
        m_ui->categoryFilter->clear();
        m_ui->categoryFilter->addItem(tr("Any"), QString());
        const QString institution = m_ui->institutionFilter->currentData().toString();
        const PolicySet& policies = m_session->policies();
        for (const QString& code : policies.institutionCodes()) {
            if (!institution.isEmpty() && code != institution) {
                continue;
            }
            for (const InstitutionPolicy::Category& c : policies.institution(code)->categories()) {
                m_ui->categoryFilter->addItem(QStringLiteral("%1 — %2").arg(c.code, c.nameEn), c.code);
            }
        }
    }
    refresh();
}

void CoursesView::refresh()
{
    if (!m_db) {
        return;
    }
    Error error;
    if (!m_courses->setInstitution(m_ui->institutionFilter->currentData().toString(), &error,
                                   m_ui->categoryFilter->currentData().toString())) {
        showError(tr("Loading courses failed"), error.message());
    }
    m_ui->courseTable->resizeColumnsToContents();
    emit countsChanged();
}

void CoursesView::applyRole()
{
    // The data layer refuses what the role may not do; the view does not offer it, and says why.
    using Permissions::Action;
    const bool anyInstitution = RoleNote::allows(*m_db, Action::EditCourses, QStringLiteral("CQUPT"))
        || RoleNote::allows(*m_db, Action::EditCourses, QStringLiteral("RUTS"));
    m_ui->newCourseButton->setEnabled(anyInstitution);
    m_ui->deleteCourseButton->setEnabled(anyInstitution);
    QStringList refusals;
    for (const QString& institution : m_session->policies().institutionCodes()) {
        if (!RoleNote::allows(*m_db, Action::EditCourses, institution)) {
            refusals << RoleNote::refusal(*m_db, Action::EditCourses, institution);
        }
    }
    RoleNote::show(m_ui->coursesRoleNote, refusals);
}

CourseDialog* CoursesView::openCourse(const QString& institution, const QString& code)
{
    if (!m_db) {
        return nullptr;
    }
    std::optional<Course> course;
    if (!code.isEmpty()) {
        Error error;
        course = CourseRepository(*m_db).find(institution, code, &error);
        if (!course) {
            showError(tr("No such course"), !error.isSet() ? code : error.message());
            return nullptr;
        }
    }
    auto* dialog = new CourseDialog(
        *m_db, m_session->policies(), undoStack(), [this](const QString& problem) { afterUndo(problem); }, course,
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CourseDialog::saved, this, &CoursesView::refresh);
    dialog->open();
    return dialog;
}

void CoursesView::deleteSelected()
{
    if (!m_ui->deleteCourseButton->isEnabled()) {
        return;
    }
    const QModelIndex current = m_proxy->mapToSource(m_ui->courseTable->currentIndex());
    const Course* selected = m_courses->courseAt(current.row());
    if (!m_db || !current.isValid() || !selected) {
        return;
    }
    const QString label = selected->institution + QLatin1Char(' ') + selected->code;
    CourseRepository repository(*m_db);
    Error error;
    const std::optional<Course> c = repository.find(selected->institution, selected->code, &error);
    CourseRepository::Holdings held;
    if (!c || !repository.holdings(*c, &held, &error)) {
        showError(tr("Delete course"), !error.isSet() ? tr("%1 no longer exists.").arg(label) : error.message());
        refresh();
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
    if (QMessageBox::question(window(), tr("Delete course"),
                              tr("Delete %1 (%2)? Edit › Undo brings it back.").arg(label, c->titleEn))
        != QMessageBox::Yes) {
        return;
    }
    if (!repository.remove(*c, &error)) {
        showError(tr("Delete course"), error.message());
        refresh();
        return;
    }
    undoStack()->push(new SaveRecordCommand<Course, CourseRepository>(
        CourseRepository(*m_db),
        [](CourseRepository& r, const Course& x, Error* e) { return r.find(x.institution, x.code, e); }, c,
        std::nullopt, tr("Delete course %1").arg(label), [this](const QString& problem) { afterUndo(problem); }));
    refresh();
    emit statusMessage(tr("Deleted %1.").arg(label));
}

void CoursesView::afterUndo(const QString& problem)
{
    if (!problem.isEmpty()) {
        showError(tr("Course"), problem);
    }
    refresh();
}

void CoursesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Texts set in code; the filters keep their choice.
        if (m_ui->institutionFilter->count() > 0) {
            m_ui->institutionFilter->setItemText(0, tr("Both institutions"));
        }
        if (m_ui->categoryFilter->count() > 0) {
            m_ui->categoryFilter->setItemText(0, tr("Any"));
        }
        if (m_db) {
            applyRole();
            refresh();
        }
    }
    PageView::changeEvent(event);
}

} // namespace dd
