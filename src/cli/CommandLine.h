// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dd {

class Database;

/**
 * dualdegree-cli: the product's operations without a window.
 *
 *   dualdegree-cli [--db FILE] [--user NAME] [--data DIR] COMMAND ...
 *
 * Every command exits 0 on success and non-zero with a one-line reason on
 * standard error otherwise; with bad input nothing is written.
 */
class CommandLine
{
public:
    CommandLine(QTextStream& out, QTextStream& err);

    /** Runs the command in \a arguments (without the program name); returns the exit code. */
    int run(const QStringList& arguments);

private:
    int fail(const QString& reason, int code = 1);
    int usage();
    /** Opens the database and logs in as --user (or acts as the administrator where no login is required). */
    bool openDatabase(Database& db);
    /** A password from the environment variable \a variable, or typed at the terminal without echo. */
    [[nodiscard]] bool readPassword(const QString& prompt, QString* password, Error* error,
                                    const char* variable = "DUALDEGREE_PASSWORD");
    /** Takes "--name value" out of \a args; false when the value is missing. */
    bool takeOption(QStringList& args, const QString& name, QString* value);
    bool takeFlag(QStringList& args, const QString& name);

    int cmdInit(QStringList args);
    int cmdImport(QStringList args);
    int cmdProgrammes(QStringList args);
    int cmdBackup(QStringList args);
    int cmdCheck(QStringList args);
    int cmdRestore(QStringList args);
    int cmdAudit(QStringList args);
    int cmdException(QStringList args);
    int cmdTransfer(QStringList args);
    int cmdEquivalency(QStringList args);
    int cmdExport(QStringList args);
    int exportStudents(QStringList args);
    int cmdTranscript(QStringList args);
    int cmdVerify(QStringList args);
    int cmdLog(QStringList args);
    int cmdUser(QStringList args);
    int cmdMigrate(QStringList args);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
    QString m_user;
    QString m_dataDir;
    QString m_optionError;
};

} // namespace dd
