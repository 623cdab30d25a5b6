// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/TranscriptIssueRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/repositories/DisclosureRepository.h"

namespace dd {

TranscriptIssueRepository::TranscriptIssueRepository(Database& db)
    : m_db(db)
{
}

bool TranscriptIssueRepository::insert(TranscriptIssue& t, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::IssueTranscripts, t.institution, error)
        || !DisclosureRepository::checkRecipientAndPurpose(t.recipient, t.purpose, error)) {
        return false;
    }
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("INSERT INTO transcript_issues (student_ref, institution, language, recipient, purpose,"
                           " issued_by, issued_at, content_digest, pdf_digest, verification_code, canonical_content,"
                           " signer_fingerprint, signature) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM students"
                           " WHERE student_id = ?"),
            {t.institution, t.language, t.recipient, t.purpose, m_db.session().userId(), now, t.contentDigest,
             t.pdfDigest, t.verificationCode, t.canonicalContent, t.signerFingerprint,
             QString::fromLatin1(t.signature.toBase64()), t.studentId},
            error)) {
        *error = error->withMessage(tr("cannot record the transcript of %1: %2").arg(t.studentId, error->message()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::notFound(tr("cannot record the transcript of %1: unknown student").arg(t.studentId));
        return false;
    }
    t.id = q.lastInsertId().toLongLong();
    Disclosure released;
    released.kind = QStringLiteral("transcript %1 %2 %3").arg(t.institution, t.language, t.verificationCode);
    released.recipient = t.recipient;
    released.purpose = t.purpose;
    released.records = {t.studentId};
    if (!DisclosureRepository(m_db).record(released, error)) {
        return false;
    }
    t.issuedBy = m_db.session().username();
    t.issuedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return true;
}

std::optional<TranscriptIssue> TranscriptIssueRepository::findByCode(const QString& code, Error* error) const
{
    const QList<TranscriptIssue> found = select(QStringLiteral("t.verification_code = ?"), {code}, error);
    return found.isEmpty() ? std::nullopt : std::optional<TranscriptIssue>(found.first());
}

std::optional<TranscriptIssue> TranscriptIssueRepository::findByPdfDigest(const QString& pdfDigest, Error* error) const
{
    const QList<TranscriptIssue> found = select(QStringLiteral("t.pdf_digest = ?"), {pdfDigest}, error);
    return found.isEmpty() ? std::nullopt : std::optional<TranscriptIssue>(found.first());
}

QList<TranscriptIssue> TranscriptIssueRepository::forStudent(const QString& studentId, Error* error) const
{
    return studentId.isEmpty() ? select(QStringLiteral("1 = 1"), {}, error)
                               : select(QStringLiteral("s.student_id = ?"), {studentId}, error);
}

QList<TranscriptIssue> TranscriptIssueRepository::select(const QString& where, const QVariantList& values,
                                                         Error* error) const
{
    QList<TranscriptIssue> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT t.id, s.student_id, t.institution, t.language, t.recipient, t.purpose,"
                                 " u.username, t.issued_at, t.content_digest, t.pdf_digest, t.verification_code,"
                                 " t.canonical_content, t.signer_fingerprint, t.signature"
                                 " FROM transcript_issues t JOIN students s ON s.id = t.student_ref"
                                 " JOIN users u ON u.id = t.issued_by WHERE %1 ORDER BY t.id DESC")
                      .arg(where),
                  values, error)) {
        return out;
    }
    while (q.next()) {
        TranscriptIssue t;
        t.id = q.value(0).toLongLong();
        t.studentId = q.value(1).toString();
        t.institution = q.value(2).toString();
        t.language = q.value(3).toString();
        t.recipient = q.value(4).toString();
        t.purpose = q.value(5).toString();
        t.issuedBy = q.value(6).toString();
        t.issuedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        t.contentDigest = q.value(8).toString();
        t.pdfDigest = q.value(9).toString();
        t.verificationCode = q.value(10).toString();
        t.canonicalContent = q.value(11).toString();
        t.signerFingerprint = q.value(12).toString();
        t.signature = QByteArray::fromBase64(q.value(13).toString().toLatin1());
        out.append(t);
    }
    return out;
}

} // namespace dd
