// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden cases: tests/data/audit/<case>/input.json names the rules (a shipped
// programme by "programme", or an inline "rules" object) and the student
// "record"; expected.json is the audit JSON. A case whose result differs writes
// actual.json beside it, to be read and, when right, renamed expected.json.

#include "AuditEngine.h"
#include "ConversionTable.h"
#include "PolicySet.h"

#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
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

TEST_CASE("Audit golden cases", "[audit][golden]")
{
    const PolicySet policies = shippedPolicies();
    const QDir root(QStringLiteral(DD_SOURCE_DIR "/tests/data/audit"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 40);
    for (const QString& name : cases) {
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
        const QString actualPath = dir.filePath(QStringLiteral("actual.json"));
        const QJsonObject expected = QFile::exists(expectedPath)
            ? QJsonDocument::fromJson(ddtest::readBytes(expectedPath)).object()
            : QJsonObject();
        if (actual != expected) {
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
