// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;
struct Disclosure;

/**
 * Writes student records to a file in the students.csv import format, for a named
 * recipient and purpose: personal data leaving the database, so the disclosure is
 * recorded in the same transaction and the file is written or neither is.
 */
class StudentExporter
{
    Q_DECLARE_TR_FUNCTIONS(dd::StudentExporter)

public:
    /**
     * Writes the students of \a cohort (0: all) to \a path and records \a released
     * (its recipient and purpose must be given; kind, records and file name are filled
     * in). Refused for a role that may not export personal data.
     */
    [[nodiscard]] static bool exportStudents(Database& db, int cohort, const QString& path, Disclosure& released,
                                             Error* error);
};

} // namespace dd
