// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/RoleNote.h"

#include <QLabel>

namespace dd {

void RoleNote::show(QLabel* note, const QStringList& refusals)
{
    note->setVisible(!refusals.isEmpty());
    if (refusals.isEmpty()) {
        note->clear();
        return;
    }
    note->setStyleSheet(QStringLiteral("color: #7a5c00;"));
    note->setText(tr("Not available to you: %1.").arg(refusals.join(QStringLiteral("; "))));
    note->setToolTip(note->text());
}

QString RoleNote::roleText(const QString& role)
{
    if (role == QLatin1String("administrator")) {
        return tr("administrator");
    }
    if (role == QLatin1String("cqupt_registrar")) {
        return tr("CQUPT registrar");
    }
    if (role == QLatin1String("ruts_coordinator")) {
        return tr("RUTS coordinator");
    }
    if (role == QLatin1String("viewer")) {
        return tr("viewer");
    }
    return role;
}

} // namespace dd
