// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/transcript/Transcript.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace dd {

/**
 * A transcript as HTML for QTextDocument: the letterhead, the identity block,
 * credit transferred, every term's table, the summary, the legend, the end of
 * record and the verification block. Headings are in English and the document's
 * native language ("Term / 学期" for en-zh, "Term / ภาคการศึกษา" for en-th).
 */
class TranscriptHtml
{
public:
    /** Where the layout found that pages must break (see TranscriptDocument::layout). */
    struct Breaks
    {
        QSet<QPair<int, int>> rows; ///< (course table, row) that start a new table on the next page
        bool beforeVerification = false; ///< the verification block starts a page
    };

    /** \a verificationCode and \a contentDigest are empty for a preview that is not issued. */
    TranscriptHtml(const Transcript& transcript, const QString& verificationCode, const QString& contentDigest);

    /** The heading \a key ("term", "credits", …) in English, and in the native language where there is one. */
    QString label(const char* key) const;
    /**
     * The document with its page breaks; \a physicalTables receives each course
     * table written: its table and first row in the transcript's order.
     */
    /**
     * Who signed it (printed under the verification block; empty = "not digitally
     * signed"), and the side in pixels of the signed QR beside the identity block (0 = none).
     */
    void setSignature(const QString& signer, int signedQrSide);
    QString html(const Breaks& breaks, QList<QPair<int, int>>* physicalTables) const;

private:
    /** \a text escaped as HTML, set larger when the script needs it. */
    QString native(const QString& text) const;
    /** label() as HTML. */
    QString labelHtml(const char* key) const;
    /** label() as HTML with the native text on its own line. */
    QString stackedLabel(const char* key) const;

    const Transcript& m_transcript;
    QString m_verificationCode;
    QString m_contentDigest;
    QString m_signer;
    int m_signedQrSide = 0;
};

} // namespace dd
