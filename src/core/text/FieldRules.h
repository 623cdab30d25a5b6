// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dd {

/**
 * The value rules of the external CSV contract. Each function returns
 * std::nullopt (or false) and a reason when the text is not acceptable, in
 * English unless a translator for context "dd::FieldRules" is installed (the
 * window installs one; the command line stays English).
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

/**
 * A national ID for a student of \a nationality: for TH the 13-digit Thai ID card
 * number with its check digit; for CN the 18-character resident ID (17 digits and a
 * check character 0-9 or X, ISO 7064 MOD 11-2) whose birth date (characters 7-14)
 * is \a dateOfBirth when that is known. Other nationalities have none recorded.
 */
bool nationalId(const QString& id, const QString& nationality, const QDate& dateOfBirth, QString* reason);

/** What typed text may hold besides letters: nothing invisible (a line), or line breaks and tabs too. */
enum class TextKind {
    Line, ///< names, titles, codes of people: no control character at all
    Paragraph, ///< reasons and notes: line breaks and tabs allowed
    Stored, ///< any text the database keeps: only what cannot be stored and read back as it was is refused
};

/**
 * Text a person typed: at most \a maxChars characters (see FieldLimits), and no
 * control character (but line breaks and tabs in a paragraph), no bidirectional
 * embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), no noncharacter
 * (U+FDD0-U+FDEF, U+xFFFE/U+xFFFF), no U+FEFF and no broken surrogate pair. The
 * reason says what and where, for "column 'x': <reason>".
 */
bool text(const QString& value, int maxChars, TextKind kind, QString* reason);

/**
 * Whether \a value can be stored and read back exactly, so that the change log's
 * seal of it verifies: no U+0000, no noncharacter (SQLite reads U+xFFFE/U+xFFFF
 * back as U+FFFD), no U+FEFF (a byte-order mark at the start of a text is
 * dropped by some readers) and no broken surrogate pair. Every bound value of
 * every statement is checked (Sql::run and friends).
 */
bool storable(const QString& value, QString* reason);

} // namespace FieldRules
} // namespace dd
