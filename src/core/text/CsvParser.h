// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * RFC 4180 reader for the import files.
 *
 * Accepts a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with
 * doubled quotes, and commas or line breaks inside quoted fields. Completely
 * empty lines are skipped. Every record remembers the physical line it starts on,
 * so that validation messages can name it.
 */
class CsvParser
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    /**
     * Parses \a bytes into \a records. Returns false and sets \a error (naming the
     * line) on invalid UTF-8, an unterminated quoted field, a stray quote inside an
     * unquoted field, or text after a closing quote.
     */
    static bool parse(const QByteArray& bytes, QList<Record>* records, QString* error);

    /**
     * One record as a line of UTF-8 ending in CRLF; a field with a comma, quote or
     * line break is quoted, quotes doubled. A field that begins with = + - @, TAB or
     * CR (after any apostrophes) gets one more leading apostrophe, so that no
     * spreadsheet runs it as a formula; parse() then unformulaText() read it back
     * unchanged.
     */
    static QByteArray formatRecord(const QStringList& fields);
    /** \a field without the one apostrophe formatRecord() put before (apostrophes and) = + - @, TAB or CR. */
    static QString unformulaText(const QString& field);
};

} // namespace dd
