// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/StudentRecord.h"
#include "core/policy/PolicySet.h"

#include "core/text/Error.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace dd {
class Database;
}

/** Building benchmark databases through the real importers. */
namespace BenchDatabase {

/** The options every benchmark takes: --students N (default \a students) and --db FILE (default empty). */
struct Options
{
    int students = 0;
    QString path;
};
Options options(int students);

/** Imports \a bytes as \a kind; false with the first error. */
bool importFile(dd::Database& db, const QString& kind, const QByteArray& bytes, bool dryRun, dd::Error* error);

/** Whether \a path (a file or a server address) already holds a DualDegree database. */
bool exists(const QString& path);

/** A built-in file of the demo data set (":/data/demo/<name>"). */
QByteArray demoFile(const QString& name);

/**
 * Creates \a path with the regulations, both demo catalogues and \a students
 * synthetic students with their results (SyntheticData); reports progress on \a out.
 */
bool generate(const QString& path, int students, QTextStream& out, dd::Error* error);

/**
 * Audits each of \a records against its cohort's programme at every institution of
 * \a policies (each rule file read once); the number of audits, \a graduates the
 * graduation-eligible ones; -1 with \a error when a rule file cannot be read.
 */
int auditAll(dd::Database& db, const dd::PolicySet& policies, const QList<dd::StudentRecord>& records, int* graduates,
             dd::Error* error);

} // namespace BenchDatabase
