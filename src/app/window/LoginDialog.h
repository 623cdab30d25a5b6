// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace dd {

class Database;

/**
 * Asks for a user name and password and logs in to the open database. Stays open
 * with the reason after a refusal (wrong password, back-off, disabled account);
 * accepted only once the login succeeded, with the user acting on the database.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database& db, const QString& username, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /**
     * The door of a database just opened: the administrator of a single-user
     * database comes in without a password; otherwise this dialog asks (for the
     * administrator where login is not required, else for the last user) and an
     * account with a password always proves it. False with the reason when no one
     * came in.
     */
    [[nodiscard]] static bool comeIn(Database& db, QWidget* parent, Error* error);

    /** Tries the typed user name and password; false with the reason shown. */
    bool tryLogIn();
    QString errorText() const;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database& m_db;
};

} // namespace dd
