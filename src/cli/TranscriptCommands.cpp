// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// dualdegree-cli transcript and verify: issuing and checking transcripts without a window.

#include "cli/CommandLine.h"

#include "data/db/Database.h"
#include "report/TranscriptIssuer.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

int CommandLine::cmdTranscript(QStringList args)
{
    QString institution;
    QString language;
    QString out;
    QString outDir;
    QString recipient;
    QString purpose;
    QString cohort;
    QString issuedOn;
    if (!takeOption(args, QStringLiteral("--institution"), &institution)
        || !takeOption(args, QStringLiteral("--lang"), &language) || !takeOption(args, QStringLiteral("--out"), &out)
        || !takeOption(args, QStringLiteral("--out-dir"), &outDir)
        || !takeOption(args, QStringLiteral("--recipient"), &recipient)
        || !takeOption(args, QStringLiteral("--purpose"), &purpose)
        || !takeOption(args, QStringLiteral("--cohort"), &cohort)
        || !takeOption(args, QStringLiteral("--issued"), &issuedOn)) {
        return fail(m_optionError, 2);
    }
    const bool pdfA = takeFlag(args, QStringLiteral("--pdfa"));
    const bool batch = !cohort.isEmpty();
    if (institution.isEmpty() || (batch ? outDir.isEmpty() || !args.isEmpty() : out.isEmpty() || args.size() != 1)) {
        return fail(QStringLiteral("usage: transcript STUDENT_ID --institution CQUPT|RUTS --lang en|en-zh|en-th --out"
                                   " FILE.pdf [--recipient TEXT] [--purpose TEXT] [--pdfa]\n"
                                   "       transcript --cohort YEAR --institution CQUPT|RUTS --lang L --out-dir DIR"
                                   " [--recipient TEXT] [--purpose TEXT] [--pdfa]"),
                    2);
    }
    TranscriptIssuer::Request request;
    request.institution = institution.toUpper();
    request.language = language;
    request.recipient = recipient;
    request.purpose = purpose;
    request.pdfA = pdfA;
    if (!issuedOn.isEmpty()) {
        request.issued = QDate::fromString(issuedOn, Qt::ISODate);
        if (!request.issued.isValid()) {
            return fail(QStringLiteral("--issued: '%1' is not a date (YYYY-MM-DD)").arg(issuedOn), 2);
        }
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    TranscriptIssuer issuer(db);
    Error error;
    if (!issuer.load(&error)) {
        return fail(error.message());
    }
    if (!batch) {
        request.studentId = args.first();
        TranscriptIssue issued;
        if (!issuer.issue(request, out, &issued, &error)) {
            return fail(error.message());
        }
        m_out << QStringLiteral("%1: %2 transcript of %3 (%4); verification code %5; SHA-256 of the record %6\n")
                     .arg(out, issued.institution, issued.studentId, issued.language, issued.verificationCode,
                          issued.contentDigest);
        return 0;
    }
    bool ok = false;
    const int year = cohort.toInt(&ok);
    if (!ok) {
        return fail(QStringLiteral("--cohort: '%1' is not a year").arg(cohort), 2);
    }
    TranscriptIssuer::BatchResult result;
    if (!issuer.issueCohort(year, request, outDir, nullptr, &result, &error)) {
        return fail(error.message());
    }
    for (const QString& problem : std::as_const(result.problems)) {
        m_err << QStringLiteral("dualdegree-cli: ") << problem << Qt::endl;
    }
    m_out << QStringLiteral("%1 of %2 transcripts of cohort %3 issued into %4\n")
                 .arg(result.issued)
                 .arg(result.total)
                 .arg(year)
                 .arg(outDir);
    return result.problems.isEmpty() ? 0 : 1;
}

int CommandLine::cmdVerify(QStringList args)
{
    if (args.size() != 1) {
        return fail(QStringLiteral("usage: verify FILE.pdf|CODE"), 3);
    }
    Database db;
    if (!openDatabase(db)) {
        return 3;
    }
    TranscriptService service(db);
    Error error;
    if (!service.load(&error)) {
        fail(error.message());
        return 3;
    }
    TranscriptService::Verification v;
    const QString what = args.first();
    // A path that names no file is a typing mistake, not a forged code: could not check.
    const bool looksLikePath = what.contains(QLatin1Char('/')) || what.contains(QLatin1Char('\\'))
        || what.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (looksLikePath && !QFileInfo(what).isFile()) {
        fail(QStringLiteral("cannot read %1: %2")
                 .arg(what, QFileInfo::exists(what) ? QStringLiteral("not a file") : QStringLiteral("no such file")));
        return 3;
    }
    bool ok = false;
    if (QFileInfo(what).isFile()) {
        QFile file(what);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read %1: %2").arg(what, file.errorString()));
            return 3;
        }
        ok = service.verifyFile(file.readAll(), &v, &error);
    } else {
        ok = service.verifyCode(what, &v, &error);
    }
    if (!ok) {
        fail(error.message());
        return 3;
    }
    QTextStream& stream = v.verdict == TranscriptService::Verdict::NotGenuine ? m_err : m_out;
    stream << (v.verdict == TranscriptService::Verdict::NotGenuine ? QStringLiteral("NOT GENUINE: ") : QString())
           << v.message << Qt::endl;
    if (!v.issue.verificationCode.isEmpty() && v.verdict != TranscriptService::Verdict::NotGenuine) {
        m_out << QStringLiteral("issued to: %1; purpose: %2\n")
                     .arg(v.issue.recipient.isEmpty() ? QStringLiteral("-") : v.issue.recipient,
                          v.issue.purpose.isEmpty() ? QStringLiteral("-") : v.issue.purpose);
    }
    for (const QString& change : std::as_const(v.changes)) {
        m_out << QStringLiteral("  ") << change << Qt::endl;
    }
    return int(v.verdict);
}

} // namespace dd
