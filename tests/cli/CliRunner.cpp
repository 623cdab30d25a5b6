// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"

#include <QDir>

#include "TestSupport.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <unistd.h>

namespace ddtest {

Run cli(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    // Without a controlling terminal: a password the test did not give is never asked for.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(DD_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int countRows(const QString& path, const QString& table)
{
    dd::Database db;
    dd::Error error;
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString demoCopy(const QTemporaryDir& dir)
{
    static QTemporaryDir cache;
    const QString master = cache.filePath(QStringLiteral("demo.db"));
    if (!QFileInfo::exists(master)) {
        const Run init = cli({QStringLiteral("--db"), master, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    return copyOf(master, dir);
}

QString copyOf(const QString& database, const QTemporaryDir& dir)
{
    const QString copy = dir.filePath(QStringLiteral("demo.db"));
    const Run backup = cli({QStringLiteral("--db"), database, QStringLiteral("backup"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    // The demo keys live beside the database (a backup never copies key files): bring them along.
    const QDir keys(database + QStringLiteral(".keys"));
    QDir().mkpath(copy + QStringLiteral(".keys"));
    for (const QString& name : keys.entryList(QDir::Files)) {
        QFile::copy(keys.filePath(name), copy + QStringLiteral(".keys/") + name);
    }
    return copy;
}

Tool runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString toolsDir()
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/tools");
}

QString demoPassword(const QString& user)
{
    const QStringList lines = QString::fromUtf8(readFile(sourceDataDir() + QStringLiteral("/demo/users.csv")))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.first() == user) {
            return fields.last().trimmed();
        }
    }
    FAIL("no demo account " << user.toStdString());
    return QString();
}

QProcessEnvironment loggedIn(const QString& user)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUALDEGREE_PASSWORD"), demoPassword(user));
    return env;
}

} // namespace ddtest
