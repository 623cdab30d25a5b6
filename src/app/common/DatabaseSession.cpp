// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/DatabaseSession.h"

#include "data/db/Database.h"

namespace dd {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
{
}

DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::open(std::unique_ptr<Database> db, const PolicySet& policies)
{
    if (m_db) {
        emit aboutToClose();
    }
    m_db = std::move(db);
    m_policies = policies;
    emit opened();
}

void DatabaseSession::close()
{
    if (!m_db) {
        return;
    }
    emit aboutToClose();
    m_db.reset();
    m_policies = PolicySet();
}

void DatabaseSession::recordsHaveChanged()
{
    emit recordsChanged();
}

void DatabaseSession::actingUserHasChanged()
{
    emit actingUserChanged();
}

} // namespace dd
