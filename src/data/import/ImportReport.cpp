// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ImportReport.h"

namespace dd {

QString ImportIssue::toString() const
{
    QString where = file;
    if (!place.isEmpty()) {
        return QStringLiteral("%1: %2: %3").arg(file, place, message);
    }
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
    }
    if (!column.isEmpty()) {
        return QStringLiteral("%1: column '%2': %3").arg(where, column, message);
    }
    return QStringLiteral("%1: %2").arg(where, message);
}

QString ImportReport::summary() const
{
    const QString verb = dryRun ? QStringLiteral("would be") : QString();
    if (dryRun) {
        return QStringLiteral(
                   "%1: %2 rows: %3 would be added, %4 would change, %5 unchanged (dry run, nothing written)")
            .arg(file)
            .arg(rows)
            .arg(inserted)
            .arg(updated)
            .arg(unchanged);
    }
    return QStringLiteral("%1: %2 rows: %3 added, %4 changed, %5 unchanged")
        .arg(file)
        .arg(rows)
        .arg(inserted)
        .arg(updated)
        .arg(unchanged);
}

} // namespace dd
