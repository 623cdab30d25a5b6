// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportFonts.h"

#include <QFontDatabase>
#include <QHash>

namespace dd {

QStringList ReportFonts::families(const QString& language)
{
    QStringList out {QStringLiteral("Noto Sans")};
    if (language == QLatin1String("en-th")) {
        // GNU FreeSerif's Thai marks are positioned, not substituted, so every one of them maps back to
        // its character in the PDF: copied and searched text is whole. (Noto Sans Thai's stacked tone
        // marks are substitutes with no Unicode mapping and drop out; the TLWG faces' lowered marks
        // come back as private-use characters.)
        out << QStringLiteral("FreeSerif");
    }
    if (language == QLatin1String("en-zh") || language == QLatin1String("en-th")) {
        // Extracts as real Chinese characters (Noto CJK subsets partly extract as radicals).
        out << QStringLiteral("WenQuanYi Micro Hei");
    }
    return out;
}

QFont ReportFonts::font(const QString& language, qreal pointSize)
{
    QFont f;
    f.setFamilies(families(language));
    f.setPointSizeF(pointSize);
    // Documents are scaled, not drawn to a pixel grid: hinting only costs time (FreeType's bytecode interpreter).
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QStringList ReportFonts::missing(const QString& language)
{
    return missingFrom(language, QFontDatabase::families());
}

QStringList ReportFonts::missingFrom(const QString& language, const QStringList& installed)
{
    QStringList out;
    for (const QString& family : families(language)) {
        if (!installed.contains(family)) {
            out << family;
        }
    }
    return out;
}

bool ReportFonts::available(const QString& language, Error* error, const QStringList& installed)
{
    const QStringList absent = missingFrom(language, installed.isEmpty() ? QFontDatabase::families() : installed);
    if (absent.isEmpty()) {
        return true;
    }
    // Where Debian has each family.
    const QHash<QString, QString> packages
        = {{QStringLiteral("Noto Sans"), QStringLiteral("fonts-noto-core")},
           {QStringLiteral("FreeSerif"), QStringLiteral("fonts-freefont-ttf")},
           {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("fonts-wqy-microhei")}};
    QStringList from;
    for (const QString& family : absent) {
        from << packages.value(family, family);
    }
    *error = Error::refused(tr("the fonts the document is set in are not installed: %1 (Debian packages: %2)")
                                .arg(absent.join(QStringLiteral(", ")), from.join(QLatin1Char(' '))));
    return false;
}

} // namespace dd
