// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/TranscriptDocument.h"

#include "core/text/Decimal.h"
#include "report/QrCode.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <limits>

namespace dd {

namespace {

const qreal kMarginMm = 15;
const qreal kHeaderMm = 9; // running header band above the body on every page
const qreal kFooterMm = 14;
const qreal kSignedQrMm = 40; // a 200 dpi scan of the signed summary still decodes

} // namespace

TranscriptDocument::TranscriptDocument(const Transcript& transcript, const Seal& seal)
    : m_transcript(transcript)
    , m_seal(seal)
    , m_html(m_transcript, m_seal.verificationCode, m_seal.contentDigest)
{
}

TranscriptDocument::~TranscriptDocument()
{
    m_document.reset(); // before the device it was laid out on
}

QString TranscriptDocument::title() const
{
    const Transcript& t = m_transcript;
    QString out = QStringLiteral("Transcript of %1 at %2").arg(t.studentId, t.institution);
    if (!m_seal.verificationCode.isEmpty()) {
        out += QStringLiteral(", verification code %1").arg(m_seal.verificationCode);
    }
    return out;
}

QString TranscriptDocument::html() const
{
    return m_html.html({m_rowBreaks, m_breakBeforeVerification}, &m_physicalTables);
}

QString TranscriptDocument::label(const char* key) const
{
    return m_html.label(key);
}

namespace {

/** The page (0-based) of document height \a y when pages are \a pageHeight high. */
int pageAt(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

/** Whether the span from \a top to \a bottom runs over a page break. */
bool crossesPage(qreal top, qreal bottom, qreal pageHeight)
{
    return bottom > top && pageAt(top + 0.5, pageHeight) != pageAt(bottom - 0.5, pageHeight);
}

/**
 * Where the lines of \a block are in the document: from the top of its first line to the
 * bottom of its last. (A block's bounding rectangle starts where it would have stood; a
 * line the layout moved to the next page is below that.)
 */
QRectF linesExtent(const QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    const QRectF rect = layout->blockBoundingRect(block); // lays the document out up to the block
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0) {
        return QRectF();
    }
    const qreal origin = rect.top() - lines->boundingRect().top();
    const QTextLine first = lines->lineAt(0);
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return QRectF(rect.left(), origin + first.y(), rect.width(), last.y() + last.height() - first.y());
}

/** Every table of \a document, in document order. */
QList<QTextTable*> tablesOf(const QTextDocument& document)
{
    QList<QTextTable*> tables;
    QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame* frame = frames.takeFirst();
        frames = frame->childFrames() + frames;
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tables << table;
        }
    }
    return tables;
}

/** The top and bottom of row \a row of \a table as laid out, and its text. */
QRectF rowExtent(const QAbstractTextDocumentLayout* layout, QTextTable* table, int row, QString* text = nullptr)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row) {
            continue; // spanned from the row above
        }
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid()) {
                continue;
            }
            const QRectF r = linesExtent(layout, block);
            if (r.isNull()) {
                continue;
            }
            top = std::min(top, r.top());
            bottom = std::max(bottom, r.bottom());
            if (text) {
                *text += block.text() + QLatin1Char(' ');
            }
        }
    }
    return QRectF(0, top, 1, bottom - top);
}

} // namespace

void TranscriptDocument::layout(QPaintDevice* device, const QSizeF& pageSizeMm)
{
    m_onScreen = false;
    m_dpi = device->logicalDpiY();
    auto px = [this](qreal mm) { return mm / 25.4 * m_dpi; };
    m_page = QSizeF(px(pageSizeMm.width()), px(pageSizeMm.height()));
    m_body = QRectF(px(kMarginMm), px(kMarginMm + kHeaderMm), m_page.width() - 2 * px(kMarginMm),
                    m_page.height() - px(kMarginMm + kHeaderMm) - px(kFooterMm));
    m_rowBreaks.clear();
    m_paragraphBreaks.clear();
    m_breakBeforeVerification = false;
    build(device);
    keepRowsTogether(device);
}

