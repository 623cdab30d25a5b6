// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/** One reason why an import row (or the whole file) was refused. */
struct ImportIssue
{
    QString file;
    int line = 0; ///< 0 when the issue is about the whole file
    QString column; ///< empty when the issue is about the whole row
    QString message;
    /** What the line is called where the file is not CSV ("course 'MAJ101'" in an ELMO record); empty for CSV. */
    QString place;

    /** "file:line: column 'x': message", or "file: place: message" */
    QString toString() const;
};

/** What an import did, or would do on a dry run. */
struct ImportReport
{
    QString kind;
    QString file;
    bool dryRun = false;
    bool written = false; ///< true when the changes were committed
    QString backup; ///< the automatic copy taken before writing, if any
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList changes; ///< one line per inserted or updated record
    /**
     * The change each line plans, by line (a line absent is unchanged or refused); kept when the
     * file is refused, so that a preview shows what the good lines would do.
     */
    QHash<int, QString> rowChanges;
    QList<ImportIssue> errors;

    /** A one-line summary such as "students.csv: 25 rows: 25 added, 0 changed, 0 unchanged". */
    QString summary() const;
};

} // namespace dd
