// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transfer/EquivalencyDialog.h"
#include "ui_EquivalencyDialog.h"

#include "app/transfer/EquivalencyModel.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/services/TransferService.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace dd {

namespace {

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

void prepare(QTableWidget* table, const QStringList& headers)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setRowCount(0);
}

} // namespace

EquivalencyDialog::EquivalencyDialog(Database& db, TransferService& service, const Equivalency& equivalency,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EquivalencyDialog>())
    , m_db(db)
    , m_service(service)
    , m_equivalency(equivalency)
{
    m_ui->setupUi(this);
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("approved")); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("rejected")); });
    connect(m_ui->retireButton, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("retired")); });
    connect(m_ui->proposeButton, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("proposed")); });
    connect(m_ui->addEvidenceButton, &QPushButton::clicked, this, &EquivalencyDialog::chooseEvidence);
    connect(m_ui->saveEvidenceButton, &QPushButton::clicked, this, &EquivalencyDialog::saveEvidence);
    connect(m_ui->impactButton, &QPushButton::clicked, this, &EquivalencyDialog::findAffectedStudents);
    connect(m_ui->evidenceTable, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_ui->saveEvidenceButton->setEnabled(!m_ui->evidenceTable->selectedItems().isEmpty()); });
    refresh();
    m_unsaved.setBaseline(m_ui->decisionPage);
}

EquivalencyDialog::~EquivalencyDialog() = default;

void EquivalencyDialog::reject()
{
    // A typed reason belongs to a decision not yet taken; there is no one Save for it.
    if (m_unsaved.isModified(m_ui->decisionPage)
        && UnsavedChanges::ask(this, tr("the reason typed for a decision"), tr("closing"),
                               UnsavedChanges::Offer::DiscardCancel)
            != UnsavedChanges::Choice::Discard) {
        return;
    }
    QDialog::reject();
}

