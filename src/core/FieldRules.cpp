// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FieldRules.h"

#include "Decimal.h"

#include <QLocale>
#include <QRegularExpression>

namespace dd {
namespace FieldRules {

std::optional<QDate> isoDate(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !date.isValid()) {
        *reason = QStringLiteral("'%1' is not a valid date (YYYY-MM-DD)").arg(text);
        return std::nullopt;
    }
    return date;
}

bool nationality(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    if (!re.match(text).hasMatch() || QLocale::codeToTerritory(text) == QLocale::AnyTerritory) {
        *reason = QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)").arg(text);
        return false;
    }
    return true;
}

bool email(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+$"));
    if (!re.match(text).hasMatch()) {
        *reason = QStringLiteral("'%1' is not an e-mail address").arg(text);
        return false;
    }
    return true;
}

std::optional<int> year(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}$"));
    const int y = text.toInt();
    if (!re.match(text).hasMatch() || y < 1990 || y > 2100) {
        *reason = QStringLiteral("'%1' is not a year between 1990 and 2100").arg(text);
        return std::nullopt;
    }
    return y;
}

std::optional<int> creditsHalves(const QString& text, QString* reason)
{
    const std::optional<qint64> tenths = Decimal::parseScaled(text, 1);
    if (!tenths || *tenths % 5 != 0 || *tenths > 1000) {
        *reason = QStringLiteral("'%1' is not a number of credits (0 to 100 in steps of 0.5)").arg(text);
        return std::nullopt;
    }
    return int(*tenths / 5);
}

std::optional<int> hours(const QString& text, QString* reason)
{
    const std::optional<qint64> value = Decimal::parseScaled(text, 0);
    if (!value || *value > 10000) {
        *reason = QStringLiteral("'%1' is not a whole number of hours").arg(text);
        return std::nullopt;
    }
    return int(*value);
}

bool identifier(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    if (!re.match(text).hasMatch()) {
        *reason = QStringLiteral("'%1' is not a valid code (letters, digits, '-', '_', '.'; at most 32)").arg(text);
        return false;
    }
    return true;
}

} // namespace FieldRules
} // namespace dd
