// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times a results import through the real importer (validation against the
// policies and the database, one transaction) against the floor for raw CSV
// loading: the sqlite3 shell's .import into a plain table, in the same run.
// With --server, the same import into a database on a PostgreSQL server too,
// against that server's floor: psql's \copy into a plain table.
//
//   dd_bench_import [--students N] [--keep DIR] [--server postgresql://user@host:port/EMPTY_DB]

#include "BenchDatabase.h"
#include "SyntheticData.h"
#include "core/text/CsvParser.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/Database.h"
#include "data/import/ImportPreview.h"
#include "data/import/Importer.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/DemoAuthority.h"
#include "sign/SigningKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Timings
{
    qint64 dryMs = -1;
    qint64 previewMs = -1; ///< the dry run laid out line by line, as File › Import shows it
    qint64 importMs = -1;
    qint64 reimportMs = -1;
    qint64 floorMs = -1;
    qint64 rowByRowMs = -1;
    qint64 checkpointMs = -1; ///< signing the log after the import (every row since the start)
    qint64 verifyMs = -1; ///< log verify with that checkpoint
};

/**
 * The same rows sent one INSERT at a time through the driver into a plain table,
 * in one transaction: what an import costs without batching.
 */
qint64 timeRowByRow(const QString& target, const QList<QStringList>& rows, QString* error)
{
    dd::Database db;
    dd::Error failed;
    if (!db.open(target, dd::Database::OpenMode::OpenExisting, &failed)) {
        *error = failed.message();
        return -1;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("CREATE TABLE raw_rows (student_id TEXT, institution TEXT, course_code TEXT, term TEXT,"
                               " mark TEXT, attempt TEXT)"))) {
        *error = q.lastError().text();
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    dd::Transaction tx(db, dd::Transaction::Mode::Immediate, &failed);
    if (!tx.isActive()) {
        *error = failed.message();
        return -1;
    }
    q.prepare(QStringLiteral("INSERT INTO raw_rows VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QStringList& row : rows) {
        for (int i = 0; i < 6; ++i) {
            q.bindValue(i, row.value(i));
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
    }
    if (!tx.commit(&failed)) {
        *error = failed.message();
        return -1;
    }
    return timer.elapsed();
}

/** A new database at \a target with the catalogue and the students, then the results timed. */
bool timeImport(const QString& target, const QByteArray& coursesBytes, const QByteArray& studentsBytes,
                const QByteArray& resultsBytes, Timings* t, QString* error)
{
    dd::Database db;
    QStringList log;
    dd::Error created;
    if (!dd::DatabaseSetup::createDatabase(db, target, dd::DatabaseSetup::embeddedDataDir(), false, &log, &created)) {
        *error = QStringLiteral("setup failed: ") + created.message();
        return false;
    }
    if (!BenchDatabase::importFile(db, QStringLiteral("courses"), coursesBytes, false, &created)
        || !BenchDatabase::importFile(db, QStringLiteral("students"), studentsBytes, false, &created)) {
        *error = QStringLiteral("setup failed: ") + created.message();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, true, &created)) {
        *error = QStringLiteral("dry run failed: ") + created.message();
        return false;
    }
    t->dryMs = timer.restart();
    dd::ImportPreview preview;
    preview.make(db, resultsBytes, QStringLiteral("results.csv"), QStringLiteral("results"), {});
    if (preview.lines().size() + 1 < resultsBytes.count('\n')) {
        *error = QStringLiteral("preview failed: %1 lines").arg(preview.lines().size());
        return false;
    }
    t->previewMs = timer.restart();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, false, &created)) {
        *error = QStringLiteral("import failed: ") + created.message();
        return false;
    }
    t->importMs = timer.restart();
    if (!BenchDatabase::importFile(db, QStringLiteral("results"), resultsBytes, false, &created)) {
        *error = QStringLiteral("re-import failed: ") + created.message();
        return false;
    }
    t->reimportMs = timer.elapsed();
    // The office signs the log the import wrote: a checkpoint over every row so far.
    dd::DemoAuthority::Files keys;
    QTemporaryDir keyDir;
    const QString p12 = keyDir.filePath(QStringLiteral("CQUPT.p12"));
    if (!dd::DemoAuthority::make({QStringLiteral("CQUPT")}, "demo", &keys, &created)
        || !write(p12, keys.pkcs12.value(QStringLiteral("CQUPT")))) {
        *error = QStringLiteral("demo key failed: ") + created.message();
        return false;
    }
    const dd::SigningKey key = dd::SigningKey::fromPkcs12(p12, "demo", &created);
    timer.restart();
    if (key.isNull() || !dd::LogCheckpoints(db).make(key, QStringLiteral("CQUPT"), nullptr, &created)) {
        *error = QStringLiteral("checkpoint failed: ") + created.message();
        return false;
    }
    t->checkpointMs = timer.restart();
    dd::ChangeLogReport report;
    if (!dd::ChangeLogVerifier::verify(db, &report, &created) || !report.intact()) {
        *error = QStringLiteral("log verify failed: ") + created.message();
        return false;
    }
    t->verifyMs = timer.elapsed();
    return true;
}

