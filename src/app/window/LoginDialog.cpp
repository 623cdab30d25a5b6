// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/LoginDialog.h"
#include "ui_LoginDialog.h"

#include "data/db/Database.h"
#include "data/services/Accounts.h"
#include "data/setup/DatabaseSetup.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>

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

bool LoginDialog::comeIn(Database& db, QWidget* parent, Error* error)
{
    const QString administrator = DatabaseSetup::defaultAdministrator();
    Accounts accounts(db);
    bool needed = true;
    if (!accounts.needsPassword(administrator, &needed, error)) {
        return false;
    }
    if (!needed) {
        return accounts.enterWithoutPassword(administrator, error);
    }
    const QString lastUser = QSettings().value(QStringLiteral("login/lastUser")).toString();
    LoginDialog login(db, Accounts::loginRequired(db) ? lastUser : administrator, parent);
    login.setWindowModality(Qt::WindowModal);
    if (login.exec() != QDialog::Accepted) {
        *error
            = Error::refused(tr("%1 was not opened: it requires logging in").arg(QDir::toNativeSeparators(db.path())));
        return false;
    }
    QSettings().setValue(QStringLiteral("login/lastUser"), db.session().username());
    return true;
}

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
