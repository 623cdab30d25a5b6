// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/TranscriptIssue.h"
#include "core/transcript/Transcript.h"
#include "data/services/AuditService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/**
 * Transcripts as records: builds what a transcript of a stored student shows,
 * records one as issued (verification code, digests, recipient, purpose, who and
 * when), and verifies an issued one against the record as it is now. Drawing the
 * document is the report layer's job.
 */
class TranscriptService
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptService)

public:
    /** How verification ended; the numbers are the CLI's exit codes. */
    enum class Verdict {
        Genuine = 0, ///< issued here, and the record still shows the same
        NotGenuine = 1, ///< unknown code or file, or the file was altered
        Changed = 2, ///< issued here, but the record changed since
    };
    struct Verification
    {
        Verdict verdict = Verdict::NotGenuine;
        TranscriptIssue issue; ///< the issue found (when there is one)
        QStringList changes; ///< "- was" / "+ now" lines of the canonical record
        QString message; ///< one sentence for the user
    };

    explicit TranscriptService(Database& db);

    /** Reads the policies in force. */
    [[nodiscard]] bool load(Error* error);
    const PolicySet& policies() const { return m_audit.policies(); }

    /** The languages \a institution's transcripts may be written in: "en" and its own. */
    QStringList languages(const QString& institution) const;

    /**
     * What a transcript of \a studentId at \a institution in \a language issued on
     * \a issued shows. False with a reason (unknown student or institution, a
     * language the institution does not write, no programme for the cohort).
     */
    [[nodiscard]] bool build(const QString& studentId, const QString& institution, const QString& language,
                             const QDate& issued, Transcript* transcript, Error* error,
                             TranscriptSource* source = nullptr);

    /** A new verification code: 16 characters of Crockford base-32 in groups of four, from the system's random source.
     */
    static QString newVerificationCode();
    /** Lowercase hex SHA-256 of \a bytes. */
    static QString sha256(const QByteArray& bytes);

    /** Records \a issue (code, digests, recipient, purpose filled in) as issued by the acting user now. */
    [[nodiscard]] bool record(TranscriptIssue& issue, Error* error);
    /** The transcripts issued to \a studentId, newest first (every student's when empty). */
    QList<TranscriptIssue> issued(const QString& studentId, Error* error) const;

    /** Verifies the transcript issued under \a code against the record as it is now. */
    [[nodiscard]] bool verifyCode(const QString& code, Verification* out, Error* error);
    /**
     * Verifies a transcript file: its bytes must be exactly those issued (their
     * SHA-256 is in the log), then it is checked like a code.
     */
    [[nodiscard]] bool verifyFile(const QByteArray& pdf, Verification* out, Error* error);

private:
    [[nodiscard]] bool compare(const TranscriptIssue& issue, Verification* out, Error* error);
    /** Why the issue log's row of \a issue is not the institution's word (empty when it is). */
    QString attestationProblem(const TranscriptIssue& issue, Error* error) const;

    Database& m_db;
    AuditService m_audit;
};

} // namespace dd
