// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/records/CourseResult.h"

namespace dd {

QString attemptName(Attempt attempt)
{
    switch (attempt) {
    case Attempt::Regular:
        return QStringLiteral("regular");
    case Attempt::Makeup:
        return QStringLiteral("makeup");
    case Attempt::Retake:
        return QStringLiteral("retake");
    }
    return QStringLiteral("regular");
}

std::optional<Attempt> attemptFromName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("regular")) {
        return Attempt::Regular;
    }
    if (name == QLatin1String("makeup")) {
        return Attempt::Makeup;
    }
    if (name == QLatin1String("retake")) {
        return Attempt::Retake;
    }
    return std::nullopt;
}

} // namespace dd
