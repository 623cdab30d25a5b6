// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exchange/ElmoImportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/ImportOutput.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"

#include <QFile>

namespace dd {

ElmoImportCommand::ElmoImportCommand()
    : DatabaseCommand(QStringLiteral("elmo import"),
                      QStringLiteral("import a partner institution's signed record (ELMO XML) into its results,"
                                     " all or nothing"))
{
    addArgument(QStringLiteral("FILE.xml"), QStringLiteral("the record as the partner signed it (elmo export)"));
    addFlag(QStringLiteral("dry-run"), QStringLiteral("check the file and list the changes without saving"));
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
              QStringLiteral("why; needed where the record changes grades already recorded"));
}

bool ElmoImportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_path = parser.positionalArguments().value(0);
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_reason = parser.value(QStringLiteral("reason"));
    return true;
}

int ElmoImportCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(QStringLiteral("elmo import: cannot read %1: %2").arg(m_path, file.errorString()));
    }
    if (file.size() > ElmoImporter::kMaxRecordBytes) {
        return context.fail(QStringLiteral("elmo import: %1 is larger than %2 MB; not a record")
                                .arg(m_path)
                                .arg(ElmoImporter::kMaxRecordBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    Importer::Options options;
    options.dryRun = m_dryRun;
    options.reason = m_reason;
    ElmoImporter importer(db);
    ImportReport report;
    const bool imported = importer.run(bytes, m_path, options, &report);
    const ElmoImporter::Found& found = importer.found();
    if (found.signatureVerified) {
        context.out() << TerminalText::escaped(
            QStringLiteral("%1: signed by %2 (%3, SHA-256 %4)")
                .arg(report.file, found.signer.subject(), found.signerInstitution, found.signer.fingerprint()))
                      << Qt::endl;
    }
    if (!found.studentId.isEmpty()) {
        context.out() << TerminalText::escaped(QStringLiteral("%1: learner %2, %3 (born %4) is %5 here")
                                                   .arg(report.file, found.record.familyName, found.record.givenNames,
                                                        found.record.birthDate.toString(Qt::ISODate), found.studentId))
                      << Qt::endl;
    }
    if (!imported) {
        return ImportOutput::refused(context, report);
    }
    ImportOutput::done(context, report);
    return 0;
}

} // namespace dd
