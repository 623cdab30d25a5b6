// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: one importer (DD_FUZZ_KIND: students, courses, results, …) checking a
// file against the demo database, as `import KIND FILE --dry-run` does: every row parsed,
// checked against the catalogues, scales and stored records. Dry runs leave the database
// as it was, so that every input meets the same state and a crash reproduces. Whatever
// the file, the importer answers: true with every row accounted for, or false with reasons.

#include "data/db/Database.h"
#include "data/import/Importer.h"
#include "data/import/Importers.h"
#include "data/setup/DatabaseSetup.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    Fixture()
    {
        static int argc = 1;
        static char name[] = "dd_fuzz";
        static char* argv[] = {name, nullptr};
        if (QCoreApplication::instance() == nullptr) {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QStringList log;
        dd::Error error;
        if (!dir.isValid()
            || !dd::DatabaseSetup::createDatabase(db, dir.filePath(QStringLiteral("fuzz.db")),
                                                  dd::DatabaseSetup::embeddedDataDir(), true, &log, &error)) {
            std::fprintf(stderr, "cannot make the demo database: %s\n", qPrintable(error.message()));
            std::abort();
        }
        importer = dd::Importers::create(QStringLiteral(DD_FUZZ_KIND), db);
        if (!importer) {
            std::abort();
        }
    }

    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    dd::Database db;
    std::unique_ptr<dd::Importer> importer;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    dd::Importer::Options options;
    options.dryRun = true;
    options.reason = QStringLiteral("fuzzing");
    dd::ImportReport report;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool accepted = fixture.importer->run(bytes, QStringLiteral("fuzz.csv"), options, &report);
    // A refusal names its reason; nothing is ever written by a dry run.
    if ((!accepted && report.errors.isEmpty()) || report.written
        || (accepted && report.rows != report.inserted + report.updated + report.unchanged)) {
        std::abort();
    }
    return 0;
}
