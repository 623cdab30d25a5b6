// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/transcript/Transcript.h"
#include "report/TranscriptHtml.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <memory>

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace dd {

/**
 * A transcript laid out on A4 pages: a QTextDocument (bilingual headings, the
 * identity block, credit transferred, every term's table with term and
 * cumulative GPA, the summary, the legend, the end-of-record mark, the
 * verification block with its QR code, the date of issue and the signature line)
 * cut into pages, each with a running header and "page x of y" in the footer.
 * The same pages go to a PDF, a printer or an image.
 */
class TranscriptDocument
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptDocument)

public:
    /** What makes an issued transcript verifiable; empty for a preview that is not issued. */
    struct Seal
    {
        Seal() = default;
        Seal(const QString& code, const QString& digest)
            : verificationCode(code)
            , contentDigest(digest)
        {
        }

        QString verificationCode;
        QString contentDigest;
        QString signedSummary; ///< the JWS the first page's large QR carries (empty: none)
        QString signer; ///< who signs the file, printed on the page (empty: "not digitally signed")
    };

    TranscriptDocument(const Transcript& transcript, const Seal& seal);
    ~TranscriptDocument();
    Q_DISABLE_COPY_MOVE(TranscriptDocument) // m_html refers to m_transcript

    /**
     * Lays the document out for \a device: pages of \a pageSizeMm (A4 by default)
     * at the device's resolution. Painting goes to the whole page; margins are
     * the document's own.
     */
    void layout(QPaintDevice* device, const QSizeF& pageSizeMm = QSizeF(210, 297));
    /** Pages of the last layout (0 before any, and after a PDF or print run). */
    int pageCount() const;
    /**
     * Every paragraph and table row of the last layout that a page break cuts, as
     * "page N: <its text>" (none is expected: see layout()).
     */
    QStringList pageBreakProblems() const;
    /** Paints page \a index (0-based) with \a painter, whose origin is the page's top-left corner. */
    void paintPage(QPainter* painter, int index) const;

    /** Writes the whole document as a PDF (PDF/A-1b when \a pdfA) into \a pdf; title and creator set. */
    [[nodiscard]] bool writePdf(QByteArray* pdf, bool pdfA, Error* error);
    /** Prints every page on \a device (a printer set to full-page mode), laid out for it. */
    void print(QPagedPaintDevice* device);
    /**
     * Lays the document out for on-screen pages (once): exactly as the PDF is laid out,
     * on a PDF device of the same resolution, so that the preview has the issued
     * document's pages, line for line.
     */
    void layoutForScreen();
    /** Page \a index as an image at \a dpi, for an on-screen preview (the PDF's page, scaled). */
    QImage pageImage(int index, int dpi);

    /** The document's HTML (for tests and for comparing engines). */
    QString html() const;
    /** The PDF's title, which names the verification code. */
    QString title() const;

private:
    /** A heading in English and the document's native language. */
    QString label(const char* key) const;
    /** Builds the document from html() and lays it out on \a device (the pages of m_body). */
    void build(QPaintDevice* device);
    /** Moves every course row that a page break would cut to the next page, whole. */
    void keepRowsTogether(QPaintDevice* device);
    /** Resolution and page of every PDF this document writes, and of the preview's layout. */
    static void setUpWriter(QPdfWriter* writer);

    Transcript m_transcript;
    Seal m_seal;
    TranscriptHtml m_html; ///< of m_transcript and m_seal
    std::unique_ptr<QTextDocument> m_document;
    QRectF m_body; ///< where the document's page flows, in device pixels
    QSizeF m_page;
    qreal m_dpi = 72;
    std::unique_ptr<QBuffer> m_screenBuffer; ///< where the layout device of a preview would write (nothing)
    std::unique_ptr<QPdfWriter> m_screen; ///< the device of a layout for images: a PDF writer, as when issued
    bool m_onScreen = false;
    QSet<QPair<int, int>> m_rowBreaks; ///< (course table, row) that start a new table on the next page
    bool m_breakBeforeVerification = false; ///< the verification block starts a page
    QSet<QString> m_paragraphBreaks; ///< paragraphs of the page (by their text) that start a page
    /** Each course table html() wrote: its table and first row in the transcript's order. */
    mutable QList<QPair<int, int>> m_physicalTables;
};

} // namespace dd
