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
    QString role; ///< administrator, cqupt_registrar, ruts_coordinator or viewer
    bool active = true;
    bool hasPassword = false;
    int rowVersion = 0;
};

} // namespace dd
