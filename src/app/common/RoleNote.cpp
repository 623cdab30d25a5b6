// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/RoleNote.h"

#include "data/db/Database.h"

#include <QLabel>

namespace dd {

namespace {

bool writes(Permissions::Action action)
{
    return action != Permissions::Action::ReadRecords && action != Permissions::Action::ReadPersonalDetails;
}

} // namespace

bool RoleNote::allows(const Database& db, Permissions::Action action, const QString& institution)
{
    return Permissions::allows(db.session().user(), action, institution) && !(writes(action) && db.writesRefused());
}

QString RoleNote::refusal(const Database& db, Permissions::Action action, const QString& institution)
{
    if (!Permissions::allows(db.session().user(), action, institution)) {
        return Permissions::refusal(db.session().user(), action, institution);
    }
    if (db.isReadOnly()) {
        return tr("this database is open read-only: its folder, the file or the disk cannot be written here");
    }
    return tr("this database takes no changes until an administrator restores its newest backup or adopts it as it"
              " is (File › Adopt Database As It Is…)");
}

void RoleNote::show(QLabel* note, const QStringList& given)
{
    // The same reason for several actions (the database takes no changes) is said once.
    QStringList refusals = given;
    refusals.removeDuplicates();
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
