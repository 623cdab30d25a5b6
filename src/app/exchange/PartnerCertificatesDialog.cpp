// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/exchange/PartnerCertificatesDialog.h"

#include "app/common/ListTable.h"
#include "app/common/RoleNote.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

enum Column { Institution, Subject, ValidFrom, ValidUntil, Fingerprint, ColumnCount };

QStringList institutionCodes(Database& db)
{
    QStringList codes;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT code FROM institutions ORDER BY code"))) {
        while (q.next()) {
            codes << q.value(0).toString();
        }
    }
    return codes;
}

} // namespace

PartnerCertificatesDialog::PartnerCertificatesDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_trust(new QPushButton(tr("&Trust a Certificate…"), this))
    , m_distrust(new QPushButton(tr("&Withdraw Trust…"), this))
{
    setObjectName(QStringLiteral("partnerCertificatesDialog"));
    setWindowTitle(tr("Partner Certificates"));
    resize(1120, 340);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A partner's record (File › Exchange › Import a Partner's Record) is imported only"
                                " when its signature verifies under a certificate trusted here as that institution's."
                                " Take the certificate from the partner's office and compare its SHA-256 fingerprint"
                                " with theirs by another channel (a call, a letter) before trusting it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    setUpListTable(
        m_table, QStringLiteral("partnerTable"),
        {tr("Institution"), tr("Certificate"), tr("Valid from"), tr("Valid until"), tr("SHA-256 fingerprint")});
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_note->setObjectName(QStringLiteral("partnerRoleNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto* row = new QHBoxLayout;
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    connect(m_trust, &QPushButton::clicked, this, &PartnerCertificatesDialog::chooseCertificate);
    row->addWidget(m_trust);
    m_distrust->setObjectName(QStringLiteral("distrustCertificateButton"));
    m_distrust->setToolTip(tr("A renewed or compromised certificate: the partner's records signed with it are refused"
                              " from now on"));
    connect(m_distrust, &QPushButton::clicked, this, [this] { distrust(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnerCertificatesDialog::updateButtons);
    row->addWidget(m_distrust);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    const bool may = RoleNote::allows(m_db, Permissions::Action::ManageKeys);
    m_trust->setEnabled(may);
    RoleNote::show(m_note,
                   may ? QStringList() : QStringList {RoleNote::refusal(m_db, Permissions::Action::ManageKeys)});
    refresh();
}

void PartnerCertificatesDialog::updateButtons()
{
    m_distrust->setEnabled(m_trust->isEnabled() && m_table->currentRow() >= 0);
}

bool PartnerCertificatesDialog::distrust(int row, bool ask)
{
    if (row < 0 || row >= m_table->rowCount()) {
        return false;
    }
    const QString institution = m_table->item(row, Institution)->text();
    const QString fingerprint = m_table->item(row, Fingerprint)->text();
    if (ask
        && QMessageBox::question(this, windowTitle(),
                                 tr("Stop trusting %1 as %2's? Records signed with it will be refused from now on;"
                                    " what was imported stays.")
                                     .arg(m_table->item(row, Subject)->text(), institution))
            != QMessageBox::Yes) {
        return false;
    }
    Error error;
    if (!InstitutionKeys(m_db).repository().distrust(institution, fingerprint, &error)) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    refresh();
    return true;
}

int PartnerCertificatesDialog::rowCount() const
{
    return m_table->rowCount();
}

void PartnerCertificatesDialog::refresh()
{
    InstitutionKeys keys(m_db);
    Error error;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& institution : institutionCodes(m_db)) {
        for (const Certificate& c : keys.repository().trusted(institution, &error)) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const QStringList cells {institution, c.subject(), c.notBefore().date().toString(Qt::ISODate),
                                     c.notAfter().date().toString(Qt::ISODate), c.fingerprint()};
            const QString problem = c.validityProblem(now);
            for (int col = 0; col < ColumnCount; ++col) {
                auto* item = new QTableWidgetItem(cells.at(col));
                item->setToolTip(problem.isEmpty() ? tr("Issued by %1; %2 key").arg(c.issuerName(), c.keyDescription())
                                                   : problem);
                if (!problem.isEmpty()) {
                    item->setForeground(QColor(0xa0, 0, 0));
                }
                m_table->setItem(r, col, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    updateButtons();
    if (error.isSet()) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

bool PartnerCertificatesDialog::trust(const QString& institution, const QString& path)
{
    Error error;
    Certificate trusted;
    if (!InstitutionKeys(m_db).trustFile(institution, path, &trusted, &error)) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), tr("%1 was not trusted: %2").arg(path, error.message()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("partnerMessage"));
        box.exec();
        return false;
    }
    refresh();
    return true;
}

void PartnerCertificatesDialog::chooseCertificate()
{
    bool ok = false;
    const QString institution = QInputDialog::getItem(this, tr("Trust a Certificate"),
                                                      tr("Whose certificate is it (the partner institution)?"),
                                                      institutionCodes(m_db), 0, false, &ok);
    if (!ok || institution.isEmpty()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate of %1 to Trust").arg(institution),
                                                      QString(), tr("Certificates (*.pem *.crt *.cer)"));
    if (!path.isEmpty()) {
        trust(institution, path);
    }
}

} // namespace dd
