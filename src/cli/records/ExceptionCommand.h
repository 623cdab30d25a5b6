// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "core/records/StudentException.h"

namespace dd {

/**
 * What "exception add" and "exception revoke" share: the student, and the
 * institution, kind, requirement and course that name one exception.
 */
class ExceptionCommand : public DatabaseCommand
{
protected:
    ExceptionCommand(const QString& name, const QString& description);

    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;

    StudentException m_exception;
};

} // namespace dd
