// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/UnsavedChanges.h"

#include "core/policy/PolicySet.h"
#include "core/records/Course.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QUndoStack;

namespace Ui {
class CourseDialog;
}

namespace dd {

class Database;

/**
 * Edits one course of either catalogue (or adds one): each problem is shown
 * next to its field (the same checks as courses.csv); a save that meets someone
 * else's change is refused with both values shown and the input kept; saves go
 * on the undo stack.
 */
class CourseDialog : public QDialog
{
    Q_OBJECT

public:
    CourseDialog(Database& db, const PolicySet& policies, QUndoStack* undo,
                 std::function<void(const QString&)> afterUndo, const std::optional<Course>& existing,
                 QWidget* parent = nullptr);
    ~CourseDialog() override;

    bool save();
    /** The problem shown next to \a column (e.g. "credits"), or empty. */
    QString problem(const QString& column) const;

    /** Closing with typed, unsaved changes asks Save / Discard / Cancel first. */
    void reject() override;

signals:
    void saved();

private:
    void fill(const Course& c);
    void fillCategories();
    QHash<QString, QString> typed() const;
    QHash<QString, QLabel*> problemLabels() const;

    std::unique_ptr<Ui::CourseDialog> m_ui;
    Database& m_db;
    PolicySet m_policies;
    QUndoStack* m_undo;
    std::function<void(const QString&)> m_afterUndo;
    std::optional<Course> m_base;
    UnsavedChanges m_unsaved; ///< the form as filled or last saved
};

} // namespace dd
