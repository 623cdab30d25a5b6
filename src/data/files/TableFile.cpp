// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/files/TableFile.h"

#include "core/text/CsvParser.h"
#include "data/files/OutputFile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace dd {

namespace {

// Excel's column width is in characters of its default font; CJK and Thai count double.
double widthOf(const QString& text)
{
    double w = 0;
    for (const QChar c : text) {
        w += c.unicode() >= 0x0E00 ? 2.0 : 1.1;
    }
    return w;
}

} // namespace

bool TableFile::formatOf(const QString& path, QString* format, Error* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        *error = Error::invalid(tr("%1: name the file .csv or .xlsx, which says what it will be").arg(path));
        return false;
    }
    *format = suffix;
    return true;
}

QByteArray TableFile::csv(const Table& table)
{
    QByteArray out = CsvParser::formatRecord(table.headers);
    for (const QStringList& row : table.rows) {
        out += CsvParser::formatRecord(row);
    }
    return out;
}

bool TableFile::xlsx(const Table& table, QByteArray* bytes, Error* error)
{
    // libxlsxwriter writes a file by name: a private folder, then the bytes.
    QTemporaryDir scratch;
    const QByteArray path = scratch.filePath(QStringLiteral("list.xlsx")).toLocal8Bit();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook* workbook = scratch.isValid() ? workbook_new_opt(path.constData(), &options) : nullptr;
    if (!workbook) {
        *error = Error::storage(tr("cannot make the workbook in a temporary folder"));
        return false;
    }
    const QByteArray sheetName = (table.sheet.isEmpty() ? QStringLiteral("List") : table.sheet).left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    QHash<int, lxw_format*> decimalFormats;
    const auto decimalFormat = [&](int decimals) {
        lxw_format*& f = decimalFormats[decimals];
        if (!f) {
            f = workbook_add_format(workbook);
            format_set_num_format(f, (QByteArray("0.") + QByteArray(decimals, '0')).constData());
        }
        return f;
    };
    QList<double> widths;
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), bold);
        widths << widthOf(table.headers.at(c));
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        for (int c = 0; c < row.size() && c < table.headers.size(); ++c) {
            const QString& cell = row.at(c);
            widths[c] = std::max(widths.at(c), widthOf(cell));
            if (cell.isEmpty()) {
                continue;
            }
            const lxw_row_t y = lxw_row_t(r + 1);
            const lxw_col_t x = lxw_col_t(c);
            const Table::Type type = c < table.types.size() ? table.types.at(c) : Table::Type::Text;
            bool number = false;
            const double value = cell.toDouble(&number);
            const QDate day = QDate::fromString(cell, Qt::ISODate);
            if (type == Table::Type::Number && number) {
                // Shown with the decimals it was written with ("3.50" stays 3.50 on screen).
                const qsizetype point = cell.indexOf(QLatin1Char('.'));
                const int decimals = point < 0 ? 0 : int(cell.size() - point - 1);
                worksheet_write_number(sheet, y, x, value, decimals > 0 ? decimalFormat(decimals) : nullptr);
            } else if (type == Table::Type::Date && day.isValid()) {
                lxw_datetime dt = {day.year(), day.month(), day.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, y, x, &dt, date);
            } else {
                // Text stays text: a cell that looks like a formula is not one in a workbook.
                worksheet_write_string(sheet, y, x, cell.toUtf8().constData(), nullptr);
            }
        }
    }
    for (int c = 0; c < widths.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c) + 2, 60.0), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error
            = Error::storage(tr("the workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
        return false;
    }
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(tr("the workbook could not be read back: %1").arg(file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool TableFile::write(const Table& table, const QString& path, Error* error)
{
    QString format;
    if (!formatOf(path, &format, error)) {
        return false;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = csv(table);
    } else if (!xlsx(table, &bytes, error)) {
        return false;
    }
    return OutputFile::write(path, bytes, error);
}

} // namespace dd
