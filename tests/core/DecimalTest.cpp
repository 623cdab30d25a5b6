// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/Decimal.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Decimal: parse scaled values exactly", "[decimal]")
{
    struct Case
    {
        const char* text;
        int scale;
        std::optional<qint64> expected;
    };
    const Case cases[] = {
        {"85", 1, 850},
        {"85.5", 1, 855},
        {"85.50", 1, 855},
        {"3.70", 2, 370},
        {"4", 2, 400},
        {"0", 0, 0},
        {"2.5", 0, std::nullopt},
        {"85.55", 1, std::nullopt},
        {"-1", 1, std::nullopt},
        {"1e2", 1, std::nullopt},
        {"", 1, std::nullopt},
        {".5", 1, std::nullopt},
        {"5.", 1, std::nullopt},
        {"1.2.3", 1, std::nullopt},
        {"2.0", 0, 2},
    };
    for (const Case& c : cases) {
        INFO(c.text << " scale " << c.scale);
        CHECK(Decimal::parseScaled(QString::fromLatin1(c.text), c.scale) == c.expected);
    }
}

TEST_CASE("Decimal: format with a fixed number of decimals", "[decimal]")
{
    CHECK(Decimal::formatScaled(855, 1, 1) == QStringLiteral("85.5"));
    CHECK(Decimal::formatScaled(850, 1, 0) == QStringLiteral("85"));
    CHECK(Decimal::formatScaled(370, 2, 2) == QStringLiteral("3.70"));
    CHECK(Decimal::formatScaled(5, 1, 2) == QStringLiteral("0.50"));
    CHECK(Decimal::formatScaled(-25, 1, 1) == QStringLiteral("-2.5"));
}
