// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/verify/TranscriptVerifier.h"

#include "sign/CmsSignature.h"
#include "sign/TimeStampAuthority.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <poppler-qt6.h>

namespace dd {

namespace {

void quiet(const QString&, const QVariant&) { }

/** The length of the DER object at the start of \a der (its header included), or -1. */
qint64 derLength(const QByteArray& der)
{
    if (der.size() < 2 || quint8(der.at(0)) != 0x30) {
        return -1;
    }
    const int first = quint8(der.at(1));
    if (first < 0x80) {
        return 2 + first;
    }
    const int count = first & 0x7f;
    if (count < 1 || count > 4 || der.size() < 2 + count) {
        return -1;
    }
    qint64 length = 0;
    for (int i = 0; i < count; ++i) {
        length = (length << 8) | quint8(der.at(2 + i));
    }
    return 2 + count + length;
}

/** Page text as a reader would search it: compatibility forms folded (ligatures), spaces collapsed per line. */
QStringList pageLines(Poppler::Document& doc)
{
    QStringList lines;
    for (int i = 0; i < doc.numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc.page(i);
        if (!page) {
            continue;
        }
        const QString text = page->text(QRectF()).normalized(QString::NormalizationForm_KC);
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            lines << line.simplified();
        }
    }
    return lines;
}

bool hasWord(const QString& line, const QString& word)
{
    const QRegularExpression re(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(word)));
    return re.match(line).hasMatch();
}

/** The differences between the record and the printed pages, one line each. */
QStringList compareWithPages(const ElmoRecord& record, const QStringList& lines)
{
    QStringList problems;
    const QString all = lines.join(QLatin1Char(' '));
    // A long value may wrap inside its table cell, where the next cell's text comes between
    // its lines: each of its words must be printed.
    const auto expect = [&](const QString& what, const QString& value) {
        for (const QString& word :
             value.normalized(QString::NormalizationForm_KC).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!hasWord(all, word)) {
                problems << QStringLiteral("%1 '%2' of the record is not printed").arg(what, value);
                return;
            }
        }
    };
    const QHash<QString, QString>& t = record.transcript;
    expect(QStringLiteral("the name"), t.value(QStringLiteral("name")));
    expect(QStringLiteral("the student id"), t.value(QStringLiteral("studentId")));
    expect(QStringLiteral("the verification code"), t.value(QStringLiteral("verificationCode")));
    expect(QStringLiteral("the programme"), t.value(QStringLiteral("programme")));
    // The summary's GPA is the last line that starts with its label (term lines carry it further in).
    QString printedGpa;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("Cumulative GPA"))) {
            printedGpa = line.mid(line.lastIndexOf(QLatin1Char(':')) + 1).trimmed();
        }
    }
    const QString gpa
        = t.value(QStringLiteral("gpa")).isEmpty() ? QStringLiteral("\u2014") : t.value(QStringLiteral("gpa"));
    if (printedGpa != gpa) {
        problems << QStringLiteral("the printed GPA '%1' is not the record's '%2'").arg(printedGpa, gpa);
    }
    const bool degree = t.value(QStringLiteral("degree")) == QLatin1String("true");
    const bool graduation = t.value(QStringLiteral("graduation")) == QLatin1String("true");
    const QString degreeLine = degree ? QStringLiteral("Degree awarded") : QStringLiteral("Degree not awarded");
    const QString graduationLine
        = graduation ? QStringLiteral("Requirements completed") : QStringLiteral("Not yet completed");
    if (!all.contains(degreeLine) || (degree && all.contains(QLatin1String("Degree not awarded")))) {
        problems << QStringLiteral("the record says '%1', the pages do not").arg(degreeLine);
    }
    if (!all.contains(graduationLine)) {
        problems << QStringLiteral("the record says '%1', the pages do not").arg(graduationLine);
    }
    // Every result: a printed line with its course code and, after it, the mark as recorded.
    for (const ElmoRecord::Opportunity& o : record.opportunities) {
        bool found = false;
        for (const QString& line : lines) {
            const int at = line.indexOf(o.code);
            if (at >= 0 && (o.resultLabel.isEmpty() || hasWord(line.mid(at + o.code.size()), o.resultLabel))) {
                found = true;
                break;
            }
        }
        if (!found) {
            problems << QStringLiteral("course %1 with '%2' (%3) is not printed so")
                            .arg(o.code, o.resultLabel.isEmpty() ? QStringLiteral("in progress") : o.resultLabel,
                                 o.term);
        }
    }
    return problems;
}

} // namespace

