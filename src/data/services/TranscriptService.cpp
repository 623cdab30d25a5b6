// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/TranscriptService.h"

#include "data/changelog/LogCheckpoints.h"

#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/ProgrammeRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TranscriptIssueRepository.h"
#include "data/repositories/TransferCreditRepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace dd {

TranscriptService::TranscriptService(Database& db)
    : m_db(db)
    , m_audit(db)
{
}

bool TranscriptService::load(Error* error)
{
    return m_audit.load(error);
}

QStringList TranscriptService::languages(const QString& institution) const
{
    QStringList out {QStringLiteral("en")};
    if (const InstitutionPolicy* policy = policies().institution(institution)) {
        if (!out.contains(policy->transcript().language)) {
            out.append(policy->transcript().language);
        }
    }
    return out;
}

bool TranscriptService::build(const QString& studentId, const QString& institution, const QString& language,
                              const QDate& issued, Transcript* transcript, Error* error, TranscriptSource* sourceOut)
{
    *error = Error(); // the reads below report failure through it
    const InstitutionPolicy* policy = policies().institution(institution);
    if (!policy) {
        *error = Error::invalid(tr("unknown institution '%1'").arg(institution));
        return false;
    }
    if (!languages(institution).contains(language)) {
        *error = Error::invalid(tr("%1 transcripts are written in %2, not '%3'")
                                    .arg(institution, languages(institution).join(QStringLiteral(" or ")), language));
        return false;
    }
    const std::optional<Student> student = StudentRepository(m_db).find(studentId, error);
    if (!student) {
        if (!error->isSet()) {
            *error = Error::notFound(tr("unknown student '%1'").arg(studentId));
        }
        return false;
    }
    TranscriptSource source;
    source.student = *student;
    source.policy = policy;
    source.language = language;
    source.issued = issued;
    for (const QString& code : policies().institutionCodes()) {
        if (code != institution) {
            source.otherInstitutionNameEn = policies().institution(code)->nameEn();
        }
    }
    AuditService::Problem problem = AuditService::Problem::None;
    if (!m_audit.auditStudent(studentId, institution, QString(), &source.audit, error, &problem)) {
        return false;
    }
    const std::optional<Programme> programme = ProgrammeRepository(m_db).find(source.audit.programme, error);
    if (!programme) {
        *error = Error::invalid(tr("programme %1 is not stored").arg(source.audit.programme));
        return false;
    }
    source.programme = *programme;
    const QList<Course> courses = CourseRepository(m_db).all(institution, error);
    if (error->isSet()) {
        return false;
    }
    for (const Course& c : courses) {
        source.courses.insert(c.code, c);
    }
    QHash<qint64, CourseResult> byId;
    for (const CourseResult& r : ResultRepository(m_db).forStudent(studentId, error)) {
        byId.insert(r.id, r);
        if (r.institution == institution) {
            source.results.append(r);
        }
    }
    if (error->isSet()) {
        return false;
    }
    for (const TransferCredit& t : TransferCreditRepository(m_db).forStudent(studentId, error)) {
        if (t.isApplied() && t.toInstitution == institution) {
            source.transfers.append(t);
            for (qint64 id : t.sourceResultIds) {
                const CourseResult r = byId.value(id);
                source.sourceTerms.insert(r.institution + QLatin1Char(' ') + r.courseCode, r.term);
            }
        }
    }
    if (error->isSet()) {
        return false;
    }
    QString reason;
    if (!TranscriptBuilder::build(source, transcript, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    if (sourceOut) {
        *sourceOut = source;
    }
    return true;
}

QString TranscriptService::newVerificationCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

QString TranscriptService::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool TranscriptService::record(TranscriptIssue& issue, Error* error)
{
    return TranscriptIssueRepository(m_db).insert(issue, error);
}

QList<TranscriptIssue> TranscriptService::issued(const QString& studentId, Error* error) const
{
    return TranscriptIssueRepository(m_db).forStudent(studentId, error);
}

bool TranscriptService::verifyCode(const QString& code, Verification* out, Error* error)
{
    *error = Error();
    *out = Verification();
    const QString normalised = code.trimmed().toUpper();
    const std::optional<TranscriptIssue> issue = TranscriptIssueRepository(m_db).findByCode(normalised, error);
    if (!issue) {
        if (error->isSet()) {
            return false;
        }
        out->message = QStringLiteral("no transcript was issued under the code %1").arg(normalised);
        return true;
    }
    return compare(*issue, out, error);
}

bool TranscriptService::verifyFile(const QByteArray& pdf, Verification* out, Error* error)
{
    *error = Error();
    *out = Verification();
    const QString digest = sha256(pdf);
    const std::optional<TranscriptIssue> issue = TranscriptIssueRepository(m_db).findByPdfDigest(digest, error);
    if (issue) {
        return compare(*issue, out, error);
    }
    if (error->isSet()) {
        return false;
    }
    // Not the bytes issued. Name the issue the file claims to be, when it carries a code.
    static const QRegularExpression codePattern(QStringLiteral("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    // The document title names it; titles are written as UTF-16, so the zero bytes go first.
    QByteArray text = pdf;
    text.replace('\0', QByteArray());
    const QRegularExpressionMatch match = codePattern.match(QString::fromLatin1(text));
    if (match.hasMatch()) {
        const std::optional<TranscriptIssue> claimed
            = TranscriptIssueRepository(m_db).findByCode(match.captured(), error);
        if (claimed) {
            out->issue = *claimed;
            out->message = QStringLiteral("the file claims to be the transcript issued under %1 (%2 at %3), but its"
                                          " content is not the one issued: it was altered")
                               .arg(claimed->verificationCode, claimed->studentId, claimed->institution);
            return true;
        }
    }
    out->message
        = QStringLiteral("this file is not a transcript issued from this database (SHA-256 %1 is unknown)").arg(digest);
    return true;
}

QString TranscriptService::attestationProblem(const TranscriptIssue& issue, Error* error) const
{
    LogCheckpoints checkpoints(m_db);
    if (issue.signature.isEmpty()) {
        QString why;
        if (!checkpoints.coversRow(QStringLiteral("transcript_issues"), issue.id, &why, error)) {
            return QString();
        }
        return why.isEmpty() ? QString()
                             : QStringLiteral("it is not signed, and %1 (a row written into the database by a script"
                                              " would look the same)")
                                   .arg(why);
    }
    const Certificate certificate = checkpoints.certificate(issue.signerFingerprint, error);
    if (error->isSet()) {
        return QString();
    }
    if (certificate.isNull()) {
        return QStringLiteral("the certificate that signed it (SHA-256 %1) is not in the database")
            .arg(issue.signerFingerprint);
    }
    if (!certificate.names(issue.institution)) {
        return QStringLiteral("it is signed by %1, which is not %2's certificate")
            .arg(certificate.subject(), issue.institution);
    }
    if (!certificate.verifiesSha256(issue.statement(), issue.signature)) {
        return QStringLiteral("its signature does not verify: the entry was altered or written without %1's key")
            .arg(issue.institution);
    }
    return QString();
}

bool TranscriptService::compare(const TranscriptIssue& issue, Verification* out, Error* error)
{
    out->issue = issue;
    if (sha256(issue.canonicalContent.toUtf8()) != issue.contentDigest) {
        out->verdict = Verdict::NotGenuine;
        out->message = QStringLiteral("the issue log entry of %1 does not match its digest: the log was altered")
                           .arg(issue.verificationCode);
        return true;
    }
    // The issue log's row must be the institution's word: signed, or under a signed checkpoint.
    const QString unattested = attestationProblem(issue, error);
    if (error->isSet()) {
        return false;
    }
    if (!unattested.isEmpty()) {
        out->verdict = Verdict::NotGenuine;
        out->message
            = QStringLiteral("the issue log entry of %1 is not attested: %2").arg(issue.verificationCode, unattested);
        return true;
    }
    // Built again as on the day it was issued, the record must show the same.
    static const QRegularExpression issuedLine(QStringLiteral("^issued: (\\d{4}-\\d{2}-\\d{2})$"),
                                               QRegularExpression::MultilineOption);
    const QDate issuedOn = QDate::fromString(issuedLine.match(issue.canonicalContent).captured(1), Qt::ISODate);
    Transcript now;
    Error reason;
    if (!build(issue.studentId, issue.institution, issue.language, issuedOn, &now, &reason)) {
        if (error->isSet()) {
            return false;
        }
        out->verdict = Verdict::Changed;
        out->changes << QStringLiteral("the record cannot be read as it was: %1").arg(reason.message());
    } else {
        out->changes = Transcript::differences(issue.canonicalContent, now.canonical());
        out->verdict = out->changes.isEmpty() ? Verdict::Genuine : Verdict::Changed;
    }
    const QString what = QStringLiteral("the %1 transcript of %2 issued under %3 on %4 by %5")
                             .arg(issue.institution, issue.studentId, issue.verificationCode,
                                  issue.issuedAt.toUTC().toString(Qt::ISODate), issue.issuedBy);
    out->message = out->verdict == Verdict::Genuine
        ? QStringLiteral("genuine: %1; the record still shows the same").arg(what)
        : QStringLiteral("genuine, but the record changed since issue: %1; %2 line(s) differ")
              .arg(what)
              .arg(out->changes.size());
    return true;
}

} // namespace dd
