// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/AuditView.h"

#include "app/common/RoleNote.h"
#include "app/common/TableTools.h"
#include "ui_AuditView.h"

#include "app/audit/AuditPanel.h"
#include "app/audit/AuditTreeModel.h"
#include "app/audit/CohortAuditModel.h"
#include "app/audit/ExceptionDialog.h"
#include "app/common/StudentListModel.h"
#include "app/common/Translations.h"
#include "app/plan/PlanView.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/repositories/ExceptionRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/AuditService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QValueAxis>

namespace dd {

namespace {

QChartView* makeChart(const QString& title, QWidget* parent)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void fillChart(QChartView* view, const QStringList& categories, const QList<int>& counts, const QColor& colour)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* set = new QBarSet(QString());
    set->setColor(colour);
    int most = 1;
    for (const int c : counts) {
        *set << c;
        most = std::max(most, c);
    }
    auto* series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Whole students on the axis: a tick every step, the top a multiple of it.
    const int step = std::max(1, (most + 4) / 5);
    auto* y = new QValueAxis();
    y->setRange(0, ((most + step - 1) / step) * step);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QString displayName(const Student& s)
{
    // The native-script name in the interface's script first (a Thai screen shows the Thai name).
    const bool thai = Translations::current() == QLatin1String("th");
    const QString first = thai ? s.nameTh : s.nameZh;
    const QString native = first.isEmpty() ? (thai ? s.nameZh : s.nameTh) : first;
    const QString latin = QStringLiteral("%1 %2").arg(s.familyName.toUpper(), s.givenName).trimmed();
    return native.isEmpty() ? latin : QStringLiteral("%1 (%2)").arg(latin, native);
}

} // namespace

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditView>())
{
    m_ui->setupUi(this);
    m_cohort = new CohortAuditModel(this);
    m_cohortProxy = new QSortFilterProxyModel(this);
    m_cohortProxy->setSourceModel(m_cohort);
    m_cohortProxy->setSortRole(CohortAuditModel::SortRole);
    m_ui->cohortTable->setModel(m_cohortProxy);
    TableTools::Options cohort;
    cohort.name = QStringLiteral("cohort audit");
    cohort.title = tr("Cohort audit");
    cohort.studentColumn = CohortAuditModel::StudentColumn;
    cohort.database = [this] { return m_db; };
    TableTools::attach(m_ui->cohortTable, cohort);
    m_ui->cohortTable->verticalHeader()->hide();
    m_ui->cohortTable->horizontalHeader()->setStretchLastSection(true);
    m_progressChart = makeChart(tr("Credit progress (students)"), m_ui->chartsWidget);
    m_progressChart->setObjectName(QStringLiteral("progressChart"));
    m_gpaChart = makeChart(tr("GPA distribution (students)"), m_ui->chartsWidget);
    m_gpaChart->setObjectName(QStringLiteral("gpaChart"));
    m_ui->chartsLayout->addWidget(m_progressChart);
    m_ui->chartsLayout->addWidget(m_gpaChart);
    m_ui->cohortSplitter->setStretchFactor(0, 3);
    m_ui->cohortSplitter->setStretchFactor(1, 2);

    m_planView = new PlanView(m_ui->auditTabs);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_ui->auditTabs->addTab(m_planView, tr("Plan"));
    connect(m_ui->auditButton, &QPushButton::clicked, this, &AuditView::auditTyped);
    connect(m_ui->auditStudentEdit, &QLineEdit::returnPressed, this, &AuditView::auditTyped);
    connect(m_ui->cohortAuditCombo, &QComboBox::currentIndexChanged, this, &AuditView::refreshCohort);
    connect(m_ui->cohortInstitution, &QComboBox::currentIndexChanged, this, &AuditView::refreshCohort);
    connect(m_ui->auditTabs, &QTabWidget::currentChanged, this, &AuditView::showCohortIfDue);
    connect(m_ui->cohortTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = m_cohortProxy->index(index.row(), CohortAuditModel::StudentColumn).data().toString();
        m_ui->auditTabs->setCurrentWidget(m_ui->studentAuditPage);
        showStudent(id);
    });
}

