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
 * exist) and opens it read-only to check it before calling it a copy.
 */
[[nodiscard]] bool writeCheckedCopy(const Database& db, const QString& target, Error* error);

} // namespace Integrity
} // namespace dd
