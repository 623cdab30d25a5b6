// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/files/OutputFile.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace dd;

TEST_CASE("A write that runs out of room says so and leaves the old file whole, with no leftover", "[files][attack]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    ddtest::writeFile(path, QByteArray("the old list\n"));
    // The file-size limit stands in for a full disk: the write stops part-way, as it would there.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    Error error;
    const bool written = OutputFile::write(path, QByteArray(100000, 'x'), &error);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    CHECK_FALSE(written);
    CHECK(error.message()
          == QStringLiteral("cannot write %1: the file would be larger than this system allows")
                 .arg(QDir::toNativeSeparators(path)));
    CHECK(ddtest::readFile(path) == QByteArray("the old list\n"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList {QStringLiteral("list.csv")});

    // And with room, the whole new file replaces the old one.
    REQUIRE(OutputFile::write(path, QByteArray("the new list\n"), &error));
    CHECK(ddtest::readFile(path) == QByteArray("the new list\n"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList {QStringLiteral("list.csv")});
}

TEST_CASE("A folder that is read-only for the user is named as such", "[files]")
{
    if (::geteuid() == 0) {
        // The superuser writes into read-only folders; the message cannot be seen here.
        SUCCEED("run as root: not checked");
        return;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Error error;
    CHECK_FALSE(OutputFile::write(folder + QStringLiteral("/x.csv"), QByteArray("x"), &error));
    CHECK(error.message().endsWith(QLatin1String("the folder is read-only for you")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
