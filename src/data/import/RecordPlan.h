// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QList>
#include <QString>

#include <type_traits>
#include <utility>

namespace dd {

/**
 * The records an import will add and change, written by a repository that has
 * insert(T&, QString*) (or insertAll(const QList<T>&, QString*), which is used
 * then) and update(T&, QString*, bool*). Changes are written
 * before additions, so that a changed unique value (a student number moving to
 * a new row, say) is free when the new row needs it.
 */
template<typename T> struct RecordPlan
{
    QList<T> inserts;
    QList<T> updates;

    /** Whether \a Repository adds many records at once (insertAll: batches, one round trip each). */
    template<typename Repository, typename = void> struct Batches : std::false_type
    {
    };
    template<typename Repository>
    struct Batches<Repository,
                   std::void_t<decltype(std::declval<Repository&>().insertAll(
                       std::declval<const QList<T>&>(), std::declval<QString*>()))>> : std::true_type
    {
    };

    template<typename Repository> bool apply(Repository& repository, Error* error)
    {
        for (T& record : updates) {
            if (!repository.update(record, error)) {
                return false;
            }
        }
        if constexpr (Batches<Repository>::value) {
            return repository.insertAll(inserts, error);
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
