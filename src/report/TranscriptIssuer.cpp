// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TranscriptIssuer.h"

#include "Database.h"
#include "StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace dd {

TranscriptIssuer::TranscriptIssuer(Database& db)
    : m_db(db)
    , m_service(db)
{
}

bool TranscriptIssuer::load(QString* error)
{
    return m_service.load(error);
}

QString TranscriptIssuer::language(const Request& request) const
{
    if (!request.language.isEmpty()) {
        return request.language;
    }
    const InstitutionPolicy* policy = m_service.policies().institution(request.institution);
    return policy ? policy->transcript().language : QStringLiteral("en");
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::preview(const Request& request, QString* error)
{
    Transcript transcript;
    if (!m_service.build(request.studentId, request.institution, language(request), request.issued, &transcript,
                         error)) {
        return nullptr;
    }
    return std::make_unique<TranscriptDocument>(transcript, TranscriptDocument::Seal());
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::seal(const Request& request, TranscriptIssue* entry,
                                                           QByteArray* pdf, QString* error)
{
    Transcript transcript;
    if (!m_service.build(request.studentId, request.institution, language(request), request.issued, &transcript,
                         error)) {
        return nullptr;
    }
    *entry = TranscriptIssue();
    entry->studentId = transcript.studentId;
    entry->institution = transcript.institution;
    entry->language = transcript.language;
    entry->recipient = request.recipient;
    entry->purpose = request.purpose;
    entry->canonicalContent = transcript.canonical();
    entry->contentDigest = TranscriptService::sha256(entry->canonicalContent.toUtf8());
    entry->verificationCode = TranscriptService::newVerificationCode();
    auto document = std::make_unique<TranscriptDocument>(
        transcript, TranscriptDocument::Seal {entry->verificationCode, entry->contentDigest});
    if (!document->writePdf(pdf, request.pdfA, error)) {
        return nullptr;
    }
    entry->pdfDigest = TranscriptService::sha256(*pdf);
    return document;
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::issueForPrint(const Request& request, TranscriptIssue* issued,
                                                                    QString* error)
{
    TranscriptIssue entry;
    QByteArray pdf;
    std::unique_ptr<TranscriptDocument> document = seal(request, &entry, &pdf, error);
    if (!document || !m_service.record(entry, error)) {
        return nullptr;
    }
    if (issued) {
        *issued = entry;
    }
    return document;
}

bool TranscriptIssuer::issue(const Request& request, const QString& outputPath, TranscriptIssue* issued, QString* error)
{
    TranscriptIssue entry;
    QByteArray pdf;
    if (!seal(request, &entry, &pdf, error)) {
        return false;
    }

    // The log entry and the file stand or fall together.
    if (!m_db.beginTransaction(error, true)) {
        return false;
    }
    if (!m_service.record(entry, error)) {
        m_db.rollback();
        return false;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString());
        m_db.rollback();
        return false;
    }
    if (!m_db.commit(error)) {
        QFile::remove(outputPath);
        return false;
    }
    if (issued) {
        *issued = entry;
    }
    return true;
}

bool TranscriptIssuer::issueCohort(int cohort, const Request& request, const QString& folder, const Progress& progress,
                                   BatchResult* result, QString* error)
{
    *result = BatchResult();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder %1").arg(folder);
        return false;
    }
    const QList<Student> students = StudentRepository(m_db).search(QString(), cohort, error);
    if (!error->isEmpty()) {
        return false;
    }
    if (students.isEmpty()) {
        *error = QStringLiteral("no students in cohort %1").arg(cohort);
        return false;
    }
    result->total = int(students.size());
    for (int i = 0; i < students.size(); ++i) {
        Request one = request;
        one.studentId = students.at(i).studentId;
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.pdf").arg(one.studentId, request.institution));
        QString problem;
        if (issue(one, path, nullptr, &problem)) {
            ++result->issued;
            result->files << path;
        } else {
            result->problems << QStringLiteral("%1: %2").arg(one.studentId, problem);
        }
        if (progress && !progress(i + 1, result->total)) {
            result->cancelled = i + 1 < result->total;
            break;
        }
    }
    return true;
}

} // namespace dd
