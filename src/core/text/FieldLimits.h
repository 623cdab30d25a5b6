// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace dd {

/**
 * How long each kind of text a person types may be, in characters (UTF-16 code
 * units count as in QString and SQL length()). The same numbers bound the import
 * files, the forms (maximum length of their fields) and the database (a check on
 * every stored column, made by schema 6).
 */
namespace FieldLimits {

constexpr int kName = 100; ///< family, given and native-script names; a user's display name
constexpr int kEmail = 254; ///< RFC 5321's longest path
constexpr int kPassport = 20;
constexpr int kNationalId = 18;
constexpr int kTitle = 200; ///< course titles in each language
constexpr int kReason = 1000; ///< why a grade, transfer, exception or decision changed
constexpr int kNote = 2000; ///< an equivalency's note
constexpr int kRecipientPurpose = 200; ///< to whom and why a transcript or a list goes
constexpr int kApprover = 100;
constexpr int kMilestoneLevel = 20;
constexpr int kFileName = 255;
/** No field of an import file is longer than this, whatever its column. */
constexpr int kCsvField = 4000;

/** One stored text column and its limit. */
struct Column
{
    QString table;
    QString column;
    int maxChars = 0;
};

/** Every stored column a person types into, with its limit (schema 6 checks them). */
QList<Column> storedColumns();

} // namespace FieldLimits

} // namespace dd
