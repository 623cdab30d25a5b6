// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExceptionCommand.h"

namespace dd {

ExceptionCommand::ExceptionCommand(const QString& name, const QString& description)
    : DatabaseCommand(name, description)
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student"));
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"),
              QStringLiteral("whose requirement the exception is about"), Presence::Required);
    addOption(QStringLiteral("kind"), QStringLiteral("KIND"), QStringLiteral("the kind of exception (e.g. waive)"),
              Presence::Required);
    addOption(QStringLiteral("requirement"), QStringLiteral("REQUIREMENT"),
              QStringLiteral("the requirement's id in the rules"), Presence::Required);
    addOption(QStringLiteral("course"), QStringLiteral("CODE"),
              QStringLiteral("the course it names, where it names one"));
}

bool ExceptionCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_exception.studentId = parser.positionalArguments().constFirst();
    m_exception.institution = parser.value(QStringLiteral("institution"));
    m_exception.kind = parser.value(QStringLiteral("kind"));
    m_exception.requirement = parser.value(QStringLiteral("requirement"));
    m_exception.courseCode = parser.value(QStringLiteral("course"));
    return true;
}

} // namespace dd
