// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transfer/NewEquivalencyDialog.h"
#include "ui_NewEquivalencyDialog.h"

#include "core/text/Decimal.h"
#include "data/services/TransferService.h"

#include <QCompleter>
#include <QDate>
#include <QPushButton>

namespace dd {

namespace {

QStringList codes(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!code.isEmpty()) {
            out.append(code);
        }
    }
    return out;
}

} // namespace

NewEquivalencyDialog::NewEquivalencyDialog(TransferService& service, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewEquivalencyDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    const QStringList institutions = m_service.policies().institutionCodes();
    for (const QString& code : institutions) {
        m_ui->fromInstitution->addItem(code, code);
        m_ui->toInstitution->addItem(code, code);
    }
    if (institutions.size() > 1) {
        m_ui->toInstitution->setCurrentIndex(1);
    }
    m_ui->validFrom->setValue(QDate::currentDate().year());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Propose"));

    QStringList allCodes;
    for (const Course& c : m_service.courses()) {
        allCodes.append(c.code);
    }
    allCodes.sort();
    for (QLineEdit* edit : {m_ui->sourceCodes, m_ui->targetCodes}) {
        auto* completer = new QCompleter(allCodes, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::textChanged, this, &NewEquivalencyDialog::check);
    }
    connect(m_ui->toInstitution, &QComboBox::currentIndexChanged, this, [this]() {
        fillCategories();
        check();
    });
    connect(m_ui->fromInstitution, &QComboBox::currentIndexChanged, this, &NewEquivalencyDialog::check);
    connect(m_ui->courseTarget, &QRadioButton::toggled, this, &NewEquivalencyDialog::check);
    connect(m_ui->blockCategory, &QComboBox::currentIndexChanged, this, &NewEquivalencyDialog::check);
    connect(m_ui->blockCredits, &QDoubleSpinBox::valueChanged, this, &NewEquivalencyDialog::check);
    connect(m_ui->validFrom, &QSpinBox::valueChanged, this, &NewEquivalencyDialog::check);
    connect(m_ui->validTo, &QSpinBox::valueChanged, this, &NewEquivalencyDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewEquivalencyDialog::accept);
    fillCategories();
    check();
    m_unsaved.setBaseline(this);
}

NewEquivalencyDialog::~NewEquivalencyDialog() = default;

void NewEquivalencyDialog::reject()
{
    // Save is accept(), which closes the dialog once the record is stored, and keeps it open with the reason otherwise.
    if (m_unsaved.mayClose(this, this, tr("the proposed equivalency"), [this]() {
            accept();
            return false;
        })) {
        QDialog::reject();
    }
}

void NewEquivalencyDialog::fillCategories()
{
    const QSignalBlocker blocker(m_ui->blockCategory);
    m_ui->blockCategory->clear();
    const InstitutionPolicy* to = m_service.policies().institution(m_ui->toInstitution->currentData().toString());
    if (to) {
        for (const InstitutionPolicy::Category& c : to->categories()) {
            m_ui->blockCategory->addItem(QStringLiteral("%1 — %2").arg(c.code, c.nameEn), c.code);
        }
    }
}

Equivalency NewEquivalencyDialog::equivalency() const
{
    Equivalency e;
    e.fromInstitution = m_ui->fromInstitution->currentData().toString();
    e.toInstitution = m_ui->toInstitution->currentData().toString();
    e.fromCodes = codes(m_ui->sourceCodes->text());
    if (m_ui->blockTarget->isChecked()) {
        e.blockCategory = m_ui->blockCategory->currentData().toString();
        e.blockCreditsHalves = int(m_ui->blockCredits->value() * 2 + 0.5);
    } else {
        e.toCodes = codes(m_ui->targetCodes->text());
    }
    e.validFromCohort = m_ui->validFrom->value();
    e.validToCohort = m_ui->validTo->value() == m_ui->validTo->minimum() ? 0 : m_ui->validTo->value();
    e.note = m_ui->note->toPlainText().trimmed();
    return e;
}

void NewEquivalencyDialog::check()
{
    const bool block = m_ui->blockTarget->isChecked();
    m_ui->targetCodes->setEnabled(!block);
    m_ui->blockCategory->setEnabled(block);
    m_ui->blockCredits->setEnabled(block);
    const Equivalency e = equivalency();
    const QString problem = m_service.proposalProblem(e);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_ui->checkLabel->setText(problem);
        m_ui->checkLabel->setStyleSheet(QStringLiteral("color: #9e2a2b;"));
        return;
    }
    const TransferPlanner::CreditCheck c = m_service.checkCredits(e);
    QString text
        = tr("The source hours make %1 %2 credits.").arg(Decimal::formatHalves(c.convertedHalves), e.toInstitution);
    if (block) {
        text += QLatin1Char(' ') + tr("The block credit brings %1.").arg(Decimal::formatHalves(c.targetHalves));
    } else if (c.approvable) {
        text += QLatin1Char(' ')
            + tr("The target carries %1: it can be approved as a full equivalent.")
                  .arg(Decimal::formatHalves(c.targetHalves));
    } else {
        text += QLatin1Char(' ')
            + tr("The target carries %1, more than one credit beyond: it can be proposed, but only block credit could"
                 " be approved.")
                  .arg(Decimal::formatHalves(c.targetHalves));
    }
    m_ui->checkLabel->setText(text);
    m_ui->checkLabel->setStyleSheet(c.approvable ? QString() : QStringLiteral("color: #9a6700;"));
}

void NewEquivalencyDialog::accept()
{
    Equivalency e = equivalency();
    Error error;
    if (!m_service.propose(e, &error)) {
        m_ui->checkLabel->setText(error.message());
        m_ui->checkLabel->setStyleSheet(QStringLiteral("color: #9e2a2b;"));
        return;
    }
    m_proposed = e;
    QDialog::accept();
}

} // namespace dd
