// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/courses/CourseDialog.h"
#include "ui_CourseDialog.h"

#include "app/common/SaveRecordCommand.h"
#include "core/policy/CourseChecks.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"

#include <QMessageBox>
#include <QUndoStack>

namespace dd {

namespace {

const QStringList kColumns
    = {QStringLiteral("institution"),   QStringLiteral("code"),      QStringLiteral("title_en"),
       QStringLiteral("title_zh"),      QStringLiteral("title_th"),  QStringLiteral("credits"),
       QStringLiteral("lecture_hours"), QStringLiteral("lab_hours"), QStringLiteral("self_study_hours"),
       QStringLiteral("category"),      QStringLiteral("grading"),   QStringLiteral("offered")};

QHash<QString, QString> fieldsOf(const Course& c)
{
    return {{QStringLiteral("institution"), c.institution},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("title_en"), c.titleEn},
            {QStringLiteral("title_zh"), c.titleZh},
            {QStringLiteral("title_th"), c.titleTh},
            {QStringLiteral("credits"), Decimal::formatHalves(c.creditsHalves)},
            {QStringLiteral("lecture_hours"), QString::number(c.lectureHours)},
            {QStringLiteral("lab_hours"), QString::number(c.labHours)},
            {QStringLiteral("self_study_hours"), QString::number(c.selfStudyHours)},
            {QStringLiteral("category"), c.category},
            {QStringLiteral("grading"), gradingModeName(c.grading)},
            {QStringLiteral("offered"), c.offered}};
}

} // namespace

CourseDialog::CourseDialog(Database& db, const PolicySet& policies, QUndoStack* undo,
                           std::function<void(const QString&)> afterUndo, const std::optional<Course>& existing,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CourseDialog>())
    , m_db(db)
    , m_policies(policies)
    , m_undo(undo)
    , m_afterUndo(std::move(afterUndo))
    , m_base(existing)
{
    m_ui->setupUi(this);
    for (const QString& code : m_policies.institutionCodes()) {
        m_ui->institutionCombo->addItem(code, code);
    }
    m_ui->gradingCombo->addItem(tr("graded"), QStringLiteral("graded"));
    m_ui->gradingCombo->addItem(tr("pass/fail"), QStringLiteral("pass_fail"));
    connect(m_ui->institutionCombo, &QComboBox::currentIndexChanged, this, &CourseDialog::fillCategories);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CourseDialog::save);
    fillCategories();
    if (existing) {
        fill(*existing);
        m_ui->institutionCombo->setEnabled(false); // institution and code are the course's key
        m_ui->codeEdit->setReadOnly(true);
    } else {
        setWindowTitle(tr("New Course"));
    }
    m_unsaved.setBaseline(this);
}

void CourseDialog::reject()
{
    const QString what = m_ui->codeEdit->isReadOnly() ? m_ui->codeEdit->text() : tr("the new course");
    if (m_unsaved.mayClose(this, this, tr("changes to %1").arg(what), [this]() { return save(); })) {
        QDialog::reject();
    }
}

CourseDialog::~CourseDialog() = default;

void CourseDialog::fillCategories()
{
    const QString current = m_ui->categoryCombo->currentData().toString();
    m_ui->categoryCombo->clear();
    if (const InstitutionPolicy* p = m_policies.institution(m_ui->institutionCombo->currentData().toString())) {
        for (const InstitutionPolicy::Category& c : p->categories()) {
            m_ui->categoryCombo->addItem(QStringLiteral("%1 — %2").arg(c.code, c.nameEn), c.code);
        }
    }
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(current)));
}

void CourseDialog::fill(const Course& c)
{
    m_ui->institutionCombo->setCurrentIndex(std::max(0, m_ui->institutionCombo->findData(c.institution)));
    fillCategories();
    const QHash<QString, QString> f = fieldsOf(c);
    m_ui->codeEdit->setText(c.code);
    m_ui->titleEnEdit->setText(c.titleEn);
    m_ui->titleZhEdit->setText(c.titleZh);
    m_ui->titleThEdit->setText(c.titleTh);
    m_ui->creditsEdit->setText(f.value(QStringLiteral("credits")));
    m_ui->lectureHoursEdit->setText(f.value(QStringLiteral("lecture_hours")));
    m_ui->labHoursEdit->setText(f.value(QStringLiteral("lab_hours")));
    m_ui->selfStudyHoursEdit->setText(f.value(QStringLiteral("self_study_hours")));
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(c.category)));
    m_ui->gradingCombo->setCurrentIndex(std::max(0, m_ui->gradingCombo->findData(gradingModeName(c.grading))));
    m_ui->offeredEdit->setText(c.offered);
    setWindowTitle(tr("Course %1 %2").arg(c.institution, c.code));
}

