// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/repositories/DisclosureRepository.h"

#include <QByteArray>
#include <QString>

namespace dd {

class Database;

/**
 * A file of personal data and its entry in the disclosure log, written together or
 * neither: the entry is recorded and the file written (OutputFile) in one transaction,
 * and a file whose transaction does not commit is taken away again. The entry's file
 * name is the file's.
 */
namespace DisclosedFile {

[[nodiscard]] bool write(Database& db, Disclosure& disclosure, const QString& path, const QByteArray& bytes,
                         Error* error);

} // namespace DisclosedFile

} // namespace dd
