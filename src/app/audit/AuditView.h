// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QChartView;
class QSortFilterProxyModel;

namespace Ui {
class AuditView;
}

namespace dd {

class AuditPanel;
class AuditService;
class CohortAuditModel;
class Database;
class InstitutionPolicy;
class PlanView;

/**
 * The Audit view: one student audited at both institutions side by side, with
 * what-if programmes and exceptions; and a cohort overview (students x
 * outcome) with charts of credit progress and GPA; double-click opens a student.
 */
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;

    void setDatabase(Database* db);
    /** Audits \a studentId at both institutions and shows the result. */
    bool showStudent(const QString& studentId);
    /** Shows the cohort overview of \a cohort at \a institution. */
    bool showCohort(int cohort, const QString& institution);
    AuditPanel* panel(const QString& institution) const;
    /** The Plan tab: the shown student's way to both degrees. */
    PlanView* planView() const { return m_planView; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void auditTyped();
    void refreshStudent();
    void refreshCohort();
    /** Audits the chosen cohort the first time its page is seen after a database opens. */
    void showCohortIfDue();
    /** Exceptions are offered only where the acting user may grant them; elsewhere the reason is shown. */
    void applyRole();
    /** "RUTS — มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย": the institution named in the interface language. */
    static QString institutionTitle(const InstitutionPolicy& policy);
    void updateCharts();
    void addException(const QString& institution, const QString& requirement);
    void revokeException(const QString& institution, const QString& requirement);

    std::unique_ptr<Ui::AuditView> m_ui;
    Database* m_db = nullptr;
    std::unique_ptr<AuditService> m_service;
    QHash<QString, AuditPanel*> m_panels;
    QString m_studentId;
    CohortAuditModel* m_cohort = nullptr;
    bool m_cohortShown = false; ///< the cohort page shows the chosen cohort's audits
    QSortFilterProxyModel* m_cohortProxy = nullptr;
    QChartView* m_progressChart = nullptr;
    QChartView* m_gpaChart = nullptr;
    PlanView* m_planView = nullptr;
};

} // namespace dd
