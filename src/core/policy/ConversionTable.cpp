// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/ConversionTable.h"

#include "core/text/JsonReader.h"

#include <algorithm>

namespace dd {

bool ConversionTable::listFromJson(const QByteArray& bytes, const QString& fileName, QList<ConversionTable>* tables,
                                   QString* error)
{
    JsonReader reader(fileName);
    const QJsonObject root = reader.parse(bytes);
    if (reader.ok()
        && reader.string(root, QStringLiteral("format"), QString()) != QLatin1String("dualdegree-conversions")) {
        reader.fail(QStringLiteral("format"), QStringLiteral("must be \"dualdegree-conversions\""));
    }
    if (reader.ok() && reader.integer(root, QStringLiteral("format_version"), QString()).value_or(0) != 1) {
        reader.fail(QStringLiteral("format_version"),
                    QStringLiteral("this version of DualDegree reads format_version 1"));
    }
    QList<ConversionTable> out;
    const QJsonArray list = reader.array(root, QStringLiteral("tables"), QString());
    for (int i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("tables[%1]").arg(i);
        const QJsonObject t = reader.element(list, i, path);
        ConversionTable table;
        table.m_id = reader.string(t, QStringLiteral("id"), path);
        table.m_version = reader.string(t, QStringLiteral("version"), path);
        table.m_from = reader.string(t, QStringLiteral("from"), path);
        table.m_to = reader.string(t, QStringLiteral("to"), path);
        const QJsonArray pairs = reader.array(t, QStringLiteral("map"), path, false);
        for (int j = 0; j < pairs.size(); ++j) {
            const QString p = QStringLiteral("%1.map[%2]").arg(path).arg(j);
            const QJsonObject o = reader.element(pairs, j, p);
            table.m_pairs.append(
                {reader.string(o, QStringLiteral("from"), p), reader.string(o, QStringLiteral("to"), p)});
        }
        const QJsonArray bands = reader.array(t, QStringLiteral("bands"), path, false);
        for (int j = 0; j < bands.size(); ++j) {
            const QString p = QStringLiteral("%1.bands[%2]").arg(path).arg(j);
            const QJsonObject o = reader.element(bands, j, p);
            Band band;
            band.minMarkTenths = int(reader.scaled(o, QStringLiteral("min"), p, 1).value_or(0));
            band.to = reader.string(o, QStringLiteral("to"), p);
            table.m_bands.append(band);
        }
        std::sort(table.m_bands.begin(), table.m_bands.end(),
                  [](const Band& a, const Band& b) { return a.minMarkTenths > b.minMarkTenths; });
        if (reader.ok() && table.m_pairs.isEmpty() && table.m_bands.isEmpty()) {
            reader.fail(path, QStringLiteral("a table needs \"map\" or \"bands\""));
        }
        if (reader.ok() && table.m_from == table.m_to) {
            reader.fail(path + QStringLiteral(".to"),
                        QStringLiteral("a table converts between two different institutions"));
        }
        for (const ConversionTable& other : out) {
            if (reader.ok() && other.m_id == table.m_id && other.m_version == table.m_version) {
                reader.fail(path,
                            QStringLiteral("table '%1' version '%2' is listed twice").arg(table.m_id, table.m_version));
            }
        }
        out.append(table);
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *tables = out;
    return true;
}

std::optional<QString> ConversionTable::convert(const Grade& grade) const
{
    for (const Pair& p : m_pairs) {
        if (p.from == grade.raw) {
            return p.to;
        }
    }
    if (grade.kind == Grade::Kind::Mark) {
        for (const Band& b : m_bands) {
            if (grade.markTenths >= b.minMarkTenths) {
                return b.to;
            }
        }
    }
    return std::nullopt;
}

} // namespace dd
