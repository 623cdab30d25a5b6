// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dd {

/**
 * The value rules of the external CSV contract. Each function returns
 * std::nullopt (or false) and a human reason when the text is not acceptable.
 */
namespace FieldRules {

/** An ISO 8601 calendar date, YYYY-MM-DD. */
std::optional<QDate> isoDate(const QString& text, QString* reason);
/** An ISO 3166-1 alpha-2 country code such as TH or CN. */
bool nationality(const QString& text, QString* reason);
bool email(const QString& text, QString* reason);
/** A cohort (catalogue) year. */
std::optional<int> year(const QString& text, QString* reason);
/** Credits: a non-negative number in steps of 0.5; returned as halves. */
std::optional<int> creditsHalves(const QString& text, QString* reason);
/** Hours: a non-negative whole number. */
std::optional<int> hours(const QString& text, QString* reason);
/** A code or identifier: letters, digits, '-', '_' and '.', at most 32 characters. */
bool identifier(const QString& text, QString* reason);

} // namespace FieldRules
} // namespace dd
