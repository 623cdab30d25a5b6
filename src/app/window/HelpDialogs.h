// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;

namespace dd {

class Database;

/** Help › User Guide (F1): the guide for each role shipped inside the program, with its pictures. */
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

/** Help › About DualDegree: the version, the database in use, and what the program is built with, with licences. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(Database* db, QWidget* parent = nullptr);
    /** The text shown (tests read it). */
    QString text() const;

private:
    QTextBrowser* m_browser;
};

} // namespace dd
