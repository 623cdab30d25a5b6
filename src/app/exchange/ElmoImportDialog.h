// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {

class Database;

/**
 * File › Exchange › Import a Partner's Record: a partner's signed ELMO file shown
 * before anything is written — who signed it and whether the signature holds, which
 * student the learner is here, each course with its mark and whether it is new,
 * unchanged, a change of a stored mark or refused (with the reason) — and then
 * imported all or nothing, the same bytes that were shown, with the reason a grade
 * change needs.
 */
class ElmoImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ElmoImportDialog(Database& db, QWidget* parent = nullptr);

    /** Reads \a path and shows what importing it would do; false when it would be refused. */
    bool preview(const QString& path);
    /** Imports what preview() showed; false after showing why. */
    bool importNow();
    /** Whether the last import wrote something. */
    bool imported() const { return m_imported; }
    /** What the last import did, and where the copy taken before it is. */
    QString outcome() const { return m_outcome; }

private:
    void chooseFile();
    void fail(const QString& message);

    Database& m_db;
    QLabel* m_file;
    QLabel* m_signature;
    QLabel* m_learner;
    QTableWidget* m_table;
    QLabel* m_summary;
    QLineEdit* m_reason;
    QLabel* m_note;
    QPushButton* m_import;
    QString m_path;
    QByteArray m_bytes;
    bool m_imported = false;
    QString m_outcome;
};

} // namespace dd
