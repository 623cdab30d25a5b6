// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyListCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/TransferService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

EquivalencyListCommand::EquivalencyListCommand()
    : DatabaseCommand(QStringLiteral("equivalency list"), QStringLiteral("the current version of every equivalency"))
{
    addOption(QStringLiteral("status"), QStringLiteral("STATUS"),
              QStringLiteral("only these: proposed, approved, rejected or retired"));
    addFlag(QStringLiteral("json"), QStringLiteral("one JSON object a line"));
}

bool EquivalencyListCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_status = parser.value(QStringLiteral("status"));
    m_json = parser.isSet(QStringLiteral("json"));
    return true;
}

int EquivalencyListCommand::runWithDatabase(CommandContext& context, Database& db)
{
    TransferService service(db);
    Error error;
    if (!service.load(&error)) {
        return context.fail(QStringLiteral("equivalency list: %1").arg(error.message()));
    }
    QTextStream& out = context.out();
    for (const Equivalency& e : service.current()) {
        if (!m_status.isEmpty() && e.status != m_status) {
            continue;
        }
        if (m_json) {
            out << QJsonDocument(QJsonObject {{QStringLiteral("id"), e.id},
                                              {QStringLiteral("version"), e.version},
                                              {QStringLiteral("from_institution"), e.fromInstitution},
                                              {QStringLiteral("from_codes"), e.fromCodes.join(QLatin1Char('+'))},
                                              {QStringLiteral("to_institution"), e.toInstitution},
                                              {QStringLiteral("to_codes"), e.toSpec()},
                                              {QStringLiteral("status"), e.status},
                                              {QStringLiteral("valid_from_cohort"), e.validFromCohort},
                                              {QStringLiteral("valid_to_cohort"),
                                               e.validToCohort > 0 ? QJsonValue(e.validToCohort) : QJsonValue()},
                                              {QStringLiteral("decided_by"), e.decidedBy}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << QStringLiteral("%1\tv%2\t%3 %4 -> %5 %6\t%7\t%8-%9")
                       .arg(e.id)
                       .arg(e.version)
                       .arg(e.fromInstitution, e.fromCodes.join(QLatin1Char('+')), e.toInstitution, e.toSpec(),
                            e.status, QString::number(e.validFromCohort),
                            e.validToCohort > 0 ? QString::number(e.validToCohort) : QString())
                << Qt::endl;
        }
    }
    return 0;
}

} // namespace dd
