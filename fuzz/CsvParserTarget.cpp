// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the CSV reader every import goes through. Whatever it accepts must
// survive being written back by formatRecord() and read again unchanged.

#include "core/text/CsvParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using dd::CsvParser;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<CsvParser::Record> records;
    QString error;
    if (!CsvParser::parse(bytes, &records, &error)) {
        if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return 0;
    }
    QByteArray again;
    for (const CsvParser::Record& r : std::as_const(records)) {
        again += CsvParser::formatRecord(r.fields);
    }
    QList<CsvParser::Record> reread;
    if (!CsvParser::parse(again, &reread, &error) || reread.size() > records.size()) {
        std::abort();
    }
    // Records of empty fields only are skipped as blank lines on the way back; all others return as they were.
    int k = 0;
    for (const CsvParser::Record& r : std::as_const(records)) {
        const bool blank = r.fields.size() == 1 && r.fields.first().isEmpty();
        if (blank) {
            continue;
        }
        if (k >= reread.size()) {
            std::abort();
        }
        QStringList back;
        for (const QString& field : std::as_const(reread.at(k).fields)) {
            back << CsvParser::unformulaText(field);
        }
        if (back != r.fields) {
            std::abort();
        }
        ++k;
    }
    return 0;
}
