// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/CsvParser.h"

#include "core/text/FieldLimits.h"

#include <QStringDecoder>

namespace dd {

bool CsvParser::parse(const QByteArray& bytes, QList<Record>* records, QString* error)
{
    records->clear();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("the file is not valid UTF-8");
        return false;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    Record current;
    QString field;
    int line = 1;
    bool recordHasContent = false;
    current.line = 1;

    // A field is read up to the limit and no further: a runaway field stops the parse at once.
    int fieldNumber = 1;
    bool tooLong = false;
    auto append = [&](QChar c) {
        field.append(c);
        if (field.size() > FieldLimits::kCsvField && !tooLong) {
            tooLong = true;
            *error = QStringLiteral("line %1, field %2: longer than %3 characters")
                         .arg(current.line)
                         .arg(fieldNumber)
                         .arg(FieldLimits::kCsvField);
        }
        return !tooLong;
    };
    auto endField = [&]() {
        ++fieldNumber;
        current.fields.append(field);
        field.clear();
    };
    auto endRecord = [&]() {
        if (recordHasContent || !current.fields.isEmpty()) {
            endField();
            records->append(current);
        }
        current = Record();
        recordHasContent = false;
        fieldNumber = 1;
    };

    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool isNewline = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (state != State::Quoted && isNewline) {
            // CRLF is one line end.
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            current.line = line;
            state = State::FieldStart;
            continue;
        }
        switch (state) {
        case State::FieldStart:
            recordHasContent = true;
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
            } else if (c == QLatin1Char(',')) {
                endField();
            } else {
                if (!append(c)) {
                    return false;
                }
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == QLatin1Char(',')) {
                endField();
                state = State::FieldStart;
            } else if (c == QLatin1Char('"')) {
                *error = QStringLiteral(
                             "line %1: a quote inside an unquoted field (quote the whole field and double the quote)")
                             .arg(line);
                return false;
            } else if (!append(c)) {
                return false;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::QuoteInQuoted;
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))) {
                    ++line;
                }
                if (!append(c)) {
                    return false;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) {
                if (!append(c)) {
                    return false;
                }
                state = State::Quoted;
            } else if (c == QLatin1Char(',')) {
                endField();
                state = State::FieldStart;
            } else {
                *error = QStringLiteral("line %1: text after the closing quote of a field").arg(line);
                return false;
            }
            break;
        }
    }
    if (state == State::Quoted) {
        *error = QStringLiteral("line %1: a quoted field is not closed before the end of the file").arg(current.line);
        return false;
    }
    endRecord();
    return true;
}

QString CsvParser::unformulaText(const QString& field)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    qsizetype first = 0;
    while (first < field.size() && field.at(first) == QLatin1Char('\'')) {
        ++first;
    }
    if (first > 0 && first < field.size() && starts.contains(field.at(first))) {
        return field.mid(1);
    }
    return field;
}

QByteArray CsvParser::formatRecord(const QStringList& fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        QByteArray f = fields.at(i).toUtf8();
        // A spreadsheet would run a cell that starts like a formula: one apostrophe makes it text
        // (and unformulaText() takes it off again on import). A text that already begins with
        // apostrophes before such a character gets one more, so that it too reads back as it was.
        qsizetype first = 0;
        while (first < f.size() && f.at(first) == '\'') {
            ++first;
        }
        if (first < f.size() && QByteArrayLiteral("=+-@\t\r").contains(f.at(first))) {
            f.prepend('\'');
        }
        // A field that begins with U+FEFF is quoted: unquoted at the start of a file, it would
        // read back as the file's byte-order mark and be dropped.
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')
            || f.startsWith("\xEF\xBB\xBF")) {
            f.replace("\"", "\"\"");
            f = '"' + f + '"';
        }
        line += f;
    }
    return line + "\r\n";
}

} // namespace dd
