// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dd {

/**
 * One saved or deleted record (a student, a course) on an undo stack: undo puts
 * the values before back, or removes a record that was new; redo saves the new
 * values again, or deletes again when there are none (\a after empty). The first
 * redo does nothing (the save or delete happened before the push).
 * Each step works on the row as stored at that moment (its current row version).
 * Repository: find/insert/update/remove of Record; find is given by the caller
 * because records are keyed differently.
 */
template<typename Record, typename Repository> class SaveRecordCommand : public QUndoCommand
{
public:
    using Find = std::function<std::optional<Record>(Repository&, const Record&, Error*)>;

    SaveRecordCommand(Repository repository, Find find, std::optional<Record> before, std::optional<Record> after,
                      QString text, std::function<void(const QString&)> done)
        : m_repository(std::move(repository))
        , m_find(std::move(find))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_done(std::move(done))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (m_after) {
            put(*m_after);
        } else {
            remove(*m_before);
        }
    }

    void undo() override
    {
        if (m_before) {
            put(*m_before);
        } else {
            remove(*m_after);
        }
    }

private:
    void remove(const Record& key)
    {
        Error error;
        const std::optional<Record> now = m_find(m_repository, key, &error);
        // Gone already is done; a failed lookup or delete is said.
        if (now && !m_repository.remove(*now, &error)) {
            m_done(error.message());
            return;
        }
        m_done(error.isSet() ? error.message() : QString());
    }

    void put(Record values)
    {
        Error error;
        const std::optional<Record> now = m_find(m_repository, values, &error);
        if (!now && error.isSet()) {
            m_done(error.message());
            return;
        }
        bool ok = false;
        if (now) {
            values.id = now->id;
            values.rowVersion = now->rowVersion;
            ok = m_repository.update(values, &error);
        } else {
            values.id = 0;
            ok = m_repository.insert(values, &error);
        }
        m_done(ok ? QString() : error.message());
    }

    Repository m_repository;
    Find m_find;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    std::function<void(const QString&)> m_done;
    bool m_first = true;
};

/**
 * The fields where \a mine and \a theirs differ, one line each ("email — yours:
 * “a”, saved meanwhile: “b”"), in \a columns order; for the conflict dialog.
 */
inline QStringList fieldDifferences(const QStringList& columns, const QHash<QString, QString>& mine,
                                    const QHash<QString, QString>& theirs)
{
    QStringList lines;
    for (const QString& column : columns) {
        if (mine.value(column) != theirs.value(column)) {
            lines << QCoreApplication::translate("dd::SaveRecordCommand", "%1 — yours: “%2”, saved meanwhile: “%3”")
                         .arg(column, mine.value(column), theirs.value(column));
        }
    }
    return lines;
}

} // namespace dd
