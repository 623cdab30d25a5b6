// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "InstitutionPolicy.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace ddtest {

/** The policy of \a institution as shipped in data/policies. */
inline dd::InstitutionPolicy shippedPolicy(const QString& institution)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/data/policies/") + institution + QStringLiteral(".json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    dd::InstitutionPolicy policy;
    QString error;
    const bool ok = dd::InstitutionPolicy::fromJson(f.readAll(), institution, &policy, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return policy;
}

} // namespace ddtest
