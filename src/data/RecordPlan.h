// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace dd {

/**
 * The records an import will add and change, written by a repository that has
 * insert(T&, QString*) and update(T&, QString*, bool*). Changes are written
 * before additions, so that a changed unique value (a student number moving to
 * a new row, say) is free when the new row needs it.
 */
template<typename T> struct RecordPlan
{
    QList<T> inserts;
    QList<T> updates;

    template<typename Repository> bool apply(Repository& repository, QString* error)
    {
        for (T& record : updates) {
            if (!repository.update(record, error, nullptr)) {
                return false;
            }
        }
        for (T& record : inserts) {
            if (!repository.insert(record, error)) {
                return false;
            }
        }
        return true;
    }
};

} // namespace dd
