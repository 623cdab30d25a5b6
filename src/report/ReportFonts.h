// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * The font families documents are set in, per document language. Families are
 * named explicitly: left to fallback, Chinese comes out in Japanese glyph shapes,
 * and some CJK subsets do not extract as searchable text.
 */
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(dd::ReportFonts)

public:
    /** The families for \a language ("en", "en-zh", "en-th"), in fallback order. */
    static QStringList families(const QString& language);

    /** A font for \a language at \a pointSize with the families set. */
    static QFont font(const QString& language, qreal pointSize);

    /** The families of \a language that are not installed (needs a QGuiApplication). */
    static QStringList missing(const QString& language);
    /**
     * Whether every family of \a language is among \a installed (default: the system's); if not,
     * \a error names them and the Debian packages that have them. A document is never set in
     * fallback fonts: its Chinese or Thai would come out in other shapes, or not copy as text.
     */
    [[nodiscard]] static bool available(const QString& language, Error* error,
                                        const QStringList& installed = QStringList());

private:
    static QStringList missingFrom(const QString& language, const QStringList& installed);
};

} // namespace dd
