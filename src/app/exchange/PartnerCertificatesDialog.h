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
 * Settings › Partner Certificates: the certificates trusted here as each partner
 * institution's, under which its signed records are imported, with their subject,
 * validity and SHA-256 fingerprint (to compare with the partner's office by a second
 * channel), and the administrator's Trust a Certificate and Withdraw Trust.
 */
class PartnerCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartnerCertificatesDialog(Database& db, QWidget* parent = nullptr);

    /** Trusts the certificate in \a path as \a institution's; false after showing why. */
    bool trust(const QString& institution, const QString& path);
    /** Withdraws the trust in the certificate of row \a row (after asking when \a ask); false when not. */
    bool distrust(int row, bool ask = true);
    int rowCount() const;

private:
    void refresh();
    void chooseCertificate();
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table;
    QLabel* m_note;
    QPushButton* m_trust;
    QPushButton* m_distrust;
};

} // namespace dd
