// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace dd {

/**
 * An approved exception to one institution's requirements for one student:
 * waive, substitute, force-complete or also-allow.
 */
struct StudentException
{
    qint64 id = 0;
    QString studentId;
    QString institution;
    QString kind; ///< waive, substitute, force-complete, also-allow
    QString requirement;
    QString courseCode;
    QString reason;
    QString approvedBy;
    QDateTime createdAt;
    bool revoked = false;
    int rowVersion = 0;
};

} // namespace dd
