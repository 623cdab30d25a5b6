// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QString>

namespace dd {

/** What a database file is and where it lies, asked before SQLite opens it. */
namespace DatabaseFile {

/** True when \a path starts with the SQLite header, or is empty or missing. */
[[nodiscard]] bool looksLikeSqlite(const QString& path, Error* error);

/**
 * The kind of network file system \a path lies on ("nfs", "cifs", …), or empty for a
 * local one. SQLite's file locking is not reliable over a network.
 */
QString networkFileSystem(const QString& path);
/** Whether a file-system type name (as QStorageInfo reports it) is a network one. */
bool isNetworkFileSystemType(const QByteArray& type);

} // namespace DatabaseFile
} // namespace dd
