// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyEvidenceCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/repositories/EquivalencyRepository.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

EquivalencyEvidenceCommand::EquivalencyEvidenceCommand()
    : EquivalencyCommand(QStringLiteral("equivalency evidence"), QStringLiteral("attach a syllabus to a version"))
{
    addArgument(QStringLiteral("FILE"), QStringLiteral("the syllabus or other evidence"));
}

bool EquivalencyEvidenceCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_path = parser.positionalArguments().at(1);
    return EquivalencyCommand::readArguments(context, parser);
}

int EquivalencyEvidenceCommand::runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                                                   const Equivalency& equivalency)
{
    Q_UNUSED(service)
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(QStringLiteral("equivalency evidence: cannot read %1: %2").arg(m_path, file.errorString()));
    }
    EquivalencyRepository::Evidence added;
    Error error;
    if (!EquivalencyRepository(db).addEvidence(equivalency.id, QFileInfo(file).fileName(), file.readAll(), &added,
                                               &error)) {
        return context.fail(QStringLiteral("equivalency evidence: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("attached %1 (%2 bytes, sha256 %3) to version %4")
                         .arg(added.fileName)
                         .arg(added.size)
                         .arg(added.sha256)
                         .arg(equivalency.version)
                  << Qt::endl;
    return 0;
}

} // namespace dd
