// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QLabel;

namespace dd {

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
    /** A role as the reader's language says it ("CQUPT registrar"). */
    static QString roleText(const QString& role);
};

} // namespace dd
