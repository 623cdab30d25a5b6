// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/command/TerminalText.h"

namespace dd {
namespace TerminalText {

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029
                   || u == 0x200e || u == 0x200f || u == 0x061c || u == 0xfeff || (u >= 0xfdd0 && u <= 0xfdef)
                   || u >= 0xfffe) {
            out += QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace TerminalText
} // namespace dd