QHash<QString, QString> CourseDialog::typed() const
{
    return {{QStringLiteral("institution"), m_ui->institutionCombo->currentData().toString()},
            {QStringLiteral("code"), m_ui->codeEdit->text()},
            {QStringLiteral("title_en"), m_ui->titleEnEdit->text()},
            {QStringLiteral("title_zh"), m_ui->titleZhEdit->text()},
            {QStringLiteral("title_th"), m_ui->titleThEdit->text()},
            {QStringLiteral("credits"), m_ui->creditsEdit->text()},
            {QStringLiteral("lecture_hours"), m_ui->lectureHoursEdit->text()},
            {QStringLiteral("lab_hours"), m_ui->labHoursEdit->text()},
            {QStringLiteral("self_study_hours"), m_ui->selfStudyHoursEdit->text()},
            {QStringLiteral("category"), m_ui->categoryCombo->currentData().toString()},
            {QStringLiteral("grading"), m_ui->gradingCombo->currentData().toString()},
            {QStringLiteral("offered"), m_ui->offeredEdit->text()}};
}

QHash<QString, QLabel*> CourseDialog::problemLabels() const
{
    return {{QStringLiteral("institution"), m_ui->institutionProblem},
            {QStringLiteral("code"), m_ui->codeProblem},
            {QStringLiteral("title_en"), m_ui->titleEnProblem},
            {QStringLiteral("title_zh"), m_ui->titleZhProblem},
            {QStringLiteral("title_th"), m_ui->titleThProblem},
            {QStringLiteral("credits"), m_ui->creditsProblem},
            {QStringLiteral("lecture_hours"), m_ui->lectureHoursProblem},
            {QStringLiteral("lab_hours"), m_ui->labHoursProblem},
            {QStringLiteral("self_study_hours"), m_ui->selfStudyHoursProblem},
            {QStringLiteral("category"), m_ui->categoryProblem},
            {QStringLiteral("grading"), m_ui->gradingProblem},
            {QStringLiteral("offered"), m_ui->offeredProblem}};
}

QString CourseDialog::problem(const QString& column) const
{
    QLabel* l = problemLabels().value(column);
    return l ? l->text() : QString();
}

bool CourseDialog::save()
{
    const QHash<QString, QLabel*> labels = problemLabels();
    for (QLabel* l : labels) {
        l->clear();
    }
    Course c;
    QList<CourseChecks::Problem> problems = CourseChecks::check(m_policies, typed(), &c);
    Error error;
    CourseRepository repository(m_db);
    if (!m_base && !c.code.isEmpty() && repository.find(c.institution, c.code, &error)) {
        problems.append({QStringLiteral("code"), tr("%1 %2 exists already").arg(c.institution, c.code)});
    }
    if (!problems.isEmpty()) {
        for (const CourseChecks::Problem& p : std::as_const(problems)) {
            if (QLabel* l = labels.value(p.column)) {
                l->setText(p.reason);
            }
        }
        m_ui->courseMessage->setText(
            tr("%n field(s) need attention; nothing was saved.", nullptr, int(problems.size())));
        return false;
    }
    const std::optional<Course> before = m_base;
    bool ok = false;
    if (m_base) {
        c.id = m_base->id;
        c.rowVersion = m_base->rowVersion;
        ok = repository.update(c, &error);
    } else {
        ok = repository.insert(c, &error);
    }
    if (!ok) {
        if (error.is(Error::Kind::Conflict)) {
            const std::optional<Course> now = repository.find(c.institution, c.code, &error);
            QStringList differences;
            if (now) {
                differences = fieldDifferences(kColumns, fieldsOf(c), fieldsOf(*now));
                m_base = now;
            }
            QMessageBox::warning(
                this, tr("Changed by someone else"),
                tr("%1 was changed by someone else after you opened it. Nothing was saved; your"
                   " input is kept. Save again to replace what is stored now.\n\n%2")
                    .arg(QStringLiteral("%1 %2").arg(c.institution, c.code), differences.join(QLatin1Char('\n'))));
        }
        m_ui->courseMessage->setText(error.message());
        return false;
    }
    m_base = c;
    if (m_undo) {
        m_undo->push(new SaveRecordCommand<Course, CourseRepository>(
            CourseRepository(m_db),
            [](CourseRepository& r, const Course& x, Error* e) { return r.find(x.institution, x.code, e); }, before, c,
            tr("Save course %1 %2").arg(c.institution, c.code), m_afterUndo));
    }
    m_ui->institutionCombo->setEnabled(false);
    m_ui->codeEdit->setReadOnly(true);
    m_unsaved.setBaseline(this);
    m_ui->courseMessage->setText(tr("Saved."));
    emit saved();
    return true;
}

} // namespace dd
