// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace dd {

/**
 * Exact parsing and formatting of the small fixed-point numbers the policies use
 * (marks in tenths, credits in halves, grade points in hundredths).
 */
namespace Decimal {

/**
 * Parses a plain decimal such as "85", "3.5" or "4.00" into an integer count of
 * 1/10^\a scale units. Rejects signs, exponents and more fractional digits than
 * \a scale (unless they are zeros).
 */
std::optional<qint64> parseScaled(const QString& text, int scale);

/** Formats \a value (in 1/10^\a scale units) with exactly \a decimals digits. */
QString formatScaled(qint64 value, int scale, int decimals);

/** Credits kept in halves as written: "3", "2.5". */
QString formatHalves(qint64 halves);

} // namespace Decimal

} // namespace dd
