// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/services/TranscriptService.h"
#include "sign/SigningKey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace dd {

class Database;

/**
 * Writes students' records at one institution as ELMO XML files (only that
 * institution's own results, never the transfer credit recorded into it), each file
 * recorded in the disclosure log together with its writing. With the institution's
 * key set, each file carries an enveloped XML signature by it; with a transcript
 * source set, the student's transcript PDF travels inside as an attachment.
 */
class ElmoExport
{
    Q_DECLARE_TR_FUNCTIONS(dd::ElmoExport)

public:
    explicit ElmoExport(Database& db);

    /** Makes the transcript PDF of a student to attach (false with the reason when it cannot). */
    using TranscriptPdf = std::function<bool(const QString& studentId, QByteArray* pdf, Error* error)>;

    /** Reads the policies in force. */
    [[nodiscard]] bool load(Error* error);
    /** Signs every file written from now on with \a key (its certificate names the institution). */
    void setSigningKey(const SigningKey& key) { m_key = key; }
    /** Attaches the PDF \a source makes to every file written from now on. */
    void setTranscriptPdf(const TranscriptPdf& source) { m_transcriptPdf = source; }
    /** The ELMO document of \a studentId at \a institution, as of today. */
    QByteArray document(const QString& studentId, const QString& institution, Error* error);
    /** Writes it into \a path and logs the disclosure (to \a recipient for \a purpose, both optional). */
    [[nodiscard]] bool write(const QString& studentId, const QString& institution, const QString& path,
                             const QString& recipient, const QString& purpose, Error* error);
    /**
     * Writes STUDENTID-INSTITUTION.xml for every student of \a cohort into \a folder; a
     * student whose record cannot be written is listed in \a problems and the rest go on.
     * \a progress (done, total) may cancel by returning false.
     */
    [[nodiscard]] bool writeCohort(int cohort, const QString& institution, const QString& folder,
                                   const QString& recipient, const QString& purpose,
                                   const std::function<bool(int, int)>& progress, QStringList* files,
                                   QStringList* problems, Error* error);

private:
    Database& m_db;
    TranscriptService m_transcripts;
    SigningKey m_key;
    TranscriptPdf m_transcriptPdf;
};

} // namespace dd
