// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/database/MigrateCommand.h"

#include "cli/command/CommandContext.h"
#include "data/backup/DatabaseCopy.h"
#include "data/db/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace dd {

MigrateCommand::MigrateCommand()
    : Command(QStringLiteral("migrate"),
              QStringLiteral("move the whole database between a file and a server, then compare row counts and a"
                             " checksum of every table"))
{
    addOption(QStringLiteral("from"), QStringLiteral("FILE.db|URL"),
              QStringLiteral("the database to move (default: --db)"));
    addOption(QStringLiteral("to"), QStringLiteral("URL|FILE.db"),
              QStringLiteral("the new database, a file or postgresql://user@host:port/dbname"), Presence::Required);
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
              QStringLiteral("why, for the new database's change log"));
}

bool MigrateCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : context.databasePath();
    m_to = parser.value(QStringLiteral("to"));
    m_reason = parser.value(QStringLiteral("reason"));
    if (m_to.isEmpty()) {
        return usageError(context,
                          QStringLiteral("--to names the new database (a file or postgresql://user@host:port/dbname)"));
    }
    return true;
}

int MigrateCommand::run(CommandContext& context)
{
    const bool newFile = !Database::isServerAddress(m_to);
    if (newFile && QFileInfo::exists(m_to)) {
        return context.fail(
            QStringLiteral("migrate: %1 exists already; the target of a move is a new database").arg(m_to));
    }
    Database source;
    context.setDatabasePath(m_from);
    if (!context.openDatabase(source)) {
        return couldNotRunExitCode();
    }
    Database target;
    Error error;
    if (!target.open(m_to, Database::OpenMode::CreateIfMissing, &error)) {
        return context.fail(QStringLiteral("migrate: %1").arg(error.message()));
    }
    QElapsedTimer timer;
    timer.start();
    QList<DatabaseCopy::Table> tables;
    const QString why = m_reason.isEmpty() ? QStringLiteral("moved from %1").arg(m_from) : m_reason;
    if (!DatabaseCopy::copy(source, target, why, nullptr, &tables, &error)) {
        target.close();
        if (newFile) {
            // Nothing was copied: the new file goes again, with its journal.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(m_to + suffix);
            }
        }
        return context.fail(QStringLiteral("migrate: %1").arg(error.message()));
    }
    QTextStream& out = context.out();
    out << QStringLiteral("copied %1 to %2 in %3 s").arg(m_from, m_to).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3  %4")
               .arg(QStringLiteral("table"), -24)
               .arg(QStringLiteral("rows"), 8)
               .arg(QStringLiteral("rows there"), 10)
               .arg(QStringLiteral("SHA-256 of the rows (both sides)"))
        << Qt::endl;
    int differing = 0;
    for (const DatabaseCopy::Table& t : std::as_const(tables)) {
        const bool same = t.matches();
        differing += same ? 0 : 1;
        out << QStringLiteral("%1 %2 %3  %4%5")
                   .arg(t.name, -24)
                   .arg(t.sourceRows, 8)
                   .arg(t.targetRows, 10)
                   .arg(QString::fromLatin1(t.sourceChecksum.left(16)))
                   .arg(same ? QStringLiteral(" same")
                             : QStringLiteral(" DIFFERS: %1").arg(QString::fromLatin1(t.targetChecksum.left(16))))
            << Qt::endl;
    }
    if (differing > 0) {
        return context.fail(
            QStringLiteral("migrate: %1 of %2 tables differ after the copy").arg(differing).arg(tables.size()));
    }
    out << QStringLiteral("all %1 tables have the same rows on both sides").arg(tables.size()) << Qt::endl;
    out << QStringLiteral("the change log of %1 stays with it; the log of %2 starts with the copied rows ('%3')")
               .arg(m_from, m_to, why)
        << Qt::endl;
    return 0;
}

} // namespace dd
