// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/Permissions.h"

#include <QCoreApplication>
#include <QStringList>

class QLabel;

namespace dd {

class Database;

/**
 * The visible reason next to controls the acting user's role may not use: they are
 * disabled, and this note says who may not do what, so nobody fills a form only to
 * be refused at the end.
 */
class RoleNote
{
    Q_DECLARE_TR_FUNCTIONS(dd::RoleNote)

public:
    /** Shows \a refusals (Permissions::refusal texts) on \a note, or hides it when there are none. */
    static void show(QLabel* note, const QStringList& refusals);
    /**
     * Whether the acting user of \a db may do \a action (for \a institution) now: the role
     * allows it, and, for an action that writes, the database takes writes (not read-only,
     * not behind its chain head).
     */
    static bool allows(const Database& db, Permissions::Action action, const QString& institution = QString());
    /** Why allows() is false, for the note: the role's refusal, or why the database takes no changes. */
    static QString refusal(const Database& db, Permissions::Action action, const QString& institution = QString());
    /** A role as the reader's language says it ("CQUPT registrar"). */
    static QString roleText(const QString& role);
};

} // namespace dd
