// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/PolicySet.h"
#include "core/records/CourseResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Database;

/**
 * Marks typed for one course in one term, saved as one transaction: each mark
 * checked on the institution's scale for the course's grading mode, a first mark
 * of an in-progress result recorded as such, a changed mark recorded as a grade
 * change with its reason, new make-up or retake attempts inserted. A row someone
 * else changed meanwhile (row_version) stops the whole save.
 */
class MarkEntryService
{
    Q_DECLARE_TR_FUNCTIONS(dd::MarkEntryService)

public:
    /** One row of the sheet: the stored result (id 0 for a new attempt) and the mark typed. */
    struct Entry
    {
        CourseResult result;
        QString newMark;
    };

    /** What a save did, so that it can be undone exactly. */
    struct Saved
    {
        QList<CourseResult> before; ///< as they were (id 0: the row was added)
        QList<CourseResult> after; ///< as stored now, with their new row versions
        QStringList marks; ///< the marks saved, for redo
        QString reason;
    };

    explicit MarkEntryService(Database& db);
    [[nodiscard]] bool load(Error* error);
    const PolicySet& policies() const { return m_policies; }

    /**
     * Why \a mark is not a mark of \a courseCode at \a institution, or empty. When it
     * is one, \a canonical (if given) receives it as the scale writes it ("c+" -> "C+").
     */
    QString checkMark(const QString& institution, const QString& courseCode, const QString& mark,
                      QString* canonical = nullptr) const;

    /**
     * Saves every entry whose mark differs from the stored one. A change of a
     * recorded mark needs \a reason. On a concurrent change nothing is saved:
     * \a conflict receives the row as it is stored now.
     */
    [[nodiscard]] bool save(const QList<Entry>& entries, const QString& reason, Saved* saved, Error* error,
                            std::optional<CourseResult>* conflict = nullptr);
    /** Puts back what \a saved changed (marks restored as grade changes, added rows removed); updates it for redo. */
    [[nodiscard]] bool undo(Saved& saved, Error* error);
    /** Applies \a saved again after undo(). */
    [[nodiscard]] bool redo(Saved& saved, Error* error);

private:
    Database& m_db;
    PolicySet m_policies;
};

} // namespace dd
