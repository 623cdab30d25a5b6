// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/FieldRules.h"

#include "core/text/Decimal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace dd {
namespace FieldRules {

std::optional<QDate> isoDate(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !date.isValid()) {
        *reason = QCoreApplication::translate("dd::FieldRules", "'%1' is not a valid date (YYYY-MM-DD)").arg(text);
        return std::nullopt;
    }
    return date;
}

bool nationality(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    if (!re.match(text).hasMatch() || QLocale::codeToTerritory(text) == QLocale::AnyTerritory) {
        *reason = QCoreApplication::translate("dd::FieldRules",
                                              "'%1' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)")
                      .arg(text);
        return false;
    }
    return true;
}

bool email(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+$"));
    if (!re.match(text).hasMatch()) {
        *reason = QCoreApplication::translate("dd::FieldRules", "'%1' is not an e-mail address").arg(text);
        return false;
    }
    return true;
}

std::optional<int> year(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}$"));
    const int y = text.toInt();
    if (!re.match(text).hasMatch() || y < 1990 || y > 2100) {
        *reason = QCoreApplication::translate("dd::FieldRules", "'%1' is not a year between 1990 and 2100").arg(text);
        return std::nullopt;
    }
    return y;
}

std::optional<int> creditsHalves(const QString& text, QString* reason)
{
    const std::optional<qint64> tenths = Decimal::parseScaled(text, 1);
    if (!tenths || *tenths % 5 != 0 || *tenths > 1000) {
        *reason = QCoreApplication::translate("dd::FieldRules",
                                              "'%1' is not a number of credits (0 to 100 in steps of 0.5)")
                      .arg(text);
        return std::nullopt;
    }
    return int(*tenths / 5);
}

std::optional<int> hours(const QString& text, QString* reason)
{
    const std::optional<qint64> value = Decimal::parseScaled(text, 0);
    if (!value || *value > 10000) {
        *reason = QCoreApplication::translate("dd::FieldRules", "'%1' is not a whole number of hours").arg(text);
        return std::nullopt;
    }
    return int(*value);
}

bool identifier(const QString& text, QString* reason)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    if (!re.match(text).hasMatch()) {
        *reason = QCoreApplication::translate("dd::FieldRules",
                                              "'%1' is not a valid code (letters, digits, '-', '_', '.'; at most 32)")
                      .arg(text);
        return false;
    }
    return true;
}

namespace {

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

} // namespace

bool nationalId(const QString& id, const QString& nationality, const QDate& dateOfBirth, QString* reason)
{
    auto digit = [&id](int i) { return id.at(i).unicode() - u'0'; };
    if (nationality == QLatin1String("TH")) {
        static const QRegularExpression re(QStringLiteral("^\\d{13}$"));
        if (!re.match(id).hasMatch()) {
            *reason
                = QCoreApplication::translate("dd::FieldRules", "'%1' is not a Thai national ID (13 digits)").arg(id);
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; ++i) {
            sum += digit(i) * (13 - i);
        }
        const int check = (11 - sum % 11) % 10;
        if (digit(12) != check) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "'%1' is not a Thai national ID: its check digit should be %2")
                          .arg(id)
                          .arg(check);
            return false;
        }
        return true;
    }
    if (nationality == QLatin1String("CN")) {
        static const QRegularExpression re(QStringLiteral("^\\d{17}[0-9X]$"));
        if (!re.match(id).hasMatch()) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "'%1' is not a Chinese resident ID (17 digits and a check character"
                                                  " 0-9 or X)")
                          .arg(id);
            return false;
        }
        static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i) {
            sum += digit(i) * weights[i];
        }
        const QChar check = QStringLiteral("10X98765432").at(sum % 11);
        if (id.at(17) != check) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "'%1' is not a Chinese resident ID: its check character should be %2")
                          .arg(id, check);
            return false;
        }
        const QDate born = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
        if (!born.isValid()) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "'%1' is not a Chinese resident ID: %2 is not a birth date")
                          .arg(id, id.mid(6, 8));
            return false;
        }
        if (dateOfBirth.isValid() && born != dateOfBirth) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "the resident ID gives the birth date %1, not the date of birth %2")
                          .arg(born.toString(Qt::ISODate), dateOfBirth.toString(Qt::ISODate));
            return false;
        }
        return true;
    }
    *reason = QCoreApplication::translate("dd::FieldRules",
                                          "a national ID is recorded for nationality TH or CN only, not %1")
                  .arg(nationality.isEmpty() ? QStringLiteral("-") : nationality);
    return false;
}

bool text(const QString& value, int maxChars, TextKind kind, QString* reason)
{
    if (value.size() > maxChars) {
        *reason = QCoreApplication::translate("dd::FieldRules", "is %1 characters long; at most %2 are allowed")
                      .arg(value.size())
                      .arg(maxChars);
        return false;
    }
    int position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        ++position;
        const QChar c = value.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, value.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "has a broken character (half of a surrogate pair) at position %1")
                          .arg(position);
            return false;
        }
        const bool lineBreakOrTab = cp == U'\n' || cp == U'\r' || cp == U'\t';
        const bool control = kind == TextKind::Stored ? cp == 0 : cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
        if (control && !(kind == TextKind::Paragraph && lineBreakOrTab)) {
            *reason = QCoreApplication::translate("dd::FieldRules", "has a control character (%1) at position %2")
                          .arg(codePoint(cp))
                          .arg(position);
            return false;
        }
        if (kind != TextKind::Stored && ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))) {
            *reason = QCoreApplication::translate(
                          "dd::FieldRules",
                          "has a bidirectional control (%1) at position %2, which can make the text read differently"
                          " from how it is stored")
                          .arg(codePoint(cp))
                          .arg(position);
            return false;
        }
        if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe || cp == 0xfeff) {
            *reason = QCoreApplication::translate("dd::FieldRules",
                                                  "has an invisible or non-text character (%1) at"
                                                  " position %2")
                          .arg(codePoint(cp))
                          .arg(position);
            return false;
        }
    }
    return true;
}

bool storable(const QString& value, QString* reason)
{
    return text(value, int(std::min<qsizetype>(value.size(), std::numeric_limits<int>::max())), TextKind::Stored,
                reason);
}

} // namespace FieldRules
} // namespace dd
