// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dd {

/**
 * Typed access to a policy or rule file that remembers the first error together
 * with the file name and the JSON path where it happened ("CQUPT.json:
 * grading.points[2].min: expected a number").
 */
class JsonReader
{
public:
    explicit JsonReader(QString fileName);

    /** Parses \a bytes; on failure records the parse error and returns an empty object. */
    QJsonObject parse(const QByteArray& bytes);

    QString string(const QJsonObject& obj, const QString& key, const QString& path, bool required = true);
    std::optional<double> number(const QJsonObject& obj, const QString& key, const QString& path, bool required = true);
    std::optional<int> integer(const QJsonObject& obj, const QString& key, const QString& path, bool required = true);
    /** A decimal given as a JSON string ("3.70") or number, scaled to 1/10^scale units. */
    std::optional<qint64> scaled(const QJsonObject& obj, const QString& key, const QString& path, int scale,
                                 bool required = true);
    bool boolean(const QJsonObject& obj, const QString& key, const QString& path, bool defaultValue);
    QJsonArray array(const QJsonObject& obj, const QString& key, const QString& path, bool required = true);
    QJsonObject object(const QJsonObject& obj, const QString& key, const QString& path, bool required = true);
    QJsonObject element(const QJsonArray& array, int index, const QString& path);

    /** Records an error at \a path unless one is recorded already. */
    void fail(const QString& path, const QString& reason);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString m_fileName;
    QString m_error;
};

} // namespace dd
