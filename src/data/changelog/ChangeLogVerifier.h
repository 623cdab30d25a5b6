// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/changelog/LogCheckpoints.h"
#include "sign/Certificate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

    qint64 checkpoints = 0; ///< signed checkpoints in the database
    std::optional<LogCheckpoint> lastCheckpoint; ///< the latest, as stored
    QString lastSigner; ///< its certificate's subject
    qint64 unsignedRows = 0; ///< log rows after the last checkpoint (every row when there is none)

    bool intact() const { return problems.isEmpty(); }
};

/** What `log verify` checks beyond the database itself. */
struct ChangeLogTrust
{
    /** Trust anchors every checkpoint's certificate must chain to (none: the stored certificates are taken as they
     * are). */
    QList<Certificate> anchors;
    /** A checkpoint kept outside the database, which must still be in it. */
    std::optional<LogCheckpoint> outside;
    Certificate outsideCertificate;
};

/**
 * Checks the tamper-evident change log (ChangeLogSchema writes it): that the
 * triggers (and on a server the functions) are exactly the ones this version makes,
 * that the chain is unbroken and without gaps, that the chain head kept beside the
 * database file (ChangeLogHead) is still in the log, that the rows signed by
 * checkpoints (LogCheckpoints) are the rows signed, and replays the log against the
 * tables: every row must equal its last logged state. The search index, derived from
 * the students, must match them.
 */
class ChangeLogVerifier
{
public:
    /** Checks the whole log; false only when the checks could not be made (\a error says why). */
    [[nodiscard]] static bool verify(Database& db, ChangeLogReport* report, Error* error);
    /**
     * verify(), and the signed checkpoints: each signature under its certificate (with
     * \a trust's anchors, chaining to one of them), none vanished, and every row at or
     * before one with the seal it signed; a checkpoint kept outside must be in the database.
     */
    [[nodiscard]] static bool verify(Database& db, const ChangeLogTrust& trust, ChangeLogReport* report, Error* error);
};

} // namespace dd
