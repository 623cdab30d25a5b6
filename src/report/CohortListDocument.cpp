// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/CohortListDocument.h"

#include "core/text/Decimal.h"
#include "report/ReportFonts.h"
#include "report/pdf/ThaiActualText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

// qpdf 11: the PointerHolder of old is std::shared_ptr.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

namespace dd {

namespace {

/** A heading in the institution's language above its English. */
struct Words
{
    QString native;
    QString english;
};

Words titleOf(CohortLists::Kind kind, bool chinese)
{
    if (chinese) {
        return kind == CohortLists::Kind::Graduation
            ? Words {QStringLiteral("本科毕业资格审核名单"), QStringLiteral("Graduation eligibility list")}
            : Words {QStringLiteral("学士学位授予审核名单（提交学位评定委员会）"),
                     QStringLiteral("Bachelor's degree list for the Academic Degree Evaluation Committee")};
    }
    return kind == CohortLists::Kind::Graduation
        ? Words {QStringLiteral("รายชื่อผู้สำเร็จการศึกษา เสนอสภามหาวิทยาลัยอนุมัติ"),
                 QStringLiteral("Graduates for approval by the University Council")}
        : Words {QStringLiteral("รายชื่อผู้สมควรได้รับปริญญาและเกียรตินิยม เสนอสภามหาวิทยาลัยอนุมัติ"),
                 QStringLiteral("Degrees and honours for approval by the University Council")};
}

QList<Words> headersOf(bool chinese)
{
    if (chinese) {
        return {{QStringLiteral("序号"), QStringLiteral("No.")},
                {QStringLiteral("学号"), QStringLiteral("Student ID")},
                {QStringLiteral("姓名"), QStringLiteral("Name")},
                {QStringLiteral("平均学分绩点"), QStringLiteral("GPA")},
                {QStringLiteral("学分（已获/要求）"), QStringLiteral("Credits (earned/required)")},
                {QStringLiteral("毕业"), QStringLiteral("Graduation")},
                {QStringLiteral("学位"), QStringLiteral("Degree")},
                {QStringLiteral("汉语水平考试"), QStringLiteral("HSK")},
                {QStringLiteral("未达要求"), QStringLiteral("Requirements not met")}};
    }
    return {{QStringLiteral("ลำดับ"), QStringLiteral("No.")},
            {QStringLiteral("รหัสนักศึกษา"), QStringLiteral("Student ID")},
            {QStringLiteral("ชื่อ-สกุล"), QStringLiteral("Name")},
            {QStringLiteral("คะแนนเฉลี่ยสะสม"), QStringLiteral("GPA")},
            {QStringLiteral("หน่วยกิต (ได้/ตามหลักสูตร)"), QStringLiteral("Credits (earned/required)")},
            {QStringLiteral("สำเร็จการศึกษา"), QStringLiteral("Graduation")},
            {QStringLiteral("ปริญญา"), QStringLiteral("Degree")},
            {QStringLiteral("เกียรตินิยม"), QStringLiteral("Honours")},
            {QStringLiteral("ข้อกำหนดที่ยังไม่ครบ"), QStringLiteral("Requirements not met")}};
}

QString yesNo(bool yes, bool chinese)
{
    if (chinese) {
        return yes ? QStringLiteral("是 Yes") : QStringLiteral("否 No");
    }
    return yes ? QStringLiteral("ใช่ Yes") : QStringLiteral("ไม่ No");
}

QString honoursText(const QString& honours)
{
    if (honours == QLatin1String("first")) {
        return QStringLiteral("อันดับ 1 First class");
    }
    if (honours == QLatin1String("second")) {
        return QStringLiteral("อันดับ 2 Second class");
    }
    return QString();
}

void cell(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& format)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    c.insertText(text, format);
}

} // namespace

