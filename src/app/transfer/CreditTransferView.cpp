// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transfer/CreditTransferView.h"

#include "app/common/TableTools.h"
#include "ui_CreditTransferView.h"

#include "app/common/DateField.h"
#include "app/common/RoleNote.h"
#include "app/transfer/EquivalencyDialog.h"
#include "app/transfer/EquivalencyModel.h"
#include "app/transfer/NewEquivalencyDialog.h"
#include "app/transfer/TransferPlanModel.h"
#include "core/policy/Permissions.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/TransferService.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace dd {

namespace {

/**
 * Applying a student's allowed transfers, already recorded when pushed; undone by
 * reversing exactly the rows it recorded, redone by applying again.
 */
class ApplyTransfersCommand : public QUndoCommand
{
public:
    ApplyTransfersCommand(TransferService& service, std::function<void(const QString&)> done, QString studentId,
                          QString institution, QDate asOf, QList<TransferCredit> applied)
        : m_service(service)
        , m_done(std::move(done))
        , m_studentId(std::move(studentId))
        , m_institution(std::move(institution))
        , m_asOf(asOf)
        , m_applied(std::move(applied))
    {
        setText(QCoreApplication::translate("dd::CreditTransferView", "Apply %n transfer(s) of %1 into %2", nullptr,
                                            int(m_applied.size()))
                    .arg(m_studentId, m_institution));
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        Error error;
        m_applied.clear();
        const bool applied = m_service.apply(m_studentId, m_institution, m_asOf, &m_applied, &error);
        m_done(applied ? QString() : error.message());
    }

    void undo() override
    {
        const QString reason = QCoreApplication::translate("dd::CreditTransferView", "Apply undone");
        QString problem;
        QSet<qint64> done;
        for (const TransferCredit& t : std::as_const(m_applied)) {
            // Rows of one decision are reversed together: a sibling reversed with an earlier one is done.
            if (done.contains(t.id)) {
                continue;
            }
            QList<TransferCredit> reversed;
            Error error;
            if (!m_service.reverse(t.id, reason, &reversed, &error)) {
                problem = error.message();
            }
            for (const TransferCredit& r : std::as_const(reversed)) {
                done.insert(r.id);
            }
        }
        m_done(problem);
    }

private:
    TransferService& m_service;
    std::function<void(const QString&)> m_done;
    QString m_studentId;
    QString m_institution;
    QDate m_asOf;
    QList<TransferCredit> m_applied;
    bool m_first = true;
};

} // namespace

