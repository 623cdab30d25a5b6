// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/common/UnsavedChanges.h"

#include "core/records/Equivalency.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewEquivalencyDialog;
}

namespace dd {

class TransferService;

/**
 * Proposes a new equivalency: both sides' courses (or block credit in a
 * category), the cohorts it is valid for and a note. The hours check and any
 * problem are shown while typing; Propose stays disabled until the rule is valid.
 */
class NewEquivalencyDialog : public QDialog
{
    Q_OBJECT

public:
    NewEquivalencyDialog(TransferService& service, QWidget* parent = nullptr);
    ~NewEquivalencyDialog() override;

    /** The rule as typed so far. */
    Equivalency equivalency() const;
    /** The stored proposal, after the dialog was accepted. */
    const Equivalency& proposed() const { return m_proposed; }

    void accept() override;

    /** Closing with typed, unsaved changes asks Save / Discard / Cancel first. */
    void reject() override;

private:
    void fillCategories();
    void check();

    std::unique_ptr<Ui::NewEquivalencyDialog> m_ui;
    TransferService& m_service;
    Equivalency m_proposed;
    UnsavedChanges m_unsaved; ///< the form as filled or last saved
};

} // namespace dd
