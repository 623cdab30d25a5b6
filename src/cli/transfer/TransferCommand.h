// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "data/services/TransferService.h"

#include <QDate>
#include <QTextStream>

namespace dd {

/** dualdegree-cli transfer: the transfers approved equivalencies allow a student, applied on request; or a reversal. */
class TransferCommand : public DatabaseCommand
{
public:
    TransferCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    int reverse(CommandContext& context, Database& db, TransferService& service);
    void printJson(QTextStream& out, const TransferService::StudentTransfers& plan,
                   const QList<TransferCredit>& applied) const;
    void printText(QTextStream& out, const TransferService::StudentTransfers& plan,
                   const QList<TransferCredit>& applied) const;

    QString m_studentId;
    QString m_to;
    QDate m_asOf;
    QString m_reverse; ///< the transfer to reverse, as typed
    QString m_reason;
    bool m_apply = false;
    bool m_json = false;
};

} // namespace dd
