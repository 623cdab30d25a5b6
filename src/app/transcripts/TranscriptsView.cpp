// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transcripts/TranscriptsView.h"
#include "app/transcripts/TranscriptSigning.h"
#include "ui_TranscriptsView.h"

#include "app/common/RoleNote.h"
#include "core/policy/Permissions.h"

#include "app/common/StudentListModel.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QShortcut>

namespace dd {

namespace {

const int kPreviewDpi = 100;

} // namespace

TranscriptsView::TranscriptsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TranscriptsView>())
{
    m_ui->setupUi(this);
    m_students = new StudentListModel(this);
    m_ui->transcriptStudents->setModel(m_students);
    m_ui->transcriptStudents->sortByColumn(StudentListModel::StudentIdColumn, Qt::AscendingOrder);
    m_ui->transcriptStudents->verticalHeader()->hide();
    for (int c : {int(StudentListModel::CquptNoColumn), int(StudentListModel::RutsNoColumn),
                  int(StudentListModel::NationalityColumn), int(StudentListModel::StatusColumn)}) {
        m_ui->transcriptStudents->hideColumn(c);
    }
    m_ui->transcriptSplitter->setStretchFactor(0, 2);
    m_ui->transcriptSplitter->setStretchFactor(1, 5);
    m_ui->transcriptSplitter->setSizes({360, 800});
    m_ui->previewLabel->setBackgroundRole(QPalette::Dark);
    m_ui->previewArea->setBackgroundRole(QPalette::Dark);

    connect(m_ui->transcriptSearch, &QLineEdit::textChanged, this, &TranscriptsView::refreshStudents);
    connect(m_ui->transcriptStudents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) {
                    return;
                }
                const QString student
                    = m_students->index(current.row(), StudentListModel::StudentIdColumn).data().toString();
                if (student != m_student) {
                    // To whom and why is said for each student: it never carries over to the next one.
                    m_ui->recipientEdit->clear();
                    m_ui->purposeEdit->clear();
                }
                m_student = student;
                refreshPreview();
                refreshIssued();
            });
    connect(m_ui->transcriptInstitution, &QComboBox::currentIndexChanged, this, [this]() {
        fillLanguages();
        refreshPreview();
        refreshSigner();
    });
    connect(m_ui->transcriptLanguage, &QComboBox::currentIndexChanged, this, &TranscriptsView::refreshPreview);
    connect(m_ui->previousPageButton, &QToolButton::clicked, this, [this]() { showPage(m_page - 1); });
    connect(m_ui->nextPageButton, &QToolButton::clicked, this, [this]() { showPage(m_page + 1); });
    auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this]() { showPage(m_page - 1); });
    auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this]() { showPage(m_page + 1); });

    connect(m_ui->issueButton, &QPushButton::clicked, this, [this]() {
        const QString suggested
            = QStringLiteral("%1-%2.pdf").arg(m_student, m_ui->transcriptInstitution->currentData().toString());
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Issue transcript"), suggested, tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            issueTo(path);
        }
    });
    m_ui->issueButton->setShortcut(QKeySequence::Save);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this]() {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print transcript"));
        if (dialog.exec() == QDialog::Accepted) {
            printOn(&printer);
        }
    });
    m_ui->printButton->setShortcut(QKeySequence::Print);
    connect(m_ui->cohortButton, &QPushButton::clicked, this, [this]() {
        const int cohort = m_ui->cohortCombo->currentData().toInt();
        QString recipient;
        QString purpose;
        if (!askRecipientAndPurpose(cohort, &recipient, &purpose)) {
            return;
        }
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Folder for the transcripts of %1").arg(cohort));
        if (!folder.isEmpty()) {
            issueCohortTo(cohort, folder, recipient, purpose);
        }
    });
    auto* verifyMenu = new QMenu(this);
    verifyMenu->addAction(tr("Verify a &file…"), this, [this]() {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Verify transcript"), QString(), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            QString message;
            verify(path, &message);
        }
    });
    verifyMenu->addAction(tr("Verify a file &offline (signature, no database)…"), this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Verify a signed transcript"), QString(),
                                                          tr("PDF documents (*.pdf)"));
        if (path.isEmpty()) {
            return;
        }
        const QString trust = QFileDialog::getOpenFileName(this, tr("The certificate authority to trust"), QString(),
                                                           tr("Certificates (*.pem *.crt)"));
        if (!trust.isEmpty()) {
            QString message;
            verifyOffline(path, trust, &message);
        }
    });
    verifyMenu->addAction(tr("Verify a &code…"), this, [this]() {
        const QString code = QInputDialog::getText(this, tr("Verify transcript"), tr("Verification code:"));
        if (!code.trimmed().isEmpty()) {
            QString message;
            verify(code.trimmed(), &message);
        }
    });
    m_ui->verifyButton->setMenu(verifyMenu);
    setDatabase(nullptr);
}