bool TranscriptVerifier::locate(const QByteArray& pdf, Placement* p, QString* reason)
{
    static const QRegularExpression rangeRe(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const QString text = QString::fromLatin1(pdf);
    QRegularExpressionMatchIterator it = rangeRe.globalMatch(text);
    QRegularExpressionMatch last;
    p->signatureCount = int(text.count(QLatin1String("/ByteRange")));
    while (it.hasNext()) {
        last = it.next();
    }
    if (p->signatureCount == 0) {
        *reason = tr("the file carries no signature (an unsigned transcript is checked by its code at the issuing"
                     " office)");
        return false;
    }
    if (p->signatureCount > 1 || !last.hasMatch()) {
        *reason = tr("the file carries %1 signature ranges; an issued transcript carries one").arg(p->signatureCount);
        return false;
    }
    for (int i = 0; i < 4; ++i) {
        p->ranges[i] = last.captured(i + 1).toLongLong();
    }
    const qint64 size = pdf.size();
    const qint64 gapStart = p->ranges[1];
    const qint64 gapEnd = p->ranges[2];
    if (p->ranges[0] != 0 || gapStart <= 0 || gapEnd <= gapStart || gapEnd > size) {
        *reason = tr("the signature's byte range does not start at the file's beginning");
        return false;
    }
    if (gapEnd + p->ranges[3] != size) {
        *reason = gapEnd + p->ranges[3] < size
            ? tr("%1 bytes were added after the signature (an update appended to a signed file)")
                  .arg(size - gapEnd - p->ranges[3])
            : tr("the signature's byte range runs past the end of the file");
        return false;
    }
    const QByteArray gap = pdf.mid(gapStart, gapEnd - gapStart);
    static const QRegularExpression hexRe(QStringLiteral("^<[0-9A-Fa-f]*>$"));
    if (!hexRe.match(QString::fromLatin1(gap)).hasMatch()) {
        *reason = tr("the part the signature leaves out is not only its own /Contents");
        return false;
    }
    const QByteArray der = QByteArray::fromHex(gap.mid(1, gap.size() - 2));
    const qint64 length = derLength(der);
    if (length <= 0 || length > der.size()) {
        *reason = tr("the signature's /Contents is not a DER object");
        return false;
    }
    p->cms = der.left(length);
    p->signedBytes = pdf.left(gapStart) + pdf.mid(gapEnd);
    return true;
}

TranscriptVerifier::Result TranscriptVerifier::verify(const QByteArray& pdf, const QList<Certificate>& trust)
{
    Result r;
    QList<Certificate> anchors;
    for (const Certificate& c : trust) {
        if (c.isCertificateAuthority()) {
            anchors << c;
        }
    }
    if (anchors.isEmpty()) {
        r.reason = tr("the trust file holds no certificate authority");
        return r;
    }
    if (!pdf.startsWith("%PDF-")) {
        r.reason = tr("not a PDF file");
        return r;
    }
    r.verdict = OfflineVerdict::NotGenuine;
    Placement placement;
    if (!locate(pdf, &placement, &r.reason)) {
        return r;
    }
    const CmsSignature::Verification cms = CmsSignature::verify(placement.cms, placement.signedBytes);
    if (!cms.intact) {
        r.reason = tr("the signature does not match the file: %1").arg(cms.problem);
        return r;
    }
    r.signer = cms.signer;
    if (!pdf.contains("/SubFilter /ETSI.CAdES.detached") || !cms.signingCertificateV2) {
        r.reason = tr("not a PAdES signature (ETSI.CAdES.detached with signing-certificate-v2)");
        return r;
    }
    r.findings << tr("signature: valid, PAdES %1, covers the whole file (%2 bytes)")
                      .arg(cms.timeStampToken.isEmpty() ? QStringLiteral("B-B") : QStringLiteral("B-T"))
                      .arg(pdf.size());
    r.findings << tr("signed by: %1 (sha256 %2)").arg(r.signer.subject(), r.signer.fingerprint());

    // The pages and the record, read by Poppler from the bytes the signature covers.
    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked()) {
        r.reason = tr("the PDF cannot be read");
        return r;
    }
    QByteArray xml;
    for (Poppler::EmbeddedFile* file : doc->embeddedFiles()) {
        if (file->name() == QLatin1String("record.xml")) {
            xml = file->data();
        }
    }
    QString problem;
    if (xml.isEmpty() || !ElmoReader::read(xml, &r.record, &problem) || r.record.transcript.isEmpty()) {
        r.reason = xml.isEmpty() ? tr("the file carries no record.xml")
                                 : tr("the embedded record cannot be read: %1").arg(problem);
        return r;
    }
    const QString institution = r.record.transcript.value(QStringLiteral("institution"));
    if (!r.signer.names(institution)) {
        r.reason = tr("signed by %1, which is not %2's certificate").arg(r.signer.subject(), institution);
        return r;
    }

    // The time the certificate must hold at.
    if (!cms.timeStampToken.isEmpty()) {
        Error e;
        const QByteArray value = CmsSignature::signatureValue(placement.cms, &e);
        const TimeStampAuthority::Check stamp = TimeStampAuthority::verify(cms.timeStampToken, value, trust);
        if (!stamp.valid) {
            r.reason = tr("the signature's time-stamp: %1").arg(stamp.problem);
            return r;
        }
        r.signingTime = stamp.time;
        r.timeStamped = true;
        r.findings << tr("time: %1, attested by the time-stamp authority %2")
                          .arg(stamp.time.toString(Qt::ISODate), stamp.authority.subject());
    } else if (r.record.generated.isValid()) {
        // The time the signed record says it was written: the signer's word, covered by the signature.
        r.signingTime = r.record.generated;
        r.findings << tr("time: %1, as the signed record says (no time-stamp: not independently attested)")
                          .arg(r.signingTime.toUTC().toString(Qt::ISODate));
    } else {
        r.signingTime = QDateTime(QDate::fromString(r.record.transcript.value(QStringLiteral("issued")), Qt::ISODate),
                                  QTime(12, 0), QTimeZone::utc());
        r.findings << tr("time: the issue date %1 (no time-stamp: not independently attested)")
                          .arg(r.signingTime.date().toString(Qt::ISODate));
    }
    if (!Certificate::chainsTo(r.signer, cms.certificates, anchors, r.signingTime, &problem)) {
        r.reason = problem;
        return r;
    }
    r.findings << tr("certificate: chains to %1 and was valid then").arg(anchors.first().subject());

    const QStringList lines = pageLines(*doc);
    const QStringList differences = compareWithPages(r.record, lines);
    if (!differences.isEmpty()) {
        r.reason
            = tr("the embedded record and the printed pages differ: %1").arg(differences.join(QStringLiteral("; ")));
        return r;
    }
    r.findings << tr("record: record.xml (%1 results) matches the printed pages: name, courses and marks, GPA,"
                     " outcome")
                      .arg(r.record.opportunities.size());

    // The first page's signed summary, as a scan of the page would read it.
    const std::unique_ptr<Poppler::Page> first = doc->page(0);
    const QStringList codes = first ? SignedSummary::decode(first->renderToImage(200, 200)) : QStringList();
    QString summary;
    for (const QString& code : codes) {
        if (code.count(QLatin1Char('.')) == 2 && !code.contains(QLatin1Char(' '))) {
            summary = code;
        }
    }
    if (summary.isEmpty()) {
        r.reason = tr("the first page carries no signed summary QR");
        return r;
    }
    const SignedSummary::Check qr = SignedSummary::verify(summary, cms.certificates + anchors, r.signingTime);
    if (qr.verdict != OfflineVerdict::Valid) {
        r.reason = tr("the first page's QR: %1").arg(qr.reason);
        return r;
    }
    const QHash<QString, QString>& t = r.record.transcript;
    const auto claim = [&](const char* key) { return qr.claims.value(QLatin1String(key)).toVariant().toString(); };
    if (claim("code") != t.value(QStringLiteral("verificationCode"))
        || claim("record_sha256") != t.value(QStringLiteral("recordSha256"))
        || claim("student_id") != t.value(QStringLiteral("studentId")) || claim("gpa") != t.value(QStringLiteral("gpa"))
        || qr.claims.value(QStringLiteral("degree")).toBool()
            != (t.value(QStringLiteral("degree")) == QLatin1String("true"))) {
        r.reason = tr("the first page's QR does not summarise the embedded record");
        return r;
    }
    r.findings << tr("qr: the signed summary is valid and matches the record");
    r.verdict = OfflineVerdict::Valid;
    return r;
}

} // namespace dd
