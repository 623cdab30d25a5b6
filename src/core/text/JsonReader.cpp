// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/JsonReader.h"

#include "core/text/Decimal.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace dd {

namespace {

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

JsonReader::JsonReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

QJsonObject JsonReader::parse(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(),
             QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!doc.isObject()) {
        fail(QString(), QStringLiteral("the top level must be a JSON object"));
        return {};
    }
    return doc.object();
}

void JsonReader::fail(const QString& path, const QString& reason)
{
    if (!m_error.isEmpty()) {
        return;
    }
    m_error = path.isEmpty() ? QStringLiteral("%1: %2").arg(m_fileName, reason)
                             : QStringLiteral("%1: %2: %3").arg(m_fileName, path, reason);
}

QString JsonReader::string(const QJsonObject& obj, const QString& key, const QString& path, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(join(path, key), QStringLiteral("is missing"));
        }
        return {};
    }
    if (!v.isString()) {
        fail(join(path, key), QStringLiteral("expected a string"));
        return {};
    }
    return v.toString();
}

std::optional<double> JsonReader::number(const QJsonObject& obj, const QString& key, const QString& path, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(join(path, key), QStringLiteral("is missing"));
        }
        return std::nullopt;
    }
    if (!v.isDouble()) {
        fail(join(path, key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> JsonReader::integer(const QJsonObject& obj, const QString& key, const QString& path, bool required)
{
    const std::optional<double> d = number(obj, key, path, required);
    if (!d) {
        return std::nullopt;
    }
    if (std::floor(*d) != *d || std::fabs(*d) > 1e9) {
        fail(join(path, key), QStringLiteral("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<int>(*d);
}

std::optional<qint64> JsonReader::scaled(const QJsonObject& obj, const QString& key, const QString& path, int scale,
                                         bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(join(path, key), QStringLiteral("is missing"));
        }
        return std::nullopt;
    }
    QString text;
    if (v.isString()) {
        text = v.toString();
    } else if (v.isDouble()) {
        text = QString::number(v.toDouble(), 'f', scale);
    } else {
        fail(join(path, key), QStringLiteral("expected a decimal number"));
        return std::nullopt;
    }
    const std::optional<qint64> value = Decimal::parseScaled(text, scale);
    if (!value) {
        fail(join(path, key), QStringLiteral("'%1' is not a decimal with at most %2 decimals").arg(text).arg(scale));
    }
    return value;
}

bool JsonReader::boolean(const QJsonObject& obj, const QString& key, const QString& path, bool defaultValue)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        return defaultValue;
    }
    if (!v.isBool()) {
        fail(join(path, key), QStringLiteral("expected true or false"));
        return defaultValue;
    }
    return v.toBool();
}

QJsonArray JsonReader::array(const QJsonObject& obj, const QString& key, const QString& path, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(join(path, key), QStringLiteral("is missing"));
        }
        return {};
    }
    if (!v.isArray()) {
        fail(join(path, key), QStringLiteral("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonObject& obj, const QString& key, const QString& path, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(join(path, key), QStringLiteral("is missing"));
        }
        return {};
    }
    if (!v.isObject()) {
        fail(join(path, key), QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonReader::element(const QJsonArray& array, int index, const QString& path)
{
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(QStringLiteral("%1[%2]").arg(path).arg(index), QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

} // namespace dd
