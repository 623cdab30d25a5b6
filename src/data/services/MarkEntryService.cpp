// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/MarkEntryService.h"

#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/TermRepository.h"

namespace dd {

MarkEntryService::MarkEntryService(Database& db)
    : m_db(db)
{
}

bool MarkEntryService::load(Error* error)
{
    m_policies = PolicySet();
    return PolicyRepository(m_db).load(&m_policies, error);
}

QString MarkEntryService::checkMark(const QString& institution, const QString& courseCode, const QString& mark,
                                    QString* canonical) const
{
    const InstitutionPolicy* policy = m_policies.institution(institution);
    if (!policy) {
        return QStringLiteral("unknown institution %1").arg(institution);
    }
    Error error;
    const std::optional<Course> course = CourseRepository(m_db).find(institution, courseCode, &error);
    if (!course) {
        return !error.isSet() ? QStringLiteral("unknown course %1 at %2").arg(courseCode, institution)
                              : error.message();
    }
    QString reason;
    const std::optional<Grade> grade = policy->grading().classify(mark.trimmed(), course->grading, &reason);
    if (!grade) {
        return reason;
    }
    if (canonical) {
        *canonical = grade->raw;
    }
    return QString();
}

bool MarkEntryService::save(const QList<Entry>& typed, const QString& reason, Saved* saved, Error* error,
                            std::optional<CourseResult>* conflict)
{
    if (conflict) {
        conflict->reset();
    }
    Saved done;
    done.reason = reason.trimmed();
    // Marks are stored as the scale writes them, whatever case they were typed in.
    QList<Entry> entries = typed;
    for (Entry& e : entries) {
        QString canonical;
        if (checkMark(e.result.institution, e.result.courseCode, e.newMark, &canonical).isEmpty()) {
            e.newMark = canonical;
        }
    }
    for (const Entry& e : std::as_const(entries)) {
        const QString mark = e.newMark.trimmed();
        if (mark == e.result.mark && e.result.id != 0) {
            continue;
        }
        const QString problem = checkMark(e.result.institution, e.result.courseCode, mark);
        if (!problem.isEmpty()) {
            *error = Error::invalid(
                tr("%1 %2 (%3): %4")
                    .arg(e.result.studentId, e.result.courseCode, attemptName(e.result.attempt), problem));
            return false;
        }
        if (e.result.id != 0 && !e.result.mark.isEmpty() && done.reason.isEmpty()) {
            *error = Error::invalid(
                tr("%1: the recorded mark %2 becomes %3; a grade change needs a reason")
                    .arg(e.result.studentId, e.result.mark, mark.isEmpty() ? QStringLiteral("in progress") : mark));
            return false;
        }
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    ResultRepository results(m_db);
    for (const Entry& e : std::as_const(entries)) {
        const QString mark = e.newMark.trimmed();
        if (mark == e.result.mark && e.result.id != 0) {
            continue;
        }
        CourseResult r = e.result;
        if (r.id == 0) {
            r.mark = mark;
            if (!results.insert(r, error)) {
                return false;
            }
            done.before.append(e.result);
        } else {
            const QString why = r.mark.isEmpty() ? QStringLiteral("first mark recorded") : done.reason;
            if (!results.changeMark(r, mark, why, error)) {
                if (error->is(Error::Kind::Conflict) && conflict) {
                    // The row as stored now, for the conflict dialog; if it cannot be read the
                    // conflict is still reported (error), only without the other value.
                    Error readError;
                    *conflict = results.find(r.studentId, r.institution, r.courseCode, r.term, r.attempt, &readError);
                    if (readError.isSet()) {
                        *error = error->withMessage(tr("%1 (the row as stored now cannot be read: %2)")
                                                        .arg(error->message(), readError.message()));
                    }
                }
                return false;
            }
            done.before.append(e.result);
        }
        done.after.append(r);
        done.marks.append(mark);
    }
    if (!tx.commit(error)) {
        return false;
    }
    if (saved) {
        *saved = done;
    }
    return true;
}

bool MarkEntryService::undo(Saved& saved, Error* error)
{
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    ResultRepository results(m_db);
    const QString reason
        = QStringLiteral("undo: %1").arg(saved.reason.isEmpty() ? QStringLiteral("marks entered") : saved.reason);
    for (int i = int(saved.after.size()) - 1; i >= 0; --i) {
        CourseResult& now = saved.after[i];
        const CourseResult& before = saved.before.at(i);
        const bool ok
            = before.id == 0 ? results.remove(now, error) : results.changeMark(now, before.mark, reason, error);
        if (!ok) {
            return false;
        }
    }
    if (!tx.commit(error)) {
        return false;
    }
    return true;
}

bool MarkEntryService::redo(Saved& saved, Error* error)
{
    QList<Entry> entries;
    for (int i = 0; i < saved.before.size(); ++i) {
        CourseResult stored = saved.before.at(i);
        if (stored.id != 0) {
            // The row as undo() left it: the old mark, a newer row version.
            stored = saved.after.at(i);
            stored.mark = saved.before.at(i).mark;
        }
        entries.append({stored, saved.marks.at(i)});
    }
    Saved again;
    if (!save(entries, saved.reason, &again, error)) {
        return false;
    }
    saved.after = again.after;
    return true;
}

} // namespace dd
