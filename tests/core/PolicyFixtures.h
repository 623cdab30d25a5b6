// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/ConversionTable.h"
#include "core/policy/InstitutionPolicy.h"
#include "core/policy/PolicySet.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace ddtest {

/** The bytes of a file the test needs; fails the test when it cannot be read. */
inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** The policy of \a institution as shipped in data/policies. */
inline dd::InstitutionPolicy shippedPolicy(const QString& institution)
{
    dd::InstitutionPolicy policy;
    QString error;
    const bool ok = dd::InstitutionPolicy::fromJson(
        readBytes(QStringLiteral(DD_SOURCE_DIR "/data/policies/") + institution + QStringLiteral(".json")), institution,
        &policy, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return policy;
}

/** Adds the conversion tables shipped in data/policies/conversions.json to \a set. */
inline void addShippedConversions(dd::PolicySet& set)
{
    QList<dd::ConversionTable> tables;
    QString error;
    REQUIRE(
        dd::ConversionTable::listFromJson(readBytes(QStringLiteral(DD_SOURCE_DIR "/data/policies/conversions.json")),
                                          QStringLiteral("conversions.json"), &tables, &error));
    for (const dd::ConversionTable& t : tables) {
        set.addConversion(t);
    }
}

} // namespace ddtest
