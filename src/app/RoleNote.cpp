// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoleNote.h"

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

} // namespace dd
