// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/students/StudentDialog.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/db/ChangeLogEntry.h"
#include "ui_StudentDialog.h"

#include "app/audit/AuditPanel.h"
#include "app/common/SaveRecordCommand.h"
#include "app/common/StudentListModel.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/MilestoneRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentChecks.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/services/AuditService.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace dd {

namespace {

const QStringList kColumns
    = {QStringLiteral("student_id"),  QStringLiteral("cqupt_no"),      QStringLiteral("ruts_no"),
       QStringLiteral("family_name"), QStringLiteral("given_name"),    QStringLiteral("name_zh"),
       QStringLiteral("name_th"),     QStringLiteral("date_of_birth"), QStringLiteral("nationality"),
       QStringLiteral("passport_no"), QStringLiteral("email"),         QStringLiteral("cohort"),
       QStringLiteral("status"),      QStringLiteral("national_id")};

QHash<QString, QString> fieldsOf(const Student& s)
{
    return {{QStringLiteral("student_id"), s.studentId},
            {QStringLiteral("cqupt_no"), s.cquptNo},
            {QStringLiteral("ruts_no"), s.rutsNo},
            {QStringLiteral("family_name"), s.familyName},
            {QStringLiteral("given_name"), s.givenName},
            {QStringLiteral("name_zh"), s.nameZh},
            {QStringLiteral("name_th"), s.nameTh},
            {QStringLiteral("date_of_birth"), s.dateOfBirth.toString(Qt::ISODate)},
            {QStringLiteral("nationality"), s.nationality},
            {QStringLiteral("passport_no"), s.passportNo},
            {QStringLiteral("national_id"), s.nationalId},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("cohort"), s.cohort > 0 ? QString::number(s.cohort) : QString()},
            {QStringLiteral("status"), s.status}};
}

} // namespace

StudentDialog::StudentDialog(Database& db, QUndoStack* undo, std::function<void(const QString&)> afterUndo,
                             const std::optional<Student>& existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StudentDialog>())
    , m_db(db)
    , m_undo(undo)
    , m_afterUndo(std::move(afterUndo))
    , m_base(existing)
{
    m_ui->setupUi(this);
    for (const QString& status : StudentChecks::statuses()) {
        m_ui->statusCombo->addItem(StudentListModel::statusText(status), status);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StudentDialog::save);
    if (existing) {
        fillProfile(*existing);
        m_ui->studentIdEdit->setReadOnly(true); // the programme-wide id is the student's key
        fillRecord();
    } else {
        setWindowTitle(tr("New Student"));
        m_ui->statusCombo->setCurrentIndex(0);
        for (QWidget* page : {m_ui->resultsPage, m_ui->transfersPage, m_ui->milestonesPage, m_ui->auditSummaryPage}) {
            m_ui->studentTabs->setTabEnabled(m_ui->studentTabs->indexOf(page), false);
        }
    }
    m_unsaved.setBaseline(m_ui->profilePage);
}

void StudentDialog::reject()
{
    const QString who = m_base ? m_base->studentId : tr("the new student");
    if (m_unsaved.mayClose(this, m_ui->profilePage, tr("changes to %1").arg(who), [this]() { return save(); })) {
        QDialog::reject();
    }
}

StudentDialog::~StudentDialog() = default;

void StudentDialog::fillProfile(const Student& s)
{
    const QHash<QString, QString> f = fieldsOf(s);
    const QHash<QString, QLineEdit*> e = edits();
    for (auto it = e.cbegin(); it != e.cend(); ++it) {
        it.value()->setText(f.value(it.key()));
    }
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(s.status)));
    setWindowTitle(tr("Student %1").arg(s.studentId));
    m_ui->headerLabel->setText(QStringLiteral("%1 — %2 %3").arg(s.studentId, s.familyName.toUpper(), s.givenName));
}

QHash<QString, QLineEdit*> StudentDialog::edits() const
{
    return {{QStringLiteral("student_id"), m_ui->studentIdEdit},
            {QStringLiteral("cqupt_no"), m_ui->cquptNoEdit},
            {QStringLiteral("ruts_no"), m_ui->rutsNoEdit},
            {QStringLiteral("family_name"), m_ui->familyNameEdit},
            {QStringLiteral("given_name"), m_ui->givenNameEdit},
            {QStringLiteral("name_zh"), m_ui->nameZhEdit},
            {QStringLiteral("name_th"), m_ui->nameThEdit},
            {QStringLiteral("date_of_birth"), m_ui->dateOfBirthEdit},
            {QStringLiteral("nationality"), m_ui->nationalityEdit},
            {QStringLiteral("passport_no"), m_ui->passportEdit},
            {QStringLiteral("national_id"), m_ui->nationalIdEdit},
            {QStringLiteral("email"), m_ui->emailEdit},
            {QStringLiteral("cohort"), m_ui->cohortEdit}};
}