void EquivalencyDialog::refresh()
{
    const Equivalency& e = m_equivalency;
    setWindowTitle(tr("Equivalency %1 → %2").arg(e.fromInstitution, e.toInstitution));
    m_ui->titleLabel->setText(
        QStringLiteral("%1 %2  →  %3 %4")
            .arg(e.fromInstitution, e.fromCodes.join(QLatin1Char('+')), e.toInstitution, e.toSpec()));
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    QString status = tr("Version %1: %2, valid for cohorts %3")
                         .arg(e.version)
                         .arg(EquivalencyModel::statusText(e.status),
                              e.validToCohort > 0 ? QStringLiteral("%1–%2").arg(e.validFromCohort).arg(e.validToCohort)
                                                  : tr("%1 onwards").arg(e.validFromCohort));
    if (!e.decidedBy.isEmpty()) {
        status += tr("; decided by %1 on %2")
                      .arg(e.decidedBy, e.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (!e.reason.isEmpty()) {
        status += tr(": “%1”").arg(e.reason);
    }
    if (!e.note.isEmpty()) {
        status += QStringLiteral("\n") + tr("Note: %1").arg(e.note);
    }
    m_ui->statusText->setText(status);
    fillSides();
    fillEvidence();
    fillHistory();
    updateDecisionButtons();
    m_ui->impactTable->setRowCount(0);
    m_ui->impactSummary->clear();
}

void EquivalencyDialog::fillSides()
{
    const Equivalency& e = m_equivalency;
    const InstitutionPolicy* receiving = m_service.policies().institution(e.toInstitution);
    auto fill = [&](QTableWidget* table, const QString& institution, const QStringList& codes) {
        const bool source = institution == e.fromInstitution;
        QStringList headers = {tr("Code"), tr("Title"), tr("Credits"), tr("Lecture h"), tr("Lab h"), tr("Category")};
        if (source) {
            headers.insert(5, tr("As %1 credits").arg(e.toInstitution));
        }
        prepare(table, headers);
        table->setRowCount(int(codes.size()));
        for (int i = 0; i < codes.size(); ++i) {
            const std::optional<Course> c = m_service.course(institution, codes.at(i));
            if (!c) {
                setRow(table, i, {codes.at(i), tr("(not in the catalogue)")});
                continue;
            }
            const QString native = c->titleZh.isEmpty() ? c->titleTh : c->titleZh;
            const InstitutionPolicy* policy = m_service.policies().institution(institution);
            QStringList cells = {c->code,
                                 native.isEmpty() ? c->titleEn : QStringLiteral("%1\n%2").arg(c->titleEn, native),
                                 policy ? policy->formatCredits(*c) : Decimal::formatHalves(c->creditsHalves),
                                 QString::number(c->lectureHours),
                                 QString::number(c->labHours),
                                 c->category};
            if (source && receiving) {
                cells.insert(5, Decimal::formatHalves(receiving->creditsForHours(c->lectureHours, c->labHours)));
            }
            setRow(table, i, cells);
        }
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
    };
    m_ui->sourceGroup->setTitle(tr("Source: %1").arg(e.fromInstitution));
    fill(m_ui->sourceTable, e.fromInstitution, e.fromCodes);
    m_ui->targetGroup->setTitle(tr("Target: %1").arg(e.toInstitution));
    if (e.isBlockCredit()) {
        prepare(m_ui->targetTable, {tr("Block credit"), tr("Credits named")});
        m_ui->targetTable->setRowCount(1);
        setRow(m_ui->targetTable, 0,
               {tr("category %1").arg(e.blockCategory), Decimal::formatHalves(e.blockCreditsHalves)});
        m_ui->targetTable->resizeColumnsToContents();
    } else {
        fill(m_ui->targetTable, e.toInstitution, e.toCodes);
    }

    const TransferPlanner::CreditCheck check = m_service.checkCredits(e);
    QString text = tr("Hours converted at %1's hours per credit: %2 credits. %3 brings %4 credits.")
                       .arg(e.toInstitution, Decimal::formatHalves(check.convertedHalves),
                            e.isBlockCredit() ? tr("The block credit") : tr("The target"),
                            Decimal::formatHalves(check.targetHalves));
    if (!e.isBlockCredit()) {
        text += QLatin1Char(' ')
            + (check.approvable ? tr("It may be approved as a full equivalent.")
                                : tr("The target exceeds the converted credits by more than 1: it cannot be approved"
                                     " as a full equivalent (block credit can)."));
    }
    m_ui->creditCheckLabel->setText(text);
    m_ui->creditCheckLabel->setStyleSheet(check.approvable ? QString() : QStringLiteral("color: #9e2a2b;"));
}

void EquivalencyDialog::fillEvidence()
{
    Error error;
    const QList<EquivalencyRepository::Evidence> list
        = EquivalencyRepository(m_db).evidence(m_equivalency.lineageId, &error);
    if (error.isSet()) {
        QMessageBox::warning(this, tr("Evidence"), tr("The evidence cannot be read: %1").arg(error.message()));
    }
    prepare(m_ui->evidenceTable, {tr("File"), tr("Version"), tr("Size"), tr("Added by"), tr("SHA-256")});
    m_ui->evidenceTable->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const EquivalencyRepository::Evidence& ev = list.at(i);
        setRow(m_ui->evidenceTable, i,
               {ev.fileName, QString::number(ev.version), locale().formattedDataSize(ev.size),
                QStringLiteral("%1, %2").arg(ev.addedBy,
                                             ev.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                ev.sha256});
        m_ui->evidenceTable->item(i, 0)->setData(Qt::UserRole, ev.id);
    }
    m_ui->evidenceTable->resizeColumnsToContents();
    m_ui->saveEvidenceButton->setEnabled(false);
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_ui->evidencePage), tr("Evidence (%1)").arg(list.size()));
}

