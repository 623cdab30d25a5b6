// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QString>
#include <QStringList>

namespace dd {

class Database;

/** Whether a database's pages and foreign keys are sound, and copies proven so. */
namespace Integrity {

/** Runs the integrity and foreign-key checks; \a problems lists what they found. */
[[nodiscard]] bool check(const Database& db, QStringList* problems, Error* error);

/**
 * Writes a consistent copy of the open file database to \a target (which must not
 * exist: Conflict otherwise). The copy is written under a name of its own beside the
 * target (".NAME.partial-PID-N", see partialPrefix()), opened read-only and checked,
 * and only then linked to \a target — so a copy killed, refused or cut short by a full
 * disk never stands under a copy's name, and two writers never share one.
 */
[[nodiscard]] bool writeCheckedCopy(const Database& db, const QString& target, Error* error);

/** What the name of a copy being written carries after its target's name. */
QString partialPrefix();

} // namespace Integrity
} // namespace dd