QHash<QString, QLabel*> StudentDialog::problemLabels() const
{
    return {{QStringLiteral("student_id"), m_ui->studentIdProblem},
            {QStringLiteral("cqupt_no"), m_ui->cquptNoProblem},
            {QStringLiteral("ruts_no"), m_ui->rutsNoProblem},
            {QStringLiteral("family_name"), m_ui->familyNameProblem},
            {QStringLiteral("given_name"), m_ui->givenNameProblem},
            {QStringLiteral("name_zh"), m_ui->nameZhProblem},
            {QStringLiteral("name_th"), m_ui->nameThProblem},
            {QStringLiteral("date_of_birth"), m_ui->dateOfBirthProblem},
            {QStringLiteral("nationality"), m_ui->nationalityProblem},
            {QStringLiteral("passport_no"), m_ui->passportProblem},
            {QStringLiteral("national_id"), m_ui->nationalIdProblem},
            {QStringLiteral("email"), m_ui->emailProblem},
            {QStringLiteral("cohort"), m_ui->cohortProblem},
            {QStringLiteral("status"), m_ui->statusProblem}};
}

QHash<QString, QString> StudentDialog::typed() const
{
    QHash<QString, QString> f;
    const QHash<QString, QLineEdit*> e = edits();
    for (auto it = e.cbegin(); it != e.cend(); ++it) {
        f.insert(it.key(), it.value()->text());
    }
    f.insert(QStringLiteral("status"), m_ui->statusCombo->currentData().toString());
    return f;
}

QString StudentDialog::problem(const QString& column) const
{
    QLabel* label = problemLabels().value(column);
    return label ? label->text() : QString();
}

bool StudentDialog::save()
{
    const QHash<QString, QLabel*> labels = problemLabels();
    for (QLabel* l : labels) {
        l->clear();
    }
    Student s;
    QList<StudentChecks::Problem> problems = StudentChecks::check(m_db, typed(), &s);
    Error error;
    StudentRepository repository(m_db);
    if (!m_base && !s.studentId.isEmpty() && repository.find(s.studentId, &error)) {
        problems.append({QStringLiteral("student_id"), tr("%1 exists already").arg(s.studentId)});
    }
    if (!problems.isEmpty()) {
        for (const StudentChecks::Problem& p : std::as_const(problems)) {
            if (QLabel* l = labels.value(p.column)) {
                l->setText(p.reason);
            }
        }
        m_ui->studentTabs->setCurrentWidget(m_ui->profilePage);
        m_ui->dialogMessage->setText(
            tr("%n field(s) need attention; nothing was saved.", nullptr, int(problems.size())));
        return false;
    }
    const std::optional<Student> before = m_base;
    bool ok = false;
    if (m_base) {
        s.id = m_base->id;
        s.rowVersion = m_base->rowVersion;
        ok = repository.update(s, &error);
    } else {
        ok = repository.insert(s, &error);
    }
    if (!ok) {
        if (error.is(Error::Kind::Conflict)) {
            const std::optional<Student> now = repository.find(s.studentId, &error);
            QStringList differences;
            if (now) {
                differences = fieldDifferences(kColumns, fieldsOf(s), fieldsOf(*now));
                m_base = now; // the next save is a deliberate choice over what is stored now
            }
            QMessageBox::warning(this, tr("Changed by someone else"),
                                 tr("%1 was changed by someone else after you opened it. Nothing was saved; your"
                                    " input is kept. Save again to replace what is stored now.\n\n%2")
                                     .arg(s.studentId, differences.join(QLatin1Char('\n'))));
        }
        m_ui->dialogMessage->setText(error.message());
        return false;
    }
    m_base = s;
    if (m_undo) {
        const QString text = before ? tr("Edit student %1").arg(s.studentId) : tr("Add student %1").arg(s.studentId);
        m_undo->push(new SaveRecordCommand<Student, StudentRepository>(
            StudentRepository(m_db),
            [](StudentRepository& r, const Student& x, Error* e) { return r.find(x.studentId, e); }, before, s, text,
            m_afterUndo));
    }
    m_ui->studentIdEdit->setReadOnly(true);
    fillProfile(s);
    m_unsaved.setBaseline(m_ui->profilePage);
    m_ui->dialogMessage->setText(tr("Saved."));
    emit saved(s.studentId);
    return true;
}

