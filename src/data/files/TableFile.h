// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dd {

/**
 * A list as an office sends it: a header row and rows of cells, each a text, a number
 * (qint64 or a decimal written as text in a number column) or a date (QDate).
 */
struct Table
{
    enum class Type { Text, Number, Date };
    QString sheet; ///< the worksheet's name in a workbook
    QStringList headers;
    QList<Type> types; ///< one per column
    QList<QStringList> rows; ///< cells as text (numbers in C notation, dates ISO)
};

/**
 * Writes a Table as CSV (RFC 4180, UTF-8; a cell that begins with = + - @, TAB or CR
 * neutralised with one apostrophe, which the importer takes off) or as an Excel
 * workbook (.xlsx through libxlsxwriter: numbers as numbers, dates as dates, Chinese
 * and Thai text as typed, the header row bold and frozen, columns as wide as their
 * text), chosen by the file's suffix. Either way through OutputFile: never half a file.
 */
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(dd::TableFile)

public:
    /** Whether \a path names a format (.csv or .xlsx); the reason otherwise. */
    static bool formatOf(const QString& path, QString* format, Error* error);
    static QByteArray csv(const Table& table);
    [[nodiscard]] static bool xlsx(const Table& table, QByteArray* bytes, Error* error);
    /** Writes \a table as \a path in the format its suffix names. */
    [[nodiscard]] static bool write(const Table& table, const QString& path, Error* error);
};

} // namespace dd
