// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/TranscriptIssuer.h"

#include "report/ReportFonts.h"

#include "data/changelog/LogCheckpoints.h"

#include "core/exchange/ElmoWriter.h"
#include "data/files/OutputFile.h"
#include "report/pdf/SignedPdf.h"
#include "sign/Jws.h"
#include "sign/TimeStampAuthority.h"

#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace dd {

TranscriptIssuer::TranscriptIssuer(Database& db)
    : m_db(db)
    , m_service(db)
{
}

bool TranscriptIssuer::load(Error* error)
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

std::unique_ptr<TranscriptDocument> TranscriptIssuer::preview(const Request& request, Error* error)
{
    Transcript transcript;
    if (!m_service.build(request.studentId, request.institution, language(request), request.issued, &transcript,
                         error)) {
        return nullptr;
    }
    return std::make_unique<TranscriptDocument>(transcript, TranscriptDocument::Seal());
}

bool TranscriptIssuer::prepare(const Request& request, Prepared* out, Error* error)
{
    if (!ReportFonts::available(language(request), error)) {
        return false;
    }
    if (!m_service.build(request.studentId, request.institution, language(request), request.issued, &out->transcript,
                         error, &out->source)) {
        return false;
    }
    if (!m_key.isNull() && !m_key.certificate().names(out->transcript.institution)) {
        *error = Error::refused(tr("the key bound for signing (%1) is not %2's")
                                    .arg(m_key.certificate().subject(), out->transcript.institution));
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
    entry.signerFingerprint = m_key.isNull() ? QString() : m_key.certificate().fingerprint();
    out->pdfA = request.pdfA;
    out->issued = true;
    out->timeStampUrl = request.timeStampUrl;
    if (!m_key.isNull()) {
        out->signedSummary = signedSummary(*out, error);
        if (out->signedSummary.isEmpty()) {
            return false;
        }
    }
    return true;
}

QString TranscriptIssuer::signedSummary(const Prepared& prepared, Error* error) const
{
    const Transcript& t = prepared.transcript;
    const Student& s = prepared.source.student;
    QJsonObject claims;
    claims.insert(QStringLiteral("v"), 1);
    claims.insert(QStringLiteral("code"), prepared.entry.verificationCode);
    claims.insert(QStringLiteral("institution"), t.institution);
    claims.insert(QStringLiteral("student_id"), t.studentId);
    claims.insert(QStringLiteral("name"), t.nameLatin);
    claims.insert(QStringLiteral("date_of_birth"), s.dateOfBirth.toString(Qt::ISODate));
    claims.insert(QStringLiteral("programme"), t.programmeEn);
    // Credits are halves in the record; a whole number prints without a fraction.
    claims.insert(QStringLiteral("credits_earned"),
                  t.creditsEarnedHalves % 2 ? t.creditsEarnedHalves / 2.0 : double(t.creditsEarnedHalves / 2));
    claims.insert(QStringLiteral("gpa"), t.gpa.isEmpty() ? QJsonValue() : QJsonValue(t.gpa));
    claims.insert(QStringLiteral("graduation"), t.graduationCompleted);
    claims.insert(QStringLiteral("degree"), t.degreeAwarded);
    claims.insert(QStringLiteral("honours"), t.honours.isEmpty() ? QJsonValue() : QJsonValue(t.honours));
    claims.insert(QStringLiteral("issued"), t.issued.toString(Qt::ISODate));
    claims.insert(QStringLiteral("record_sha256"), prepared.entry.contentDigest);
    return Jws::sign(claims, m_key, error);
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::draw(Prepared* prepared, Error* error) const
{
    TranscriptDocument::Seal seal;
    seal.verificationCode = prepared->entry.verificationCode;
    seal.contentDigest = prepared->entry.contentDigest;
    seal.signedSummary = prepared->signedSummary;
    seal.signer = m_key.isNull() ? QString() : m_key.certificate().commonName();
    auto document = std::make_unique<TranscriptDocument>(prepared->transcript, seal);
    if (!document->writePdf(&prepared->pdf, prepared->pdfA || prepared->issued, error)) {
        return nullptr;
    }
    if (prepared->issued) {
        // PDF/A-3 with the record as ELMO inside, signed by the institution when it has a key.
        SignedPdf::Attachment record;
        record.fileName = QStringLiteral("record.xml");
        record.mimeType = QStringLiteral("text/xml");
        record.description = QStringLiteral("The record this transcript shows, in ELMO XML (EMREX)");
        record.data = ElmoWriter::write(prepared->source, prepared->transcript, QDateTime::currentDateTimeUtc(),
                                        {prepared->entry.verificationCode, prepared->entry.contentDigest});
        SignedPdf::Signature signature;
        signature.signerName = m_key.isNull() ? QString() : m_key.certificate().commonName();
        signature.reason = QStringLiteral("Transcript of records %1, verification code %2")
                               .arg(prepared->transcript.studentId, prepared->entry.verificationCode);
        signature.location = prepared->transcript.institutionNameEn;
        signature.time = QDateTime::currentDateTimeUtc();
        if (!prepared->timeStampUrl.isEmpty()) {
            const TimeStampAuthority authority {QUrl(prepared->timeStampUrl)};
            signature.timeStamp = [authority](const QByteArray& value, Error* e) { return authority.stamp(value, e); };
        }
        QByteArray packaged;
        if (!SignedPdf::make(prepared->pdf, record, m_key.isNull() ? nullptr : &m_key, signature, &packaged, error)) {
            return nullptr;
        }
        prepared->pdf = packaged;
    }
    prepared->entry.pdfDigest = TranscriptService::sha256(prepared->pdf);
    if (!m_key.isNull()) {
        // The issue log's row is the institution's word too: a row a script writes has no signature.
        prepared->entry.signature = m_key.signSha256(prepared->entry.statement(), error);
        if (prepared->entry.signature.isEmpty()) {
            return nullptr;
        }
    }
    return document;
}

bool TranscriptIssuer::record(Prepared* prepared, Error* error)
{
    // A signed issue closes with a checkpoint of the change log: its row, and every row
    // before it, are then under the institution's signature.
    return m_service.record(prepared->entry, error)
        && (m_key.isNull() || LogCheckpoints(m_db).makeWithin(m_key, prepared->entry.institution, nullptr, error));
}

bool TranscriptIssuer::commit(Prepared* prepared, const QString& outputPath, Error* error)
{
    // The log entry and the file stand or fall together.
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    if (!record(prepared, error)) {
        return false;
    }
    if (!OutputFile::write(outputPath, prepared->pdf, error)) {
        return false;
    }
    if (!tx.commit(error)) {
        QFile::remove(outputPath);
        return false;
    }
    return true;
}

std::unique_ptr<TranscriptDocument> TranscriptIssuer::issueForPrint(const Request& request, TranscriptIssue* issued,
                                                                    Error* error)
{
    Prepared prepared;
    if (!prepare(request, &prepared, error)) {
        return nullptr;
    }
    std::unique_ptr<TranscriptDocument> document = draw(&prepared, error);
    if (!document) {
        return nullptr;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive() || !record(&prepared, error) || !tx.commit(error)) {
        return nullptr;
    }
    if (issued) {
        *issued = prepared.entry;
    }
    return document;
}

bool TranscriptIssuer::issueBytes(const Request& request, QByteArray* pdf, TranscriptIssue* issued, Error* error)
{
    // Written and logged as any issued transcript is, then read back: the bytes are the file's.
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("%1-%2.pdf").arg(request.studentId, request.institution));
    if (!scratch.isValid() || !issue(request, path, issued, error)) {
        if (!error->isSet()) {
            *error = Error::storage(tr("no temporary folder for the transcript: %1").arg(scratch.errorString()));
        }
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(tr("cannot read the issued transcript back: %1").arg(file.errorString()));
        return false;
    }
    *pdf = file.readAll();
    return true;
}

ElmoExport::TranscriptPdf TranscriptIssuer::attachments(const QString& institution, const QString& recipient,
                                                        const QString& purpose)
{
    return [this, institution, recipient, purpose](const QString& studentId, QByteArray* pdf, Error* error) {
        Request request;
        request.studentId = studentId;
        request.institution = institution;
        request.recipient = recipient;
        request.purpose = purpose;
        TranscriptIssue issued;
        return issueBytes(request, pdf, &issued, error);
    };
}

bool TranscriptIssuer::issue(const Request& request, const QString& outputPath, TranscriptIssue* issued, Error* error)
{
    Prepared prepared;
    // A name that cannot be written is refused before anything is drawn or recorded.
    if (!OutputFile::checkTarget(outputPath, error) || !prepare(request, &prepared, error) || !draw(&prepared, error)
        || !commit(&prepared, outputPath, error)) {
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
    const int n = int(requests.size());
    result->total = n;
    // A pipeline: this thread reads records (one database connection) and logs and writes
    // files in order; workers draw PDFs meanwhile, one after another, on every other core.
    enum State { Waiting, Prepared, Drawn, Failed };
    std::vector<TranscriptIssuer::Prepared> items(n);
    std::vector<Error> problems(n);
    std::vector<State> state(n, Waiting);
    std::mutex mutex;
    std::condition_variable changed;
    int nextToDraw = 0;
    bool stop = false;
    auto worker = [&]() {
        for (;;) {
            int k = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&]() { return stop || (nextToDraw < n && state[nextToDraw] != Waiting); });
                if (stop || nextToDraw >= n) {
                    return;
                }
                k = nextToDraw++;
                if (state[k] == Failed) {
                    continue;
                }
            }
            Error problem;
            const bool ok = draw(&items[k], &problem) != nullptr;
            {
                const std::lock_guard<std::mutex> lock(mutex);
                state[k] = ok ? Drawn : Failed;
                problems[k] = ok ? Error() : problem;
            }
            changed.notify_all();
        }
    };
    const int threads = std::max(1, QThread::idealThreadCount());
    const int window = threads * 4; // records prepared ahead of the one being logged
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 0; t < std::min(threads, n); ++t) {
        pool.emplace_back(QThread::create(worker));
        pool.back()->start();
    }
    int prepared = 0;
    bool cancelled = false;
    for (int i = 0; i < n && !cancelled; ++i) {
        // Prepare ahead while the window allows.
        while (prepared < n && prepared < i + window) {
            Error problem;
            const bool ok = prepare(requests.at(prepared), &items[prepared], &problem);
            {
                const std::lock_guard<std::mutex> lock(mutex);
                state[prepared] = ok ? Prepared : Failed;
                problems[prepared] = problem;
            }
            changed.notify_all();
            ++prepared;
        }
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&]() { return state[i] == Drawn || state[i] == Failed; });
        }
        if (state[i] == Drawn && commit(&items[i], paths.at(i), &problems[i])) {
            ++result->issued;
            result->files << paths.at(i);
        } else {
            result->problems << QStringLiteral("%1: %2").arg(requests.at(i).studentId, problems[i].message());
        }
        items[i] = TranscriptIssuer::Prepared(); // its PDF is written: let it go
        if (progress && !progress(i + 1, n)) {
            cancelled = i + 1 < n;
        }
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (const std::unique_ptr<QThread>& t : pool) {
        t->wait();
    }
    result->cancelled = cancelled;
    return true;
}

bool TranscriptIssuer::issueCohort(int cohort, const Request& request, const QString& folder, const Progress& progress,
                                   BatchResult* result, Error* error)
{
    *result = BatchResult();
    if (!QDir().mkpath(folder)) {
        *error = Error::storage(tr("cannot create the folder %1").arg(folder));
        return false;
    }
    const QList<Student> students = StudentRepository(m_db).cohort(cohort, error);
    if (error->isSet()) {
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
