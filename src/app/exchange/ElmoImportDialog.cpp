// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/exchange/ElmoImportDialog.h"

#include "app/common/ListTable.h"
#include "app/common/RoleNote.h"
#include "app/results/MarkSheetModel.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

enum Column { Code, Title, Term, Attempt, Mark, Status, ColumnCount };

const QColor kRefused(0xa0, 0, 0);
const QColor kChanged(0x80, 0x50, 0);

} // namespace

ElmoImportDialog::ElmoImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_file(new QLabel(this))
    , m_signature(new QLabel(this))
    , m_learner(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("elmoImportDialog"));
    setWindowTitle(tr("Import a Partner's Record"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A partner's record is imported only as the partner signed it, under a certificate"
                                " trusted here (Settings › Partner Certificates). Nothing is written until you press"
                                " Import, and then all of it or nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("elmoFile"));
    m_file->setText(tr("No file chosen."));
    fileRow->addWidget(m_file, 1);
    auto* choose = new QPushButton(tr("&Choose File…"), this);
    choose->setObjectName(QStringLiteral("elmoChooseFile"));
    connect(choose, &QPushButton::clicked, this, &ElmoImportDialog::chooseFile);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    auto* form = new QFormLayout;
    m_signature->setObjectName(QStringLiteral("elmoSignature"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_learner->setObjectName(QStringLiteral("elmoLearner"));
    m_learner->setWordWrap(true);
    form->addRow(tr("Signature:"), m_signature);
    form->addRow(tr("Learner:"), m_learner);
    layout->addLayout(form);
    setUpListTable(m_table, QStringLiteral("elmoPreview"),
                   {tr("Course"), tr("Title"), tr("Term"), tr("Attempt"), tr("Mark"), tr("What importing does")});
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("elmoSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* reasonRow = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("elmoReason"));
    m_reason->setPlaceholderText(tr("needed where the record changes a mark already recorded"));
    m_reason->setMaxLength(500);
    reasonRow->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(reasonRow);
    m_note->setObjectName(QStringLiteral("elmoImportRoleNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setObjectName(QStringLiteral("elmoImportButton"));
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow()) {
            accept();
        }
    });
    // A changed reason may make a refused grade change acceptable: show it again.
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (!m_path.isEmpty()) {
            preview(m_path);
        }
    });
    layout->addWidget(buttons);
}

void ElmoImportDialog::fail(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("elmoImportMessage"));
    box.exec();
}

void ElmoImportDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("A Partner's Record"), QString(), tr("ELMO records (*.xml)"));
    if (!path.isEmpty()) {
        preview(path);
    }
}

