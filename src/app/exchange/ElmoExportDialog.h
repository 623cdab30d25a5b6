// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dd {

class Database;

/**
 * File › Exchange › Export for the Partner: one student's or a whole cohort's record
 * at one institution as ELMO files for the partner's office, each signed with the
 * institution's key (its passphrase asked for once), optionally with the transcript
 * attached, and each in the disclosure log with its recipient and purpose. A cohort
 * goes with a progress bar that can be cancelled.
 */
class ElmoExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a studentId is the student selected in the window (may be empty). */
    ElmoExportDialog(Database& db, const QString& studentId, QWidget* parent = nullptr);

    /**
     * Writes what the form says into \a target (a file for one student, a folder for a
     * cohort); false after showing why. The Export button asks for the target first.
     */
    bool exportTo(const QString& target);
    /** What the last export wrote. */
    QStringList written() const { return m_written; }

private:
    void updateForm();
    void chooseTarget();
    void fail(const QString& message);

    Database& m_db;
    QComboBox* m_institution;
    QRadioButton* m_one;
    QRadioButton* m_cohort;
    QLineEdit* m_student;
    QComboBox* m_cohortYear;
    QLineEdit* m_recipient;
    QLineEdit* m_purpose;
    QCheckBox* m_attach;
    QLabel* m_signature;
    QLabel* m_note;
    QStringList m_written;
};

} // namespace dd
