// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/ChangeLogEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {

QString shown(const QJsonValue& v)
{
    if (v.isUndefined()) {
        return QStringLiteral("(none)");
    }
    if (v.isNull()) {
        return QStringLiteral("NULL");
    }
    if (v.isString()) {
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact))
        .mid(5)
        .chopped(1);
}

} // namespace

QStringList ChangeLogEntry::differences() const
{
    return differencesBetween(oldValues, newValues);
}

QStringList ChangeLogEntry::differencesBetween(const QString& before, const QString& after)
{
    const QJsonObject a = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(after.toUtf8()).object();
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!keys.contains(k)) {
            keys << k;
        }
    }
    QStringList out;
    for (const QString& k : std::as_const(keys)) {
        if (a.value(k) != b.value(k)) {
            out << QStringLiteral("%1: %2 → %3").arg(k, shown(a.value(k)), shown(b.value(k)));
        }
    }
    return out;
}

QString ChangeLogEntry::chainHash(const QString& previousHash, const ChangeLogEntry& e)
{
    // Unit separators between fields; a NULL reads as the record separator so
    // that it differs from an empty text.
    const QChar us(0x1f);
    auto field = [](const QString& s) { return s.isNull() ? QString(QChar(0x1e)) : s; };
    const QString text = QStringList {field(previousHash),    QString::number(e.seq), field(e.at),
                                      field(e.username),      field(e.reason),        field(e.table),
                                      QString::number(e.key), field(e.operation),     field(e.oldValues),
                                      field(e.newValues)}
                             .join(us);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace dd
