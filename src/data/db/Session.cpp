// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Session.h"

#include <algorithm>

namespace dd {

bool Session::permits(Permissions::Action action, const QString& institution, Error* error) const
{
    if (Permissions::allows(m_user, action, institution)) {
        return true;
    }
    *error = Error::refused(Permissions::refusal(m_user, action, institution));
    return false;
}

bool Session::permitsEach(Permissions::Action action, const QStringList& institutions, Error* error) const
{
    return std::all_of(institutions.cbegin(), institutions.cend(),
                       [&](const QString& institution) { return permits(action, institution, error); });
}

} // namespace dd
