// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/plan/PlanView.h"
#include "ui_PlanView.h"

#include "app/common/TableTools.h"
#include "app/common/Translations.h"
#include "app/plan/PlanTermList.h"
#include "core/plan/DegreePlanner.h"
#include "core/plan/PlanRunner.h"
#include "core/policy/PolicySet.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/services/PlanService.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dd {

namespace {

const QColor kProblem(0x9e, 0x2a, 0x2b);
const QColor kNote(0x8a, 0x5a, 0x00);

} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanView>())
{
    m_ui->setupUi(this);
    m_table = new QStandardItemModel(this);
    m_ui->planTable->setModel(m_table);
    m_ui->planTable->verticalHeader()->hide();
    m_ui->planTable->horizontalHeader()->setStretchLastSection(true);
    TableTools::Options tools;
    tools.name = QStringLiteral("plan");
    tools.title = tr("Plan to both degrees");
    tools.student = [this] { return m_studentId; };
    tools.database = [this] { return m_db; };
    m_tools = TableTools::attach(m_ui->planTable, tools);
    m_ui->planSplitter->setStretchFactor(0, 3);
    m_ui->planSplitter->setStretchFactor(1, 1);
    m_ui->planSplitter->setSizes({520, 200});
    m_ui->detailSplitter->setSizes({400, 700});
    connect(m_ui->planButton, &QPushButton::clicked, this, &PlanView::planTyped);
    connect(m_ui->planStudentEdit, &QLineEdit::returnPressed, this, &PlanView::planTyped);
    connect(m_ui->assumeEdit, &QLineEdit::returnPressed, this, &PlanView::planTyped);
    auto trigger = [this](const char* name) {
        if (QAction* a = m_tools->contextMenu()->findChild<QAction*>(QString::fromLatin1(name))) {
            a->trigger();
        }
    };
    connect(m_ui->exportPlanButton, &QPushButton::clicked, this, [trigger] { trigger("tableExportAll"); });
    connect(m_ui->printPlanButton, &QPushButton::clicked, this, [trigger] { trigger("tablePrint"); });
    render();
}

PlanView::~PlanView() = default;

void PlanView::setDatabase(Database* db)
{
    m_db = db;
    m_service.reset(db ? new PlanService(*db) : nullptr);
    m_input.reset();
    m_schedule.clear();
    m_plan = DegreePlan();
    m_studentId.clear();
    Error error;
    if (m_service && !m_service->load(&error)) {
        m_service.reset();
        m_ui->planSummary->setText(error.message());
    }
    QStringList assumed;
    if (m_service) {
        for (const QString& code : m_service->policies().institutionCodes()) {
            assumed << QStringLiteral("%1=%2").arg(code, m_service->policies().institution(code)->plannedGrade());
        }
    }
    m_ui->assumeEdit->setPlaceholderText(assumed.join(QStringLiteral(", ")));
    render();
}

void PlanView::planTyped()
{
    showStudent(m_ui->planStudentEdit->text().trimmed());
}

bool PlanView::showStudent(const QString& studentId)
{
    if (!m_service || studentId.isEmpty()) {
        return false;
    }
    if (m_ui->planStudentEdit->text().trimmed() != studentId) {
        m_ui->planStudentEdit->setText(studentId);
    }
    PlanService::Options options;
    QString problem;
    Error error;
    auto input = std::make_unique<PlanInput>();
    if (!m_service->parseAssume(m_ui->assumeEdit->text(), &options.assumed, &problem)
        || !m_service->inputFor(studentId, options, input.get(), &error)) {
        m_input.reset();
        m_schedule.clear();
        m_plan = DegreePlan();
        m_studentId.clear();
        render();
        m_ui->planSummary->setText(problem.isEmpty() ? error.message() : problem);
        return false;
    }
    m_input = std::move(input);
    m_studentId = studentId;
    m_plan = DegreePlanner(*m_input).plan();
    QStringList unused;
    m_schedule = PlanRunner(*m_input).termsAhead(&unused);
    for (const PlanTerm& planned : std::as_const(m_plan.terms)) {
        for (PlanTerm& t : m_schedule) {
            if (t.institution == planned.institution && t.ordinal() == planned.ordinal()) {
                t.courses = planned.courses;
                t.creditsHalves = planned.creditsHalves;
            }
        }
    }
    render();
    return m_plan.reachable();
}

