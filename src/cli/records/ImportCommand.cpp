// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ImportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/ImportOutput.h"
#include "cli/command/TerminalText.h"
#include "core/text/TextEncoding.h"
#include "data/db/Database.h"
#include "data/import/Importers.h"

#include <QFile>

namespace dd {

ImportCommand::ImportCommand()
    : DatabaseCommand(QStringLiteral("import"), QStringLiteral("import a CSV file, all or nothing"))
{
    addArgument(QStringLiteral("KIND"), Importers::kinds().join(QStringLiteral(", ")));
    addArgument(QStringLiteral("FILE.csv"),
                QStringLiteral("a header row, comma separated; UTF-8 unless --encoding says otherwise"));
    addFlag(QStringLiteral("dry-run"), QStringLiteral("check the file and list the changes without saving"));
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
              QStringLiteral("why; needed where results change grades already recorded"));
    addOption(QStringLiteral("encoding"), QStringLiteral("NAME"),
              QStringLiteral("what the file is in when not UTF-8: utf-16, gb18030 (Excel on Chinese Windows),"
                             " windows-874 (Excel on Thai Windows)"));
}

bool ImportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_kind = parser.positionalArguments().at(0);
    m_path = parser.positionalArguments().at(1);
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_reason = parser.value(QStringLiteral("reason"));
    m_encoding = parser.value(QStringLiteral("encoding"));
    if (!m_encoding.isEmpty() && TextEncoding::canonical(m_encoding).isEmpty()) {
        return usageError(context,
                          QStringLiteral("--encoding: unknown encoding '%1' (expected %2)")
                              .arg(m_encoding, TextEncoding::names().join(QStringLiteral(", "))));
    }
    if (!Importers::kinds().contains(m_kind)) {
        return usageError(context,
                          QStringLiteral("unknown kind '%1' (expected %2)")
                              .arg(m_kind, Importers::kinds().join(QStringLiteral(", "))));
    }
    return true;
}

int ImportCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(QStringLiteral("import: cannot read %1: %2").arg(m_path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    Importer::Options options;
    options.dryRun = m_dryRun;
    options.reason = m_reason;
    options.encoding = m_encoding;
    std::unique_ptr<Importer> importer = Importers::create(m_kind, db);
    ImportReport report;
    if (!importer->run(bytes, m_path, options, &report)) {
        return ImportOutput::refused(context, report);
    }
    ImportOutput::done(context, report);
    return 0;
}

} // namespace dd
