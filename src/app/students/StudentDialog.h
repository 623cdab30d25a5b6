// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/UnsavedChanges.h"

#include "core/records/Student.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QUndoStack;

namespace Ui {
class StudentDialog;
}

namespace dd {

class Database;

/**
 * One student in detail: the profile (edited with each problem shown next to its
 * field), results by institution and term, transfers, milestones and an audit
 * summary. A save that meets someone else's change to the same student is
 * refused with both values shown and the typed ones kept. Saves are undoable.
 */
class StudentDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * \a existing: the student to show; none for a new student. Saves go on
     * \a undo; \a afterUndo runs when one is undone or redone later (with a
     * problem, or empty), by then the dialog may be gone.
     */
    StudentDialog(Database& db, QUndoStack* undo, std::function<void(const QString&)> afterUndo,
                  const std::optional<Student>& existing, QWidget* parent = nullptr);
    ~StudentDialog() override;

    /** Saves the profile; false with the problems shown. */
    bool save();
    /** The problem shown next to \a column (e.g. "email"), or empty. */
    QString problem(const QString& column) const;

    /** Closing with typed, unsaved changes asks Save / Discard / Cancel first. */
    void reject() override;

signals:
    void saved(const QString& studentId);

private:
    void fillProfile(const Student& s);
    void fillRecord();
    /** The change-log rows of the student and of their results, transfers, exceptions and milestones. */
    void fillChangeLog(qint64 studentRef);
    QHash<QString, QString> typed() const;
    QHash<QString, QLineEdit*> edits() const;
    QHash<QString, QLabel*> problemLabels() const;

    std::unique_ptr<Ui::StudentDialog> m_ui;
    Database& m_db;
    QUndoStack* m_undo;
    std::function<void(const QString&)> m_afterUndo;
    std::optional<Student> m_base; ///< as read (or last saved); none while new
    UnsavedChanges m_unsaved; ///< the form as filled or last saved
};

} // namespace dd