void TranscriptDocument::build(QPaintDevice* device)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDefaultFont(ReportFonts::font(m_transcript.language, 8.5));
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false); // built once, never edited
    m_document->setUseDesignMetrics(true);
    if (!m_seal.verificationCode.isEmpty()) {
        const QrCode qr(
            QStringLiteral("DUALDEGREE-VERIFY %1 SHA256 %2").arg(m_seal.verificationCode, m_seal.contentDigest));
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:seal")), qr.image(8));
    }
    if (!m_seal.signedSummary.isEmpty()) {
        const QrCode signedQr(m_seal.signedSummary);
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:signed")), signedQr.image(8));
    }
    // Rich text scales an image's HTML size from 96 dpi to the device's.
    m_html.setSignature(m_seal.signer, m_seal.signedSummary.isEmpty() ? 0 : int(kSignedQrMm / 25.4 * 96));
    m_document->setHtml(html());
    // A paragraph of the page that a break would cut starts the next page (keepRowsTogether).
    // (Not nonBreakableLines: Qt lays such a block out without wrapping it.)
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    for (QTextBlock block = m_document->begin(); block.isValid() && !m_paragraphBreaks.isEmpty();
         block = block.next()) {
        if (m_paragraphBreaks.contains(block.text())
            && m_document->frameAt(block.position()) == m_document->rootFrame()) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
    edit.endEditBlock();
    m_document->setPageSize(m_body.size());
}

void TranscriptDocument::keepRowsTogether(QPaintDevice* device)
{
    // Qt breaks each cell of a row on its own, so a row can be cut across two pages. The first
    // cut course row starts a new table on the next page (html(), m_rowBreaks); the document is
    // built again and the next cut row looked for, until none is left.
    const qreal pageHeight = m_document->pageSize().height();
    for (int pass = 0; pass < 100; ++pass) {
        m_document->pageCount(); // the whole document laid out before any position is read
        const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
        std::optional<QPair<int, int>> cut;
        int physical = -1;
        const QList<QTextTable*> tables = tablesOf(*m_document);
        // The verification block (the last table) is kept whole by starting it on the next page.
        if (!tables.isEmpty() && !m_breakBeforeVerification) {
            QTextTable* last = tables.last();
            const QRectF extent = rowExtent(layout, last, 0);
            if (last->format().headerRowCount() == 0 && crossesPage(extent.top(), extent.bottom(), pageHeight)) {
                m_breakBeforeVerification = true;
                build(device);
                continue;
            }
        }
        for (QTextTable* table : tables) {
            const int heads = table->format().headerRowCount();
            if (heads == 0) {
                continue; // not a course table
            }
            ++physical;
            for (int row = heads; row < table->rows() && !cut; ++row) {
                const QRectF extent = rowExtent(layout, table, row);
                if (crossesPage(extent.top(), extent.bottom(), pageHeight) && physical < m_physicalTables.size()) {
                    const auto [logicalTable, firstRow] = m_physicalTables.at(physical);
                    cut = QPair<int, int>(logicalTable, firstRow + row - heads);
                }
            }
            if (cut) {
                break;
            }
        }
        if (!cut) {
            // Paragraphs of the page itself (the summary, the legend): a cut one starts the next page.
            QString cutParagraph;
            for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
                if (m_document->frameAt(block.position()) != m_document->rootFrame()
                    || m_paragraphBreaks.contains(block.text())) {
                    continue;
                }
                const QRectF r = linesExtent(layout, block);
                if (crossesPage(r.top(), r.bottom(), pageHeight)) {
                    cutParagraph = block.text();
                    break;
                }
            }
            if (cutParagraph.isNull()) {
                return;
            }
            m_paragraphBreaks.insert(cutParagraph);
            build(device); // the document, and every block of it, is new
            continue;
        }
        if (m_rowBreaks.contains(*cut)) {
            return; // a row taller than a page
        }
        m_rowBreaks.insert(*cut);
        build(device);
    }
}

