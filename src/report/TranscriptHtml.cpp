// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/TranscriptHtml.h"

#include "core/text/Decimal.h"

#include <QHash>

namespace dd {

namespace {

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
        {QStringLiteral("signed_by"), {"Digitally signed by", "数字签名者", "ลงลายมือชื่อดิจิทัลโดย"}},
        {QStringLiteral("signed_how"),
         {"Check the signature in a PDF reader, or: dualdegree-cli verify FILE.pdf --trust CA.pem. The large QR code"
          " carries the signed summary of this record (dualdegree-cli verify-qr).",
          "可在 PDF 阅读器中验证签名；二维码载有本记录的签名摘要。",
          "ตรวจลายมือชื่อได้ในโปรแกรมอ่าน PDF; คิวอาร์โค้ดขนาดใหญ่มีสรุปที่ลงนามแล้ว"}},
        {QStringLiteral("unsigned"),
         {"Not digitally signed: verify it with its code at the issuing office.",
          "无数字签名：请凭验证码向签发单位核验。", "ไม่มีลายมือชื่อดิจิทัล: ตรวจสอบด้วยรหัสที่หน่วยงานผู้ออกเอกสาร"}},
        {QStringLiteral("continued"), {"continued", "续", "ต่อ"}},
    };
    return table;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TranscriptHtml::TranscriptHtml(const Transcript& transcript, const QString& verificationCode,
                               const QString& contentDigest)
    : m_transcript(transcript)
    , m_verificationCode(verificationCode)
    , m_contentDigest(contentDigest)
{
}

void TranscriptHtml::setSignature(const QString& signer, int signedQrSide)
{
    m_signer = signer;
    m_signedQrSide = signedQrSide;
}

QString TranscriptHtml::label(const char* key) const
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

QString TranscriptHtml::native(const QString& text) const
{
    // Thai letters are small beside Latin ones at the same size: one step larger keeps them readable.
    return m_transcript.language == QLatin1String("en-th") ? QStringLiteral("<big>%1</big>").arg(esc(text)) : esc(text);
}

QString TranscriptHtml::labelHtml(const char* key) const
{
    const QString plain = label(key);
    const int slash = plain.indexOf(QStringLiteral(" / "));
    return slash < 0 ? esc(plain) : esc(plain.left(slash)) + QStringLiteral(" / ") + native(plain.mid(slash + 3));
}

QString TranscriptHtml::stackedLabel(const char* key) const
{
    return labelHtml(key).replace(QStringLiteral(" / "), QStringLiteral("<br/>"));
}

QString TranscriptHtml::html(const Breaks& breaks, QList<QPair<int, int>>* physicalTables) const
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
    if (m_verificationCode.isEmpty()) {
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
    if (m_signedQrSide > 0) {
        // The signed summary beside the identity block, large enough to scan from paper.
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
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
    if (m_signedQrSide > 0) {
        h += QStringLiteral("</td><td width=\"%1\" valign=\"top\" align=\"right\"><img src=\"qr:signed\" width=\"%1\""
                            " height=\"%1\"/></td></tr></table>")
                 .arg(m_signedQrSide);
    }

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
    physicalTables->clear();
    int logicalTable = -1;
    int logicalRow = 0;
    QString caption;
    auto openTable = [&](const QString& title) {
        ++logicalTable;
        logicalRow = 0;
        caption = title;
        physicalTables->append({logicalTable, 0});
        return tableOpen + tableHead(title);
    };
    auto beforeRow = [&]() {
        QString out;
        if (breaks.rows.contains({logicalTable, logicalRow})) {
            physicalTables->append({logicalTable, logicalRow});
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
    if (breaks.beforeVerification) {
        h += QStringLiteral("<p style=\"page-break-before:always; margin-top:0; margin-bottom:0\">&nbsp;</p>");
    }
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:10px\"><tr>");
    if (!m_verificationCode.isEmpty()) {
        h += QStringLiteral("<td width=\"90\" valign=\"top\"><img src=\"qr:seal\" width=\"84\" height=\"84\"/></td>"
                            "<td valign=\"top\"><span style=\"font-size:7.5pt\">%1: <b>%2</b><br/>%3:<br/>%4<br/>"
                            "dualdegree-cli verify %2</span></td>")
                 .arg(esc(label("verification")), esc(m_verificationCode), esc(label("digest")), esc(m_contentDigest));
    } else {
        h += QStringLiteral("<td></td>");
    }
    h += QStringLiteral(
             "<td width=\"40%\" valign=\"top\"><span style=\"font-size:8pt\">%1:<br/>%2</span><br/><br/><br/>"
             "<span style=\"font-size:8pt\">______________________________<br/>%3</span></td></tr></table>")
             .arg(esc(label("issued")), issued, signatory);
    if (!m_verificationCode.isEmpty()) {
        h += m_signer.isEmpty()
            ? QStringLiteral("<p style=\"margin-top:4px\"><span style=\"font-size:7.5pt\">%1</span></p>")
                  .arg(labelHtml("unsigned"))
            : QStringLiteral("<p style=\"margin-top:4px\"><span style=\"font-size:7.5pt\">%1: <b>%2</b>. %3</span></p>")
                  .arg(labelHtml("signed_by"), esc(m_signer), labelHtml("signed_how"));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace dd