CreditTransferView::CreditTransferView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CreditTransferView>())
{
    m_ui->setupUi(this);
    m_catalogue = new EquivalencyModel(this);
    m_filter = new EquivalencyFilterModel(this);
    m_filter->setSourceModel(m_catalogue);
    m_filter->setSortRole(Qt::DisplayRole);
    m_ui->equivalencyTable->setModel(m_filter);
    TableTools::Options catalogue;
    catalogue.name = QStringLiteral("equivalencies");
    catalogue.title = tr("Equivalency catalogue");
    catalogue.database = [this] { return m_db; };
    TableTools::attach(m_ui->equivalencyTable, catalogue);
    m_ui->equivalencyTable->sortByColumn(EquivalencyModel::FromCodesColumn, Qt::AscendingOrder);
    m_ui->equivalencyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->equivalencyTable->verticalHeader()->hide();

    m_plan = new TransferPlanModel(this);
    m_ui->transferTable->setModel(m_plan);
    TableTools::Options transfers;
    transfers.name = QStringLiteral("transfers");
    transfers.title = tr("Transfers of the student");
    transfers.database = [this] { return m_db; };
    transfers.student = [this] { return m_plan->transfers().studentId; };
    TableTools::attach(m_ui->transferTable, transfers);
    m_ui->transferTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->transferTable->verticalHeader()->hide();

    m_undo = new QUndoStack(this);
    m_ui->asOfDate->setDate(QDate::currentDate());
    m_ui->transferSplitter->setStretchFactor(0, 3);
    m_ui->transferSplitter->setStretchFactor(1, 2);

    m_ui->catalogueStatusFilter->addItem(tr("Any"), QString());
    for (const char* s : {"proposed", "approved", "rejected", "retired"}) {
        m_ui->catalogueStatusFilter->addItem(EquivalencyModel::statusText(QString::fromLatin1(s)),
                                             QString::fromLatin1(s));
    }

    connect(m_ui->catalogueSearch, &QLineEdit::textChanged, this, &CreditTransferView::applyFilters);
    connect(m_ui->directionFilter, &QComboBox::currentIndexChanged, this, &CreditTransferView::applyFilters);
    connect(m_ui->catalogueStatusFilter, &QComboBox::currentIndexChanged, this, &CreditTransferView::applyFilters);
    connect(m_ui->catalogueCohortFilter, &QComboBox::currentIndexChanged, this, &CreditTransferView::applyFilters);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &CreditTransferView::openSelected);
    connect(m_ui->newEquivalencyButton, &QPushButton::clicked, this, &CreditTransferView::proposeNew);
    connect(m_ui->equivalencyTable, &QTableView::doubleClicked, this, &CreditTransferView::openSelected);
    connect(m_ui->showTransfersButton, &QPushButton::clicked, this, &CreditTransferView::refreshStudent);
    connect(m_ui->studentIdEdit, &QLineEdit::returnPressed, this, &CreditTransferView::refreshStudent);
    connect(m_ui->toInstitution, &QComboBox::currentIndexChanged, this, &CreditTransferView::refreshStudent);
    connect(m_ui->asOfDate, &DateField::dateChanged, this, &CreditTransferView::refreshStudent);
    connect(m_ui->asOfDate, &DateField::problemChanged, this, &CreditTransferView::refreshStudent);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &CreditTransferView::applyAllowed);
    connect(m_ui->reverseButton, &QPushButton::clicked, this, &CreditTransferView::askReverse);
    connect(m_ui->equivalencyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreditTransferView::updateButtons);
    connect(m_ui->transferTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreditTransferView::updateButtons);
    updateButtons();
}

CreditTransferView::~CreditTransferView() = default;

void CreditTransferView::setDatabase(Database* db)
{
    // The dialogs work on the service of the database that goes away.
    for (QDialog* dialog : {static_cast<QDialog*>(m_dialog), static_cast<QDialog*>(m_newDialog)}) {
        if (dialog) {
            dialog->close();
            delete dialog;
        }
    }
    m_undo->clear();
    m_plan->clear();
    m_db = db;
    m_service.reset(db ? new TransferService(*db) : nullptr);
    reloadFilters();
    reload();
}

void CreditTransferView::reloadFilters()
{
    const QSignalBlocker directionBlocker(m_ui->directionFilter);
    const QSignalBlocker cohortBlocker(m_ui->catalogueCohortFilter);
    const QSignalBlocker toBlocker(m_ui->toInstitution);
    m_ui->directionFilter->clear();
    m_ui->catalogueCohortFilter->clear();
    m_ui->toInstitution->clear();
    m_ui->directionFilter->addItem(tr("Both institutions"), QString());
    m_ui->catalogueCohortFilter->addItem(tr("Any"), 0);
    if (!m_db || !m_service) {
        return;
    }
    Error error;
    if (!m_service->load(&error)) {
        showError(tr("Cannot read the equivalency catalogue"), error.message());
        return;
    }
    for (const QString& code : m_service->policies().institutionCodes()) {
        m_ui->directionFilter->addItem(code, code);
        m_ui->toInstitution->addItem(code, code);
    }
    for (const int cohort : StudentRepository(*m_db).cohorts(&error)) {
        m_ui->catalogueCohortFilter->addItem(QString::number(cohort), cohort);
    }
}