void EquivalencyDialog::fillHistory()
{
    Error error;
    const QList<Equivalency> versions = EquivalencyRepository(m_db).history(m_equivalency.lineageId, &error);
    if (error.isSet()) {
        QMessageBox::warning(this, tr("Version history"), tr("The history cannot be read: %1").arg(error.message()));
    }
    prepare(m_ui->historyTable,
            {tr("Version"), tr("Status"), tr("Cohorts"), tr("Target"), tr("Decided by"), tr("When"), tr("Reason")});
    m_ui->historyTable->setRowCount(int(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const Equivalency& v = versions.at(i);
        setRow(
            m_ui->historyTable, i,
            {QString::number(v.version), EquivalencyModel::statusText(v.status),
             v.validToCohort > 0 ? QStringLiteral("%1–%2").arg(v.validFromCohort).arg(v.validToCohort)
                                 : QStringLiteral("%1–").arg(v.validFromCohort),
             v.toSpec(), v.decidedBy,
             v.decidedAt.isValid() ? v.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
             v.reason.isEmpty() ? v.note : v.reason});
    }
    m_ui->historyTable->resizeColumnsToContents();
}

void EquivalencyDialog::updateDecisionButtons()
{
    const QList<QPair<QPushButton*, QString>> buttons = {{m_ui->approveButton, QStringLiteral("approved")},
                                                         {m_ui->rejectButton, QStringLiteral("rejected")},
                                                         {m_ui->retireButton, QStringLiteral("retired")},
                                                         {m_ui->proposeButton, QStringLiteral("proposed")}};
    for (const auto& [button, status] : buttons) {
        const QString problem = m_service.decisionProblem(m_equivalency, status);
        button->setEnabled(problem.isEmpty());
        button->setToolTip(problem);
        button->setVisible(Equivalency::nextStatuses(m_equivalency.status).contains(status));
    }
}

void EquivalencyDialog::showMessage(const QString& text, bool error)
{
    m_ui->decisionMessage->setText(text);
    m_ui->decisionMessage->setStyleSheet(error ? QStringLiteral("color: #9e2a2b;") : QStringLiteral("color: #1b7f3b;"));
}

bool EquivalencyDialog::decide(const QString& status)
{
    const QString reason = m_ui->reasonEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Write the reason for the decision first; it is kept with the new version."), true);
        m_ui->reasonEdit->setFocus();
        return false;
    }
    Equivalency decided;
    Error error;
    if (!m_service.decide(m_equivalency, status, reason, &decided, &error)) {
        showMessage(error.message(), true);
        if (error.is(Error::Kind::Conflict)) {
            QMessageBox::warning(this, tr("Changed by someone else"),
                                 tr("This equivalency was changed after you opened it:\n\n%1\n\n"
                                    "Your decision (%2) was not recorded; your reason is kept. Close and reopen the"
                                    " equivalency to decide on the newest version.")
                                     .arg(error.message(), EquivalencyModel::statusText(status)));
        }
        return false;
    }
    m_equivalency = decided;
    m_ui->reasonEdit->clear();
    m_unsaved.setBaseline(m_ui->decisionPage);
    refresh();
    showMessage(
        tr("Recorded as version %1: %2.").arg(decided.version).arg(EquivalencyModel::statusText(decided.status)),
        false);
    emit this->decided(decided);
    return true;
}

bool EquivalencyDialog::attachEvidence(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot attach the file"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Error error;
    if (!EquivalencyRepository(m_db).addEvidence(m_equivalency.id, QFileInfo(path).fileName(), file.readAll(), nullptr,
                                                 &error)) {
        QMessageBox::warning(this, tr("Cannot attach the file"), error.message());
        return false;
    }
    fillEvidence();
    return true;
}

void EquivalencyDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Syllabus"), QString(),
                                                      tr("Documents (*.pdf *.docx *.doc *.odt *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        attachEvidence(path);
    }
}

void EquivalencyDialog::saveEvidence()
{
    const QList<QTableWidgetItem*> selected = m_ui->evidenceTable->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const int row = selected.first()->row();
    const qint64 id = m_ui->evidenceTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a Copy"), m_ui->evidenceTable->item(row, 0)->text());
    if (path.isEmpty()) {
        return;
    }
    Error error;
    const std::optional<QByteArray> content = EquivalencyRepository(m_db).evidenceContent(id, &error);
    if (!content || !OutputFile::write(path, *content, &error)) {
        QMessageBox::warning(this, tr("Cannot save the file"), error.message());
    }
}

void EquivalencyDialog::findAffectedStudents()
{
    QList<TransferService::Impact> impact;
    Error error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_service.impact(m_equivalency, QDate::currentDate(), &impact, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_ui->impactSummary->setText(error.message());
        return;
    }
    prepare(m_ui->impactTable, {tr("Student"), tr("Before"), tr("With this version"), tr("Decided already")});
    m_ui->impactTable->setRowCount(int(impact.size()));
    for (int i = 0; i < impact.size(); ++i) {
        const TransferService::Impact& x = impact.at(i);
        setRow(m_ui->impactTable, i,
               {x.studentId, x.before, x.after, x.recorded ? tr("yes — kept as decided") : QString()});
    }
    m_ui->impactTable->resizeColumnsToContents();
    m_ui->impactSummary->setText(
        impact.isEmpty() ? tr("No student is treated differently by version %1.").arg(m_equivalency.version)
                         : tr("%n student(s) treated differently by version %1; transfers already decided keep"
                              " the version they were decided under.",
                              nullptr, int(impact.size()))
                               .arg(m_equivalency.version));
}

} // namespace dd
