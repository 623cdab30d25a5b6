// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/UnsavedChanges.h"

#include "core/audit/AuditResult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExceptionDialog;
}

namespace dd {

class Database;

/**
 * Records an exception for one student at one institution: waive,
 * substitute, force-complete or also-allow a requirement of the audit shown,
 * with a reason and who approved it. Problems are shown by field; nothing is
 * written until every field is right.
 */
class ExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    ExceptionDialog(Database& db, const AuditResult& audit, const QString& requirementId, QWidget* parent = nullptr);
    ~ExceptionDialog() override;

    void accept() override;

    /** Closing with typed, unsaved changes asks Save / Discard / Cancel first. */
    void reject() override;

private:
    std::unique_ptr<Ui::ExceptionDialog> m_ui;
    Database& m_db;
    QString m_studentId;
    QString m_institution;
    UnsavedChanges m_unsaved; ///< the form as filled or last saved
};

} // namespace dd