TranscriptsView::~TranscriptsView() = default;

void TranscriptsView::setDatabase(Database* db)
{
    m_db = db;
    m_preview.reset();
    m_student.clear();
    m_issuer.reset();
    m_students->setDatabase(db);
    if (db) {
        m_issuer = std::make_unique<TranscriptIssuer>(*db);
        Error error;
        if (!m_issuer->load(&error)) {
            say(error.message(), true);
            m_issuer.reset();
        }
    }
    {
        const QSignalBlocker blocker(m_ui->transcriptInstitution);
        m_ui->transcriptInstitution->clear();
        if (m_issuer) {
            for (const QString& code : m_issuer->service().policies().institutionCodes()) {
                m_ui->transcriptInstitution->addItem(code, code);
            }
        }
    }
    fillLanguages();
    fillCohorts();
    refreshStudents();
    refreshPreview();
    refreshIssued();
    refreshSigner();
}

bool TranscriptsView::showStudent(const QString& studentId, const QString& institution)
{
    if (!institution.isEmpty()) {
        const int i = m_ui->transcriptInstitution->findData(institution.toUpper());
        if (i >= 0) {
            m_ui->transcriptInstitution->setCurrentIndex(i);
        }
    }
    m_ui->transcriptSearch->setText(studentId);
    for (int row = 0; row < m_students->rowCount(); ++row) {
        if (m_students->index(row, StudentListModel::StudentIdColumn).data().toString() == studentId) {
            m_ui->transcriptStudents->setCurrentIndex(m_students->index(row, 0));
            return m_preview != nullptr;
        }
    }
    say(tr("No student %1.").arg(studentId), true);
    return false;
}

int TranscriptsView::pageCount() const
{
    return m_preview ? m_preview->pageCount() : 0;
}

void TranscriptsView::showPage(int index)
{
    if (!m_preview || index < 0 || index >= pageCount()) {
        return;
    }
    m_page = index;
    const qreal ratio = devicePixelRatioF();
    QImage image = m_preview->pageImage(index, qRound(kPreviewDpi * ratio));
    image.setDevicePixelRatio(ratio);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(image));
    m_ui->pageLabel->setText(tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    m_ui->previousPageButton->setEnabled(index > 0);
    m_ui->nextPageButton->setEnabled(index + 1 < pageCount());
}

void TranscriptsView::refreshStudents()
{
    Error error;
    if (m_db && !m_students->setFilter(m_ui->transcriptSearch->text(), 0, &error)) {
        say(error.message(), true);
    }
    m_ui->transcriptStudents->resizeColumnsToContents();
}

void TranscriptsView::fillLanguages()
{
    const QString before = m_ui->transcriptLanguage->currentData().toString();
    const QSignalBlocker blocker(m_ui->transcriptLanguage);
    m_ui->transcriptLanguage->clear();
    if (!m_issuer) {
        return;
    }
    const QString institution = m_ui->transcriptInstitution->currentData().toString();
    for (const QString& code : m_issuer->service().languages(institution)) {
        const QString text = code == QLatin1String("en-zh") ? tr("English + 中文")
            : code == QLatin1String("en-th")                ? tr("English + ไทย")
                                                            : tr("English");
        m_ui->transcriptLanguage->addItem(text, code);
    }
    // The institution's own bilingual form first, unless the user chose English.
    const int kept = m_ui->transcriptLanguage->findData(before);
    m_ui->transcriptLanguage->setCurrentIndex(
        kept >= 0 && before == QLatin1String("en") ? kept : m_ui->transcriptLanguage->count() - 1);
}

