// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/plan/DegreePlan.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class PlanView;
}

namespace dd {

class Database;
class PlanService;
class PlanTermList;
class TableTools;

/**
 * The Plan tab of the Audit view: one student's way to both degrees, the terms side
 * by side, each course with the requirements it fills at both institutions. A course
 * dragged to another term of its institution is moved and the plan checked again
 * (load, offering, what stops being met); Plan starts afresh from the record. The plan
 * as a list below can be exported (personal data: to whom and why, logged) or printed.
 */
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget* parent = nullptr);
    ~PlanView() override;

    void setDatabase(Database* db);
    /** Plans \a studentId afresh; false when there is no such student or no plan could be made. */
    bool showStudent(const QString& studentId);
    /** Moves \a code (at \a institution) to term \a toTerm of the schedule and checks the plan again. */
    bool moveCourse(const QString& institution, const QString& code, int toTerm);

    /** The plan as it stands after the last Plan or move. */
    const DegreePlan& plan() const { return m_plan; }
    /** The term lists shown, in order. */
    QList<PlanTermList*> termLists() const { return m_lists; }
    TableTools* tableTools() const { return m_tools; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void planTyped();
    void render();
    void renderTable();
    QString courseTitle(const QString& institution, const QString& code) const;
    QString requirementNames(const QString& institution, const QString& code) const;
    QString termTitle(const PlanTerm& term) const;

    std::unique_ptr<Ui::PlanView> m_ui;
    Database* m_db = nullptr;
    std::unique_ptr<PlanService> m_service;
    std::unique_ptr<PlanInput> m_input;
    QList<PlanTerm> m_schedule; ///< every term up to the time limit, with the courses placed in it
    DegreePlan m_plan;
    QString m_studentId;
    QList<PlanTermList*> m_lists;
    QStandardItemModel* m_table = nullptr;
    TableTools* m_tools = nullptr;
};

} // namespace dd
