// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/TextEncoding.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Encodings are named, never guessed between GB18030 and Windows-874", "[encoding]")
{
    CHECK(TextEncoding::canonical(QStringLiteral("UTF8")) == QStringLiteral("utf-8"));
    CHECK(TextEncoding::canonical(QStringLiteral("cp874")) == QStringLiteral("windows-874"));
    CHECK(TextEncoding::canonical(QStringLiteral("TIS-620")) == QStringLiteral("windows-874"));
    CHECK(TextEncoding::canonical(QStringLiteral("GB18030")) == QStringLiteral("gb18030"));
    CHECK(TextEncoding::canonical(QStringLiteral("gbk")).isEmpty());
    CHECK(TextEncoding::canonical(QStringLiteral("latin1")).isEmpty());

    CHECK(TextEncoding::detectUnicode("plain ascii\n") == QStringLiteral("utf-8"));
    CHECK(TextEncoding::detectUnicode("\xff\xfe"
                                      "a\0")
          == QStringLiteral("utf-16"));
    CHECK(TextEncoding::detectUnicode("\xcd\xf5").isEmpty()); // 王 in GB18030

    QByteArray utf8;
    QString error;
    REQUIRE(TextEncoding::toUtf8("\xcd\xf5\xd0\xa1\xc3\xf7", QStringLiteral("gb18030"), &utf8, &error));
    CHECK(QString::fromUtf8(utf8) == QStringLiteral("王小明"));
    REQUIRE(TextEncoding::toUtf8("\xca\xc1\xaa\xd2\xc2", QStringLiteral("windows-874"), &utf8, &error));
    CHECK(QString::fromUtf8(utf8) == QStringLiteral("สมชาย"));
    // A character cut at the end, and a byte the encoding does not have, are said with where.
    CHECK_FALSE(TextEncoding::toUtf8("ab\n\xcd", QStringLiteral("gb18030"), &utf8, &error));
    CHECK(error.contains(QStringLiteral("ends inside a gb18030 character")));
    CHECK_FALSE(TextEncoding::toUtf8("a\nb\n\xfc", QStringLiteral("windows-874"), &utf8, &error));
    CHECK(error == QStringLiteral("line 3: byte 0xfc is not windows-874"));
    CHECK_FALSE(TextEncoding::toUtf8("\xff\xfe"
                                     "a",
                                     QStringLiteral("utf-16"), &utf8, &error));

    // Both read these bytes: both are offered, each with what it makes of them.
    const QList<TextEncoding::Candidate> both = TextEncoding::candidates("name\n\xcd\xf5\xd0\xa1\xc3\xf7\n");
    REQUIRE(both.size() == 2);
    CHECK(both.at(0).encoding == QStringLiteral("gb18030"));
    CHECK(both.at(0).sample == QStringLiteral("王小明"));
    CHECK(both.at(1).encoding == QStringLiteral("windows-874"));
    CHECK(both.at(1).sample != QStringLiteral("王小明"));
}