void TranscriptsView::fillCohorts()
{
    m_ui->cohortCombo->clear();
    if (!m_db) {
        return;
    }
    Error error;
    for (int year : StudentRepository(*m_db).cohorts(&error)) {
        m_ui->cohortCombo->addItem(tr("Cohort %1").arg(year), year);
    }
    if (error.isSet()) {
        QMessageBox::warning(this, tr("Transcripts"), tr("The cohorts cannot be read: %1").arg(error.message()));
    }
}

TranscriptIssuer::Request TranscriptsView::request() const
{
    TranscriptIssuer::Request r;
    r.studentId = m_student;
    r.institution = m_ui->transcriptInstitution->currentData().toString();
    r.language = m_ui->transcriptLanguage->currentData().toString();
    r.recipient = m_ui->recipientEdit->text().trimmed();
    r.purpose = m_ui->purposeEdit->text().trimmed();
    return r;
}

void TranscriptsView::refreshPreview()
{
    m_preview.reset();
    // Issuing is one institution's: a role that may not do it sees why beside the disabled buttons.
    const QString institution = m_ui->transcriptInstitution->currentData().toString();
    const bool mayIssue
        = !m_db || institution.isEmpty() || RoleNote::allows(*m_db, Permissions::Action::IssueTranscripts, institution);
    RoleNote::show(m_ui->transcriptRoleNote,
                   mayIssue
                       ? QStringList()
                       : QStringList {RoleNote::refusal(*m_db, Permissions::Action::IssueTranscripts, institution)});
    const bool shown = m_issuer && !m_student.isEmpty(); // a preview is for anyone who may read the record
    const bool ready = shown && mayIssue;
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->issueButton, m_ui->printButton}) {
        w->setEnabled(ready);
    }
    m_ui->cohortButton->setEnabled(m_issuer && m_ui->cohortCombo->count() > 0 && mayIssue);
    m_ui->verifyButton->setEnabled(m_issuer != nullptr);
    if (!shown) {
        m_ui->previewLabel->clear();
        m_ui->pageLabel->clear();
        m_ui->previousPageButton->setEnabled(false);
        m_ui->nextPageButton->setEnabled(false);
        return;
    }
    Error error;
    m_preview = m_issuer->preview(request(), &error);
    if (!m_preview) {
        m_ui->previewLabel->clear();
        m_ui->pageLabel->clear();
        m_ui->issueButton->setEnabled(false);
        m_ui->printButton->setEnabled(false);
        say(tr("No transcript of %1 at %2: %3")
                .arg(m_student, m_ui->transcriptInstitution->currentData().toString(), error.message()),
            true);
        return;
    }
    m_preview->layoutForScreen();
    say(QString());
    showPage(0);
}

void TranscriptsView::refreshIssued()
{
    m_ui->issuedTable->clear();
    m_ui->issuedTable->setColumnCount(8);
    m_ui->issuedTable->setHorizontalHeaderLabels({tr("Issued (UTC)"), tr("Code", "verification code"), tr("Signed"),
                                                  tr("Institution"), tr("Language"), tr("To"), tr("Purpose"),
                                                  tr("By")});
    m_ui->issuedTable->setRowCount(0);
    if (!m_issuer || m_student.isEmpty()) {
        return;
    }
    Error error;
    const QList<TranscriptIssue> issued = m_issuer->service().issued(m_student, &error);
    if (error.isSet()) {
        QMessageBox::warning(this, tr("Transcripts"),
                             tr("The transcripts issued to %1 cannot be read: %2").arg(m_student, error.message()));
    }
    m_ui->issuedTable->setRowCount(int(issued.size()));
    for (int row = 0; row < issued.size(); ++row) {
        const TranscriptIssue& t = issued.at(row);
        const QStringList cells {t.issuedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 t.verificationCode,
                                 t.signerFingerprint.isEmpty() ? tr("unsigned") : tr("signed"),
                                 t.institution,
                                 t.language,
                                 t.recipient,
                                 t.purpose,
                                 t.issuedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 2 && !t.signerFingerprint.isEmpty()) {
                item->setToolTip(tr("Signed by the certificate with SHA-256 %1").arg(t.signerFingerprint));
            }
            m_ui->issuedTable->setItem(row, c, item);
        }
    }
    m_ui->issuedTable->resizeColumnsToContents();
}

