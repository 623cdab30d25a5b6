// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/Grade.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

/**
 * A versioned table that converts a grade of one institution into the grade
 * scale of the other: explicit pairs ("A" -> "95", "P" -> "S") and/or bands of
 * numeric marks ("90 and above" -> "A"). The version is recorded with every
 * converted grade, so that a later table never silently changes a decision.
 */
class ConversionTable
{
public:
    struct Pair
    {
        QString from;
        QString to;
    };
    struct Band
    {
        int minMarkTenths = 0;
        QString to;
    };

    /** Reads every table of a conversions file. */
    static bool listFromJson(const QByteArray& bytes, const QString& fileName, QList<ConversionTable>* tables,
                             QString* error);

    /** The converted grade, or std::nullopt when the table has no entry for \a grade. */
    std::optional<QString> convert(const Grade& grade) const;

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    QString fromInstitution() const { return m_from; }
    QString toInstitution() const { return m_to; }
    const QList<Pair>& pairs() const { return m_pairs; }
    const QList<Band>& bands() const { return m_bands; }

private:
    QString m_id;
    QString m_version;
    QString m_from;
    QString m_to;
    QList<Pair> m_pairs;
    QList<Band> m_bands; // highest minimum first
};

} // namespace dd
