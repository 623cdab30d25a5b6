// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyImpactCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/TransferService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

EquivalencyImpactCommand::EquivalencyImpactCommand()
    : EquivalencyCommand(QStringLiteral("equivalency impact"),
                         QStringLiteral("the students this version treats differently from the one before"))
{
    addOption(QStringLiteral("as-of"), QStringLiteral("DATE"), QStringLiteral("decide as on this day (YYYY-MM-DD)"));
    addFlag(QStringLiteral("json"), QStringLiteral("one JSON object a student"));
}

bool EquivalencyImpactCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    m_asOf = QDate::currentDate();
    if (!readDate(context, parser, QStringLiteral("as-of"), &m_asOf)) {
        return false;
    }
    return EquivalencyCommand::readArguments(context, parser);
}

int EquivalencyImpactCommand::runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                                                 const Equivalency& equivalency)
{
    Q_UNUSED(db)
    QList<TransferService::Impact> impact;
    Error error;
    if (!service.impact(equivalency, m_asOf, &impact, &error)) {
        return context.fail(QStringLiteral("equivalency impact: %1").arg(error.message()));
    }
    QTextStream& out = context.out();
    for (const TransferService::Impact& i : std::as_const(impact)) {
        if (m_json) {
            out << QJsonDocument(QJsonObject {{QStringLiteral("student_id"), i.studentId},
                                              {QStringLiteral("before"), i.before},
                                              {QStringLiteral("after"), i.after},
                                              {QStringLiteral("recorded"), i.recorded}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << QStringLiteral("%1\t%2\t->\t%3").arg(i.studentId, i.before, i.after) << Qt::endl;
        }
    }
    if (!m_json) {
        out << QStringLiteral("%1 student%2 treated differently by version %3")
                   .arg(impact.size())
                   .arg(impact.size() == 1 ? QString() : QStringLiteral("s"))
                   .arg(equivalency.version)
            << Qt::endl;
    }
    return 0;
}

} // namespace dd
