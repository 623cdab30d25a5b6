// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Transcripts: time per transcript and for a batch, side by side in one run with
// wkhtmltopdf (the HTML-to-PDF engine many web student systems use) rendering the
// same transcript from the same HTML.
//
//   dd_bench_transcript [--count N] [--students N]
//
// The demo database (100 students, both institutions, transfers applied) is made
// fresh. One transcript: the long record of DD2020013 at CQUPT in English +
// Chinese, issued N times (built from the database, drawn, recorded, written).
// Batch: N transcripts over every student at both institutions, issued one after
// another and through the product's batch (drawn on every core); wkhtmltopdf
// converts the same HTML, one process a file, two at a time.

#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/InstitutionKeys.h"
#include "data/setup/DatabaseSetup.h"
#include "report/QrCode.h"
#include "report/TranscriptDocument.h"
#include "report/TranscriptIssuer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

namespace {

int intOption(const QStringList& args, const QString& name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

/**
 * The transcript's HTML as a standalone page for wkhtmltopdf: the same fonts named in CSS, the QR code
 * of \a code and \a digest embedded as a PNG.
 */
QByteArray standalone(const QString& html, const QString& language, const QString& code, const QString& digest)
{
    QString families = QStringLiteral("'Noto Sans'");
    if (language == QLatin1String("en-th")) {
        families += QStringLiteral(", 'FreeSerif'");
    }
    families += QStringLiteral(", 'WenQuanYi Micro Hei'");
    QString page = html;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    dd::QrCode(QStringLiteral("DUALDEGREE-VERIFY %1 SHA256 %2").arg(code, digest)).image(8).save(&buffer, "PNG");
    page.replace(QStringLiteral("qr:seal"),
                 QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    page.replace(QStringLiteral("<html><body>"),
                 QStringLiteral("<html><head><meta charset=\"utf-8\"><style>body { font-family: %1; font-size: 8.5pt; }"
                                " table { border-collapse: collapse; }</style></head><body>")
                     .arg(families));
    return page.toUtf8();
}

/** Runs wkhtmltopdf over \a inputs, \a parallel processes at a time; returns the failures. */
int wkhtmltopdf(const QStringList& inputs, int parallel)
{
    int failures = 0;
    int next = 0;
    std::vector<std::unique_ptr<QProcess>> running;
    while (next < inputs.size() || !running.empty()) {
        while (next < inputs.size() && int(running.size()) < parallel) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            QString out = inputs.at(next);
            out.replace(QStringLiteral(".html"), QStringLiteral(".pdf"));
            p->start(QStringLiteral("wkhtmltopdf"),
                     {QStringLiteral("--quiet"), QStringLiteral("--page-size"), QStringLiteral("A4"),
                      QStringLiteral("--footer-right"), QStringLiteral("Page [page] of [topage]"), inputs.at(next),
                      out});
            running.push_back(std::move(p));
            ++next;
        }
        running.front()->waitForFinished(-1);
        failures += running.front()->exitCode() != 0 ? 1 : 0;
        running.erase(running.begin());
    }
    return failures;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int count = intOption(args, QStringLiteral("--count"), 1000);
    const int single = std::min(count, 50);
    const bool haveWk = !QStandardPaths::findExecutable(QStringLiteral("wkhtmltopdf")).isEmpty();

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.db"));
    dd::Database db;
    dd::Error error;
    QStringList log;
    if (!dd::DatabaseSetup::createDatabase(db, path, dd::DatabaseSetup::embeddedDataDir(), true, &log, &error)
        || !dd::DatabaseSetup::actAs(db, dd::DatabaseSetup::defaultAdministrator(), &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    dd::TranscriptIssuer issuer(db);
    if (!issuer.load(&error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores, Qt "
        << qVersion() << Qt::endl;

    // One transcript, in parts and whole.
    dd::TranscriptIssuer::Request one;
    one.studentId = QStringLiteral("DD2020013");
    one.institution = QStringLiteral("CQUPT");
    one.language = QStringLiteral("en-zh");
    std::vector<double> buildMs;
    std::vector<double> drawMs;
    std::vector<double> issueMs;
    int pages = 0;
    QString html;
    for (int i = 0; i < single; ++i) {
        QElapsedTimer t;
        t.start();
        dd::Transcript transcript;
        if (!issuer.service().build(one.studentId, one.institution, one.language, one.issued, &transcript, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
        buildMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        dd::TranscriptDocument document(transcript, {QStringLiteral("BENC-HMAR-K000-0000"), transcript.digest()});
        QByteArray pdf;
        if (!document.writePdf(&pdf, false, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
        drawMs.push_back(t.nsecsElapsed() / 1e6);
        html = document.html();
        t.restart();
        if (!issuer.issue(one, tmp.filePath(QStringLiteral("one-%1.pdf").arg(i)), nullptr, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
        issueMs.push_back(t.nsecsElapsed() / 1e6);
    }
    {
        dd::Transcript transcript;
        if (!issuer.service().build(one.studentId, one.institution, one.language, one.issued, &transcript, &error)) {
            out << error.message() << Qt::endl;
            return 1;
        }
        dd::TranscriptDocument document(transcript, {QStringLiteral("BENC-HMAR-K000-0000"), transcript.digest()});
        document.layoutForScreen();
        pages = document.pageCount();
    }
    double wkOne = 0;
    if (haveWk) {
        // Interleaved with issues of ours, so that both are timed under the same load.
        std::vector<double> wkMs;
        std::vector<double> pairedIssueMs;
        const QString input = tmp.filePath(QStringLiteral("one.html"));
        QFile f(input);
        f.open(QIODevice::WriteOnly);
        f.write(standalone(html, one.language, QStringLiteral("BENC-HMAR-K000-0000"), QString(64, QLatin1Char('0'))));
        f.close();
        for (int i = 0; i < std::min(single, 20); ++i) {
            QElapsedTimer t;
            t.start();
            if (wkhtmltopdf({input}, 1) != 0) {
                out << "wkhtmltopdf failed" << Qt::endl;
                return 1;
            }
            wkMs.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            if (!issuer.issue(one, tmp.filePath(QStringLiteral("pair-%1.pdf").arg(i)), nullptr, &error)) {
                out << error.message() << Qt::endl;
                return 1;
            }
            pairedIssueMs.push_back(t.nsecsElapsed() / 1e6);
        }
        wkOne = median(wkMs);
        issueMs = pairedIssueMs;
    }
    out << "\none transcript (DD2020013, CQUPT, en-zh, " << pages << " pages), median of " << single << ":\n"
        << "  build the record from the database: " << QString::number(median(buildMs), 'f', 1) << " ms\n"
        << "  draw the PDF:                       " << QString::number(median(drawMs), 'f', 1) << " ms\n"
        << "  issue (build + draw + log + file):  " << QString::number(median(issueMs), 'f', 1)
        << " ms (median of the issues paired with wkhtmltopdf runs when it is installed)\n";
    if (haveWk) {
        out << "  wkhtmltopdf, same HTML (process start included): " << QString::number(wkOne, 'f', 1) << " ms\n"
            << "  ratio wkhtmltopdf / DualDegree issue: " << QString::number(wkOne / median(issueMs), 'f', 1) << "x\n";
    } else {
        out << "  wkhtmltopdf: not installed (apt-get install wkhtmltopdf)\n";
    }

    // A batch of count transcripts over every student at both institutions.
    const QList<dd::Student> students = dd::StudentRepository(db).all(&error);
    QList<dd::TranscriptIssuer::Request> requests;
    for (int i = 0; requests.size() < count; ++i) {
        dd::TranscriptIssuer::Request r;
        r.studentId = students.at(i % students.size()).studentId;
        r.institution = (i / students.size()) % 2 ? QStringLiteral("RUTS") : QStringLiteral("CQUPT");
        r.purpose = QStringLiteral("benchmark");
        requests << r;
    }
    const QString batchDir = tmp.filePath(QStringLiteral("batch"));
    QDir().mkpath(batchDir);
    QElapsedTimer t;
    t.start();
    int problems = 0;
    for (int i = 0; i < requests.size(); ++i) {
        if (!issuer.issue(requests.at(i), QDir(batchDir).filePath(QStringLiteral("%1.pdf").arg(i)), nullptr, &error)) {
            ++problems;
        }
    }
    const double oneThread = t.nsecsElapsed() / 1e9;

    // The product's batch (TranscriptIssuer::issueMany, as `transcript --cohort` and the
    // Transcripts view use it): records read on one thread, PDFs drawn on every core, each
    // logged and written.
    QStringList paths;
    for (int i = 0; i < requests.size(); ++i) {
        paths << QDir(batchDir).filePath(QStringLiteral("m%1.pdf").arg(i));
    }
    t.restart();
    dd::TranscriptIssuer::BatchResult many;
    issuer.issueMany(requests, paths, nullptr, &many);
    const double twoThreads = t.nsecsElapsed() / 1e9;
    problems += int(many.problems.size());
    qint64 bytes = 0;
    for (const QString& p : std::as_const(paths)) {
        bytes += QFileInfo(p).size();
    }
    std::vector<dd::Transcript> transcripts;
    for (const dd::TranscriptIssuer::Request& r : requests) {
        dd::Transcript transcript;
        const QString language
            = r.institution == QLatin1String("CQUPT") ? QStringLiteral("en-zh") : QStringLiteral("en-th");
        if (!issuer.service().build(r.studentId, r.institution, language, r.issued, &transcript, &error)) {
            ++problems;
        }
        transcripts.push_back(transcript);
    }

    double wkBatch = 0;
    if (haveWk) {
        QStringList inputs;
        for (int i = 0; i < int(transcripts.size()); ++i) {
            const QString input = QDir(batchDir).filePath(QStringLiteral("w%1.html").arg(i));
            QFile f(input);
            f.open(QIODevice::WriteOnly);
            const dd::TranscriptDocument::Seal seal {dd::TranscriptService::newVerificationCode(),
                                                     transcripts.at(i).digest()};
            f.write(standalone(dd::TranscriptDocument(transcripts.at(i), seal).html(), transcripts.at(i).language,
                               seal.verificationCode, seal.contentDigest));
            inputs << input;
        }
        t.restart();
        problems += wkhtmltopdf(inputs, 2);
        wkBatch = t.nsecsElapsed() / 1e9;
    }
    out << "\nbatch of " << requests.size() << " transcripts (100 students x CQUPT en-zh / RUTS en-th):\n"
        << "  issue one after another (log + file each): " << QString::number(oneThread, 'f', 2) << " s ("
        << QString::number(oneThread * 1000 / requests.size(), 'f', 1) << " ms each)\n"
        << "  issueMany: drawn on " << QThread::idealThreadCount()
        << " threads, log + file each: " << QString::number(twoThreads, 'f', 2) << " s ("
        << QString::number(twoThreads * 1000 / requests.size(), 'f', 1) << " ms each, "
        << QString::number(bytes / double(requests.size()) / 1024, 'f', 0) << " KiB a PDF)\n";
    if (haveWk) {
        out << "  wkhtmltopdf, same HTML, two processes at a time: " << QString::number(wkBatch, 'f', 2) << " s\n"
            << "  ratio wkhtmltopdf / DualDegree issueMany: " << QString::number(wkBatch / twoThreads, 'f', 1) << "x\n";
    }
    // Signed against unsigned: the same batch issued per institution, once with no key and once
    // signed with the demo key (PAdES CMS, signed QR); both are PDF/A-3 with the record inside.
    dd::InstitutionKeys keys(db);
    const auto demoSecret = [](const QString&, QByteArray* secret, dd::Error*) {
        *secret = dd::DatabaseSetup::demoPassphrase();
        return true;
    };
    double unsignedSeconds = 0;
    double signedSeconds = 0;
    for (const bool sign : {false, true}) {
        for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
            QList<dd::TranscriptIssuer::Request> part;
            QStringList partPaths;
            for (int i = 0; i < requests.size(); ++i) {
                if (requests.at(i).institution == institution) {
                    part << requests.at(i);
                    partPaths << QDir(batchDir).filePath(QStringLiteral("%1%2.pdf").arg(sign ? u's' : u'u').arg(i));
                }
            }
            issuer.setSigningKey(sign ? keys.open(institution, demoSecret, &error) : dd::SigningKey());
            if (sign && issuer.signingKey().isNull()) {
                out << error.message() << Qt::endl;
                return 1;
            }
            t.restart();
            dd::TranscriptIssuer::BatchResult result;
            issuer.issueMany(part, partPaths, nullptr, &result);
            (sign ? signedSeconds : unsignedSeconds) += t.nsecsElapsed() / 1e9;
            problems += int(result.problems.size());
        }
    }
    issuer.setSigningKey(dd::SigningKey());
    out << "\nsigned against unsigned, the same " << requests.size() << " transcripts through issueMany:\n"
        << "  unsigned (PDF/A-3 with record.xml): " << QString::number(unsignedSeconds, 'f', 2) << " s ("
        << QString::number(unsignedSeconds * 1000 / requests.size(), 'f', 1) << " ms each)\n"
        << "  signed (PAdES, signed QR): " << QString::number(signedSeconds, 'f', 2) << " s ("
        << QString::number(signedSeconds * 1000 / requests.size(), 'f', 1) << " ms each), "
        << QString::number((signedSeconds / unsignedSeconds - 1) * 100, 'f', 1) << " % more\n";
    out << "problems: " << problems << Qt::endl;
    return problems ? 1 : 0;
}
