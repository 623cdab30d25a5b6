// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TranscriptIssuer.h"

#include "Database.h"
#include "StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

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

bool TranscriptIssuer::prepare(const Request& request, Prepared* out, QString* error)
{
    if (!m_service.build(request.studentId, request.institution, language(request), request.issued, &out->transcript,
                         error)) {
        return false;
    }
    TranscriptIssue& entry = out->entry;
    entry = TranscriptIssue();
    entry.studentId = out->transcript.studentId;
    entry.institution = out->transcript.institution;
    entry.language = out->transcript.language;
    entry.recipient = request.recipient;
    entry.purpose = request.purpose;
    entry.canonicalContent = out->transcript.canonical();
    entry.contentDigest = TranscriptService::sha256(entry.canonicalContent.toUtf8());
    entry.verificationCode = TranscriptService::newVerificationCode();
    out->pdfA = request.pdfA;
    return true;
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::draw(Prepared* prepared, QString* error)
{
    auto document = std::make_unique<TranscriptDocument>(
        prepared->transcript,
        TranscriptDocument::Seal {prepared->entry.verificationCode, prepared->entry.contentDigest});
    if (!document->writePdf(&prepared->pdf, prepared->pdfA, error)) {
        return nullptr;
    }
    prepared->entry.pdfDigest = TranscriptService::sha256(prepared->pdf);
    return document;
}

bool TranscriptIssuer::commit(Prepared* prepared, const QString& outputPath, QString* error)
{
    // The log entry and the file stand or fall together.
    if (!m_db.beginTransaction(error, true)) {
        return false;
    }
    if (!m_service.record(prepared->entry, error)) {
        m_db.rollback();
        return false;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(prepared->pdf) != prepared->pdf.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString());
        m_db.rollback();
        return false;
    }
    if (!m_db.commit(error)) {
        QFile::remove(outputPath);
        return false;
    }
    return true;
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::issueForPrint(const Request& request, TranscriptIssue* issued,
                                                                    QString* error)
{
    Prepared prepared;
    if (!prepare(request, &prepared, error)) {
        return nullptr;
    }
    std::unique_ptr<TranscriptDocument> document = draw(&prepared, error);
    if (!document || !m_service.record(prepared.entry, error)) {
        return nullptr;
    }
    if (issued) {
        *issued = prepared.entry;
    }
    return document;
}

bool TranscriptIssuer::issue(const Request& request, const QString& outputPath, TranscriptIssue* issued, QString* error)
{
    Prepared prepared;
    if (!prepare(request, &prepared, error) || !draw(&prepared, error) || !commit(&prepared, outputPath, error)) {
        return false;
    }
    if (issued) {
        *issued = prepared.entry;
    }
    return true;
}

bool TranscriptIssuer::issueMany(const QList<Request>& requests, const QStringList& paths, const Progress& progress,
                                 BatchResult* result)
{
    *result = BatchResult();
    result->total = int(requests.size());
    // Records are read and files written on this thread (one database connection); the PDFs of a
    // chunk are drawn on every core at once.
    const int threads = std::max(1, QThread::idealThreadCount());
    const int chunk = threads * 2;
    for (int first = 0; first < requests.size(); first += chunk) {
        const int last = std::min<int>(first + chunk, int(requests.size()));
        std::vector<Prepared> prepared(last - first);
        std::vector<QString> problems(last - first);
        std::vector<char> ready(last - first, 0); // not vector<bool>: threads write neighbouring elements
        for (int i = first; i < last; ++i) {
            ready[i - first] = prepare(requests.at(i), &prepared[i - first], &problems[i - first]);
        }
        std::atomic<int> next {0};
        auto worker = [&]() {
            for (int k = next++; k < last - first; k = next++) {
                if (ready[k]) {
                    ready[k] = draw(&prepared[k], &problems[k]) != nullptr;
                }
            }
        };
        std::vector<std::unique_ptr<QThread>> pool;
        for (int t = 0; t < std::min(threads, last - first); ++t) {
            pool.emplace_back(QThread::create(worker));
            pool.back()->start();
        }
        for (const std::unique_ptr<QThread>& t : pool) {
            t->wait();
        }
        for (int i = first; i < last; ++i) {
            const int k = i - first;
            if (ready[k] && commit(&prepared[k], paths.at(i), &problems[k])) {
                ++result->issued;
                result->files << paths.at(i);
            } else {
                result->problems << QStringLiteral("%1: %2").arg(requests.at(i).studentId, problems[k]);
            }
            if (progress && !progress(i + 1, result->total)) {
                result->cancelled = i + 1 < result->total;
                return true;
            }
        }
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
    QList<Request> requests;
    QStringList paths;
    for (const Student& s : students) {
        Request one = request;
        one.studentId = s.studentId;
        requests << one;
        paths << QDir(folder).filePath(QStringLiteral("%1-%2.pdf").arg(one.studentId, request.institution));
    }
    return issueMany(requests, paths, progress, result);
}

} // namespace dd