void CreditTransferView::reload()
{
    if (!m_service) {
        m_catalogue->setCatalogue({}, {});
        updateButtons();
        return;
    }
    Error error;
    if (!m_service->load(&error)) {
        showError(tr("Cannot read the equivalency catalogue"), error.message());
        return;
    }
    const qint64 selected = m_ui->equivalencyTable->currentIndex().data(EquivalencyModel::IdRole).toLongLong();
    m_catalogue->setCatalogue(m_service->current(), m_service->courses());
    m_ui->equivalencyTable->resizeColumnsToContents();
    if (selected > 0) {
        // Keep the same rule selected: its newest version has a new id, found through the lineage.
        for (int row = 0; row < m_catalogue->rowCount(); ++row) {
            const Equivalency* e = m_catalogue->equivalencyAt(row);
            if (e->id == selected || (m_dialog && e->lineageId == m_dialog->equivalency().lineageId)) {
                m_ui->equivalencyTable->setCurrentIndex(m_filter->mapFromSource(m_catalogue->index(row, 0)));
                break;
            }
        }
    }
    applyFilters();
    refreshStudent();
}

void CreditTransferView::applyFilters()
{
    m_filter->setFromInstitution(m_ui->directionFilter->currentData().toString());
    m_filter->setStatus(m_ui->catalogueStatusFilter->currentData().toString());
    m_filter->setCohort(m_ui->catalogueCohortFilter->currentData().toInt());
    m_filter->setText(m_ui->catalogueSearch->text());
    m_ui->catalogueSummary->setText(tr("%n equivalenc(ies) shown", nullptr, m_filter->rowCount())
                                    + QStringLiteral("  ·  ")
                                    + tr("%n in the catalogue", nullptr, m_catalogue->rowCount()));
    updateButtons();
}

bool CreditTransferView::showStudent(const QString& studentId, const QString& institution)
{
    const QSignalBlocker blocker(m_ui->toInstitution);
    m_ui->studentIdEdit->setText(studentId);
    const int i = m_ui->toInstitution->findData(institution);
    if (i >= 0) {
        m_ui->toInstitution->setCurrentIndex(i);
    }
    refreshStudent();
    return m_plan->transfers().studentId == studentId;
}

void CreditTransferView::refreshStudent()
{
    const QString studentId = m_ui->studentIdEdit->text().trimmed();
    const QString to = m_ui->toInstitution->currentData().toString();
    if (!m_service || studentId.isEmpty() || to.isEmpty()) {
        m_plan->clear();
        m_ui->transferSummary->setText(tr("Type a student id and press Enter to see the transfers that the approved"
                                          " equivalencies allow."));
        updateButtons();
        return;
    }
    if (!m_ui->asOfDate->isAcceptable()) {
        // Nothing is decided on a date that does not exist.
        m_plan->clear();
        m_ui->transferSummary->setText(tr("Decision date: %1").arg(m_ui->asOfDate->problem()));
        updateButtons();
        return;
    }
    TransferService::StudentTransfers transfers;
    Error error;
    if (!m_service->plan(studentId, to, m_ui->asOfDate->date(), &transfers, &error)) {
        m_plan->clear();
        m_ui->transferSummary->setText(error.message());
        updateButtons();
        return;
    }
    m_plan->setTransfers(transfers);
    m_ui->transferTable->resizeColumnsToContents();
    int recorded = 0;
    for (const TransferCredit& t : transfers.recorded) {
        recorded += t.isApplied() ? 1 : 0;
    }
    QString summary = tr("%1 into %2 (%3): %4 allowed, %5 refused, %6 recorded.")
                          .arg(studentId, to, transfers.programme)
                          .arg(m_plan->allowedCount())
                          .arg(transfers.plan.candidates.size() - m_plan->allowedCount())
                          .arg(recorded);
    if (transfers.plan.capHalves > 0) {
        summary += QLatin1Char(' ')
            + tr("Transferred credits: %1 of at most %2.")
                  .arg(Decimal::formatHalves(transfers.plan.recordedHalves),
                       Decimal::formatHalves(transfers.plan.capHalves));
    }
    m_ui->transferSummary->setText(summary);
    updateButtons();
}

