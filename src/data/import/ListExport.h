// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/files/TableFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Database;

/**
 * The lists an office sends — students, courses, results, equivalencies — in the
 * columns of their import files (so that a CSV export imports again), as CSV or as an
 * Excel workbook. Students and results are personal data: they leave only for a named
 * recipient and purpose, recorded in the disclosure log in the same transaction as the
 * file is written, by a role that may export personal data.
 */
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(dd::ListExport)

public:
    enum class Kind { Students, Courses, Results, Equivalencies };
    struct Request
    {
        Kind kind = Kind::Students;
        int cohort = 0; ///< students and results of one cohort; 0: all
        QString institution; ///< courses and results of one institution; empty: both
        QString recipient;
        QString purpose;
    };

    static QStringList names();
    static std::optional<Kind> kindOf(const QString& name);
    static QString nameOf(Kind kind);
    /** Whether the list names students (and so goes to the disclosure log). */
    static bool personal(Kind kind) { return kind == Kind::Students || kind == Kind::Results; }

    /** The list as \a request asks; \a students receives the students it names. */
    [[nodiscard]] static bool table(Database& db, const Request& request, Table* table, QStringList* students,
                                    Error* error);
    /**
     * Writes \a table as \a path (.csv or .xlsx). When it names \a students it is personal
     * data: it leaves only with \a recipient and \a purpose, by a role that may export
     * personal data, the file and its entry (kind \a kind) in the disclosure log together.
     */
    [[nodiscard]] static bool writeTable(Database& db, const Table& table, const QString& kind, const QString& path,
                                         const QStringList& students, const QString& recipient, const QString& purpose,
                                         Error* error);
    /** Writes the list as \a path (.csv or .xlsx); \a rows receives how many rows it holds. */
    [[nodiscard]] static bool write(Database& db, const Request& request, const QString& path, int* rows, Error* error);
};

} // namespace dd
