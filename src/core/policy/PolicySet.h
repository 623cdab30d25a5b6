// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/ConversionTable.h"
#include "core/policy/InstitutionPolicy.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dd {

/** The institution policies and conversion tables in force for one database. */
class PolicySet
{
public:
    void addInstitution(const InstitutionPolicy& policy) { m_institutions.insert(policy.code(), policy); }
    void addConversion(const ConversionTable& table) { m_conversions.append(table); }

    /** The policy of \a code, or nullptr when the institution is unknown. */
    const InstitutionPolicy* institution(const QString& code) const;
    QStringList institutionCodes() const { return m_institutions.keys(); }

    /** The newest table converting \a from -> \a to (the last one listed), or nullptr. */
    const ConversionTable* conversion(const QString& from, const QString& to) const;
    const QList<ConversionTable>& conversions() const { return m_conversions; }

    bool isEmpty() const { return m_institutions.isEmpty(); }

private:
    QMap<QString, InstitutionPolicy> m_institutions;
    QList<ConversionTable> m_conversions;
};

} // namespace dd
