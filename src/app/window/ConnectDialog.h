// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace dd {

class Database;

/**
 * File › Connect to Server: the server, port, database, user and TLS mode of a
 * shared PostgreSQL database, and a password typed here or left to libpq's
 * password file. Stays open with the reason when the connection is refused;
 * accepted once connected, with the open database to take. The password is
 * handed to the connection only; the address kept for next time has none.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /** Fields filled from \a address (postgresql://user@host:port/dbname?sslmode=…), if any. */
    explicit ConnectDialog(const QString& address, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /** The address the fields make, without the password. */
    QString address() const;
    /** Connects with the fields; false with the reason shown. */
    bool tryConnect();
    QString errorText() const;
    /** Shows why the last attempt failed (a connection tried before the dialog came up). */
    void setErrorText(const QString& text);
    /** The database connected by tryConnect(). */
    std::unique_ptr<Database> takeDatabase();

private:
    void updateAddress();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    std::unique_ptr<Database> m_db;
};

} // namespace dd
