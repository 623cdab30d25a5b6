// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QPDF;

namespace dd {

/**
 * Gives Thai text that shaping decomposed its typed form back, for copying,
 * searching and text extraction: a font shapes SARA AM (U+0E33) as NIKHAHIT
 * (U+0E4D) and SARA AA (U+0E32), with a tone mark between them when there is one,
 * so the glyphs alone read back as "นํ้า" where "น้ำ" was typed. Each such run
 * of glyphs is wrapped in a marked-content span whose /ActualText is the typed
 * text (ISO 32000-1, 14.9.4). The glyphs are found through each font's
 * /ToUnicode map in the content streams as Qt writes them (one glyph a Tj);
 * anything else is left as it is.
 */
class ThaiActualText
{
public:
    /** Adds the spans to every page of \a pdf; returns how many runs were given their typed text. */
    static int apply(QPDF& pdf);
};

} // namespace dd
