// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoFacts.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TranscriptIssueRepository.h"
#include "report/TranscriptIssuer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <tuple>
#include <utility>

using namespace dd;

namespace {

/** The output of a poppler tool (pdftotext, pdffonts, pdfinfo) or zbarimg. */
QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The text of \a pdf (pages \a first..\a last, 0 = all) as a reader copies it: content order, NFKC. */
QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args {QStringLiteral("-raw")};
    if (first > 0) {
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    }
    args << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), args).normalized(QString::NormalizationForm_KC);
}

QString nfkc(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

struct Issued
{
    QString path;
    TranscriptIssue issue;
};

Issued issue(Database& db, const QString& dir, const QString& student, const QString& institution,
             const QString& language, bool pdfA = false)
{
    TranscriptIssuer issuer(db);
    Error error;
    REQUIRE(issuer.load(&error));
    TranscriptIssuer::Request request;
    request.studentId = student;
    request.institution = institution;
    request.language = language;
    request.recipient = QStringLiteral("Royal Thai Embassy");
    request.purpose = QStringLiteral("visa");
    request.issued = QDate(2026, 11, 28);
    request.pdfA = pdfA;
    Issued out;
    out.path = QDir(dir).filePath(QStringLiteral("%1-%2.pdf").arg(student, institution));
    INFO(error.message().toStdString());
    REQUIRE(issuer.issue(request, out.path, &out.issue, &error));
    return out;
}

Transcript built(Database& db, const QString& student, const QString& institution, const QString& language)
{
    TranscriptService service(db);
    Error error;
    REQUIRE(service.load(&error));
    Transcript t;
    INFO(error.message().toStdString());
    REQUIRE(service.build(student, institution, language, QDate(2026, 11, 28), &t, &error));
    return t;
}

} // namespace

