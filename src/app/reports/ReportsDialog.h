// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dd {

class Database;

/**
 * File › Reports: a cohort's graduation list or degree-committee list at one
 * institution, shown as the committee will read it (every student, the outcome, GPA,
 * credits, HSK or honours, the requirements not met), then saved as PDF, Excel or CSV
 * with its entry in the disclosure log.
 */
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportsDialog(Database& db, QWidget* parent = nullptr);

    /** Builds the list the form asks for and shows it; false after saying why. */
    bool showList();
    /** Writes it as \a path in the chosen format; false after saying why. */
    bool saveTo(const QString& path);

private:
    /** The cohort's plans to both degrees (the "plans" list), with progress and Cancel. */
    bool showPlans();
    void chooseFile();
    void fail(const QString& message);

    Database& m_db;
    QComboBox* m_kind;
    QComboBox* m_institution;
    QComboBox* m_cohort;
    QComboBox* m_format;
    QLineEdit* m_recipient;
    QLineEdit* m_purpose;
    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace dd
