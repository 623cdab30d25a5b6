// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden cases: tests/fixtures/audit/<case>/input.json names the rules (a shipped
// programme by "programme", or an inline "rules" object) and the student
// "record"; expected.json is the audit JSON. A case whose result differs writes
// its result to golden-actual/audit/<case>.json in the build folder, to be read
// and, when right, copied over expected.json. Each case is its own ctest entry.

#include "core/audit/AuditEngine.h"
#include "core/policy/ConversionTable.h"
#include "core/policy/PolicySet.h"

#include "GoldenCases.h"
#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dd;

namespace {

PolicySet shippedPolicies()
{
    PolicySet set;
    for (const char* code : {"CQUPT", "RUTS"}) {
        InstitutionPolicy p;
        QString error;
        REQUIRE(InstitutionPolicy::fromJson(
            ddtest::readBytes(QStringLiteral(DD_SOURCE_DIR "/data/policies/%1.json").arg(QLatin1String(code))),
            QString::fromLatin1(code), &p, &error));
        set.addInstitution(p);
    }
    return set;
}

} // namespace

TEST_CASE("The audit golden set holds its cases, each with input and expected result", "[audit][golden]")
{
    const QDir root = ddtest::goldenRoot(QStringLiteral("audit"));
    CHECK(ddtest::goldenCaseCount(QStringLiteral("audit")) >= 60);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        INFO("case " << name.toStdString());
        CHECK(QFile::exists(root.filePath(name + QStringLiteral("/input.json"))));
        CHECK(QFile::exists(root.filePath(name + QStringLiteral("/expected.json"))));
    }
}

TEST_CASE("Audit golden case", "[.][golden-audit]")
{
    const PolicySet policies = shippedPolicies();
    const QDir root = ddtest::goldenRoot(QStringLiteral("audit"));
    for (const QString& name : ddtest::goldenCases(QStringLiteral("audit"))) {
        INFO("case " << name.toStdString());
        const QDir dir(root.filePath(name));
        const QJsonObject input
            = QJsonDocument::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("input.json")))).object();
        REQUIRE_FALSE(input.isEmpty());
        QByteArray rulesBytes;
        if (input.contains(QStringLiteral("programme"))) {
            rulesBytes
                = ddtest::readBytes(QStringLiteral(DD_SOURCE_DIR "/data/programmes/")
                                    + input.value(QStringLiteral("programme")).toString() + QStringLiteral(".json"));
        } else {
            rulesBytes = QJsonDocument(input.value(QStringLiteral("rules")).toObject()).toJson();
        }
        RuleSet rules;
        QString error;
        if (!RuleSet::fromJson(rulesBytes, name + QStringLiteral("/rules"), &rules, &error)) {
            FAIL(error.toStdString());
        }
        StudentRecord record;
        if (!StudentRecord::fromJson(QJsonDocument(input.value(QStringLiteral("record")).toObject()).toJson(),
                                     name + QStringLiteral("/record"), policies, &record, &error)) {
            FAIL(error.toStdString());
        }
        const QJsonObject actual = AuditEngine::audit(record, rules, policies).toJson();
        const QString expectedPath = dir.filePath(QStringLiteral("expected.json"));
        const QString actualPath = QStringLiteral(DD_BINARY_DIR "/golden-actual/audit/%1.json").arg(name);
        const QJsonObject expected = QFile::exists(expectedPath)
            ? QJsonDocument::fromJson(ddtest::readBytes(expectedPath)).object()
            : QJsonObject();
        if (actual != expected) {
            QDir().mkpath(QFileInfo(actualPath).absolutePath());
            QFile out(actualPath);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        } else {
            QFile::remove(actualPath);
        }
        CHECK(QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Indented)).toStdString()
              == QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Indented)).toStdString());
    }
}
