// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/Decimal.h"

namespace dd {
namespace Decimal {

std::optional<qint64> parseScaled(const QString& text, int scale)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 18) {
        return std::nullopt;
    }
    qint64 intPart = 0;
    qint64 fracPart = 0;
    int fracDigits = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (const QChar c : t) {
        if (c == QLatin1Char('.')) {
            if (seenDot) {
                return std::nullopt;
            }
            seenDot = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        seenDigit = true;
        const int digit = c.unicode() - '0';
        if (!seenDot) {
            intPart = intPart * 10 + digit;
        } else if (fracDigits < scale) {
            fracPart = fracPart * 10 + digit;
            ++fracDigits;
        } else if (digit != 0) {
            return std::nullopt;
        }
    }
    if (!seenDigit || t.endsWith(QLatin1Char('.')) || t.startsWith(QLatin1Char('.'))) {
        return std::nullopt;
    }
    qint64 factor = 1;
    for (int i = 0; i < scale; ++i) {
        factor *= 10;
    }
    for (int i = fracDigits; i < scale; ++i) {
        fracPart *= 10;
    }
    return intPart * factor + fracPart;
}

QString formatScaled(qint64 value, int scale, int decimals)
{
    const bool negative = value < 0;
    qint64 v = negative ? -value : value;
    qint64 factor = 1;
    for (int i = 0; i < scale; ++i) {
        factor *= 10;
    }
    const qint64 intPart = v / factor;
    QString frac = QString::number(v % factor).rightJustified(scale, QLatin1Char('0'));
    if (decimals < scale) {
        frac.truncate(decimals);
    } else {
        frac = frac.leftJustified(decimals, QLatin1Char('0'));
    }
    QString out = QString::number(intPart);
    if (decimals > 0) {
        out += QLatin1Char('.') + frac;
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString formatHalves(qint64 halves)
{
    return formatScaled(halves * 5, 1, halves % 2 ? 1 : 0);
}

} // namespace Decimal
} // namespace dd