bool PlanView::moveCourse(const QString& institution, const QString& code, int toTerm)
{
    if (!m_input || toTerm < 0 || toTerm >= m_schedule.size() || m_schedule.at(toTerm).institution != institution
        || m_schedule.at(toTerm).underway) {
        return false;
    }
    const PlanRunner runner(*m_input);
    for (PlanTerm& from : m_schedule) {
        if (from.institution == institution && !from.underway && from.courses.removeOne(code)) {
            from.creditsHalves -= runner.creditsOf(institution, code);
            PlanTerm& to = m_schedule[toTerm];
            to.courses.append(code);
            to.creditsHalves += runner.creditsOf(institution, code);
            m_plan = DegreePlanner(*m_input).recheck(m_schedule);
            render();
            return true;
        }
    }
    return false;
}

QString PlanView::courseTitle(const QString& institution, const QString& code) const
{
    const Course c = m_service ? m_service->courses().value(TransferPlanner::courseKey(institution, code)) : Course();
    const QString language = Translations::current();
    const QString native = language == QLatin1String("zh_CN") ? c.titleZh
        : language == QLatin1String("th")                     ? c.titleTh
                                                              : QString();
    return native.isEmpty() ? c.titleEn : native;
}

QString PlanView::requirementNames(const QString& institution, const QString& code) const
{
    const QString language = Translations::current();
    QStringList names;
    for (const QString& fill : m_plan.fills.value(TransferPlanner::courseKey(institution, code))) {
        const QString at = fill.section(QLatin1Char(' '), 0, 0);
        const QString id = fill.section(QLatin1Char(' '), 1);
        for (const AuditResult::Row& row : m_plan.audits.value(at).requirements) {
            if (row.id == id) {
                const QString label = language == QLatin1String("zh_CN") && !row.labelZh.isEmpty() ? row.labelZh
                    : language == QLatin1String("th") && !row.labelTh.isEmpty()                    ? row.labelTh
                                                                                                   : row.label;
                names << QStringLiteral("%1 %2").arg(at, label);
            }
        }
    }
    return names.join(QStringLiteral(" · "));
}

QString PlanView::termTitle(const PlanTerm& t) const
{
    const QString kind = t.regular ? tr("semester %1").arg(t.semester) : tr("summer term");
    return tr("%1 %2 (%3, year %4)\n%5 of at most %6 credits")
        .arg(t.institution, t.term, kind)
        .arg(t.yearOfStudy)
        .arg(Decimal::formatHalves(t.creditsHalves), Decimal::formatHalves(t.maxHalves));
}

