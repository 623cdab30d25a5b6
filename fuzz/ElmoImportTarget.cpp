// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: a partner's ELMO record checked against the demo database, as
// `elmo import FILE --dry-run` does, with RUTS's demo certificate trusted. The first
// byte chooses how far the input gets: even, as it is (the XML parser, the signature's
// shape and libxmlsec1's verification); odd, the rest signed first with the trusted key,
// so that the record reader, the learner match and every course check see it. Whatever
// the file, the importer answers: true with every course accounted for, or false with
// reasons; a dry run never writes.

#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "data/setup/DatabaseSetup.h"
#include "sign/SigningKey.h"
#include "sign/XmlSignature.h"

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
        const QString keys = dir.filePath(QStringLiteral("keys"));
        if (!dir.isValid()
            || !dd::DatabaseSetup::createDatabase(db, dir.filePath(QStringLiteral("fuzz.db")),
                                                  dd::DatabaseSetup::embeddedDataDir(), true, &log, &error)
            || !dd::DatabaseSetup::writeDemoKeys(keys, {QStringLiteral("RUTS")}, &error)) {
            std::fprintf(stderr, "cannot make the demo database: %s\n", qPrintable(error.message()));
            std::abort();
        }
        key = dd::SigningKey::fromPkcs12(keys + QStringLiteral("/RUTS.p12"), dd::DatabaseSetup::demoPassphrase(),
                                         &error);
        if (key.isNull()
            || !dd::InstitutionKeyRepository(db).trust(QStringLiteral("RUTS"), key.certificate(), &error)) {
            std::fprintf(stderr, "cannot trust the demo key: %s\n", qPrintable(error.message()));
            std::abort();
        }
    }

    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    dd::Database db;
    dd::SigningKey key;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    if (size == 0) {
        return 0;
    }
    QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 1) {
        dd::Error error;
        const QByteArray signedBytes = dd::XmlSignature::sign(bytes, fixture.key, &error);
        if (signedBytes.isEmpty()) {
            // Only what libxml2 cannot read is not signed; the reason is said.
            if (!error.isSet()) {
                std::abort();
            }
            return 0;
        }
        bytes = signedBytes;
    }
    dd::ElmoImporter importer(fixture.db);
    dd::Importer::Options options;
    options.dryRun = true;
    options.reason = QStringLiteral("fuzzing");
    dd::ImportReport report;
    const bool accepted = importer.run(bytes, QStringLiteral("fuzz.xml"), options, &report);
    if ((!accepted && report.errors.isEmpty()) || report.written
        || (accepted && report.rows != report.inserted + report.updated + report.unchanged)) {
        std::abort();
    }
    return 0;
}
