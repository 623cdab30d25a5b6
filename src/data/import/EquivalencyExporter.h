// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Equivalency.h"

#include <QByteArray>
#include <QList>

namespace dd {

class Database;

/**
 * Writes the equivalency catalogue in the import format (see docs/DATA-FILES.md),
 * so that a file exported from one database imports into another unchanged.
 */
class EquivalencyExporter
{
public:
    /** \a equivalencies as CSV, with the header row. */
    static QByteArray toCsv(const QList<Equivalency>& equivalencies);
    /** The newest version of every equivalency in \a db. */
    [[nodiscard]] static bool exportCurrent(Database& db, QByteArray* csv, Error* error);
};

} // namespace dd
