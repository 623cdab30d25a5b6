// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace dd {

/** The languages of the user interface, compiled into the program. */
class Translations
{
public:
    /** The language codes available: en, zh_CN, th. */
    static QStringList available();

    /**
     * Makes \a language (a code of available(), or a locale name such as "th_TH"
     * or "zh_Hans_CN") the language of the interface, replacing the one before.
     * Returns the code installed; English when nothing fits.
     */
    static QString install(const QString& language);
    /** The language installed last (en, zh_CN or th). */
    static QString current();
    /** The interface font for \a language: the system's face, then a proper face for its script. */
    static void useFontFor(const QString& language);
};

} // namespace dd
