// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dd {

/** Someone who works with the database; every write records the acting user. */
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role = QStringLiteral("administrator");
    bool active = true;
    int rowVersion = 0;

    /**
     * Whether this user decides for \a institution: an administrator for any,
     * a registrar or coordinator for the institution their role is named after
     * (cqupt_registrar for CQUPT).
     */
    bool decidesFor(const QString& institution) const
    {
        if (!active) {
            return false;
        }
        if (role == QLatin1String("administrator")) {
            return true;
        }
        return role != QLatin1String("viewer") && role.section(QLatin1Char('_'), 0, 0).toUpper() == institution;
    }
};

} // namespace dd
