// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The ELMO exchange for every demo student's RUTS record: building the document,
// signing it (libxmlsec1, ECDSA P-256), and on the receiving side the signature
// check alone (the floor of an import: libxmlsec1 parsing and verifying the same
// bytes) against the whole import (signature, learner match, every course checked,
// a dry run; then the real import into a database without those results).
//
//   dd_bench_exchange [--runs N]

#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/ElmoExport.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/SigningKey.h"
#include "sign/XmlSignature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

double perRecord(qint64 nanoseconds, int records)
{
    return records > 0 ? double(nanoseconds) / 1e6 / records : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int runs
        = args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 3;
    QTemporaryDir tmp;
    dd::Error error;
    dd::Database source;
    QStringList log;
    const QString path = tmp.filePath(QStringLiteral("ruts.db"));
    const QString keys = tmp.filePath(QStringLiteral("keys"));
    if (!dd::DatabaseSetup::createDatabase(source, path, dd::DatabaseSetup::embeddedDataDir(), true, &log, &error)
        || !dd::DatabaseSetup::writeDemoKeys(keys, {QStringLiteral("RUTS")}, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const dd::SigningKey key
        = dd::SigningKey::fromPkcs12(keys + QStringLiteral("/RUTS.p12"), dd::DatabaseSetup::demoPassphrase(), &error);
    dd::ElmoExport exporter(source);
    if (key.isNull() || !exporter.load(&error)
        || !dd::InstitutionKeyRepository(source).trust(QStringLiteral("RUTS"), key.certificate(), &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    const QList<dd::Student> students = dd::StudentRepository(source).all(&error);

    // The receiving side: the same database without the RUTS results (and what refers to them).
    const QString target = tmp.filePath(QStringLiteral("cqupt.db"));
    if (!dd::DatabaseBackup::backupTo(source, target, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }

    out << "ELMO exchange, " << students.size() << " demo students' RUTS records, " << QSysInfo::prettyProductName()
        << ", " << QThread::idealThreadCount() << " cores, best of " << runs << " runs\n";
    qint64 best[5] = {LLONG_MAX, LLONG_MAX, LLONG_MAX, LLONG_MAX, LLONG_MAX};
    QList<QByteArray> signedRecords;
    qint64 bytes = 0;
    int courses = 0;
    for (int run = 0; run < runs; ++run) {
        QList<QByteArray> documents;
        QElapsedTimer t;
        t.start();
        for (const dd::Student& s : students) {
            documents << exporter.document(s.studentId, QStringLiteral("RUTS"), &error);
        }
        best[0] = std::min(best[0], t.nsecsElapsed());
        signedRecords.clear();
        t.restart();
        for (const QByteArray& d : std::as_const(documents)) {
            signedRecords << dd::XmlSignature::sign(d, key, &error);
        }
        best[1] = std::min(best[1], t.nsecsElapsed());
        t.restart();
        int verified = 0;
        for (const QByteArray& d : std::as_const(signedRecords)) {
            QString problem;
            verified += dd::XmlSignature::verify(d, key.certificate(), &problem) ? 1 : 0;
        }
        best[2] = std::min(best[2], t.nsecsElapsed());
        if (verified != signedRecords.size()) {
            out << "a signature did not verify" << Qt::endl;
            return 1;
        }
        t.restart();
        courses = 0;
        for (int i = 0; i < signedRecords.size(); ++i) {
            dd::ElmoImporter importer(source);
            dd::Importer::Options options;
            options.dryRun = true;
            dd::ImportReport report;
            if (!importer.run(signedRecords.at(i), QStringLiteral("%1.xml").arg(i), options, &report)) {
                out << report.errors.first().toString() << Qt::endl;
                return 1;
            }
            courses += report.rows;
        }
        best[3] = std::min(best[3], t.nsecsElapsed());
    }
    for (const QByteArray& d : std::as_const(signedRecords)) {
        bytes += d.size();
    }

    // The real import, once, into the database that lacks the results.
    dd::Database receiving;
    if (!receiving.open(target, dd::Database::OpenMode::OpenExisting, &error)
        || !dd::DatabaseSetup::actAs(receiving, dd::DatabaseSetup::defaultAdministrator(), &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    {
        QSqlQuery q(receiving.connection());
        for (const char* sql :
             {"DELETE FROM transfer_credit_sources", "DELETE FROM transfer_credits",
              "DELETE FROM grade_changes WHERE result_ref IN (SELECT r.id FROM results r JOIN courses c"
              " ON c.id = r.course_ref WHERE c.institution = 'RUTS')",
              "DELETE FROM results WHERE course_ref IN (SELECT id FROM courses WHERE institution = 'RUTS')"}) {
            if (!q.exec(QString::fromLatin1(sql))) {
                out << sql << ": " << q.lastError().text() << Qt::endl;
                return 1;
            }
        }
    }
    QElapsedTimer t;
    t.start();
    int added = 0;
    for (int i = 0; i < signedRecords.size(); ++i) {
        dd::ElmoImporter importer(receiving);
        dd::Importer::Options options;
        options.backup = false;
        dd::ImportReport report;
        if (!importer.run(signedRecords.at(i), QStringLiteral("%1.xml").arg(i), options, &report)) {
            out << report.errors.first().toString() << Qt::endl;
            return 1;
        }
        added += report.inserted;
    }
    best[4] = t.nsecsElapsed();

    const int n = int(signedRecords.size());
    out << n << " records, " << courses << " course results, " << bytes / n << " bytes a signed record\n";
    out << QStringLiteral("build the ELMO document        %1 ms a record\n").arg(perRecord(best[0], n), 0, 'f', 2);
    out << QStringLiteral("sign it (XML-DSig, ECDSA)      %1 ms a record\n").arg(perRecord(best[1], n), 0, 'f', 2);
    out << QStringLiteral("verify the signature only      %1 ms a record (floor of an import)\n")
               .arg(perRecord(best[2], n), 0, 'f', 2);
    out << QStringLiteral("import, dry run (all checks)   %1 ms a record\n").arg(perRecord(best[3], n), 0, 'f', 2);
    out << QStringLiteral("import, written (%1 results)  %2 ms a record (once, no backup copy)\n")
               .arg(added)
               .arg(perRecord(best[4], n), 0, 'f', 2);
    return 0;
}