void StudentDialog::fillChangeLog(qint64 studentRef)
{
    Error error;
    QList<ChangeLogEntry> entries;
    if (!ChangeLogReader::studentHistory(m_db, studentRef, &entries, &error)) {
        m_ui->changeLogTable->setRowCount(0);
        m_ui->changeLogLabel->setText(tr("The history cannot be read: %1").arg(error.message()));
        return;
    }
    std::reverse(entries.begin(), entries.end());
    // Results name their course and term, not their row numbers (a deleted one keeps its number).
    QHash<qint64, QString> results;
    for (const CourseResult& r : ResultRepository(m_db).forStudent(m_base->studentId, &error)) {
        results.insert(r.id, QStringLiteral("%1 %2, %3").arg(r.institution, r.courseCode, r.term));
    }
    auto record = [&](const ChangeLogEntry& e) {
        const QJsonObject values
            = QJsonDocument::fromJson((e.newValues.isEmpty() ? e.oldValues : e.newValues).toUtf8()).object();
        if (e.table == QLatin1String("results")) {
            return tr("result %1").arg(results.value(e.key, QStringLiteral("#%1").arg(e.key)));
        }
        if (e.table == QLatin1String("transfer_credits")) {
            return tr("transfer into %1").arg(values.value(QLatin1String("to_institution")).toString());
        }
        if (e.table == QLatin1String("exceptions")) {
            return tr("exception: %1 %2")
                .arg(values.value(QLatin1String("kind")).toString(),
                     values.value(QLatin1String("requirement")).toString());
        }
        if (e.table == QLatin1String("milestones")) {
            return tr("milestone %1").arg(values.value(QLatin1String("kind")).toString());
        }
        return tr("student record");
    };
    auto change = [&](const ChangeLogEntry& e) {
        if (e.operation == QLatin1String("insert")) {
            return tr("added");
        }
        if (e.operation == QLatin1String("delete")) {
            return tr("deleted");
        }
        if (e.operation == QLatin1String("baseline")) {
            return tr("as found when the log began");
        }
        // Who and when are columns of their own; the bookkeeping fields are left out.
        QStringList shown;
        for (const QString& d : e.differences()) {
            const QString column = d.section(QLatin1Char(':'), 0, 0);
            if (!column.endsWith(QLatin1String("_at")) && !column.endsWith(QLatin1String("_by"))
                && column != QLatin1String("row_version")) {
                shown << d;
            }
        }
        return shown.join(QStringLiteral("; "));
    };
    QTableWidget* table = m_ui->changeLogTable;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        {tr("When (UTC)"), tr("By", "changed by"), tr("Record"), tr("Change"), tr("Reason"), tr("Log row")});
    table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const ChangeLogEntry& e = entries.at(i);
        const QDateTime when = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QStringList cells = {when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : e.at,
                                   e.username,
                                   record(e),
                                   change(e),
                                   e.reason,
                                   QString::number(e.seq)};
        for (int c = 0; c < cells.size(); ++c) {
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    table->resizeColumnsToContents();
    table->verticalHeader()->hide();
}

