// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportFonts.h"

#include <catch2/catch.hpp>

#include <QFontInfo>
#include <QFontMetrics>

using namespace dd;

TEST_CASE("Each document language names its fonts explicitly", "[fonts]")
{
    CHECK(ReportFonts::families(QStringLiteral("en")) == QStringList {QStringLiteral("Noto Sans")});
    CHECK(ReportFonts::families(QStringLiteral("en-zh")).contains(QStringLiteral("WenQuanYi Micro Hei")));
    CHECK(ReportFonts::families(QStringLiteral("en-th")).contains(QStringLiteral("FreeSerif")));
    CHECK(ReportFonts::font(QStringLiteral("en-th"), 10).families() == ReportFonts::families(QStringLiteral("en-th")));
}

TEST_CASE("The document fonts are installed and cover Thai and Chinese", "[fonts]")
{
    for (const char* language : {"en", "en-zh", "en-th"}) {
        INFO(language);
        CHECK(ReportFonts::missing(QString::fromLatin1(language)).isEmpty());
    }
    const QFontMetrics thai(ReportFonts::font(QStringLiteral("en-th"), 10));
    CHECK(thai.inFontUcs4(0x0E19)); // น
    const QFontMetrics chinese(ReportFonts::font(QStringLiteral("en-zh"), 10));
    CHECK(chinese.inFontUcs4(0x91CD)); // 重
}

TEST_CASE("A document is not set in fallback fonts: a missing family is named with its package", "[fonts]")
{
    Error error;
    CHECK(ReportFonts::available(QStringLiteral("en-zh"), &error));
    // A system with Noto Sans only (as a clean Debian with the CJK Noto fonts has).
    const QStringList notoOnly {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP")};
    CHECK(ReportFonts::available(QStringLiteral("en"), &error, notoOnly));
    CHECK_FALSE(ReportFonts::available(QStringLiteral("en-zh"), &error, notoOnly));
    CHECK(error.message().contains(QStringLiteral("WenQuanYi Micro Hei")));
    CHECK(error.message().contains(QStringLiteral("fonts-wqy-microhei")));
    CHECK_FALSE(ReportFonts::available(QStringLiteral("en-th"), &error, notoOnly));
    CHECK(error.message().contains(QStringLiteral("FreeSerif, WenQuanYi Micro Hei")));
    CHECK(error.message().contains(QStringLiteral("fonts-freefont-ttf fonts-wqy-microhei")));
}
