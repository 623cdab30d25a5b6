// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/PolicySet.h"

namespace dd {

const InstitutionPolicy* PolicySet::institution(const QString& code) const
{
    const auto it = m_institutions.constFind(code);
    return it == m_institutions.cend() ? nullptr : &it.value();
}

const ConversionTable* PolicySet::conversion(const QString& from, const QString& to) const
{
    const ConversionTable* found = nullptr;
    for (const ConversionTable& t : m_conversions) {
        if (t.fromInstitution() == from && t.toInstitution() == to) {
            found = &t;
        }
    }
    return found;
}

} // namespace dd
