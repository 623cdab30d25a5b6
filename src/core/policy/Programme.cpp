// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/Programme.h"

#include "core/text/JsonReader.h"

namespace dd {

bool Programme::fromJson(const QByteArray& bytes, const QString& fileName, Programme* programme, QString* error)
{
    JsonReader reader(fileName);
    const QJsonObject root = reader.parse(bytes);
    if (reader.ok()
        && reader.string(root, QStringLiteral("format"), QString()) != QLatin1String("dualdegree-programme")) {
        reader.fail(QStringLiteral("format"), QStringLiteral("must be \"dualdegree-programme\""));
    }
    Programme p;
    p.code = reader.string(root, QStringLiteral("code"), QString());
    p.institution = reader.string(root, QStringLiteral("institution"), QString());
    p.catalogueYear = reader.integer(root, QStringLiteral("catalogue_year"), QString()).value_or(0);
    const QJsonObject names = reader.object(root, QStringLiteral("names"), QString());
    p.nameEn = reader.string(names, QStringLiteral("en"), QStringLiteral("names"));
    p.nameZh = reader.string(names, QStringLiteral("zh"), QStringLiteral("names"), false);
    p.nameTh = reader.string(names, QStringLiteral("th"), QStringLiteral("names"), false);
    const QJsonObject degree = reader.object(root, QStringLiteral("degree"), QString());
    p.degreeEn = reader.string(degree, QStringLiteral("en"), QStringLiteral("degree"));
    p.degreeZh = reader.string(degree, QStringLiteral("zh"), QStringLiteral("degree"), false);
    p.degreeTh = reader.string(degree, QStringLiteral("th"), QStringLiteral("degree"), false);
    if (reader.ok() && (p.catalogueYear < 1990 || p.catalogueYear > 2100)) {
        reader.fail(QStringLiteral("catalogue_year"), QStringLiteral("must be a year between 1990 and 2100"));
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *programme = p;
    return true;
}

} // namespace dd