AuditView::~AuditView() = default;

AuditPanel* AuditView::panel(const QString& institution) const
{
    return m_panels.value(institution);
}

void AuditView::setDatabase(Database* db)
{
    m_db = db;
    m_service.reset(db ? new AuditService(*db) : nullptr);
    m_planView->setDatabase(db);
    qDeleteAll(m_panels);
    m_panels.clear();
    m_studentId.clear();
    m_ui->studentHeader->clear();
    m_cohort->setResults({}, {});
    m_cohortShown = false;
    const QSignalBlocker cohortBlocker(m_ui->cohortAuditCombo);
    const QSignalBlocker institutionBlocker(m_ui->cohortInstitution);
    m_ui->cohortAuditCombo->clear();
    m_ui->cohortInstitution->clear();
    Error error;
    if (!m_service || !m_service->load(&error)) {
        if (error.isSet()) {
            QMessageBox::warning(this, tr("Cannot read the regulations"), error.message());
        }
        return;
    }
    for (const QString& code : m_service->policies().institutionCodes()) {
        const InstitutionPolicy* policy = m_service->policies().institution(code);
        auto* panel = new AuditPanel(m_ui->panelsSplitter);
        panel->setProgrammes(code, institutionTitle(*policy), m_service->programmes(code, &error));
        m_ui->panelsSplitter->addWidget(panel);
        m_panels.insert(code, panel);
        // One student's audit at this institution: exported (personal data) or printed as shown.
        TableTools::Options audit;
        audit.name = QStringLiteral("audit %1").arg(code);
        audit.title = tr("Audit at %1").arg(code);
        audit.student = [this] { return m_studentId; };
        audit.database = [this] { return m_db; };
        TableTools::attach(panel->findChild<QTreeView*>(QStringLiteral("requirementTree")), audit);
        connect(panel, &AuditPanel::whatIfChanged, this, &AuditView::refreshStudent);
        connect(panel, &AuditPanel::exceptionRequested, this, &AuditView::addException);
        connect(panel, &AuditPanel::revokeRequested, this, &AuditView::revokeException);
        m_ui->cohortInstitution->addItem(code, code);
    }
    for (const int cohort : StudentRepository(*db).cohorts(&error)) {
        m_ui->cohortAuditCombo->addItem(QString::number(cohort), cohort);
    }
    applyRole();
    showCohortIfDue();
}

QString AuditView::institutionTitle(const InstitutionPolicy& policy)
{
    const QString language = Translations::current();
    const QString native = language == QLatin1String("zh_CN") ? policy.nameZh()
        : language == QLatin1String("th")                     ? policy.nameTh()
                                                              : QString();
    return QStringLiteral("%1 — %2").arg(policy.code(), native.isEmpty() ? policy.nameEn() : native);
}

void AuditView::applyRole()
{
    if (!m_db) {
        return;
    }
    for (AuditPanel* panel : std::as_const(m_panels)) {
        const QString code = panel->institution();
        panel->setExceptionRefusal(RoleNote::allows(*m_db, Permissions::Action::ManageExceptions, code)
                                       ? QString()
                                       : RoleNote::refusal(*m_db, Permissions::Action::ManageExceptions, code));
    }
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showCohortIfDue();
}

void AuditView::showCohortIfDue()
{
    // The Plan tab plans the student shown, when it is first looked at.
    if (isVisible() && m_ui->auditTabs->currentWidget() == m_planView && !m_studentId.isEmpty()
        && m_planView->plan().studentId != m_studentId) {
        m_planView->showStudent(m_studentId);
    }
    if (!m_cohortShown && isVisible() && m_ui->auditTabs->currentWidget() == m_ui->cohortAuditPage) {
        refreshCohort();
    }
}