bool TranscriptsView::openSigningKey(Error* error)
{
    m_issuer->setSigningKey(SigningKey());
    if (m_ui->unsignedCheck->isChecked()) {
        return true;
    }
    const SigningKey key
        = TranscriptSigning::open(*m_db, m_ui->transcriptInstitution->currentData().toString(), this, error);
    m_issuer->setSigningKey(key);
    return !error->isSet();
}

void TranscriptsView::refreshSigner()
{
    const QString institution = m_ui->transcriptInstitution->currentData().toString();
    if (!m_db || institution.isEmpty()) {
        m_ui->signerLabel->clear();
        return;
    }
    const TranscriptSigning::Signer signer = TranscriptSigning::signer(*m_db, institution);
    m_ui->signerLabel->setText(signer.text);
    m_ui->signerLabel->setStyleSheet(signer.warning ? QStringLiteral("color: #b00000") : QString());
}

bool TranscriptsView::issueTo(const QString& path)
{
    if (!m_issuer || m_student.isEmpty()) {
        return false;
    }
    TranscriptIssue issued;
    Error error;
    const bool done = openSigningKey(&error) && m_issuer->issue(request(), path, &issued, &error);
    m_issuer->setSigningKey(SigningKey()); // the key is let go as soon as it has signed
    if (!done) {
        say(tr("Not issued: %1").arg(error.message()), true);
        QMessageBox::warning(this, tr("Issue transcript"), error.message());
        return false;
    }
    say(issued.signerFingerprint.isEmpty() ? tr("Issued %1 with verification code %2, not signed.")
                                                 .arg(QDir::toNativeSeparators(path), issued.verificationCode)
                                           : tr("Issued %1 with verification code %2, signed.")
                                                 .arg(QDir::toNativeSeparators(path), issued.verificationCode));
    refreshIssued();
    return true;
}

bool TranscriptsView::printOn(QPrinter* printer)
{
    if (!m_issuer || m_student.isEmpty()) {
        return false;
    }
    TranscriptIssue issued;
    Error error;
    std::unique_ptr<TranscriptDocument> document
        = openSigningKey(&error) ? m_issuer->issueForPrint(request(), &issued, &error) : nullptr;
    m_issuer->setSigningKey(SigningKey());
    if (!document) {
        say(tr("Not printed: %1").arg(error.message()), true);
        QMessageBox::warning(this, tr("Print transcript"), error.message());
        return false;
    }
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(document->title());
    document->print(printer);
    say(tr("Printed with verification code %1.").arg(issued.verificationCode));
    refreshIssued();
    return true;
}

