// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/import/Importer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace dd {

class Database;

/** The importer of each kind of file: the one place that knows them all. */
namespace Importers {

/** The kinds of file: students, courses, results, equivalencies, milestones, exceptions. */
QStringList kinds();
/** An importer for \a kind, or nullptr when the kind is unknown. */
std::unique_ptr<Importer> create(const QString& kind, Database& db);

} // namespace Importers
} // namespace dd
