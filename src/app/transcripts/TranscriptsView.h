// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/TranscriptIssuer.h"
#include "report/verify/Verdict.h"

#include <QWidget>

#include <memory>

class QPrinter;

namespace Ui {
class TranscriptsView;
}

namespace dd {

class Database;
class StudentListModel;

/**
 * The Transcripts view: find a student, choose the institution and language,
 * look at the pages as they will be issued, then issue a PDF, print, or issue a
 * whole cohort into a folder (with a progress bar and cancel). Every issue goes
 * to the issue log with its recipient and purpose; the student's earlier ones are
 * listed, and any file or code can be verified from here.
 */
class TranscriptsView : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptsView(QWidget* parent = nullptr);
    ~TranscriptsView() override;

    void setDatabase(Database* db);

    /** Selects \a studentId (and \a institution when given) and shows the preview. */
    bool showStudent(const QString& studentId, const QString& institution = QString());
    QString currentStudent() const { return m_student; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int index);

    /** Issues the shown transcript into \a path; false with the reason shown. */
    bool issueTo(const QString& path);
    /** Issues the shown transcript on \a printer (recorded first, then printed). */
    bool printOn(QPrinter* printer);
    /**
     * Issues every student of \a cohort into \a folder, to \a recipient for \a purpose,
     * with a progress dialog that can cancel.
     */
    TranscriptIssuer::BatchResult issueCohortTo(int cohort, const QString& folder, const QString& recipient,
                                                const QString& purpose);
    /** Asks to whom and for what a cohort's transcripts go (both needed); false when cancelled. */
    bool askRecipientAndPurpose(int cohort, QString* recipient, QString* purpose);
    /** Verifies a PDF file or a verification code and says the outcome; returns it. */
    TranscriptService::Verdict verify(const QString& fileOrCode, QString* message);
    /**
     * Checks a signed transcript file with no database, against the certificate authority in
     * \a trust; the verdict and what was checked are shown and put in \a message.
     */
    OfflineVerdict verifyOffline(const QString& pdf, const QString& trust, QString* message);

protected:
    void changeEvent(QEvent* event) override;

private:
    /** Opens the institution's key for one issuing action (its passphrase asked), unless Unsigned is ticked. */
    [[nodiscard]] bool openSigningKey(Error* error);
    /** Who signs the chosen institution's transcripts, beside the request. */
    void refreshSigner();
    void refreshStudents();
    void fillLanguages();
    void fillCohorts();
    void refreshPreview();
    void refreshIssued();
    TranscriptIssuer::Request request() const;
    void say(const QString& message, bool problem = false);

    std::unique_ptr<Ui::TranscriptsView> m_ui;
    Database* m_db = nullptr;
    std::unique_ptr<TranscriptIssuer> m_issuer;
    StudentListModel* m_students = nullptr;
    std::unique_ptr<TranscriptDocument> m_preview;
    QString m_student;
    int m_page = 0;
};

} // namespace dd
