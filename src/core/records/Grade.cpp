// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/records/Grade.h"

namespace dd {

QString gradingModeName(GradingMode mode)
{
    return mode == GradingMode::Graded ? QStringLiteral("graded") : QStringLiteral("pass_fail");
}

std::optional<GradingMode> gradingModeFromName(const QString& name)
{
    if (name == QLatin1String("graded")) {
        return GradingMode::Graded;
    }
    if (name == QLatin1String("pass_fail")) {
        return GradingMode::PassFail;
    }
    return std::nullopt;
}

} // namespace dd
