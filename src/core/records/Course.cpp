// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/records/Course.h"

namespace dd {

QList<int> Course::offeredSemesters() const
{
    QList<int> out;
    if (offered.isEmpty()) {
        return out;
    }
    for (const QString& part : offered.split(QLatin1Char('+'))) {
        out.append(part.toInt());
    }
    return out;
}

bool Course::offeredIn(int number, bool regular) const
{
    return offered.isEmpty() ? regular : offeredSemesters().contains(number);
}

} // namespace dd