void AuditView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->auditTabs->setTabText(m_ui->auditTabs->indexOf(m_planView), tr("Plan"));
        m_progressChart->chart()->setTitle(tr("Credit progress (students)"));
        m_gpaChart->chart()->setTitle(tr("GPA distribution (students)"));
        applyRole();
        for (AuditPanel* panel : std::as_const(m_panels)) {
            if (const InstitutionPolicy* policy
                = m_service ? m_service->policies().institution(panel->institution()) : nullptr) {
                panel->setTitle(institutionTitle(*policy));
            }
        }
        if (!m_studentId.isEmpty()) {
            showStudent(m_studentId);
        }
        if (m_cohort->rowCount() > 0) {
            refreshCohort();
        }
    }
    QWidget::changeEvent(event);
}

void AuditView::auditTyped()
{
    showStudent(m_ui->auditStudentEdit->text().trimmed());
}

bool AuditView::showStudent(const QString& studentId)
{
    if (!m_db || studentId.isEmpty()) {
        return false;
    }
    Error error;
    const std::optional<Student> s = StudentRepository(*m_db).find(studentId, &error);
    if (!s) {
        m_ui->studentHeader->setText(!error.isSet() ? tr("No student %1").arg(studentId) : error.message());
        for (AuditPanel* p : std::as_const(m_panels)) {
            p->clear();
        }
        m_studentId.clear();
        return false;
    }
    m_studentId = studentId;
    if (m_ui->auditStudentEdit->text().trimmed() != studentId) {
        m_ui->auditStudentEdit->setText(studentId);
    }
    m_ui->studentHeader->setText(tr("%1 — %2, cohort %3, %4")
                                     .arg(s->studentId, displayName(*s))
                                     .arg(s->cohort)
                                     .arg(StudentListModel::statusText(s->status)));
    refreshStudent();
    showCohortIfDue();
    return true;
}

void AuditView::refreshStudent()
{
    if (!m_service || m_studentId.isEmpty()) {
        return;
    }
    for (AuditPanel* p : std::as_const(m_panels)) {
        AuditResult result;
        Error error;
        if (m_service->auditStudent(m_studentId, p->institution(), p->whatIf(), &result, &error)) {
            p->showResult(result, m_service->policies().institution(p->institution()));
        } else {
            p->showProblem(error.message());
        }
    }
}

bool AuditView::showCohort(int cohort, const QString& institution)
{
    m_ui->auditTabs->setCurrentWidget(m_ui->cohortAuditPage);
    const int c = m_ui->cohortAuditCombo->findData(cohort);
    const int i = m_ui->cohortInstitution->findData(institution);
    if (c < 0 || i < 0) {
        return false;
    }
    {
        const QSignalBlocker blocker(m_ui->cohortAuditCombo);
        m_ui->cohortAuditCombo->setCurrentIndex(c);
    }
    {
        const QSignalBlocker blocker(m_ui->cohortInstitution);
        m_ui->cohortInstitution->setCurrentIndex(i);
    }
    refreshCohort();
    return m_cohort->rowCount() > 0;
}

void AuditView::refreshCohort()
{
    if (!m_service || !m_db) {
        return;
    }
    m_cohortShown = true;
    const int cohort = m_ui->cohortAuditCombo->currentData().toInt();
    const QString institution = m_ui->cohortInstitution->currentData().toString();
    QList<AuditResult> results;
    Error error;
    if (!m_service->auditCohort(cohort, institution, QString(), &results, &error)) {
        m_cohort->setResults({}, {});
        m_ui->cohortSummary->setText(error.message());
        updateCharts();
        return;
    }
    QHash<QString, QString> names;
    for (const Student& s : StudentRepository(*m_db).search(QString(), cohort, &error)) {
        names.insert(s.studentId, displayName(s));
    }
    m_cohort->setResults(results, names);
    m_ui->cohortTable->resizeColumnsToContents();
    int graduates = 0;
    int degrees = 0;
    for (const AuditResult& r : std::as_const(results)) {
        graduates += r.graduationEligible ? 1 : 0;
        degrees += r.degreeEligible ? 1 : 0;
    }
    m_ui->cohortSummary->setText(tr("%n student(s): ", nullptr, int(results.size()))
                                 + tr("%1 may graduate, %2 may receive the degree").arg(graduates).arg(degrees));
    updateCharts();
}

