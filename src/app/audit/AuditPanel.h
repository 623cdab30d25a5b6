// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class AuditPanel;
}

namespace dd {

class AuditTreeModel;
class InstitutionPolicy;

/**
 * One institution's half of the audit view: programme (own or what-if), GPA by
 * that institution's rule, credits bar, graduation and degree outcomes, honours
 * and every disqualifier, the requirement tree, fallthrough and in-progress
 * courses, exceptions.
 */
class AuditPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AuditPanel(QWidget* parent = nullptr);
    ~AuditPanel() override;

    /** Lists the programmes of the institution for the what-if selector. */
    void setProgrammes(const QString& institution, const QString& title, const QStringList& codes);
    QString institution() const { return m_institution; }
    /** The chosen what-if programme, or empty for the student's own. */
    QString whatIf() const;
    /** Shows \a result, audited under \a policy's GPA rule. */
    void showResult(const AuditResult& result, const InstitutionPolicy* policy);
    void showProblem(const QString& message);
    void clear();
    /** The requirement selected in the tree, or empty. */
    QString selectedRequirement() const;
    AuditTreeModel* model() const { return m_model; }
    /**
     * Why the acting user may not grant or revoke exceptions here (Permissions::refusal),
     * or empty when they may; the buttons are disabled with the reason shown beside them.
     */
    void setExceptionRefusal(const QString& refusal);
    /** An honours class ("first", "second" in the audit) as the reader's language says it. */
    static QString honoursText(const QString& honours);

protected:
    void changeEvent(QEvent* event) override;

signals:
    void whatIfChanged();
    void exceptionRequested(const QString& institution, const QString& requirement);
    void revokeRequested(const QString& institution, const QString& requirement);

private:
    std::unique_ptr<Ui::AuditPanel> m_ui;
    AuditTreeModel* m_model = nullptr;
    QString m_institution;
    QString m_exceptionRefusal;
};

} // namespace dd
