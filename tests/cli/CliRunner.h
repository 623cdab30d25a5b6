// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ddtest {

/** What one run of dualdegree-cli did. */
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs the real dualdegree-cli binary with \a args. */
Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

/** The demo password of \a user (data/demo/users.csv). */
QString demoPassword(const QString& user);
/** The environment with DUALDEGREE_PASSWORD set to \a user's demo password. */
QProcessEnvironment loggedIn(const QString& user);

/** count(*) of \a table in the database at \a path. */
int countRows(const QString& path, const QString& table);

/** A copy, in \a dir, of a demo database made once through the CLI. */
QString demoCopy(const QTemporaryDir& dir);
/** A copy (demo.db) in \a dir of the database file \a database, by `backup`, with its keys folder. */
QString copyOf(const QString& database, const QTemporaryDir& dir);

/** What a program that is not DualDegree did. */
struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};
/** Runs \a program (a tool DualDegree did not write) with \a args. */
Tool runTool(const QString& program, const QStringList& args,
             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
/** The folder of the test tools (tests/tools). */
QString toolsDir();

} // namespace ddtest
