// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/audit/StudentRecord.h"
#include "core/policy/PolicySet.h"
#include "core/records/Course.h"
#include "core/records/Equivalency.h"
#include "core/records/TransferCredit.h"
#include "core/transfer/TransferPlanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;

/**
 * Credit transfer against the database: decisions on the equivalency catalogue
 * (each a new version, by the receiving institution's side, with the hours rule
 * checked), the transfers a student may have (TransferPlanner on the stored
 * record), applying them in one transaction, reviewed reversal, and the report
 * of students a new version would treat differently.
 */
class TransferService
{
    Q_DECLARE_TR_FUNCTIONS(dd::TransferService)

public:
    /** Everything about one student's transfers into one institution. */
    struct StudentTransfers
    {
        QString studentId;
        QString toInstitution;
        QString programme; ///< the receiving programme whose cap applies, or empty
        TransferPlan plan;
        QList<TransferCredit> recorded; ///< applied and reversed, oldest first
        /** Recorded transfer id -> the term its target course was later passed here (counted once). */
        QHash<qint64, QString> passedHere;
    };

    /** One student a new version would treat differently. */
    struct Impact
    {
        QString studentId;
        QString before; ///< under the previous version, or what is recorded
        QString after; ///< under the new version
        bool recorded = false; ///< a transfer was already decided under an earlier version
    };

    explicit TransferService(Database& db);

    /** Reads the policies, both catalogues and the equivalency catalogue. */
    [[nodiscard]] bool load(Error* error);

    const PolicySet& policies() const { return m_policies; }
    const QHash<QString, Course>& courses() const { return m_courses; }
    /** The newest version of every equivalency. */
    const QList<Equivalency>& current() const { return m_current; }
    std::optional<Course> course(const QString& institution, const QString& code) const;
    TransferPlanner::CreditCheck checkCredits(const Equivalency& equivalency) const;

    /**
     * Why the acting user may not move \a equivalency to \a status, or an empty
     * string when they may: the status must follow from the current one, the
     * receiving institution's side decides, and only an equivalency that meets
     * the hours rule may be approved as a full equivalent.
     */
    QString decisionProblem(const Equivalency& equivalency, const QString& status) const;
    /**
     * Why \a equivalency cannot be proposed as a new rule, or an empty string:
     * both institutions known and different, every course in its catalogue,
     * block credit in one of the receiving institution's categories, a cohort
     * range, and no rule with the same courses yet (that one is decided on instead).
     */
    QString proposalProblem(const Equivalency& equivalency) const;
    /** Stores \a equivalency as version 1 of a new rule, status proposed, by the acting user. */
    [[nodiscard]] bool propose(Equivalency& equivalency, Error* error);

    /** Records the decision as a new version; refused when \a equivalency is no longer the newest. */
    [[nodiscard]] bool decide(const Equivalency& equivalency, const QString& status, const QString& reason,
                              Equivalency* decided, Error* error);

    /** The transfers \a studentId may have into \a toInstitution as of \a asOf (null: as of each source term). */
    [[nodiscard]] bool plan(const QString& studentId, const QString& toInstitution, const QDate& asOf,
                            StudentTransfers* out, Error* error);
    /** Records every allowed transfer in one transaction; nothing when one fails. */
    [[nodiscard]] bool apply(const QString& studentId, const QString& toInstitution, const QDate& asOf,
                             QList<TransferCredit>* applied, Error* error);
    /** Reverses a recorded transfer (with its sibling rows of the same decision), with a reason. */
    [[nodiscard]] bool reverse(qint64 transferId, const QString& reason, QList<TransferCredit>* reversed, Error* error);
    /** For every student and institution, applies every allowed transfer as of the end of its source term. */
    [[nodiscard]] bool applyAllAtSourceTerms(int* applied, Error* error);
    /** The plans of every student into every institution as of \a asOf (null: each source term's end); writes nothing.
     */
    [[nodiscard]] bool planAll(const QDate& asOf, QList<TransferPlan>* plans, Error* error);

    /** The students whom version \a equivalency treats differently from the version before it. */
    [[nodiscard]] bool impact(const Equivalency& equivalency, const QDate& asOf, QList<Impact>* out, Error* error);

    /** What \a recorded (applied ones) has transferred into \a toInstitution, lineage \a exceptLineage aside. */
    static TransferPlanner::Recorded recordedSet(const QList<TransferCredit>& recorded, const QString& toInstitution,
                                                 qint64 exceptLineage = 0);

private:
    [[nodiscard]] bool capFor(const QString& institution, int cohort, QString* programme, int* capHalves, Error* error);
    [[nodiscard]] bool record(const TransferPlan& plan, QList<TransferCredit>* applied, Error* error);
    /** Every student's record and recorded transfers (by student id), one query a table. */
    [[nodiscard]] bool loadEveryone(QList<StudentRecord>* records, QHash<QString, QList<TransferCredit>>* byStudent,
                                    Error* error);

    Database& m_db;
    PolicySet m_policies;
    QHash<QString, Course> m_courses;
    QList<Equivalency> m_current;
    QHash<QString, QPair<QString, int>> m_caps; // "INSTITUTION:cohort" -> (programme, cap)
};

} // namespace dd
