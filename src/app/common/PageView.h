// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QUndoStack;

namespace dd {

class Database;

/**
 * A page of the main window that lists records and edits them: its own undo stack
 * (the window's Edit menu follows the page in front), what it tells the status bar,
 * and warnings over the window. The page follows the window's DatabaseSession
 * (followSession) through setDatabase().
 */
class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    /** Called by followSession(): shows \a db (nullptr: none). */
    virtual void setDatabase(Database* db) = 0;

signals:
    /** What the status bar counts changed. */
    void countsChanged();
    /** A short message for the status bar. */
    void statusMessage(const QString& message);

protected:
    /** A warning over the window. */
    void showError(const QString& title, const QString& message);

private:
    QUndoStack* m_undo = nullptr;
};

} // namespace dd
