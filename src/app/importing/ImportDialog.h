// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/import/ImportPreview.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dd {

class Database;
class ImportPreviewModel;

/**
 * File › Import… (or a CSV file dropped onto the window): what the file holds is
 * recognised from its header (asked when the header fits no kind), a file that is not
 * Unicode is read in a proposed encoding the user may change while looking at the
 * names it makes, and every line is shown with what importing it would do — new,
 * unchanged, "stored → file" for each changed cell, or refused with the reason at the
 * cell — before Import writes all of it or nothing, with progress and Cancel. The same
 * importers, rules and messages as `dualdegree-cli import`.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /** Reads \a path and shows what importing it would do; false when it would be refused. */
    bool preview(const QString& path);
    /** Imports the bytes that preview() showed; false after showing why. */
    bool importNow();
    /** Whether the last import wrote something. */
    bool imported() const { return m_imported; }
    /** What the last import did, and where the copy taken before it is. */
    QString outcome() const { return m_outcome; }

    /** The kinds of file, each as the office calls it. */
    static QString kindLabel(const QString& kind);

private:
    void chooseFile();
    /** Recognises the kind from the header in the chosen encoding, then refresh(). */
    bool recognise();
    /** Runs the dry run for the chosen kind and encoding and shows it. */
    bool refresh();
    void showOnly(int which);
    /** The chosen encoding and reason, with \a progress set up to show the lines read and to cancel. */
    Importer::Options runOptions(QProgressDialog* progress) const;
    QString chosenKind() const;
    QString chosenEncoding() const;

    Database& m_db;
    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_file;
    QComboBox* m_kind;
    QLabel* m_kindNote;
    QComboBox* m_encoding;
    QLabel* m_encodingNote;
    QComboBox* m_show;
    QTableView* m_table;
    QLabel* m_summary;
    QLineEdit* m_reason;
    QPushButton* m_import;
    QString m_path;
    QByteArray m_bytes;
    bool m_imported = false;
    QString m_outcome;
};

} // namespace dd
