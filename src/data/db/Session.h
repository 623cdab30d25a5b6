// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/Permissions.h"
#include "core/records/User.h"

#include <QString>
#include <QStringList>

namespace dd {

/**
 * Who acts on an open database and why: the user on whose behalf writes are
 * recorded, the reason the change log records for them, and what that user's
 * role permits. Database holds one and passes it to the change log's triggers.
 */
class Session
{
public:
    const User& user() const { return m_user; }
    qint64 userId() const { return m_user.id; }
    QString username() const { return m_user.username; }
    /** The reason recorded for the changes made now (empty when none is set). */
    QString reason() const { return m_reason; }

    /**
     * Whether the acting user may do \a action (for \a institution when the action is one
     * institution's); otherwise \a error receives the refusal naming user, role and action.
     */
    [[nodiscard]] bool permits(Permissions::Action action, const QString& institution, Error* error) const;
    [[nodiscard]] bool permits(Permissions::Action action, Error* error) const
    {
        return permits(action, QString(), error);
    }
    /** permits() for each institution of \a institutions (a batch of records of several). */
    [[nodiscard]] bool permitsEach(Permissions::Action action, const QStringList& institutions, Error* error) const;

private:
    friend class Database;
    User m_user;
    QString m_reason;
};

} // namespace dd