/** Runs \a program with \a input on stdin; the elapsed milliseconds, or -1 with the error. */
qint64 timeProcess(const QString& program, const QStringList& arguments, const QByteArray& input, QString* error)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return -1;
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int students = 1500;
    QString keep;
    QString server;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--students")) {
            students = args.at(i + 1).toInt();
        } else if (args.at(i) == QLatin1String("--keep")) {
            keep = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--server")) {
            server = args.at(i + 1);
        }
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;

    const QByteArray coursesBytes = BenchDatabase::demoFile(QStringLiteral("courses.csv"));
    if (coursesBytes.isEmpty()) {
        out << "the built-in demo catalogue is missing\n";
        return 1;
    }
    int rows = 0;
    const QByteArray resultsBytes = SyntheticData::resultsCsv(students, SyntheticData::courses(coursesBytes), &rows);
    const QByteArray studentsBytes = SyntheticData::studentsCsv(students);
    const QString resultsPath = dir + QStringLiteral("/results.csv");
    if (!write(resultsPath, resultsBytes)) {
        out << "cannot write " << resultsPath << "\n";
        return 1;
    }

    QString error;
    Timings file;
    if (!timeImport(dir + QStringLiteral("/bench.db"), coursesBytes, studentsBytes, resultsBytes, &file, &error)) {
        out << error << "\n";
        return 1;
    }
    // The floor: the sqlite3 shell loading the same file into a table with no checks.
    file.floorMs = timeProcess(
        QStringLiteral("sqlite3"), {dir + QStringLiteral("/floor.db")},
        QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n.mode csv\n.import %1 raw_results\n.quit\n")
            .arg(resultsPath)
            .toUtf8(),
        &error);
    if (file.floorMs < 0) {
        out << error << "\n";
        return 1;
    }

    Timings onServer;
    if (!server.isEmpty()) {
        if (!timeImport(server, coursesBytes, studentsBytes, resultsBytes, &onServer, &error)) {
            out << error << "\n";
            return 1;
        }
        // The server's floor: psql copying the same file into a plain table.
        onServer.floorMs = timeProcess(
            QStringLiteral("psql"),
            {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), server},
            QStringLiteral("CREATE TABLE raw_results (student_id TEXT, institution TEXT, course_code TEXT, term TEXT,"
                           " mark TEXT, attempt TEXT);\n\\copy raw_results FROM '%1' CSV HEADER\n")
                .arg(resultsPath)
                .toUtf8(),
            &error);
        QList<dd::CsvParser::Record> records;
        if (!dd::CsvParser::parse(resultsBytes, &records, &error)) {
            out << error << "\n";
            return 1;
        }
        QList<QStringList> rowsOnly;
        for (int i = 1; i < records.size(); ++i) {
            rowsOnly.append(records.at(i).fields);
        }
        onServer.rowByRowMs = timeRowByRow(server, rowsOnly, &error);
        if (onServer.floorMs < 0 || onServer.rowByRowMs < 0) {
            out << error << "\n";
            return 1;
        }
    }

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads\n";
    out << "results: " << rows << " rows for " << students << " students\n\n";
    const bool both = !server.isEmpty();
    out << (both ? "| step | SQLite ms | SQLite rows/s | PostgreSQL ms | PostgreSQL rows/s "
                   "|\n|---|---:|---:|---:|---:|\n"
                 : "| step | ms | rows/s |\n|---|---:|---:|\n");
    auto cell = [&](qint64 ms) { out << " " << ms << " | " << (ms > 0 ? qint64(rows * 1000.0 / ms) : 0) << " |"; };
    auto line = [&](const char* what, qint64 fileMs, qint64 serverMs) {
        out << "| " << what << " |";
        cell(fileMs);
        if (both) {
            cell(serverMs);
        }
        out << "\n";
    };
    line("validate only (--dry-run)", file.dryMs, onServer.dryMs);
    line("preview in the window (dry run + every line laid out)", file.previewMs, onServer.previewMs);
    line("import (validate + write, one transaction)", file.importMs, onServer.importMs);
    line("re-import of the same file (all unchanged)", file.reimportMs, onServer.reimportMs);
    line(both ? "floor: sqlite3 .import / psql \\copy, no checks" : "floor: sqlite3 shell .import, no checks",
         file.floorMs, onServer.floorMs);
    line("signed checkpoint of the whole log (log checkpoint)", file.checkpointMs, onServer.checkpointMs);
    line("log verify with that checkpoint", file.verifyMs, onServer.verifyMs);
    if (both) {
        out << "| row by row through the driver, no checks (PostgreSQL only) | | |";
        cell(onServer.rowByRowMs);
        out << "\n";
    }
    auto ratio = [](qint64 a, qint64 b) { return QString::number(double(a) / double(qMax<qint64>(1, b)), 'f', 1); };
    out << "\nimport / floor = " << ratio(file.importMs, file.floorMs);
    if (both) {
        out << " (SQLite), " << ratio(onServer.importMs, onServer.floorMs) << " (PostgreSQL)";
    }
    out << "\n";
    return 0;
}