void StudentDialog::fillRecord()
{
    if (!m_base) {
        return;
    }
    Error error;
    const QString id = m_base->studentId;
    m_ui->resultsTree->clear();
    m_ui->resultsTree->setColumnCount(3);
    m_ui->resultsTree->setHeaderLabels({tr("Institution / term / course"), tr("Mark"), tr("Attempt")});
    QHash<QString, QTreeWidgetItem*> nodes;
    for (const CourseResult& r : ResultRepository(m_db).forStudent(id, &error)) {
        QTreeWidgetItem*& inst = nodes[r.institution];
        if (!inst) {
            inst = new QTreeWidgetItem(m_ui->resultsTree, {r.institution});
        }
        QTreeWidgetItem*& term = nodes[r.institution + QLatin1Char('/') + r.term];
        if (!term) {
            term = new QTreeWidgetItem(inst, {r.term});
        }
        new QTreeWidgetItem(term,
                            {r.courseCode, r.mark.isEmpty() ? tr("in progress") : r.mark,
                             r.attempt == Attempt::Regular ? QString() : attemptName(r.attempt)});
    }
    m_ui->resultsTree->expandAll();
    m_ui->resultsTree->resizeColumnToContents(0);

    const QList<TransferCredit> transfers = TransferCreditRepository(m_db).forStudent(id, &error);
    m_ui->transfersTable->setColumnCount(6);
    m_ui->transfersTable->setHorizontalHeaderLabels(
        {tr("Into"), tr("From"), tr("Target"), tr("Grade"), tr("Credits"), tr("Status")});
    m_ui->transfersTable->setRowCount(int(transfers.size()));
    for (int i = 0; i < transfers.size(); ++i) {
        const TransferCredit& t = transfers.at(i);
        const QStringList cells = {t.toInstitution,
                                   t.fromCodes.join(QLatin1Char('+')),
                                   t.targetCourseCode.isEmpty() ? t.targetCategory : t.targetCourseCode,
                                   t.convertedGrade,
                                   Decimal::formatHalves(t.creditsHalves),
                                   t.isApplied() ? tr("recorded") : tr("reversed")};
        for (int c = 0; c < cells.size(); ++c) {
            m_ui->transfersTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_ui->transfersTable->resizeColumnsToContents();
    m_ui->transfersTable->verticalHeader()->hide();

    const QList<Milestone> milestones = MilestoneRepository(m_db).forStudent(id, &error);
    m_ui->milestonesTable->setColumnCount(4);
    m_ui->milestonesTable->setHorizontalHeaderLabels({tr("Kind"), tr("Level"), tr("Score"), tr("Date")});
    m_ui->milestonesTable->setRowCount(int(milestones.size()));
    for (int i = 0; i < milestones.size(); ++i) {
        const Milestone& m = milestones.at(i);
        const QStringList cells
            = {m.kind, m.level, m.score >= 0 ? QString::number(m.score) : QString(), m.date.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c) {
            m_ui->milestonesTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_ui->milestonesTable->resizeColumnsToContents();
    m_ui->milestonesTable->verticalHeader()->hide();

    // Every grade change with its reason and who made it; the change log of the security work adds the rest.
    const QList<ResultRepository::GradeChange> changes = ResultRepository(m_db).studentGradeChanges(id, &error);
    QTableWidget* history = m_ui->gradeChangesTable;
    history->setSortingEnabled(false);
    history->setColumnCount(9);
    history->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Institution"), tr("Course"), tr("Term"), tr("Attempt"),
                                        tr("Was"), tr("Now"), tr("Reason"), tr("By", "changed by")});
    history->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const ResultRepository::GradeChange& g = changes.at(i);
        const QDateTime when = QDateTime::fromString(g.changedAt, Qt::ISODateWithMs);
        const QStringList cells
            = {when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : g.changedAt,
               g.institution,
               g.courseCode,
               g.term,
               g.attempt == Attempt::Regular ? QString() : attemptName(g.attempt),
               g.oldMark,
               g.newMark,
               g.reason,
               g.changedBy};
        for (int c = 0; c < cells.size(); ++c) {
            history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    history->setSortingEnabled(true);
    history->resizeColumnsToContents();
    history->verticalHeader()->hide();
    m_ui->studentTabs->setTabText(m_ui->studentTabs->indexOf(m_ui->historyPage),
                                  tr("History (%1)").arg(changes.size()));
    fillChangeLog(m_base->id);

    AuditService audits(m_db);
    QStringList lines;
    if (audits.load(&error)) {
        for (const QString& institution : audits.policies().institutionCodes()) {
            AuditResult r;
            if (!audits.auditStudent(id, institution, QString(), &r, &error)) {
                lines << QStringLiteral("<b>%1</b>: %2").arg(institution, error.message().toHtmlEscaped());
                continue;
            }
            lines << tr("<b>%1</b> (%2): GPA %3, %4 of %5 credits; graduation %6, degree %7%8")
                         .arg(institution, r.programme, r.gpa.isEmpty() ? QStringLiteral("–") : r.gpa,
                              Decimal::formatHalves(r.creditsEarnedHalves),
                              Decimal::formatHalves(r.creditsRequiredHalves),
                              r.graduationEligible ? tr("eligible") : tr("not yet"),
                              r.degreeEligible ? tr("eligible") : tr("not yet"),
                              r.honours.isEmpty() ? QString()
                                                  : tr(", honours: %1").arg(AuditPanel::honoursText(r.honours)));
        }
    }
    m_ui->auditSummary->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace dd
