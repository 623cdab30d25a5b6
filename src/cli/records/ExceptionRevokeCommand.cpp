// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExceptionRevokeCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/repositories/ExceptionRepository.h"

namespace dd {

ExceptionRevokeCommand::ExceptionRevokeCommand()
    : ExceptionCommand(QStringLiteral("exception revoke"), QStringLiteral("end an exception in force"))
{
}

int ExceptionRevokeCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    ExceptionRepository exceptions(db);
    std::optional<StudentException> found = exceptions.findActive(m_exception, &error);
    if (!found) {
        return context.fail(
            !error.isSet()
                ? QStringLiteral("exception revoke: no such exception in force for %1").arg(m_exception.studentId)
                : QStringLiteral("exception revoke: %1").arg(error.message()));
    }
    if (!exceptions.revoke(*found, &error)) {
        return context.fail(QStringLiteral("exception revoke: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("exception revoked") << Qt::endl;
    return 0;
}

} // namespace dd
