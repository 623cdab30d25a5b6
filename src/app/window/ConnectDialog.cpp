// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/ConnectDialog.h"
#include "ui_ConnectDialog.h"

#include "data/db/Database.h"

#include <QFileDialog>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace dd {

ConnectDialog::ConnectDialog(const QString& address, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    // libpq's sslmode values, safest useful default first.
    m_ui->sslCombo->addItem(tr("Prefer (encrypt when the server offers it)"), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(tr("Require (always encrypt)"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Verify the server's certificate"), QStringLiteral("verify-ca"));
    m_ui->sslCombo->addItem(tr("Verify the certificate and the server name"), QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Off (trusted network only)"), QStringLiteral("disable"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_ui->errorLabel->hide();

    const QUrl url(address);
    if (Database::isServerAddress(address) && url.isValid()) {
        m_ui->hostEdit->setText(url.host());
        m_ui->portSpin->setValue(url.port(5432));
        m_ui->databaseEdit->setText(url.path().mid(1));
        m_ui->userEdit->setText(url.userName());
        const QUrlQuery query(url);
        const int mode = m_ui->sslCombo->findData(query.queryItemValue(QStringLiteral("sslmode")));
        m_ui->sslCombo->setCurrentIndex(mode >= 0 ? mode : 0);
        m_ui->caEdit->setText(query.queryItemValue(QStringLiteral("sslrootcert")));
    }
    (m_ui->hostEdit->text().isEmpty() ? m_ui->hostEdit : m_ui->passwordEdit)->setFocus();

    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    }
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_ui->sslCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAddress);
    connect(m_ui->caBrowse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_ui->caEdit->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caEdit->setText(file);
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (tryConnect()) {
            accept();
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAddress();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_ui->sslCombo->currentData().toString());
    if (!m_ui->caEdit->text().trimmed().isEmpty()) {
        query.addQueryItem(QStringLiteral("sslrootcert"), m_ui->caEdit->text().trimmed());
    }
    url.setQuery(query);
    return url.toString();
}

void ConnectDialog::updateAddress()
{
    const bool complete = !m_ui->hostEdit->text().trimmed().isEmpty() && !m_ui->databaseEdit->text().trimmed().isEmpty()
        && !m_ui->userEdit->text().trimmed().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->addressLabel->setText(complete ? tr("Address: %1").arg(address())
                                         : tr("Give the server, the database and your user name."));
}

bool ConnectDialog::tryConnect()
{
    auto db = std::make_unique<Database>();
    db->setServerPassword(m_ui->passwordEdit->text());
    Error error;
    const bool ok = db->open(address(), Database::OpenMode::OpenExisting, &error);
    // Typed once for this connection, then gone from the screen too.
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->setText(ok ? QString() : error.message());
    m_ui->errorLabel->setVisible(!ok);
    if (ok) {
        m_db = std::move(db);
    } else {
        m_ui->passwordEdit->setFocus();
    }
    return ok;
}

QString ConnectDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void ConnectDialog::setErrorText(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

std::unique_ptr<Database> ConnectDialog::takeDatabase()
{
    return std::move(m_db);
}

} // namespace dd
