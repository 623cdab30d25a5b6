// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class ResultsEntryView;
}

namespace dd {

class Database;
class MarkEntryService;
class MarkSheetModel;

/**
 * Results entry, the registrar's workflow: pick institution, term and course;
 * the enrolled students come in a grid; marks are typed on the institution's own
 * scale and an invalid one is refused at once with the reason; make-up and
 * retake attempts are added per student; Save writes the sheet in one
 * transaction (a grade change asks for its reason) as one undoable step; a row
 * changed by someone else meanwhile stops the save and shows both values.
 */
class ResultsEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsEntryView(QWidget* parent = nullptr);
    ~ResultsEntryView() override;

    void setDatabase(Database* db);
    QUndoStack* undoStack() const { return m_undo; }

    /** Shows the sheet of \a courseCode in \a term at \a institution. */
    bool showSheet(const QString& institution, const QString& term, const QString& courseCode);
    /** Saves the typed marks; \a reason is used for grade changes (asked for when empty and needed). */
    bool saveMarks(const QString& reason = QString());
    bool hasUnsavedMarks() const;
    /**
     * Before \a action (e.g. "opening another database") would drop typed marks:
     * asks Save / Discard / Cancel. True when the caller may go on (saved, discarded,
     * or nothing was typed).
     */
    bool confirmLeave(const QString& action);

protected:
    void changeEvent(QEvent* event) override;

private:
    /** Says in the message line that what the sheet needs could not be read. */
    void showReadError(const Error& error);
    void fillTerms();
    void updateScaleLabel();
    void fillCourses();
    void loadSheet();
    /** A choice of institution, term or course changed: asks first when marks are typed. */
    void selectionChanged(void (ResultsEntryView::*next)());
    /** Puts the choices back to the sheet on screen. */
    void restoreSelection();
    void addAttempt(int kind);
    void updateState();

    std::unique_ptr<Ui::ResultsEntryView> m_ui;
    Database* m_db = nullptr;
    std::unique_ptr<MarkEntryService> m_service;
    MarkSheetModel* m_sheet = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_markRefused = false; ///< the mark just typed was refused: Enter does not move on
    QString m_shownInstitution; ///< the sheet on screen: institution, term, course
    QString m_shownTerm;
    QString m_shownCourse;
};

} // namespace dd
