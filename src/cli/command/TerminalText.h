// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dd {

/** Text from the database or a file, made safe to print on a terminal. */
namespace TerminalText {

/**
 * \a text with every character that could move the cursor, start a new line,
 * change the terminal or reorder what is shown written out instead: line breaks
 * and tabs as \n, \r and \t, other control characters (C0, DEL, C1) as \xHH,
 * bidirectional controls, line and paragraph separators, U+FEFF and
 * noncharacters as \u{HHHH}. Everything else is kept as it is.
 */
QString escaped(const QString& text);

} // namespace TerminalText

} // namespace dd
