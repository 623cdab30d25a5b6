// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "data/services/ElmoExport.h"
#include "data/services/TranscriptService.h"
#include "report/TranscriptDocument.h"
#include "sign/SigningKey.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dd {

class Database;

/**
 * Issues transcripts: builds the record, draws the PDF with a fresh
 * verification code and the record's digest, and writes the file and its entry
 * in the issue log together (the file is only kept when the log entry is
 * committed). One at a time or a whole cohort into a folder.
 */
class TranscriptIssuer
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptIssuer)

public:
    struct Request
    {
        QString studentId;
        QString institution;
        QString language; ///< en, en-zh, en-th; empty = the institution's own
        QString recipient;
        QString purpose;
        bool pdfA = false;
        QDate issued = QDate::currentDate();
        QString timeStampUrl; ///< an RFC 3161 authority for the signature's time-stamp (empty: none)
    };
    struct BatchResult
    {
        int issued = 0;
        int total = 0;
        QStringList files;
        QStringList problems; ///< "DD2020001: reason" for each student not issued
        bool cancelled = false;
    };
    /** Called after each student of a batch with (done, total); returning false cancels the rest. */
    using Progress = std::function<bool(int, int)>;

    explicit TranscriptIssuer(Database& db);

    /** Reads the policies in force. */
    [[nodiscard]] bool load(Error* error);
    /**
     * The key transcripts are signed with from now on (its certificate names the
     * institution); a null key issues them unsigned, which the page and the log say.
     */
    void setSigningKey(const SigningKey& key) { m_key = key; }
    const SigningKey& signingKey() const { return m_key; }
    TranscriptService& service() { return m_service; }

    /** Issues one transcript into \a outputPath; \a issued receives the log entry. */
    [[nodiscard]] bool issue(const Request& request, const QString& outputPath, TranscriptIssue* issued, Error* error);
    /** Issues one transcript as PDF bytes (to travel inside another file); \a issued receives the log entry. */
    [[nodiscard]] bool issueBytes(const Request& request, QByteArray* pdf, TranscriptIssue* issued, Error* error);
    /**
     * What an ELMO export attaches: each student's transcript at \a institution, issued now
     * (signed with this issuer's key, in the issue log) for \a recipient and \a purpose.
     * The issuer must outlive the export.
     */
    ElmoExport::TranscriptPdf attachments(const QString& institution, const QString& recipient, const QString& purpose);
    /**
     * Records a transcript issued on paper and returns its sealed document to print;
     * the log keeps the digest of the same document as a PDF.
     */
    std::unique_ptr<TranscriptDocument> issueForPrint(const Request& request, TranscriptIssue* issued, Error* error);
    /** The document as it would be issued now, marked as a preview and not recorded. */
    std::unique_ptr<TranscriptDocument> preview(const Request& request, Error* error);
    /**
     * Issues one transcript to every student of \a cohort into \a folder
     * (STUDENT-INSTITUTION.pdf); a student whose transcript cannot be made is
     * listed in the result's problems and the batch goes on.
     */
    [[nodiscard]] bool issueCohort(int cohort, const Request& request, const QString& folder, const Progress& progress,
                                   BatchResult* result, Error* error);
    /**
     * Issues \a requests into \a paths (one each): records read on the calling thread,
     * PDFs drawn meanwhile on worker threads (one per core), each logged and written in
     * its own transaction, in order. Progress is reported after each one; cancelling
     * stops the rest (nothing of theirs is logged or written).
     */
    bool issueMany(const QList<Request>& requests, const QStringList& paths, const Progress& progress,
                   BatchResult* result);

private:
    QString language(const Request& request) const;
    /** One transcript on its way: the record, its log entry, then its PDF. */
    struct Prepared
    {
        Transcript transcript;
        TranscriptSource source;
        TranscriptIssue entry;
        QString signedSummary; ///< the JWS of the first page's QR
        QString timeStampUrl;
        QByteArray pdf;
        bool pdfA = false;
        bool issued = false; ///< issued (PDF/A-3 with its record), not a preview
    };
    /** Builds the record of \a request and its log entry with a fresh code (reads the database). */
    [[nodiscard]] bool prepare(const Request& request, Prepared* out, Error* error);
    /** Draws the PDF and takes its digest (no database: may run on any thread). */
    std::unique_ptr<TranscriptDocument> draw(Prepared* prepared, Error* error) const;
    /** The signed summary the first page's QR carries (DESIGN's claims), as a JWS. */
    QString signedSummary(const Prepared& prepared, Error* error) const;
    /** Records the entry and writes the file, together or not at all. */
    /** Records the issue, and with a key a checkpoint of the change log, in the caller's transaction. */
    [[nodiscard]] bool record(Prepared* prepared, Error* error);
    [[nodiscard]] bool commit(Prepared* prepared, const QString& outputPath, Error* error);

    Database& m_db;
    TranscriptService m_service;
    SigningKey m_key;
};

} // namespace dd
