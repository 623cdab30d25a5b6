// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

class Database;

/**
 * Settings › Institution Keys: each institution's signing certificate (subject,
 * validity with a warning 60 days before it ends, fingerprint, where the key is),
 * binding a key file or a token, exporting a certificate, and the partners'
 * trusted certificates. The passphrase is asked when a key is bound and never kept.
 */
class InstitutionKeysDialog : public QDialog
{
    Q_OBJECT

public:
    InstitutionKeysDialog(Database& db, QWidget* parent = nullptr);

    /** Binds the key file \a path to \a institution (the passphrase asked for); false with a message shown. */
    bool useKeyFile(const QString& institution, const QString& path);
    /** Trusts the certificate in \a path as \a institution's. */
    bool trustCertificate(const QString& institution, const QString& path);
    /** Writes \a institution's certificate into \a path. */
    bool exportCertificate(const QString& institution, const QString& path);
    /** Fills the table again. */
    void refresh();

private:
    QString selectedInstitution() const;
    void chooseKeyFile();
    void chooseToken();
    void chooseExport();
    void chooseTrust();
    void fail(const QString& title, const QString& message);

    Database& m_db;
    QTableWidget* m_table;
    QLabel* m_note;
    QLabel* m_warning;
    QList<QPushButton*> m_writeButtons;
};

} // namespace dd
