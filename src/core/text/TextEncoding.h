// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * The encodings files come in from the offices: UTF-8 (with or without a byte-order
 * mark), UTF-16 with its mark (Excel's "Unicode text"), GB18030 (Excel on Chinese
 * Windows) and Windows-874 (TIS-620 with Microsoft's additions, Excel on Thai
 * Windows), converted by the C library's iconv. GB18030 and Windows-874 read many of
 * the same bytes, so neither is ever guessed: a file that is not UTF-8 or UTF-16 is
 * read in the encoding named by the user, and otherwise refused with the encodings it
 * could be and what each makes of it.
 */
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(dd::TextEncoding)

public:
    /** The names accepted, as written in the refusal and the help: utf-8, utf-16, gb18030, windows-874. */
    static QStringList names();
    /** The name \a name stands for (utf8, UTF-16, GBK is not GB18030, cp874, tis-620, …), or empty when none. */
    static QString canonical(const QString& name);
    /** The UTF encoding \a bytes are in by their mark or their validity (utf-8, utf-16), or empty. */
    static QString detectUnicode(const QByteArray& bytes);
    /**
     * \a bytes read as \a encoding (a name of names()), as UTF-8 without a mark; false with
     * the line and byte where they are not that encoding.
     */
    static bool toUtf8(const QByteArray& bytes, const QString& encoding, QByteArray* utf8, QString* error);
    /** The encodings besides Unicode that read \a bytes without a fault, each with a sample of the text it makes. */
    struct Candidate
    {
        QString encoding;
        QString sample;
    };
    static QList<Candidate> candidates(const QByteArray& bytes);
};

} // namespace dd