void CreditTransferView::updateButtons()
{
    // Decisions belong to the receiving institution's side: what the role may not do is
    // disabled, with the reason beside it.
    using Permissions::Action;
    const QString into = m_ui->toInstitution->currentData().toString();
    const bool decideInto = !m_db || into.isEmpty() || RoleNote::allows(*m_db, Action::DecideTransfers, into);
    bool proposeAny = !m_db;
    QStringList cannotPropose;
    for (int i = 0; i < m_ui->toInstitution->count(); ++i) {
        const QString code = m_ui->toInstitution->itemData(i).toString();
        if (m_db && RoleNote::allows(*m_db, Action::DecideTransfers, code)) {
            proposeAny = true;
        } else if (m_db) {
            cannotPropose << RoleNote::refusal(*m_db, Action::DecideTransfers, code);
        }
    }
    RoleNote::show(m_ui->catalogueRoleNote, proposeAny ? QStringList() : cannotPropose);
    RoleNote::show(m_ui->transferRoleNote,
                   decideInto ? QStringList() : QStringList {RoleNote::refusal(*m_db, Action::DecideTransfers, into)});

    const bool rowSelected = m_ui->equivalencyTable->currentIndex().isValid();
    m_ui->detailsButton->setEnabled(rowSelected && m_service);
    m_ui->newEquivalencyButton->setEnabled(bool(m_service) && proposeAny);
    m_ui->applyButton->setEnabled(m_plan->allowedCount() > 0 && decideInto);
    const QModelIndex t = m_ui->transferTable->currentIndex();
    m_ui->reverseButton->setEnabled(decideInto && t.isValid()
                                    && t.data(TransferPlanModel::KindRole).toString() == QLatin1String("recorded"));
}

EquivalencyDialog* CreditTransferView::openSelected()
{
    const QModelIndex index = m_ui->equivalencyTable->currentIndex();
    if (!index.isValid() || !m_service) {
        return nullptr;
    }
    const Equivalency* e = m_catalogue->equivalencyAt(m_filter->mapToSource(index).row());
    if (!e) {
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new EquivalencyDialog(*m_db, *m_service, *e, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &EquivalencyDialog::decided, this, &CreditTransferView::reload);
    m_dialog->open();
    return m_dialog;
}

EquivalencyDialog* CreditTransferView::openEquivalency(qint64 id)
{
    const int row = m_catalogue->rowOf(id);
    if (row < 0) {
        return nullptr;
    }
    m_ui->catalogueSearch->clear();
    m_ui->directionFilter->setCurrentIndex(0);
    m_ui->catalogueStatusFilter->setCurrentIndex(0);
    m_ui->catalogueCohortFilter->setCurrentIndex(0);
    const QModelIndex index = m_filter->mapFromSource(m_catalogue->index(row, 0));
    m_ui->equivalencyTable->setCurrentIndex(index);
    m_ui->equivalencyTable->scrollTo(index);
    return openSelected();
}

NewEquivalencyDialog* CreditTransferView::proposeNew()
{
    if (!m_service) {
        return nullptr;
    }
    if (m_newDialog) {
        m_newDialog->raise();
        return m_newDialog;
    }
    auto* dialog = new NewEquivalencyDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const qint64 id = dialog->proposed().id;
        reload();
        const int row = m_catalogue->rowOf(id);
        if (row >= 0) {
            m_ui->catalogueSearch->clear();
            m_ui->equivalencyTable->setCurrentIndex(m_filter->mapFromSource(m_catalogue->index(row, 0)));
        }
    });
    dialog->open();
    return dialog;
}

