// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/UnsavedChanges.h"

#include "core/records/Equivalency.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EquivalencyDialog;
}

namespace dd {

class Database;
class TransferService;

/**
 * One equivalency in full: both sides' courses with their hours and the
 * credits the hours convert to, the decision buttons (a reason is required;
 * only the moves the current status allows, for the receiving institution's
 * side), the evidence files, every version, and the students a version treats
 * differently from the one before.
 */
class EquivalencyDialog : public QDialog
{
    Q_OBJECT

public:
    EquivalencyDialog(Database& db, TransferService& service, const Equivalency& equivalency,
                      QWidget* parent = nullptr);
    ~EquivalencyDialog() override;

    const Equivalency& equivalency() const { return m_equivalency; }

    /** Records \a status as the decision with the reason typed in; false (and the message shown) when refused. */
    bool decide(const QString& status);
    /** Attaches the file at \a path as evidence of the shown version. */
    bool attachEvidence(const QString& path);
    /** Fills the "Students affected" tab. */
    void findAffectedStudents();

    /** Closing with typed, unsaved changes asks Save / Discard / Cancel first. */
    void reject() override;

signals:
    /** A new version was recorded. */
    void decided(const dd::Equivalency& equivalency);

private:
    void refresh();
    void fillSides();
    void fillEvidence();
    void fillHistory();
    void updateDecisionButtons();
    void chooseEvidence();
    void saveEvidence();
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::EquivalencyDialog> m_ui;
    Database& m_db;
    TransferService& m_service;
    Equivalency m_equivalency;
    UnsavedChanges m_unsaved; ///< the form as filled or last saved
};

} // namespace dd