void AuditView::updateCharts()
{
    // Category labels are rich text to the chart: no "<".
    const QStringList progressBuckets = {QStringLiteral("0–49%"), QStringLiteral("50–74%"), QStringLiteral("75–89%"),
                                         QStringLiteral("90–99%"), QStringLiteral("100%")};
    const QStringList gpaBuckets = {tr("none"),
                                    QStringLiteral("0–1.99"),
                                    QStringLiteral("2–2.49"),
                                    QStringLiteral("2.5–2.99"),
                                    QStringLiteral("3–3.49"),
                                    QStringLiteral("3.5–4")};
    QList<int> progress(progressBuckets.size(), 0);
    QList<int> gpa(gpaBuckets.size(), 0);
    for (const AuditResult& r : m_cohort->results()) {
        const int p = r.creditsRequiredHalves > 0 ? int(100LL * r.creditsEarnedHalves / r.creditsRequiredHalves) : 0;
        ++progress[p >= 100 ? 4 : p >= 90 ? 3 : p >= 75 ? 2 : p >= 50 ? 1 : 0];
        if (r.gpa.isEmpty()) {
            ++gpa[0];
            continue;
        }
        // GPA strings have the institution's decimals; compare in hundredths.
        const int h = int(r.gpa.toDouble() * 100 + 0.5);
        ++gpa[h >= 350 ? 5 : h >= 300 ? 4 : h >= 250 ? 3 : h >= 200 ? 2 : 1];
    }
    fillChart(m_progressChart, progressBuckets, progress, QColor(0x2e, 0x6d, 0xb4));
    fillChart(m_gpaChart, gpaBuckets, gpa, QColor(0x1b, 0x7f, 0x3b));
}

void AuditView::addException(const QString& institution, const QString& requirement)
{
    AuditPanel* p = panel(institution);
    if (!m_db || !p || m_studentId.isEmpty()) {
        return;
    }
    auto* dialog = new ExceptionDialog(*m_db, p->model()->result(), requirement, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AuditView::refreshStudent);
    dialog->open();
}

void AuditView::revokeException(const QString& institution, const QString& requirement)
{
    if (!m_db || m_studentId.isEmpty()) {
        return;
    }
    ExceptionRepository repository(*m_db);
    Error error;
    QList<StudentException> inForce;
    for (const StudentException& e : repository.forStudent(m_studentId, &error)) {
        if (!e.revoked && e.institution == institution && (requirement.isEmpty() || e.requirement == requirement)) {
            inForce.append(e);
        }
    }
    if (inForce.isEmpty()) {
        QMessageBox::information(
            this, tr("Revoke Exception"),
            tr("%1 has no exception in force at %2%3.")
                .arg(m_studentId, institution, requirement.isEmpty() ? QString() : tr(" for %1").arg(requirement)));
        return;
    }
    QStringList choices;
    for (const StudentException& e : std::as_const(inForce)) {
        choices.append(QStringLiteral("%1 %2%3 — %4")
                           .arg(e.kind, e.requirement,
                                e.courseCode.isEmpty() ? QString() : QLatin1Char(' ') + e.courseCode, e.reason));
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Revoke Exception"), tr("Exception to revoke:"), choices, 0, false, &ok);
    if (!ok) {
        return;
    }
    StudentException e = inForce.at(int(choices.indexOf(chosen)));
    if (!repository.revoke(e, &error)) {
        QMessageBox::warning(
            this, error.is(Error::Kind::Conflict) ? tr("Changed by someone else") : tr("Cannot revoke the exception"),
            error.message());
    }
    refreshStudent();
}

} // namespace dd