bool ElmoImportDialog::preview(const QString& path)
{
    m_path = path;
    m_import->setEnabled(false);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > ElmoImporter::kMaxRecordBytes) {
        m_signature->setText(file.isOpen()
                                 ? tr("larger than %1 MB: not a record").arg(ElmoImporter::kMaxRecordBytes >> 20)
                                 : tr("cannot be read: %1").arg(file.errorString()));
        m_signature->setStyleSheet(QStringLiteral("color: #a00000"));
        return false;
    }
    m_bytes = file.readAll();

    ElmoImporter importer(m_db);
    Importer::Options options;
    options.dryRun = true;
    options.reason = m_reason->text().trimmed();
    ImportReport report;
    const bool acceptable = importer.run(m_bytes, path, options, &report);
    const ElmoImporter::Found& found = importer.found();

    // Only what a verified signature vouches for is shown as the partner's.
    const QString whole
        = report.errors.isEmpty() || report.errors.first().line > 0 ? QString() : report.errors.first().message;
    if (found.signatureVerified) {
        m_signature->setText(
            tr("verified: signed by %1 (%2's certificate trusted here, SHA-256 %3…)")
                .arg(found.signer.subject(), found.signerInstitution, found.signer.fingerprint().left(16)));
        m_signature->setStyleSheet(QString());
    } else {
        m_signature->setText(tr("refused: %1").arg(whole));
        m_signature->setStyleSheet(QStringLiteral("color: #a00000"));
    }
    if (!found.studentId.isEmpty()) {
        m_learner->setText(tr("%1, %2 (born %3) is %4 (%5) here")
                               .arg(found.record.familyName, found.record.givenNames,
                                    found.record.birthDate.toString(Qt::ISODate), found.studentId, found.studentName));
        m_learner->setStyleSheet(QString());
    } else if (found.signatureVerified) {
        m_learner->setText(whole);
        m_learner->setStyleSheet(QStringLiteral("color: #a00000"));
    } else {
        m_learner->setText(QString());
    }

    QHash<int, QString> refusals;
    for (const ImportIssue& issue : std::as_const(report.errors)) {
        if (issue.line > 0) {
            refusals[issue.line]
                += (refusals.value(issue.line).isEmpty() ? QString() : QStringLiteral("; ")) + issue.message;
        }
    }
    const QList<ElmoRecord::Opportunity>& rows = found.signatureVerified && !found.studentId.isEmpty()
        ? found.record.opportunities
        : QList<ElmoRecord::Opportunity>();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ElmoRecord::Opportunity& o = rows.at(i);
        const int line = i + 1;
        QString status;
        QColor colour;
        if (refusals.contains(line)) {
            status = tr("refused: %1").arg(refusals.value(line));
            colour = kRefused;
        } else if (report.rowChanges.value(line).startsWith(QLatin1String("add "))) {
            status = tr("new");
        } else if (report.rowChanges.contains(line)) {
            const QString change = report.rowChanges.value(line);
            const qsizetype arrow = change.lastIndexOf(QLatin1String(" -> "));
            const qsizetype colon = change.lastIndexOf(QLatin1String(": "), arrow);
            status = tr("changes the mark recorded here: %1 → %2")
                         .arg(change.mid(colon + 2, arrow - colon - 2), o.resultLabel);
            colour = kChanged;
        } else {
            status = tr("unchanged");
        }
        const QString mark = o.status == QLatin1String("in-progress") ? tr("in progress") : o.resultLabel;
        const std::optional<dd::Attempt> attempt = attemptFromName(o.attempt);
        const QStringList cells {o.code, o.titles.value(QStringLiteral("en"), o.titles.value(QStringLiteral("th"))),
                                 o.term, attempt ? MarkSheetModel::attemptText(*attempt) : o.attempt,
                                 mark,   status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (colour.isValid()) {
                item->setForeground(colour);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);

    const int refused = int(report.errors.size());
    if (acceptable) {
        m_summary->setText(tr("%1 course(s): %2 new, %3 changed, %4 unchanged.")
                               .arg(rows.size())
                               .arg(report.inserted)
                               .arg(report.updated)
                               .arg(report.unchanged));
        m_summary->setStyleSheet(QString());
    } else {
        m_summary->setText(tr("Nothing would be imported: %n problem(s). The whole record is imported or none of it.",
                              nullptr, refused));
        m_summary->setStyleSheet(QStringLiteral("color: #a00000"));
    }
    const bool may
        = found.issuer.isEmpty() || RoleNote::allows(m_db, Permissions::Action::ImportPartnerRecords, found.issuer);
    RoleNote::show(
        m_note,
        may ? QStringList()
            : QStringList {RoleNote::refusal(m_db, Permissions::Action::ImportPartnerRecords, found.issuer)});
    m_import->setEnabled(acceptable && may && report.inserted + report.updated > 0);
    return acceptable;
}

bool ElmoImportDialog::importNow()
{
    if (m_bytes.isEmpty()) {
        return false;
    }
    ElmoImporter importer(m_db);
    Importer::Options options;
    options.reason = m_reason->text().trimmed();
    ImportReport report;
    // The bytes that were shown, not the file as it may be now.
    if (!importer.run(m_bytes, m_path, options, &report)) {
        fail(tr("Nothing was imported: %1")
                 .arg(report.errors.isEmpty() ? tr("the import failed") : report.errors.first().toString()));
        preview(m_path);
        return false;
    }
    m_imported = report.written;
    m_outcome = report.backup.isEmpty()
        ? report.summary()
        : tr("%1; the database as it was before: %2").arg(report.summary(), QDir::toNativeSeparators(report.backup));
    return true;
}

} // namespace dd
