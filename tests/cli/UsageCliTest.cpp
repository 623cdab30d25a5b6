// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace ddtest;

namespace {

/** The command names the usage text lists: the words of each synopsis line before its first argument. */
QStringList listedCommands(const QString& usage)
{
    QStringList names;
    bool inCommands = false;
    for (const QString& line : usage.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("commands:")) {
            inCommands = true;
            continue;
        }
        // A synopsis starts two spaces in; descriptions and continued synopses further in.
        if (!inCommands || !line.startsWith(QLatin1String("  ")) || line.at(2) == QLatin1Char(' ')) {
            continue;
        }
        QStringList words;
        for (const QString& word : line.trimmed().split(QLatin1Char(' '))) {
            static const QRegularExpression commandWord(QStringLiteral("^[a-z][a-z-]*$"));
            if (!commandWord.match(word).hasMatch()) {
                break;
            }
            words.append(word);
        }
        names.append(words.join(QLatin1Char(' ')));
    }
    return names;
}

} // namespace

TEST_CASE("cli usage: made from the commands, and every command it lists explains itself", "[cli][usage]")
{
    const Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    const QStringList names = listedCommands(help.out);
    INFO(help.out.toStdString());
    // The contract's commands are all there.
    for (const char* name : {"init", "import", "programmes", "audit", "transcript", "transfer", "verify", "log verify",
                             "backup", "check", "migrate", "user add", "equivalency approve", "export students"}) {
        CHECK(names.contains(QLatin1String(name)));
    }
    CHECK(names.size() == QSet<QString>(names.begin(), names.end()).size());
    for (const QString& name : names) {
        INFO(name.toStdString());
        const Run own = cli(name.split(QLatin1Char(' ')) + QStringList {QStringLiteral("--help")});
        CHECK(own.exitCode == 0);
        CHECK(own.out.startsWith(QStringLiteral("usage: dualdegree-cli [GLOBAL OPTIONS] %1").arg(name)));
        CHECK(own.out.contains(QLatin1String("--help")));
    }
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--help")});
    CHECK(audit.out.contains(QLatin1String("--institution CQUPT|RUTS")));
    CHECK(audit.out.contains(QLatin1String("(required)")));
}

TEST_CASE("cli usage: a mistake in calling verify or log verify exits 3, never 1 (not genuine)", "[cli][usage]")
{
    QTemporaryDir dir;
    // No database is opened, or made, for a call that is wrong.
    const QString db = dir.filePath(QStringLiteral("none.db"));
    const QList<QStringList> calls = {
        {QStringLiteral("verify")},
        {QStringLiteral("verify"), QStringLiteral("A"), QStringLiteral("B")},
        {QStringLiteral("verify"), QStringLiteral("--trusted"), QStringLiteral("x.pem"), QStringLiteral("CODE")},
        {QStringLiteral("verify"), QStringLiteral("CODE"), QStringLiteral("-x")},
        {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("extra")},
        {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--student")},
        {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bogus")},
    };
    for (const QStringList& call : calls) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList {QStringLiteral("--db"), db} + call);
        CHECK(r.exitCode == 3);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(
            QStringLiteral("dualdegree-cli: %1: ")
                .arg(call.mid(0, call.first() == QLatin1String("log") ? 2 : 1).join(QLatin1Char(' ')))));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(QFileInfo::exists(db));
    }
    // A verify that cannot open its database could not check either.
    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("ABCD-EFGH")});
    CHECK(missing.exitCode == 3);
    const Run logMissing = cli({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(logMissing.exitCode == 3);

    // Elsewhere a usage mistake is 2.
    for (const QStringList& call :
         QList<QStringList> {{QStringLiteral("audit"), QStringLiteral("DD2020001"), QStringLiteral("--institution")},
                             {QStringLiteral("audit"), QStringLiteral("DD2020001")},
                             {QStringLiteral("import"), QStringLiteral("results")},
                             {QStringLiteral("log")},
                             {QStringLiteral("log"), QStringLiteral("rewrite")},
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve")},
                             {QStringLiteral("--db")},
                             {QStringLiteral("--frobnicate"), QStringLiteral("check")},
                             {}}) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(call.isEmpty() || call.first().startsWith(QLatin1String("--"))
                              ? call
                              : QStringList {QStringLiteral("--db"), db} + call);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
}

TEST_CASE("cli usage: options stand anywhere after the command, also as --name=value", "[cli][usage]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run usual = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("DD2020001"),
                           QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--json")});
    REQUIRE(usual.exitCode == 0);
    const Run moved = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json"),
                           QStringLiteral("--institution=RUTS"), QStringLiteral("DD2020001")});
    CHECK(moved.exitCode == 0);
    CHECK(moved.out == usual.out);
    // A value may itself begin with dashes; it is still the option's value.
    const Run reason = cli({QStringLiteral("--db"), db, QStringLiteral("exception"), QStringLiteral("add"),
                            QStringLiteral("DD2020008"), QStringLiteral("--institution"), QStringLiteral("CQUPT"),
                            QStringLiteral("--kind"), QStringLiteral("waive"), QStringLiteral("--requirement"),
                            QStringLiteral("maj"), QStringLiteral("--reason"), QStringLiteral("--agreed by the board"),
                            QStringLiteral("--approved-by"), QStringLiteral("Dean")});
    INFO(reason.err.toStdString());
    CHECK(reason.exitCode == 0);
}
