// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/** Something `log verify` found wrong, with the log row or table row it concerns. */
struct ChangeLogProblem
{
    qint64 seq = 0; ///< the log row concerned, 0 when none
    QString table;
    qint64 key = 0; ///< the table row concerned, 0 when none
    QString text;

    QString toString() const;
};

/** What `log verify` found. */
struct ChangeLogReport
{
    qint64 rows = 0;
    qint64 lastSeq = 0;
    QString lastHash;
    QList<ChangeLogProblem> problems;
    QStringList notes; ///< facts that are not faults (no head kept for a copy, …)

    bool intact() const { return problems.isEmpty(); }
};

/**
 * Checks the tamper-evident change log (ChangeLogSchema writes it): that the
 * triggers (and on a server the functions) are exactly the ones this version makes,
 * that the chain is unbroken and without gaps, that the chain head kept beside the
 * database file (ChangeLogHead) is still in the log, and replays the log against
 * the tables: every row must equal its last logged state.
 */
class ChangeLogVerifier
{
public:
    /** Checks the whole log; false only when the checks could not be made (\a error says why). */
    [[nodiscard]] static bool verify(Database& db, ChangeLogReport* report, Error* error);
};

} // namespace dd