bool CohortListDocument::writePdf(const CohortLists::List& list, const InstitutionPolicy& policy, const QDate& date,
                                  QByteArray* pdf, Error* error)
{
    const QString language = policy.transcript().language;
    if (!ReportFonts::available(language, error)) {
        return false;
    }
    const bool chinese = language == QLatin1String("en-zh");
    QTextDocument doc;
    doc.setDefaultFont(ReportFonts::font(language, 8.5));
    QTextCursor c(&doc);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    QTextCharFormat big;
    big.setFontPointSize(14);
    big.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    plain.setFontPointSize(8.5);
    QTextCharFormat bold = plain;
    bold.setFontWeight(QFont::Bold);

    c.setBlockFormat(centred);
    c.insertText(QStringLiteral("%1  %2").arg(policy.nativeName(), policy.nameEn()), big);
    const Words title = titleOf(list.kind, chinese);
    c.insertBlock(centred);
    c.insertText(title.native, big);
    c.insertBlock(centred);
    c.insertText(title.english, bold);
    c.insertBlock(centred);
    c.insertText(
        chinese
            ? QStringLiteral("%1 级 · Cohort %1 · 审核日期 Audited %2").arg(list.cohort).arg(date.toString(Qt::ISODate))
            : QStringLiteral("รุ่น %1 · Cohort %1 · ตรวจสอบเมื่อ Audited %2")
                  .arg(list.cohort)
                  .arg(date.toString(Qt::ISODate)),
        plain);
    c.insertBlock();

    const QList<Words> headers = headersOf(chinese);
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setCellPadding(2.5);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 4), QTextLength(QTextLength::PercentageLength, 9),
         QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 7),
         QTextLength(QTextLength::PercentageLength, 9), QTextLength(QTextLength::PercentageLength, 7),
         QTextLength(QTextLength::PercentageLength, 7), QTextLength(QTextLength::PercentageLength, 11),
         QTextLength(QTextLength::PercentageLength, 29)});
    QTextTable* table = c.insertTable(int(list.lines.size()) + 1, int(headers.size()), tableFormat);
    for (int col = 0; col < headers.size(); ++col) {
        QTextCursor h = table->cellAt(0, col).firstCursorPosition();
        h.insertText(headers.at(col).native, bold);
        h.insertBlock();
        h.insertText(headers.at(col).english, bold);
        QTextTableCellFormat shade;
        shade.setBackground(QColor(0xe8, 0xe8, 0xe8));
        table->cellAt(0, col).setFormat(shade);
    }
    for (int i = 0; i < list.lines.size(); ++i) {
        const CohortLists::Line& l = list.lines.at(i);
        const int row = i + 1;
        cell(table, row, 0, QString::number(row), plain);
        cell(table, row, 1, l.studentId, plain);
        QTextCursor name = table->cellAt(row, 2).firstCursorPosition();
        name.insertText(QStringLiteral("%1 %2").arg(l.familyName.toUpper(), l.givenName), plain);
        if (!l.nameNative.isEmpty()) {
            name.insertBlock();
            name.insertText(l.nameNative, plain);
        }
        cell(table, row, 3, l.gpa.isEmpty() ? QStringLiteral("—") : l.gpa, plain);
        cell(table, row, 4,
             QStringLiteral("%1 / %2").arg(Decimal::formatHalves(l.creditsEarnedHalves),
                                           Decimal::formatHalves(l.creditsRequiredHalves)),
             plain);
        cell(table, row, 5, yesNo(l.graduationEligible, chinese), plain);
        cell(table, row, 6, yesNo(l.degreeEligible, chinese), plain);
        cell(table, row, 7, chinese ? l.hsk : honoursText(l.honours), plain);
        cell(table, row, 8, l.reasons.join(QStringLiteral("; ")), plain);
    }
    c.movePosition(QTextCursor::End);
    c.insertBlock();
    const int eligible = list.eligible();
    const int total = int(list.lines.size());
    c.insertText(
        chinese ? QStringLiteral(
                      "合计 %1 人，符合条件 %2 人，不符合 %3 人。 Total %1 students: %2 eligible, %3 not eligible.")
                      .arg(total)
                      .arg(eligible)
                      .arg(total - eligible)
                : QStringLiteral(
                      "รวม %1 คน มีคุณสมบัติ %2 คน ไม่มีคุณสมบัติ %3 คน  Total %1 students: %2 eligible, %3 not eligible.")
                      .arg(total)
                      .arg(eligible)
                      .arg(total - eligible),
        bold);
    c.insertBlock();
    c.insertBlock();
    c.insertText(
        chinese ? QStringLiteral(
            "主任委员 Chair: ____________________    秘书 Secretary: ____________________    日期 Date: ______________")
                : QStringLiteral("ประธาน Chair: ____________________    เลขานุการ Secretary: ____________________    "
                                 "วันที่ Date: ______________"),
        plain);

    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 14),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("%1 — %2 %3").arg(title.english, policy.nameEn()).arg(list.cohort));
    writer.setCreator(QStringLiteral("DualDegree"));
    // Laid out on the page's own size, then printed page by page with "page x of y".
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(page.width(), page.height() - 60));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Error::storage(tr("the PDF could not be started"));
        return false;
    }
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -p * doc.pageSize().height());
        const QRectF clip(0, p * doc.pageSize().height(), doc.pageSize().width(), doc.pageSize().height());
        doc.drawContents(&painter, clip);
        painter.restore();
        painter.setFont(ReportFonts::font(language, 7));
        painter.drawText(QRectF(0, page.height() - 50, page.width(), 50), Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("%1 / %2").arg(p + 1).arg(pages));
    }
    painter.end();
    // Thai copies as typed (SARA AM), as on transcripts.
    if (!chinese) {
        try {
            QPDF document;
            document.setSuppressWarnings(true);
            document.processMemoryFile("list", pdf->constData(), size_t(pdf->size()));
            ThaiActualText::apply(document);
            QPDFWriter out(document);
            out.setOutputMemory();
            out.write();
            std::shared_ptr<Buffer> written = out.getBufferSharedPointer();
            *pdf = QByteArray(reinterpret_cast<const char*>(written->getBuffer()), qsizetype(written->getSize()));
        } catch (const std::exception& e) {
            *error = Error::storage(tr("the list's PDF cannot be finished: %1").arg(QString::fromUtf8(e.what())));
            return false;
        }
    }
    return true;
}

} // namespace dd
