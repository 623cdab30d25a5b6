// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/TranscriptDocument.h"

#include "core/text/Decimal.h"
#include "report/QrCode.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QHash>
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

struct Words
{
    const char* en;
    const char* zh;
    const char* th;
};

// Headings in English, Chinese and Thai; the document shows English and its own native language.
const QHash<QString, Words>& words()
{
    static const QHash<QString, Words> table = {
        {QStringLiteral("title"), {"Transcript of Academic Record", "学生成绩单", "ใบแสดงผลการศึกษา"}},
        {QStringLiteral("name"), {"Name", "姓名", "ชื่อ-สกุล"}},
        {QStringLiteral("student_no"), {"Student No.", "学号", "รหัสนักศึกษา"}},
        {QStringLiteral("programme_id"), {"Dual-degree ID", "双学位项目学号", "รหัสนักศึกษาโครงการสองปริญญา"}},
        {QStringLiteral("other_no"), {"Partner university No.", "合作大学学号", "รหัสนักศึกษามหาวิทยาลัยคู่ความร่วมมือ"}},
        {QStringLiteral("dob"), {"Date of birth", "出生日期", "วันเกิด"}},
        {QStringLiteral("nationality"), {"Nationality", "国籍", "สัญชาติ"}},
        {QStringLiteral("national_id"), {"National ID", "身份证件号码", "เลขประจำตัวประชาชน"}},
        {QStringLiteral("programme"), {"Programme", "专业", "หลักสูตร"}},
        {QStringLiteral("degree"), {"Degree", "学位", "ปริญญา"}},
        {QStringLiteral("cohort"), {"Cohort", "年级", "รุ่น"}},
        {QStringLiteral("term"), {"Term", "学期", "ภาคการศึกษา"}},
        {QStringLiteral("code"), {"Code", "课程代码", "รหัสวิชา"}},
        {QStringLiteral("course"), {"Course title", "课程名称", "ชื่อวิชา"}},
        {QStringLiteral("credits"), {"Credits", "学分", "หน่วยกิต"}},
        {QStringLiteral("mark"), {"Mark", "成绩", "คะแนน"}},
        {QStringLiteral("grade"), {"Grade", "等级", "ระดับคะแนน"}},
        {QStringLiteral("points"), {"Points", "绩点", "ค่าระดับคะแนน"}},
        {QStringLiteral("note"), {"Note", "备注", "หมายเหตุ"}},
        {QStringLiteral("taken"), {"Credits taken", "修读学分", "หน่วยกิตที่ลงทะเบียน"}},
        {QStringLiteral("earned"), {"Credits earned", "获得学分", "หน่วยกิตที่ได้"}},
        {QStringLiteral("term_gpa"), {"Term GPA", "学期平均学分绩点", "ค่าระดับคะแนนเฉลี่ยภาคการศึกษา"}},
        {QStringLiteral("cumulative_gpa"), {"Cumulative GPA", "累计平均学分绩点", "ค่าระดับคะแนนเฉลี่ยสะสม"}},
        {QStringLiteral("transferred"), {"Credit transferred", "转入学分", "หน่วยกิตที่เทียบโอน"}},
        {QStringLiteral("summary"), {"Summary", "学业汇总", "สรุปผลการศึกษา"}},
        {QStringLiteral("total_earned"), {"Total credits earned", "累计获得学分", "หน่วยกิตสะสม"}},
        {QStringLiteral("required"), {"Credits required", "毕业要求学分", "หน่วยกิตตามหลักสูตร"}},
        {QStringLiteral("graduation"), {"Graduation", "毕业", "การสำเร็จการศึกษา"}},
        {QStringLiteral("completed"), {"Requirements completed", "已完成毕业要求", "ครบตามเกณฑ์"}},
        {QStringLiteral("not_completed"), {"Not yet completed", "尚未完成", "ยังไม่ครบตามเกณฑ์"}},
        {QStringLiteral("degree_awarded"), {"Degree awarded", "已授予学位", "ได้รับปริญญา"}},
        {QStringLiteral("degree_not_awarded"), {"Degree not awarded", "未授予学位", "ยังไม่ได้รับปริญญา"}},
        {QStringLiteral("honours"), {"Honours", "荣誉学位", "เกียรตินิยม"}},
        {QStringLiteral("first"), {"First-class honours", "一等荣誉学位", "เกียรตินิยมอันดับหนึ่ง"}},
        {QStringLiteral("second"), {"Second-class honours", "二等荣誉学位", "เกียรตินิยมอันดับสอง"}},
        {QStringLiteral("legend"), {"Grading legend", "成绩说明", "คำอธิบายระดับคะแนน"}},
        {QStringLiteral("end"), {"End of record", "以下空白", "สิ้นสุดรายการ"}},
        {QStringLiteral("issued"), {"Date of issue", "签发日期", "วันที่ออกเอกสาร"}},
        {QStringLiteral("verification"), {"Verification code", "验证码", "รหัสตรวจสอบ"}},
        {QStringLiteral("digest"), {"SHA-256 of the record", "记录摘要 SHA-256", "ค่า SHA-256 ของระเบียน"}},
        {QStringLiteral("not_issued"), {"PREVIEW — NOT ISSUED", "预览 — 非正式文件", "ตัวอย่าง — ยังไม่ได้ออกเอกสาร"}},
        {QStringLiteral("page"), {"Page %1 of %2", "第 %1 页，共 %2 页", "หน้า %1 จาก %2"}},
        {QStringLiteral("continued"), {"continued", "续", "ต่อ"}},
    };
    return table;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TranscriptDocument::TranscriptDocument(const Transcript& transcript, const Seal& seal)
    : m_transcript(transcript)
    , m_seal(seal)
{
}

TranscriptDocument::~TranscriptDocument()
{
    m_document.reset(); // before the device it was laid out on
}

QString TranscriptDocument::label(const char* key) const
{
    const Words w = words().value(QString::fromLatin1(key));
    const QString en = QString::fromUtf8(w.en);
    if (m_transcript.language == QLatin1String("en-zh")) {
        return en + QStringLiteral(" / ") + QString::fromUtf8(w.zh);
    }
    if (m_transcript.language == QLatin1String("en-th")) {
        return en + QStringLiteral(" / ") + QString::fromUtf8(w.th);
    }
    return en;
}

QString TranscriptDocument::native(const QString& text) const
{
    // Thai letters are small beside Latin ones at the same size: one step larger keeps them readable.
    return m_transcript.language == QLatin1String("en-th") ? QStringLiteral("<big>%1</big>").arg(esc(text)) : esc(text);
}

QString TranscriptDocument::labelHtml(const char* key) const
{
    const QString plain = label(key);
    const int slash = plain.indexOf(QStringLiteral(" / "));
    return slash < 0 ? esc(plain) : esc(plain.left(slash)) + QStringLiteral(" / ") + native(plain.mid(slash + 3));
}

QString TranscriptDocument::stackedLabel(const char* key) const
{
    return labelHtml(key).replace(QStringLiteral(" / "), QStringLiteral("<br/>"));
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
    const Transcript& t = m_transcript;
    QString h;
    h += QStringLiteral("<html><body>");
    // Letterhead: the logo area, both names of the university, the document's title.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"70\" valign=\"middle\"><table border=\"1\" cellspacing=\"0\" cellpadding=\"6\""
                        " style=\"border-color:#7a1f1f; border-style:solid\"><tr><td align=\"center\" width=\"56\""
                        " height=\"56\" valign=\"middle\"><span style=\"font-size:9pt; font-weight:bold;"
                        " color:#7a1f1f\">%1</span></td></tr></table></td>"
                        "<td valign=\"middle\"><p align=\"center\" style=\"margin:0\"><span style=\"font-size:14pt;"
                        " font-weight:bold\">%2</span></p>")
             .arg(esc(t.institution), esc(t.institutionNameEn));
    if (!t.institutionNameNative.isEmpty() && t.institutionNameNative != t.institutionNameEn) {
        h += QStringLiteral("<p align=\"center\" style=\"margin:0\"><span style=\"font-size:14pt; font-weight:bold\">"
                            "%1</span></p>")
                 .arg(esc(t.institutionNameNative));
    }
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:4px\"><span style=\"font-size:12pt\">%1</span></p>"
                        "</td><td width=\"70\"></td></tr></table>")
             .arg(esc(label("title")));
    if (m_seal.verificationCode.isEmpty()) {
        h += QStringLiteral("<p align=\"center\"><span style=\"font-size:12pt; font-weight:bold; color:#b00000\">"
                            "%1</span></p>")
                 .arg(esc(label("not_issued")));
    }

    // Identity.
    auto identityRow = [this](const char* a, const QString& va, const char* b, const QString& vb) {
        return QStringLiteral("<tr><td width=\"22%\"><span style=\"color:#444444\">%1</span></td><td width=\"28%\">"
                              "%2</td><td width=\"22%\"><span style=\"color:#444444\">%3</span></td>"
                              "<td width=\"28%\">%4</td></tr>")
            .arg(labelHtml(a), va, labelHtml(b), vb);
    };
    QString name = esc(t.nameLatin);
    if (!t.nameNative.isEmpty()) {
        name += QStringLiteral("<br/>") + native(t.nameNative);
    }
    QString programme = esc(t.programmeEn);
    if (!t.programmeNative.isEmpty()) {
        programme += QStringLiteral("<br/>") + native(t.programmeNative);
    }
    QString degree = esc(t.degreeEn);
    if (!t.degreeNative.isEmpty()) {
        degree += QStringLiteral("<br/>") + native(t.degreeNative);
    }
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:6px\">");
    h += identityRow("name", name, "student_no", esc(t.institutionNo));
    // Dates of birth as every other date of the document: in English, and as the institution writes them.
    QString born = esc(t.dateOfBirth.toString(QStringLiteral("d MMMM yyyy")));
    if (!t.dateOfBirthNative.isEmpty()) {
        born += QStringLiteral("<br/>") + native(t.dateOfBirthNative);
    }
    h += identityRow("dob", born, "programme_id", esc(t.studentId));
    h += identityRow("nationality", esc(t.nationality), "other_no", esc(t.otherInstitutionNo));
    if (!t.nationalId.isEmpty()) {
        h += QStringLiteral("<tr><td width=\"22%\"><span style=\"color:#444444\">%1</span></td><td colspan=\"3\">%2"
                            "</td></tr>")
                 .arg(labelHtml("national_id"), esc(t.nationalId));
    }
    h += identityRow("programme", programme, "cohort", QString::number(t.cohort));
    h += identityRow("degree", degree, "required", esc(Decimal::formatHalves(t.creditsRequiredHalves)));
    h += QStringLiteral("</table>");

    const bool letters = t.letterGrades;
    // Each table's head carries its title, so that a title never stands alone at the foot of a page
    // and every continued page says what it continues.
    auto tableHead = [&](const QString& caption) {
        return QStringLiteral("<thead><tr><td colspan=\"6\" style=\"background-color:#d9dee8\"><b>%1</b></td></tr>"
                              "<tr style=\"background-color:#eeeeee\"><th align=\"left\" width=\"11%\">%2</th>"
                              "<th align=\"left\" width=\"45%\">%3</th><th align=\"center\" width=\"10%\">%4</th>"
                              "<th align=\"center\" width=\"9%\">%5</th><th align=\"center\" width=\"7%\">%6</th>"
                              "<th align=\"left\" width=\"18%\">%7</th></tr></thead>")
            .arg(caption, stackedLabel("code"), stackedLabel("course"), stackedLabel("credits"),
                 stackedLabel(letters ? "grade" : "mark"), stackedLabel("points"), stackedLabel("note"));
    };
    int rowIndex = 0;
    auto lineRow = [this, &rowIndex](const Transcript::Line& l) {
        QString title = esc(l.titleEn);
        if (!l.titleNative.isEmpty()) {
            title += QStringLiteral("<br/><span style=\"color:#333333\">%1</span>").arg(native(l.titleNative));
        }
        QString note = esc(l.noteEn);
        if (!l.noteNative.isEmpty()) {
            note += QStringLiteral(" / ") + native(l.noteNative);
        }
        const QString shade = ++rowIndex % 2 ? QString() : QStringLiteral(" style=\"background-color:#f3f5f8\"");
        return QStringLiteral("<tr%7><td>%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td>"
                              "<td align=\"center\">%5</td><td><span style=\"font-size:7pt\">%6</span></td></tr>")
            .arg(esc(l.code), title, esc(l.credits), esc(l.grade), esc(l.points), note, shade);
    };
    // Shaded rows rather than ruled cells: collapsed cell borders cost a third of the layout time.
    const QString tableOpen = QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\""
                                             " style=\"margin-top:8px\">");
    // A row that a page break would cut (see keepRowsTogether) starts a new table on the next
    // page instead, under the same head marked as continued.
    m_physicalTables.clear();
    int logicalTable = -1;
    int logicalRow = 0;
    QString caption;
    auto openTable = [&](const QString& title) {
        ++logicalTable;
        logicalRow = 0;
        caption = title;
        m_physicalTables.append({logicalTable, 0});
        return tableOpen + tableHead(title);
    };
    auto beforeRow = [&]() {
        QString out;
        if (m_rowBreaks.contains({logicalTable, logicalRow})) {
            m_physicalTables.append({logicalTable, logicalRow});
            out = QStringLiteral("</table><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\""
                                 " style=\"page-break-before:always\">")
                + tableHead(caption + QStringLiteral(" (") + labelHtml("continued") + QLatin1Char(')'));
        }
        ++logicalRow;
        return out;
    };

    if (!t.transferred.isEmpty()) {
        rowIndex = 0;
        h += openTable(labelHtml("transferred") + QStringLiteral(" — ") + esc(t.otherInstitutionNameEn));
        for (const Transcript::Line& l : t.transferred) {
            h += beforeRow() + lineRow(l);
        }
        h += QStringLiteral("</table>");
    }
    for (const Transcript::Term& term : t.terms) {
        rowIndex = 0;
        h += openTable(labelHtml("term") + QLatin1Char(' ') + esc(term.code));
        for (const Transcript::Line& l : term.lines) {
            h += beforeRow() + lineRow(l);
        }
        h += beforeRow();
        h += QStringLiteral("<tr style=\"background-color:#e4e8ee\"><td colspan=\"6\"><span style=\"font-size:7.5pt\">"
                            "%1: %2 &nbsp;·&nbsp; %3: %4 &nbsp;·&nbsp; %5: %6 &nbsp;·&nbsp; %7: %8"
                            "</span></td></tr></table>")
                 .arg(esc(label("taken")), esc(Decimal::formatHalves(term.creditsHalves)), esc(label("earned")),
                      esc(Decimal::formatHalves(term.earnedHalves)), esc(label("term_gpa")),
                      esc(term.termGpa.isEmpty() ? QStringLiteral("—") : term.termGpa), esc(label("cumulative_gpa")),
                      esc(term.cumulativeGpa.isEmpty() ? QStringLiteral("—") : term.cumulativeGpa));
    }

    // Summary and outcome, one fact a line.
    auto fact = [this](const char* key, const QString& value) {
        return QStringLiteral("%1: <b>%2</b><br/>").arg(labelHtml(key), value);
    };
    h += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b><br/>").arg(labelHtml("summary"));
    h += fact("total_earned",
              esc(Decimal::formatHalves(t.creditsEarnedHalves)) + QStringLiteral(" / ")
                  + esc(Decimal::formatHalves(t.creditsRequiredHalves)));
    h += fact("cumulative_gpa", esc(t.gpa.isEmpty() ? QStringLiteral("—") : t.gpa));
    h += fact("graduation", labelHtml(t.graduationCompleted ? "completed" : "not_completed"));
    h += fact("degree", labelHtml(t.degreeAwarded ? "degree_awarded" : "degree_not_awarded"));
    if (!t.honours.isEmpty()) {
        h += fact("honours", labelHtml(t.honours == QLatin1String("first") ? "first" : "second"));
    }
    h += QStringLiteral("</p>");

    // Legend.
    QStringList legend;
    for (const Transcript::LegendEntry& e : t.legend) {
        legend << QStringLiteral("%1 %2").arg(esc(e.grade), esc(e.meaning));
    }
    h += QStringLiteral("<p style=\"margin-top:8px\"><span style=\"font-size:7pt\"><b>%1:</b> %2.<br/>%3.</span></p>")
             .arg(esc(label("legend")), legend.join(QStringLiteral(" &nbsp;·&nbsp; ")), esc(t.gpaRuleEn));

    h += QStringLiteral("<p align=\"center\" style=\"margin-top:6px\">*** %1 ***</p>").arg(labelHtml("end"));

    // Verification, date of issue and signature.
    QString issued = esc(t.issued.toString(QStringLiteral("d MMMM yyyy")));
    if (!t.issuedNative.isEmpty()) {
        issued += QStringLiteral("<br/>") + native(t.issuedNative);
    }
    QString signatory = esc(t.signatoryEn);
    if (!t.signatoryNative.isEmpty()) {
        signatory += QStringLiteral("<br/>") + native(t.signatoryNative);
    }
    // The verification block stays whole: when a page break would cut it, it starts the next page.
    if (m_breakBeforeVerification) {
        h += QStringLiteral("<p style=\"page-break-before:always; margin-top:0; margin-bottom:0\">&nbsp;</p>");
    }
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:10px\"><tr>");
    if (!m_seal.verificationCode.isEmpty()) {
        h += QStringLiteral("<td width=\"90\" valign=\"top\"><img src=\"qr:seal\" width=\"84\" height=\"84\"/></td>"
                            "<td valign=\"top\"><span style=\"font-size:7.5pt\">%1: <b>%2</b><br/>%3:<br/>%4<br/>"
                            "dualdegree-cli verify %2</span></td>")
                 .arg(esc(label("verification")), esc(m_seal.verificationCode), esc(label("digest")),
                      esc(m_seal.contentDigest));
    } else {
        h += QStringLiteral("<td></td>");
    }
    h += QStringLiteral(
             "<td width=\"40%\" valign=\"top\"><span style=\"font-size:8pt\">%1:<br/>%2</span><br/><br/><br/>"
             "<span style=\"font-size:8pt\">______________________________<br/>%3</span></td></tr></table>")
             .arg(esc(label("issued")), issued, signatory);
    h += QStringLiteral("</body></html>");
    return h;
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