void PlanView::render()
{
    qDeleteAll(m_ui->termsContainer->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_lists.clear();
    m_ui->problemList->clear();
    const bool any = m_input != nullptr;
    m_ui->exportPlanButton->setEnabled(any);
    m_ui->printPlanButton->setEnabled(any);
    if (!any) {
        m_ui->planSummary->setText(tr("Type a student's id and press Plan: the terms and courses that give both degrees"
                                      " soonest."));
        renderTable();
        return;
    }
    QPalette summary = m_ui->planSummary->palette();
    summary.setColor(QPalette::WindowText, m_plan.reachable() ? palette().color(QPalette::WindowText) : kProblem);
    m_ui->planSummary->setPalette(summary);
    if (m_plan.reachable() && m_plan.terms.isEmpty()) {
        m_ui->planSummary->setText(tr("%1 meets both programmes already.").arg(m_studentId));
    } else if (m_plan.reachable()) {
        m_ui->planSummary->setText(
            tr("%1: both degrees after %2 — %3 credits in %n term(s).", nullptr, int(m_plan.terms.size()))
                .arg(m_studentId, m_plan.bothDegreesTerm, Decimal::formatHalves(m_plan.plannedHalves())));
    } else {
        m_ui->planSummary->setText(
            tr("%1: no plan gives both degrees before the time limit as it stands.").arg(m_studentId));
    }
    // The terms with courses, and the one after the last, to drag into.
    int last = -1;
    for (int i = 0; i < m_schedule.size(); ++i) {
        last = m_schedule.at(i).courses.isEmpty() ? last : i;
    }
    last = std::max(last, int(m_plan.terms.size()) - 1);
    const int shown = std::min(int(m_schedule.size()), last + 2);
    for (int i = 0; i < shown; ++i) {
        const PlanTerm& t = m_schedule.at(i);
        auto* column = new QWidget(m_ui->termsContainer);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(termTitle(t), column);
        title->setObjectName(QStringLiteral("termTitle"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        if (t.creditsHalves > t.maxHalves || (t.creditsHalves > 0 && t.creditsHalves < t.minHalves)) {
            QPalette p = title->palette();
            p.setColor(QPalette::WindowText, t.creditsHalves > t.maxHalves ? kProblem : kNote);
            title->setPalette(p);
        }
        auto* list = new PlanTermList(i, t.institution, t.underway, column);
        list->setObjectName(QStringLiteral("planTerm%1").arg(i));
        for (const QString& code : t.courses) {
            const int halves = PlanRunner(*m_input).creditsOf(t.institution, code);
            const QString fills = requirementNames(t.institution, code);
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  %2\n%3")
                    .arg(code, courseTitle(t.institution, code),
                         fills.isEmpty() ? tr("%1 credits").arg(Decimal::formatHalves(halves))
                                         : tr("%1 credits · %2").arg(Decimal::formatHalves(halves), fills)),
                list);
            item->setData(PlanTermList::CodeRole, code);
            item->setData(PlanTermList::InstitutionRole, t.institution);
            if (t.underway) {
                item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
                item->setToolTip(tr("In progress: the term is under way"));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            } else {
                item->setToolTip(tr("Drag to another %1 term to move it").arg(t.institution));
            }
        }
        connect(list, &PlanTermList::courseDropped, this,
                [this, list](const QString& code, int, int to) { moveCourse(list->institution(), code, to); });
        layout->addWidget(title);
        layout->addWidget(list);
        m_ui->termsLayout->addWidget(column);
        m_lists.append(list);
    }
    auto add = [this](const QString& text, const QColor& colour) {
        auto* item = new QListWidgetItem(text, m_ui->problemList);
        item->setForeground(colour);
    };
    for (const QString& reason : std::as_const(m_plan.unreachable)) {
        add(reason, kProblem);
    }
    for (const QString& note : std::as_const(m_plan.notes)) {
        add(note, kNote);
    }
    for (const DegreePlan::MilestoneNeed& m : std::as_const(m_plan.milestones)) {
        add(tr("%1 at %2 needed by %3 (%4)").arg(m.kind, m.institution, m.byTerm, m.label),
            palette().color(QPalette::WindowText));
    }
    if (m_ui->problemList->count() == 0) {
        add(tr("Every term within its load, every course offered when planned, both programmes met."),
            palette().color(QPalette::WindowText));
    }
    renderTable();
}

void PlanView::renderTable()
{
    m_table->clear();
    m_table->setHorizontalHeaderLabels(
        {tr("Term"), tr("Institution"), tr("Course"), tr("Title"), tr("Credits"), tr("Requirements filled")});
    if (!m_input) {
        return;
    }
    const PlanRunner runner(*m_input);
    for (const PlanTerm& t : std::as_const(m_schedule)) {
        for (const QString& code : t.courses) {
            QList<QStandardItem*> row {new QStandardItem(t.term),
                                       new QStandardItem(t.institution),
                                       new QStandardItem(code),
                                       new QStandardItem(courseTitle(t.institution, code)),
                                       new QStandardItem(Decimal::formatHalves(runner.creditsOf(t.institution, code))),
                                       new QStandardItem(requirementNames(t.institution, code))};
            m_table->appendRow(row);
        }
    }
    m_ui->planTable->resizeColumnsToContents();
}

void PlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace dd