TEST_CASE("A CQUPT transcript in English and Chinese shows the whole record as searchable text", "[transcript][pdf]")
{
    ddtest::TempDatabase t(true);
    const Issued cq
        = issue(t.db(), t.dir(), QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"));
    const Transcript shown
        = built(t.db(), QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"));
    const QString text = pdfText(cq.path);
    const Student s = StudentRepository(t.db()).find(QStringLiteral("DD2020001"), nullptr).value();
    CHECK(text.contains(nfkc(s.familyName.toUpper() + QLatin1Char(' ') + s.givenName)));
    CHECK(text.contains(nfkc(s.nameZh)));
    CHECK(text.contains(s.cquptNo));
    CHECK(text.contains(QStringLiteral("重庆邮电大学")));
    CHECK(text.contains(nfkc(QStringLiteral("Transcript of Academic Record / 学生成绩单"))));
    int titles = 0;
    for (const Transcript::Term& term : shown.terms) {
        CHECK(text.contains(QStringLiteral("Term / 学期 ") + term.code));
        for (const Transcript::Line& line : term.lines) {
            INFO(line.code.toStdString());
            CHECK(text.contains(nfkc(line.titleNative)));
            ++titles;
        }
    }
    CHECK(titles > 30);
    // The cumulative GPA of the last term is the audit's, and printed.
    REQUIRE_FALSE(shown.gpa.isEmpty());
    CHECK(shown.terms.last().cumulativeGpa == shown.gpa);
    CHECK(text.contains(QStringLiteral("Cumulative GPA / 累计平均学分绩点: ") + shown.gpa));
    CHECK(text.contains(QStringLiteral("转入 ")));
    CHECK(text.contains(QStringLiteral("90–100 4.0")));
    CHECK(text.contains(QStringLiteral("以下空白")));
    CHECK(text.contains(QStringLiteral("2026年11月28日")));
    CHECK(text.contains(cq.issue.verificationCode));
    CHECK(text.contains(cq.issue.contentDigest.left(40)));

    // Every page numbered "x of y", the count matching the file's.
    const QString info = tool(QStringLiteral("pdfinfo"), {cq.path});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    CHECK(pages >= 3);
    for (int i = 1; i <= pages; ++i) {
        CHECK(pdfText(cq.path, i, i).contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)));
    }
    CHECK(pdfText(cq.path, pages, pages).contains(QStringLiteral("End of record")));

    // Every font embedded; Chinese in a face that extracts as real characters.
    const QStringList fonts = tool(QStringLiteral("pdffonts"), {cq.path}).split(QLatin1Char('\n')).mid(2);
    int embedded = 0;
    for (const QString& row : fonts) {
        if (row.trimmed().isEmpty()) {
            continue;
        }
        INFO(row.toStdString());
        CHECK(row.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes"))));
        ++embedded;
    }
    CHECK(embedded >= 2);
    CHECK(fonts.join(QLatin1Char(' ')).contains(QStringLiteral("WenQuanYiMicroHei")));
}

TEST_CASE("A RUTS transcript in English and Thai: Thai text copies whole, BE dates, weekly-hour credits, TR",
          "[transcript][pdf]")
{
    ddtest::TempDatabase t(true);
    const Issued ru
        = issue(t.db(), t.dir(), QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QStringLiteral("en-th"));
    const Transcript shown
        = built(t.db(), QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QStringLiteral("en-th"));
    const QString text = pdfText(ru.path);
    CHECK(text.contains(nfkc(shown.nameNative)));
    CHECK(text.contains(QStringLiteral("มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย")));
    // Tone marks stacked over upper vowels survive extraction (ชื่อ, ที่).
    CHECK(text.contains(QStringLiteral("ชื่อวิชา")));
    CHECK(text.contains(QStringLiteral("หน่วยกิตที่ได้")));
    for (const Transcript::Line& line : shown.transferred) {
        if (!line.titleNative.contains(QRegularExpression(QStringLiteral("[ปฝฟ]\\x{0E31}")))) {
            CHECK(text.contains(nfkc(line.titleNative)));
        }
    }
    // A mark over a consonant with a tall ascender (ป ฝ ฟ) is drawn shifted left, before its base, and
    // content-order extraction puts it after a line break; every other title must come out whole.
    const QRegularExpression shiftedMark(QStringLiteral("[ปฝฟ][\\x{0E31}\\x{0E34}-\\x{0E37}\\x{0E47}-\\x{0E4E}]"));
    int whole = 0;
    int shifted = 0;
    for (const Transcript::Term& term : shown.terms) {
        CHECK(text.contains(QStringLiteral("ภาคการศึกษา ") + term.code));
        for (const Transcript::Line& line : term.lines) {
            INFO(line.titleNative.toStdString());
            if (line.titleNative.contains(shiftedMark)) {
                ++shifted;
                continue;
            }
            CHECK(text.contains(nfkc(line.titleNative)));
            ++whole;
        }
    }
    CHECK(whole >= 25);
    CHECK(shifted < whole / 5);
    CHECK(text.contains(QStringLiteral("1/2563")));
    CHECK(text.contains(QStringLiteral("3(2-2-5)")));
    CHECK(text.contains(QStringLiteral("TR A")));
    CHECK(text.contains(QStringLiteral("28 พฤศจิกายน 2569")));
    CHECK(text.contains(QStringLiteral("หน้า 1 จาก")));
    CHECK(tool(QStringLiteral("pdffonts"), {ru.path}).contains(QStringLiteral("FreeSerif")));
}

TEST_CASE("Verification: a genuine transcript, a grade changed after issue, a forged file, an unknown code",
          "[transcript][verify]")
{
    ddtest::TempDatabase t(true);
    const Issued cq
        = issue(t.db(), t.dir(), QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"));
    // Issued unsigned: the issue log's row is attested by a signed checkpoint after it.
    ddtest::signCheckpoint(t.db(), QStringLiteral("CQUPT"));
    TranscriptService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    TranscriptService::Verification v;
    const QByteArray bytes = ddtest::readFile(cq.path);

    REQUIRE(service.verifyFile(bytes, &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::Genuine);
    CHECK(v.issue.recipient == QStringLiteral("Royal Thai Embassy"));
    CHECK(v.issue.purpose == QStringLiteral("visa"));
    CHECK(v.issue.issuedBy == t.db().session().username());
    REQUIRE(service.verifyCode(cq.issue.verificationCode.toLower(), &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::Genuine);

    // One byte changed anywhere: not the file that was issued; the code it carries is named.
    QByteArray forged = bytes;
    const int at = int(forged.indexOf("/Length")) + 2;
    forged[at] = forged.at(at) == 'e' ? 'E' : 'e';
    REQUIRE(service.verifyFile(forged, &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::NotGenuine);
    CHECK(v.message.contains(cq.issue.verificationCode));
    CHECK(v.message.contains(QStringLiteral("altered")));
    REQUIRE(service.verifyFile(QByteArray("%PDF-1.4 something else"), &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::NotGenuine);
    REQUIRE(service.verifyCode(QStringLiteral("0000-0000-0000-0000"), &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::NotGenuine);

    // A grade edited after issue: genuine, but the record changed; the change is listed.
    ResultRepository results(t.db());
    QList<CourseResult> all = results.forStudent(QStringLiteral("DD2020001"), &error);
    CourseResult* changed = nullptr;
    for (CourseResult& r : all) {
        if (r.institution == QLatin1String("CQUPT") && r.courseCode == QLatin1String("MAJ301")) {
            changed = &r;
        }
    }
    REQUIRE(changed);
    const QString oldMark = changed->mark;
    REQUIRE(results.changeMark(*changed, oldMark == QLatin1String("61") ? QStringLiteral("62") : QStringLiteral("61"),
                               QStringLiteral("marking error"), &error));
    REQUIRE(service.verifyFile(bytes, &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::Changed);
    REQUIRE(v.changes.size() >= 2);
    CHECK(v.changes.filter(QStringLiteral("MAJ301")).size() == 2); // the line before and after
    CHECK(v.changes.filter(QRegularExpression(QStringLiteral("^- gpa: "))).size() == 1);

    // The issue log entry itself altered behind the application's back: refused.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE transcript_issues SET canonical_content = canonical_content || 'x'")));
    REQUIRE(service.verifyCode(cq.issue.verificationCode, &v, &error));
    CHECK(v.verdict == TranscriptService::Verdict::NotGenuine);
}

TEST_CASE("The printed QR code reads back as the verification code and digest", "[transcript][qr]")
{
    ddtest::TempDatabase t(true);
    const Transcript shown
        = built(t.db(), QStringLiteral("DD2021003"), QStringLiteral("RUTS"), QStringLiteral("en-th"));
    const QString code = TranscriptService::newVerificationCode();
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"))
              .match(code)
              .hasMatch());
    CHECK(TranscriptService::newVerificationCode() != code);
    TranscriptDocument document(shown, {code, shown.digest()});
    QImage last;
    for (int i = 0;; ++i) {
        QImage page = document.pageImage(i, 200);
        if (i + 1 >= document.pageCount()) {
            last = page;
            break;
        }
    }
    const QString png = QDir(t.dir()).filePath(QStringLiteral("last.png"));
    REQUIRE(last.save(png));
    const QString decoded = tool(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    CHECK(decoded.trimmed() == QStringLiteral("DUALDEGREE-VERIFY %1 SHA256 %2").arg(code, shown.digest()));
}

TEST_CASE("An issued transcript is PDF/A-3b carrying its record: conformance metadata and record.xml",
          "[transcript][pdf]")
{
    ddtest::TempDatabase t(true);
    const Issued cq
        = issue(t.db(), t.dir(), QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"), true);
    const QByteArray bytes = ddtest::readFile(cq.path);
    // No validator exists here: what is checked is the metadata PDF/A-3b requires, and the associated file.
    CHECK(bytes.startsWith("%PDF-1.7"));
    CHECK(bytes.contains("pdfaid:part=\"3\""));
    CHECK(bytes.contains("/AFRelationship /Data"));
    CHECK(bytes.contains("/AF ["));
    CHECK(tool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), cq.path})
              .contains(QStringLiteral("1: record.xml")));
    CHECK(bytes.contains("pdfaid:conformance=\"B\""));
    CHECK(bytes.contains("/OutputIntents"));
    CHECK(tool(QStringLiteral("pdfinfo"), {cq.path})
              .contains(QRegularExpression(QStringLiteral("Metadata Stream:\\s+yes"))));
    CHECK(pdfText(cq.path).contains(cq.issue.verificationCode));
}

TEST_CASE("A cohort batch writes one file and one log entry a student, and stops when cancelled", "[transcript]")
{
    ddtest::TempDatabase t(true);
    TranscriptIssuer issuer(t.db());
    Error error;
    REQUIRE(issuer.load(&error));
    TranscriptIssuer::Request request;
    request.institution = QStringLiteral("RUTS");
    request.purpose = QStringLiteral("graduation");
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("cohort"));
    TranscriptIssuer::BatchResult result;
    QList<int> seen;
    REQUIRE(issuer.issueCohort(
        2022, request, folder,
        [&seen](int done, int) {
            seen << done;
            return done < 3;
        },
        &result, &error));
    CHECK(result.cancelled);
    CHECK(result.issued == 3);
    CHECK(result.total == 22);
    CHECK(seen == QList<int> {1, 2, 3});
    CHECK(QDir(folder).entryList({QStringLiteral("*.pdf")}).size() == 3);
    CHECK(t.count(QStringLiteral("transcript_issues")) == 3);

    // A language the institution does not write is refused before anything is written.
    request.language = QStringLiteral("en-zh");
    request.studentId = QStringLiteral("DD2022001");
    CHECK_FALSE(issuer.issue(request, QDir(folder).filePath(QStringLiteral("x.pdf")), nullptr, &error));
    CHECK(error.message() == QStringLiteral("RUTS transcripts are written in en or en-th, not 'en-zh'"));
    CHECK(t.count(QStringLiteral("transcript_issues")) == 3);
    // Nor is a file that cannot be written kept in the log.
    request.language.clear();
    CHECK_FALSE(issuer.issue(request, QStringLiteral("/nonexistent-folder/x.pdf"), nullptr, &error));
    INFO(error.message().toStdString());
    CHECK(error.message() == QStringLiteral("the folder /nonexistent-folder does not exist"));
    CHECK(t.count(QStringLiteral("transcript_issues")) == 3);
}

TEST_CASE("No course row and no paragraph is cut by a page break, in any demo transcript", "[transcript][pages][slow]")
{
    ddtest::TempDatabase t(true);
    QVariantList ids;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT student_id FROM students ORDER BY student_id")));
    while (q.next()) {
        ids << q.value(0);
    }
    REQUIRE(ids.size() == ddtest::kDemoStudents);
    int multiPage = 0;
    for (const QVariant& id : std::as_const(ids)) {
        for (const auto& [institution, language] : {std::pair {"CQUPT", "en-zh"}, std::pair {"RUTS", "en-th"}}) {
            const Transcript shown
                = built(t.db(), id.toString(), QString::fromLatin1(institution), QString::fromLatin1(language));
            TranscriptDocument document(shown, {QStringLiteral("D42M-WBEY-P6RW-MDV5"), shown.digest()});
            document.layoutForScreen();
            const QStringList problems = document.pageBreakProblems();
            INFO(id.toString().toStdString()
                 << " " << institution << ": " << problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
            multiPage += document.pageCount() > 1 ? 1 : 0;
        }
    }
    CHECK(multiPage > 50); // the check saw real page breaks
}

TEST_CASE("The preview has the issued PDF's pages, page for page", "[transcript][pages]")
{
    ddtest::TempDatabase t(true);
    for (const auto& [student, institution, language] :
         {std::tuple {"DD2020001", "RUTS", "en-th"}, std::tuple {"DD2020013", "CQUPT", "en-zh"},
          std::tuple {"DD2021003", "RUTS", "en"}}) {
        const Transcript shown = built(t.db(), QString::fromLatin1(student), QString::fromLatin1(institution),
                                       QString::fromLatin1(language));
        TranscriptDocument preview(shown, {QStringLiteral("TEST-CODE-0000-0000"), shown.digest()});
        preview.layoutForScreen();
        const int previewPages = preview.pageCount();
        QByteArray pdf;
        Error error;
        TranscriptDocument issued(shown, {QStringLiteral("TEST-CODE-0000-0000"), shown.digest()});
        REQUIRE(issued.writePdf(&pdf, false, &error));
        const QString path = QDir(t.dir()).filePath(QStringLiteral("%1.pdf").arg(QString::fromLatin1(student)));
        ddtest::writeFile(path, pdf);
        const QString info = tool(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        REQUIRE(m.hasMatch());
        INFO(student);
        CHECK(previewPages == m.captured(1).toInt());
        // Every preview page is an A4 page at the resolution asked for.
        for (int page = 1; page <= previewPages; ++page) {
            const QImage image = preview.pageImage(page - 1, 100);
            CHECK(image.width() == qRound(210 / 25.4 * 100));
        }
    }
}

TEST_CASE("Dates of birth are written as the institution writes dates: Buddhist Era at RUTS", "[transcript]")
{
    ddtest::TempDatabase t(true);
    const Transcript ruts = built(t.db(), QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QStringLiteral("en-th"));
    CHECK(ruts.dateOfBirth == QDate(2003, 4, 18));
    CHECK(ruts.dateOfBirthNative == QStringLiteral("18 เมษายน 2546"));
    const Transcript cqupt
        = built(t.db(), QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"));
    CHECK(cqupt.dateOfBirthNative == QStringLiteral("2003年4月18日"));
    const QString html = TranscriptDocument(ruts, {}).html();
    CHECK(html.contains(QStringLiteral("18 April 2003")));
    CHECK(html.contains(QStringLiteral("18 เมษายน 2546")));
    // The national ID is printed where the policy says so and the student has one.
    CHECK(ruts.nationalId == QStringLiteral("1442094644515"));
    CHECK(html.contains(QStringLiteral("1442094644515")));
    CHECK(ruts.canonical().contains(QStringLiteral("national_id: 1442094644515")));
}
