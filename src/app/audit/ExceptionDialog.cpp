// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/ExceptionDialog.h"
#include "ui_ExceptionDialog.h"

#include "data/db/Database.h"
#include "data/import/ExceptionImporter.h"

#include <QPushButton>

namespace dd {

ExceptionDialog::ExceptionDialog(Database& db, const AuditResult& audit, const QString& requirementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExceptionDialog>())
    , m_db(db)
    , m_studentId(audit.studentId)
    , m_institution(audit.institution)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Exception for %1 at %2").arg(m_studentId, m_institution));
    m_ui->kindCombo->addItem(tr("waive — the requirement counts as met"), QStringLiteral("waive"));
    m_ui->kindCombo->addItem(tr("substitute — another course counts for it"), QStringLiteral("substitute"));
    m_ui->kindCombo->addItem(tr("force-complete — met whatever the record says"), QStringLiteral("force-complete"));
    m_ui->kindCombo->addItem(tr("also-allow — a course may count here as well"), QStringLiteral("also-allow"));
    for (const AuditResult::Row& r : audit.requirements) {
        m_ui->requirementCombo->addItem(QStringLiteral("%1 — %2").arg(r.id, r.label), r.id);
    }
    m_ui->requirementCombo->setCurrentIndex(std::max(0, m_ui->requirementCombo->findData(requirementId)));
    auto courseNeeded = [this]() {
        const QString kind = m_ui->kindCombo->currentData().toString();
        m_ui->courseEdit->setEnabled(kind == QLatin1String("substitute") || kind == QLatin1String("also-allow"));
    };
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, courseNeeded);
    courseNeeded();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExceptionDialog::accept);
    m_unsaved.setBaseline(this);
}

ExceptionDialog::~ExceptionDialog() = default;

void ExceptionDialog::reject()
{
    // Save is accept(), which closes the dialog once the record is stored, and keeps it open with the reason otherwise.
    if (m_unsaved.mayClose(this, this, tr("the exception"), [this]() {
            accept();
            return false;
        })) {
        QDialog::reject();
    }
}

void ExceptionDialog::accept()
{
    StudentException e;
    e.studentId = m_studentId;
    e.institution = m_institution;
    e.kind = m_ui->kindCombo->currentData().toString();
    e.requirement = m_ui->requirementCombo->currentData().toString();
    e.courseCode = m_ui->courseEdit->isEnabled() ? m_ui->courseEdit->text().trimmed().toUpper() : QString();
    e.reason = m_ui->reasonEdit->toPlainText().trimmed();
    e.approvedBy = m_ui->approvedByEdit->text().trimmed();
    ImportReport report;
    if (!ExceptionImporter::recordOne(m_db, e, &report)) {
        const QHash<QString, QWidget*> fields = {{QStringLiteral("kind"), m_ui->kindCombo},
                                                 {QStringLiteral("requirement"), m_ui->requirementCombo},
                                                 {QStringLiteral("course_code"), m_ui->courseEdit},
                                                 {QStringLiteral("reason"), m_ui->reasonEdit},
                                                 {QStringLiteral("approved_by"), m_ui->approvedByEdit}};
        const ImportIssue issue = report.errors.isEmpty() ? ImportIssue() : report.errors.first();
        const QHash<QString, QString> names = {{QStringLiteral("course_code"), tr("Course")},
                                               {QStringLiteral("reason"), tr("Reason")},
                                               {QStringLiteral("approved_by"), tr("Approved by")},
                                               {QStringLiteral("requirement"), tr("Requirement")},
                                               {QStringLiteral("kind"), tr("Kind")}};
        m_ui->messageLabel->setText(issue.column.isEmpty()
                                        ? issue.message
                                        : tr("%1: %2").arg(names.value(issue.column, issue.column), issue.message));
        if (QWidget* w = fields.value(issue.column)) {
            w->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace dd
