// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/records/Equivalency.h"

#include "core/text/Decimal.h"

namespace dd {

QString Equivalency::toSpec() const
{
    if (isBlockCredit()) {
        return blockCategory + QLatin1Char(':') + Decimal::formatHalves(blockCreditsHalves);
    }
    return toCodes.join(QLatin1Char('+'));
}

QString Equivalency::key() const
{
    QStringList from = fromCodes;
    from.sort();
    QStringList to = toCodes;
    to.sort();
    const QString target = isBlockCredit() ? toSpec() : to.join(QLatin1Char('+'));
    return QStringLiteral("%1:%2>%3:%4").arg(fromInstitution, from.join(QLatin1Char('+')), toInstitution, target);
}

QStringList Equivalency::nextStatuses(const QString& status)
{
    if (status == QLatin1String("proposed")) {
        return {QStringLiteral("approved"), QStringLiteral("rejected")};
    }
    if (status == QLatin1String("approved")) {
        return {QStringLiteral("retired")};
    }
    if (status == QLatin1String("rejected") || status == QLatin1String("retired")) {
        return {QStringLiteral("proposed")};
    }
    return {};
}

} // namespace dd