bool CreditTransferView::applyAllowed()
{
    const TransferService::StudentTransfers shown = m_plan->transfers();
    if (!m_service || shown.studentId.isEmpty() || m_plan->allowedCount() == 0) {
        return false;
    }
    // A transfer someone reversed on purpose is not applied again without a second look.
    QStringList reversedAgain;
    for (const TransferCandidate& c : shown.plan.allowed()) {
        for (const TransferCredit& t : shown.recorded) {
            if (!t.isApplied() && t.lineageId == c.equivalency.lineageId) {
                reversedAgain << tr("%1 → %2, reversed by %3 on %4: %5")
                                     .arg(t.fromCodes.join(QLatin1Char('+')),
                                          t.targetCourseCode.isEmpty() ? t.targetCategory : t.targetCourseCode,
                                          t.reversedBy, t.reversedAt.date().toString(Qt::ISODate), t.reason);
            }
        }
    }
    if (!reversedAgain.isEmpty()
        && QMessageBox::question(this, tr("Apply Reversed Transfers Again"),
                                 tr("These transfers were reversed before:\n\n%1\n\nApply them again?")
                                     .arg(reversedAgain.join(QLatin1Char('\n'))),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return false;
    }
    QList<TransferCredit> applied;
    Error error;
    const QDate asOf = m_ui->asOfDate->date();
    if (!m_service->apply(shown.studentId, shown.toInstitution, asOf, &applied, &error)) {
        showError(tr("Transfers not recorded"), error.message());
        refreshStudent();
        return false;
    }
    m_undo->push(new ApplyTransfersCommand(
        *m_service,
        [this](const QString& problem) {
            refreshStudent();
            if (!problem.isEmpty()) {
                showError(tr("Transfers"), problem);
            }
        },
        shown.studentId, shown.toInstitution, asOf, applied));
    refreshStudent();
    return !applied.isEmpty();
}

bool CreditTransferView::reverseSelected(const QString& reason)
{
    const QModelIndex index = m_ui->transferTable->currentIndex();
    const qint64 id = index.data(TransferPlanModel::TransferIdRole).toLongLong();
    if (!m_service || id <= 0) {
        return false;
    }
    QList<TransferCredit> reversed;
    Error error;
    if (!m_service->reverse(id, reason, &reversed, &error)) {
        showError(error.is(Error::Kind::Conflict) ? tr("Changed by someone else") : tr("Cannot reverse the transfer"),
                  error.message());
        refreshStudent();
        return false;
    }
    refreshStudent();
    return true;
}

void CreditTransferView::askReverse()
{
    const QModelIndex index = m_ui->transferTable->currentIndex();
    if (!index.isValid()) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse Transfer"),
        tr("Reverse %1 → %2? The record stays, marked reversed with your name.\nReason (required):")
            .arg(m_plan->index(index.row(), TransferPlanModel::SourceColumn).data().toString(),
                 m_plan->index(index.row(), TransferPlanModel::TargetColumn).data().toString()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    if (reason.trimmed().isEmpty()) {
        showError(tr("Cannot reverse the transfer"), tr("A reversal needs a reason."));
        return;
    }
    reverseSelected(reason);
}

void CreditTransferView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int i = 0; i < m_ui->catalogueStatusFilter->count(); ++i) {
            const QString status = m_ui->catalogueStatusFilter->itemData(i).toString();
            m_ui->catalogueStatusFilter->setItemText(
                i, status.isEmpty() ? tr("Any") : EquivalencyModel::statusText(status));
        }
        if (m_ui->directionFilter->count() > 0) {
            m_ui->directionFilter->setItemText(0, tr("Both institutions"));
        }
        if (m_ui->catalogueCohortFilter->count() > 0) {
            m_ui->catalogueCohortFilter->setItemText(0, tr("Any"));
        }
        reload();
    }
    QWidget::changeEvent(event);
}

void CreditTransferView::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace dd