bool TranscriptsView::askRecipientAndPurpose(int cohort, QString* recipient, QString* purpose)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("cohortRecipientDialog"));
    dialog.setWindowTitle(tr("Issue the transcripts of cohort %1").arg(cohort));
    auto* form = new QFormLayout(&dialog);
    auto* intro = new QLabel(tr("Every transcript of the cohort is recorded as issued to this recipient for this"
                                " purpose."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* to = new QLineEdit(m_ui->recipientEdit->text(), &dialog);
    to->setObjectName(QStringLiteral("cohortRecipientEdit"));
    auto* why = new QLineEdit(m_ui->purposeEdit->text(), &dialog);
    why->setObjectName(QStringLiteral("cohortPurposeEdit"));
    form->addRow(tr("&To:"), to);
    form->addRow(tr("&Purpose:"), why);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto update = [&]() {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!to->text().trimmed().isEmpty() && !why->text().trimmed().isEmpty());
    };
    connect(to, &QLineEdit::textChanged, &dialog, update);
    connect(why, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *recipient = to->text().trimmed();
    *purpose = why->text().trimmed();
    return true;
}

TranscriptIssuer::BatchResult TranscriptsView::issueCohortTo(int cohort, const QString& folder,
                                                             const QString& recipient, const QString& purpose)
{
    TranscriptIssuer::BatchResult result;
    if (!m_issuer) {
        return result;
    }
    QProgressDialog progress(tr("Issuing the transcripts of cohort %1…").arg(cohort), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("cohortProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    TranscriptIssuer::Request base = request();
    base.recipient = recipient;
    base.purpose = purpose;
    Error error;
    if (!openSigningKey(&error)) {
        progress.reset();
        say(error.message(), true);
        QMessageBox::warning(this, tr("Issue cohort"), error.message());
        return result;
    }
    const bool ok = m_issuer->issueCohort(
        cohort, base, folder,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &result, &error);
    m_issuer->setSigningKey(SigningKey());
    progress.reset();
    if (!ok) {
        say(error.message(), true);
        QMessageBox::warning(this, tr("Issue cohort"), error.message());
        return result;
    }
    QString text = result.cancelled ? tr("Cancelled: %1 of %2 transcripts of cohort %3 issued into %4.")
                                    : tr("%1 of %2 transcripts of cohort %3 issued into %4.");
    text = text.arg(result.issued).arg(result.total).arg(cohort).arg(QDir::toNativeSeparators(folder));
    if (!result.problems.isEmpty()) {
        text += QLatin1Char('\n') + result.problems.join(QLatin1Char('\n'));
    }
    say(text, !result.problems.isEmpty());
    refreshIssued();
    return result;
}

TranscriptService::Verdict TranscriptsView::verify(const QString& fileOrCode, QString* message)
{
    TranscriptService::Verification v;
    Error error;
    bool ok = false;
    if (!m_issuer) {
        return TranscriptService::Verdict::NotGenuine;
    }
    if (QFileInfo(fileOrCode).isFile()) {
        QFile file(fileOrCode);
        if (!file.open(QIODevice::ReadOnly)) {
            error = Error::storage(tr("Cannot read %1: %2").arg(fileOrCode, file.errorString()));
        } else {
            ok = m_issuer->service().verifyFile(file.readAll(), &v, &error);
        }
    } else {
        ok = m_issuer->service().verifyCode(fileOrCode, &v, &error);
    }
    if (!ok) {
        *message = error.message();
        QMessageBox::warning(this, tr("Verify transcript"), error.message());
        return TranscriptService::Verdict::NotGenuine;
    }
    const QString verdict = v.verdict == TranscriptService::Verdict::Genuine ? tr("Genuine and current.")
        : v.verdict == TranscriptService::Verdict::Changed
        ? tr("Genuine, but the record has changed since it was issued.")
        : tr("Not genuine.");
    *message = verdict + QStringLiteral("\n\n") + v.message;
    if (!v.changes.isEmpty()) {
        *message += QStringLiteral("\n\n") + v.changes.join(QLatin1Char('\n'));
    }
    if (v.verdict == TranscriptService::Verdict::Genuine) {
        QMessageBox::information(this, tr("Verify transcript"), *message);
    } else {
        QMessageBox::warning(this, tr("Verify transcript"), *message);
    }
    return v.verdict;
}

OfflineVerdict TranscriptsView::verifyOffline(const QString& pdf, const QString& trust, QString* message)
{
    return TranscriptSigning::verifyFile(pdf, trust, this, message);
}

void TranscriptsView::say(const QString& message, bool problem)
{
    m_ui->transcriptMessage->setText(message);
    m_ui->transcriptMessage->setStyleSheet(problem ? QStringLiteral("color: #b00000") : QString());
}

void TranscriptsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        const int cohort = m_ui->cohortCombo->currentIndex();
        fillCohorts();
        m_ui->cohortCombo->setCurrentIndex(cohort);
        refreshIssued();
        if (m_preview) {
            m_ui->pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace dd
