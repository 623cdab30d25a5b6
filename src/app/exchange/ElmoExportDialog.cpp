// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/exchange/ElmoExportDialog.h"

#include "app/common/KeySecret.h"
#include "app/common/RoleNote.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/ElmoExport.h"
#include "data/services/InstitutionKeys.h"
#include "report/TranscriptIssuer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace dd {

ElmoExportDialog::ElmoExportDialog(Database& db, const QString& studentId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_institution(new QComboBox(this))
    , m_one(new QRadioButton(tr("One &student:"), this))
    , m_cohort(new QRadioButton(tr("A c&ohort:"), this))
    , m_student(new QLineEdit(studentId, this))
    , m_cohortYear(new QComboBox(this))
    , m_recipient(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_attach(new QCheckBox(tr("Attach the &transcript (issued now, in the issue log)"), this))
    , m_signature(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("elmoExportDialog"));
    setWindowTitle(tr("Export Records for the Partner"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Writes the institution's own results of a student (never the credit transferred into"
                                " it) as an ELMO file for the partner's office, signed with the institution's key."
                                " The partner imports it with File › Exchange › Import a Partner's Record."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_institution->setObjectName(QStringLiteral("elmoInstitution"));
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT code FROM institutions ORDER BY code"))) {
        while (q.next()) {
            m_institution->addItem(q.value(0).toString());
        }
    }
    form->addRow(tr("Whose record:"), m_institution);
    m_one->setObjectName(QStringLiteral("elmoOneStudent"));
    m_cohort->setObjectName(QStringLiteral("elmoCohort"));
    m_student->setObjectName(QStringLiteral("elmoStudent"));
    m_student->setPlaceholderText(tr("student ID, e.g. DD2021001"));
    m_cohortYear->setObjectName(QStringLiteral("elmoCohortYear"));
    Error error;
    for (int year : StudentRepository(m_db).cohorts(&error)) {
        m_cohortYear->addItem(QString::number(year), year);
    }
    form->addRow(m_one, m_student);
    form->addRow(m_cohort, m_cohortYear);
    m_recipient->setObjectName(QStringLiteral("elmoRecipient"));
    m_recipient->setPlaceholderText(tr("e.g. RUTS programme coordinator"));
    m_purpose->setObjectName(QStringLiteral("elmoPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. credit transfer for the dual degree"));
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Purpose:"), m_purpose);
    layout->addLayout(form);
    m_attach->setObjectName(QStringLiteral("elmoAttachPdf"));
    layout->addWidget(m_attach);
    m_signature->setObjectName(QStringLiteral("elmoSigning"));
    m_signature->setWordWrap(true);
    layout->addWidget(m_signature);
    m_note->setObjectName(QStringLiteral("elmoExportRoleNote"));
    layout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("elmoExportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ElmoExportDialog::chooseTarget);
    layout->addWidget(buttons);

    (studentId.isEmpty() ? m_cohort : m_one)->setChecked(true);
    connect(m_one, &QRadioButton::toggled, this, &ElmoExportDialog::updateForm);
    connect(m_institution, &QComboBox::currentTextChanged, this, &ElmoExportDialog::updateForm);
    const bool mayExport = RoleNote::allows(m_db, Permissions::Action::ExportPersonalData);
    exportButton->setEnabled(mayExport);
    RoleNote::show(m_note,
                   mayExport ? QStringList()
                             : QStringList {RoleNote::refusal(m_db, Permissions::Action::ExportPersonalData)});
    updateForm();
}

void ElmoExportDialog::updateForm()
{
    m_student->setEnabled(m_one->isChecked());
    m_cohortYear->setEnabled(m_cohort->isChecked());
    const QString institution = m_institution->currentText();
    Error error;
    const std::optional<InstitutionKey> key = InstitutionKeys(m_db).repository().find(institution, &error);
    m_signature->setText(key ? tr("Signed with %1's key: %2").arg(institution, key->certificate.subject())
                             : tr("%1 has no signing key (Settings › Institution Keys): the file would not be"
                                  " signed, and the partner's import refuses an unsigned record.")
                                   .arg(institution));
    m_signature->setStyleSheet(key ? QString() : QStringLiteral("color: #a00000"));
}

void ElmoExportDialog::fail(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("elmoExportMessage"));
    box.exec();
}

void ElmoExportDialog::chooseTarget()
{
    const QString institution = m_institution->currentText();
    const QString target = m_one->isChecked()
        ? QFileDialog::getSaveFileName(this, tr("Export the Record"),
                                       QStringLiteral("%1-%2.xml").arg(m_student->text().trimmed(), institution),
                                       tr("ELMO records (*.xml)"))
        : QFileDialog::getExistingDirectory(this, tr("Folder for the Cohort's Records"));
    if (!target.isEmpty() && exportTo(target)) {
        QMessageBox::information(
            this, windowTitle(),
            tr("%n record(s) written, each in the disclosure log.", nullptr, int(m_written.size())));
    }
}

bool ElmoExportDialog::exportTo(const QString& target)
{
    m_written.clear();
    const QString institution = m_institution->currentText();
    ElmoExport exporter(m_db);
    Error error;
    if (!exporter.load(&error)) {
        fail(error.message());
        return false;
    }
    // The key opens once, before anything is written or logged.
    InstitutionKeys keys(m_db);
    SigningKey key;
    if (keys.hasKey(institution, &error)) {
        key = keys.open(institution, askKeySecret(this), &error);
        if (key.isNull()) {
            fail(tr("Nothing was exported: %1").arg(error.message()));
            return false;
        }
        exporter.setSigningKey(key);
    }
    TranscriptIssuer issuer(m_db);
    if (m_attach->isChecked()) {
        if (!issuer.load(&error)) {
            fail(error.message());
            return false;
        }
        issuer.setSigningKey(key);
        exporter.setTranscriptPdf(
            issuer.attachments(institution, m_recipient->text().trimmed(), m_purpose->text().trimmed()));
    }
    const QString recipient = m_recipient->text().trimmed();
    const QString purpose = m_purpose->text().trimmed();
    if (m_one->isChecked()) {
        if (!exporter.write(m_student->text().trimmed(), institution, target, recipient, purpose, &error)) {
            fail(tr("Nothing was exported: %1").arg(error.message()));
            return false;
        }
        m_written << target;
        return true;
    }
    const int cohort = m_cohortYear->currentData().toInt();
    QProgressDialog progress(tr("Exporting the %1 records of cohort %2…").arg(institution).arg(cohort), tr("Cancel"), 0,
                             0, this);
    progress.setObjectName(QStringLiteral("elmoExportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QStringList problems;
    const bool done = exporter.writeCohort(
        cohort, institution, target, recipient, purpose,
        [&progress](int n, int total) {
            progress.setMaximum(total);
            progress.setValue(n);
            return !progress.wasCanceled();
        },
        &m_written, &problems, &error);
    progress.reset();
    if (!done || !problems.isEmpty()) {
        fail(done ? tr("%n record(s) written; these were not:", nullptr, int(m_written.size())) + QLatin1Char('\n')
                     + problems.join(QLatin1Char('\n'))
                  : error.message());
        return false;
    }
    return true;
}

} // namespace dd
