// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/LoginDialog.h"
#include "ui_LoginDialog.h"

#include "data/db/Database.h"
#include "data/services/Accounts.h"

#include <QDir>
#include <QPushButton>

namespace dd {

LoginDialog::LoginDialog(Database& db, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(tr("%1 requires logging in.").arg(QDir::toNativeSeparators(db.path())));
    m_ui->userEdit->setText(username);
    m_ui->errorLabel->hide();
    (username.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (tryLogIn()) {
            accept();
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::tryLogIn()
{
    Error error;
    const bool ok = Accounts(m_db).logIn(m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text(), &error);
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->setText(ok ? QString() : error.message());
    m_ui->errorLabel->setVisible(!ok);
    if (!ok) {
        m_ui->passwordEdit->setFocus();
    }
    return ok;
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

} // namespace dd
