// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Golden cases: one folder per case under tests/fixtures/<set>/. ctest runs each
// case as its own entry (tests/CMakeLists.txt, dd_add_golden_tests) with the case
// in DD_GOLDEN_CASE, so a failure names itself and the others still run; run by
// hand without it, the test goes through every case of the set.

#include <catch2/catch.hpp>

#include <QDir>
#include <QString>
#include <QStringList>

namespace ddtest {

/** The folder of the golden set \a set. */
inline QDir goldenRoot(const QString& set)
{
    return QDir(QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + set);
}

/** The cases to run: the one in DD_GOLDEN_CASE, or all of \a set. */
inline QStringList goldenCases(const QString& set)
{
    const QDir root = goldenRoot(set);
    const QString only = qEnvironmentVariable("DD_GOLDEN_CASE");
    if (!only.isEmpty()) {
        INFO("golden case " << set.toStdString() << "/" << only.toStdString());
        REQUIRE(root.exists(only));
        return {only};
    }
    return root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/** How many cases \a set has (all of them, whatever DD_GOLDEN_CASE says). */
inline int goldenCaseCount(const QString& set)
{
    return int(goldenRoot(set).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace ddtest
