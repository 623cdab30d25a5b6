// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class CreditTransferView;
}

namespace dd {

class Database;
class EquivalencyDialog;
class EquivalencyFilterModel;
class EquivalencyModel;
class NewEquivalencyDialog;
class TransferPlanModel;
class TransferService;

/**
 * The "Credit transfer" view: the equivalency catalogue (sortable, filtered by
 * institution, status, cohort and text in any script) with a detail dialog for
 * decisions, and one student's transfers into an institution — allowed ones
 * with converted grade and credits, refused ones with the reason, recorded ones
 * — with Apply (undoable) and a reviewed Reverse.
 */
class CreditTransferView : public QWidget
{
    Q_OBJECT

public:
    explicit CreditTransferView(QWidget* parent = nullptr);
    ~CreditTransferView() override;

    /** Shows \a db (nullptr: nothing). */
    void setDatabase(Database* db);
    QUndoStack* undoStack() const { return m_undo; }

    /** Shows the transfers of \a studentId into \a institution. */
    bool showStudent(const QString& studentId, const QString& institution);
    /** Opens the detail dialog of the selected equivalency (window-modal); returns it. */
    EquivalencyDialog* openSelected();
    /** Selects the equivalency with version id \a id (clearing the filters) and opens its dialog. */
    EquivalencyDialog* openEquivalency(qint64 id);
    /** Opens the dialog that proposes a new equivalency (window-modal); returns it. */
    NewEquivalencyDialog* proposeNew();
    /** Records every allowed transfer of the shown student, as one undoable step. */
    bool applyAllowed();
    /** Reverses the selected recorded transfer with \a reason. */
    bool reverseSelected(const QString& reason);
    /** Re-reads the catalogue and the shown student. */
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadFilters();
    void applyFilters();
    void refreshStudent();
    void updateButtons();
    void askReverse();
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::CreditTransferView> m_ui;
    Database* m_db = nullptr;
    std::unique_ptr<TransferService> m_service;
    EquivalencyModel* m_catalogue = nullptr;
    EquivalencyFilterModel* m_filter = nullptr;
    TransferPlanModel* m_plan = nullptr;
    QUndoStack* m_undo = nullptr;
    QPointer<EquivalencyDialog> m_dialog;
    QPointer<NewEquivalencyDialog> m_newDialog;
};

} // namespace dd
