// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace dd {

/**
 * Typed work that is not saved yet: what a form holds compared with what it held
 * when it was filled or last saved, and the one question asked before it would be
 * lost (Save / Discard / Cancel).
 */
class UnsavedChanges
{
    Q_DECLARE_TR_FUNCTIONS(dd::UnsavedChanges)

public:
    enum class Choice {
        Save,
        Discard,
        Cancel,
    };
    enum class Offer {
        SaveDiscardCancel,
        DiscardCancel, ///< where no single Save applies (e.g. a decision's reason)
    };

    /** Asks what to do with the unsaved \a what before \a action. */
    static Choice ask(QWidget* parent, const QString& what, const QString& action,
                      Offer offer = Offer::SaveDiscardCancel);

    /** The value of every field a user can type or choose in, under \a root. */
    static QStringList snapshot(const QWidget* root);

    /** Remembers the fields of \a root as they are now (after filling or saving). */
    void setBaseline(const QWidget* root) { m_baseline = snapshot(root); }
    /** Whether a field of \a root differs from the baseline. */
    bool isModified(const QWidget* root) const { return snapshot(root) != m_baseline; }

    /**
     * Before a dialog closes: true when nothing under \a root changed, or when the user
     * discarded the changes, or saved them (\a save returned true); false keeps it open.
     */
    bool mayClose(QWidget* dialog, const QWidget* root, const QString& what, const std::function<bool()>& save) const;

private:
    QStringList m_baseline;
};

} // namespace dd
