// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dd {

/**
 * A file a person names for DualDegree to write (a transcript, an export): only
 * a new name in an existing folder or an existing regular file is written — never
 * a symbolic link (or what it points to), a named pipe, a device or a folder. The
 * bytes go to a temporary file in the same folder, are synced to the disk, and the
 * temporary file is renamed over the name, so that the name holds the old file or
 * the whole new one, never a part.
 */
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(dd::OutputFile)

public:
    /** Whether \a path may be written (see the class); Refused or Invalid with the reason otherwise. */
    [[nodiscard]] static bool checkTarget(const QString& path, Error* error);
    /** Writes \a bytes as \a path (see the class); nothing changes at \a path on a failure. */
    [[nodiscard]] static bool write(const QString& path, const QByteArray& bytes, Error* error);
    /** The reason for a failed write or sync of \a path with errno \a code, in words a person knows. */
    static QString writeFailure(const QString& path, int code);
};

} // namespace dd