QStringList TranscriptDocument::pageBreakProblems() const
{
    QStringList problems;
    if (!m_document) {
        return problems;
    }
    const qreal pageHeight = m_document->pageSize().height();
    m_document->pageCount();
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QRectF r = linesExtent(layout, block);
        if (crossesPage(r.top(), r.bottom(), pageHeight)) {
            problems << QStringLiteral("page %1: paragraph “%2”")
                            .arg(pageAt(r.top(), pageHeight) + 1)
                            .arg(block.text().left(60));
        }
    }
    for (QTextTable* table : tablesOf(*m_document)) {
        for (int row = 0; row < table->rows(); ++row) {
            QString text;
            const QRectF extent = rowExtent(layout, table, row, &text);
            if (crossesPage(extent.top(), extent.bottom(), pageHeight)) {
                problems << QStringLiteral("page %1: table row “%2”")
                                .arg(pageAt(extent.top(), pageHeight) + 1)
                                .arg(text.trimmed().left(60));
            }
        }
    }
    return problems;
}

int TranscriptDocument::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void TranscriptDocument::paintPage(QPainter* painter, int index) const
{
    const Transcript& t = m_transcript;
    auto px = [this](qreal mm) { return mm / 25.4 * m_dpi; };
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), m_page), Qt::white);
    painter->translate(m_body.left(), m_body.top() - index * m_body.height());
    m_document->drawContents(painter, QRectF(0, index * m_body.height(), m_body.width(), m_body.height()));
    painter->restore();

    painter->save();
    QFont small = ReportFonts::font(t.language, 7);
    // Font sizes are in points: the painter's device resolution turns them into pixels.
    painter->setFont(small);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    const QRectF header(px(kMarginMm), px(kMarginMm), m_body.width(), px(kHeaderMm) - px(2));
    if (index > 0) {
        painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                          QStringLiteral("%1 — %2 (%3)").arg(t.nameLatin, t.studentId, label("continued")));
    }
    painter->drawText(header, Qt::AlignRight | Qt::AlignBottom, t.institutionNameEn);
    painter->drawLine(QPointF(header.left(), header.bottom() + px(1)),
                      QPointF(header.right(), header.bottom() + px(1)));

    const QRectF footer(px(kMarginMm), m_page.height() - px(kFooterMm) + px(3), m_body.width(), px(6));
    painter->drawLine(QPointF(footer.left(), footer.top() - px(1)), QPointF(footer.right(), footer.top() - px(1)));
    QString left = QStringLiteral("%1 · %2").arg(t.studentId, t.institution);
    if (!m_seal.verificationCode.isEmpty()) {
        left += QStringLiteral(" · %1 %2").arg(label("verification"), m_seal.verificationCode);
    }
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, label("page").arg(index + 1).arg(pageCount()));
    painter->restore();
}

bool TranscriptDocument::writePdf(QByteArray* pdf, bool pdfA, Error* error)
{
    pdf->clear();
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(&writer);
    writer.setPdfVersion(pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("DualDegree"));
    layout(&writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Error::storage(tr("cannot start the PDF of %1").arg(m_transcript.studentId));
        return false;
    }
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            writer.newPage();
        }
        paintPage(&painter, i);
    }
    painter.end();
    m_document.reset(); // laid out for the writer, which goes away now
    return true;
}

void TranscriptDocument::print(QPagedPaintDevice* device)
{
    layout(device, device->pageLayout().fullRect(QPageLayout::Millimeter).size());
    QPainter painter(device);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            device->newPage();
        }
        paintPage(&painter, i);
    }
    painter.end();
    m_document.reset(); // laid out for the printer, which may go away now
}

void TranscriptDocument::setUpWriter(QPdfWriter* writer)
{
    writer->setResolution(300);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

void TranscriptDocument::layoutForScreen()
{
    if (m_document && m_onScreen) {
        return;
    }
    // The layout keeps the device it measures with: it lives as long as the document. It is
    // the PDF's own kind of device, so that lines break and pages end where they do when issued.
    m_screenBuffer = std::make_unique<QBuffer>();
    m_screenBuffer->open(QIODevice::WriteOnly);
    m_screen = std::make_unique<QPdfWriter>(m_screenBuffer.get());
    setUpWriter(m_screen.get());
    layout(m_screen.get());
    m_onScreen = true;
}

QImage TranscriptDocument::pageImage(int index, int dpi)
{
    layoutForScreen();
    const qreal scale = dpi / m_dpi;
    QImage image(qRound(m_page.width() * scale), qRound(m_page.height() * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(&painter, qBound(0, index, pageCount() - 1));
    return image;
}

} // namespace dd
