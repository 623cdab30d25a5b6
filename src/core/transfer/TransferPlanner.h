// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/StudentRecord.h"
#include "core/records/Course.h"
#include "core/records/CourseResult.h"
#include "core/records/Equivalency.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace dd {

class InstitutionPolicy;
class PolicySet;

/** The source result a transfer is built on: the attempt that counts at the source. */
struct TransferSource
{
    qint64 resultId = 0;
    QString code;
    QString term;
    int termOrdinal = 0;
    QDate termEnd;
    QString mark; ///< as recorded
    QString grade; ///< the grade it counts with (a passed make-up at the policy's mark)
    Attempt attempt = Attempt::Regular;
    GradingMode mode = GradingMode::Graded;
};

/** One target of a transfer: a course, or block credit in a category (empty code). */
struct TransferTarget
{
    QString code;
    QString category;
    int creditsHalves = 0;
};

/** One transfer that an approved equivalency offers a student, allowed or refused. */
struct TransferCandidate
{
    enum class Reason {
        None,
        SourceMissing, ///< not every source course has been taken
        SourceInProgress, ///< a source course has no final mark yet
        SourceUsed, ///< a source result already backs another transfer
        GradeNotTransferable, ///< no conversion for the grade (W, I)
        GradeTooLow, ///< below the receiving institution's minimum, or failed
        TooOld, ///< the source term ended too long before the decision date
        BeforeSourceEnd, ///< the decision date is before the source term ended (backdated)
        CreditShortfall, ///< the target course needs more than the converted credits allow
        TargetTaken, ///< the student already passed the target course
        Cap, ///< the transfer would cross the cap on transferred credits
    };

    Equivalency equivalency;
    QList<TransferSource> sources; ///< in the order of the equivalency's source codes
    QString sourceGrade; ///< the grade that is converted (the lowest one of many-to-one)
    QString convertedGrade;
    QString conversionTable;
    QString conversionVersion;
    QList<TransferTarget> targets;
    int creditsHalves = 0; ///< credits the transfer brings
    int convertedCreditsHalves = 0; ///< the sources' hours as credits of the receiving institution
    QDate asOf; ///< the decision date the age was measured against
    Reason reason = Reason::None;
    QString detail; ///< why it is refused, in words

    bool allowed() const { return reason == Reason::None; }
    /** The latest term of the sources, for ordering. */
    int termOrdinal() const;
    /** The source codes joined by '+'. */
    QString fromSpec() const;

    /** The reason as written in JSON: "grade_too_low", "too_old", "cap", ... */
    static QString reasonName(Reason reason);
};

/** Every transfer into one institution that approved equivalencies offer a student. */
struct TransferPlan
{
    QString studentId;
    QString toInstitution;
    QDate asOf; ///< null: each transfer as of the end of its source term
    int capHalves = 0; ///< 0: no cap
    int recordedHalves = 0; ///< credits of transfers already recorded
    QList<TransferCandidate> candidates; ///< in term order, then source code

    QList<TransferCandidate> allowed() const;
};

/**
 * Decides, as a pure function of values, which credit transfers a student may
 * have: the attempt that counts at the source (best or latest, by the source
 * policy), conversion through the versioned table, the receiving institution's
 * minimum grade, age limit and cap on transferred credits, and the credit rule
 * on hours. Nothing here reads or writes a database.
 */
class TransferPlanner
{
public:
    /** What the student has already had transferred into the receiving institution. */
    struct Recorded
    {
        QSet<qint64> lineages; ///< equivalency lineages already applied
        QSet<qint64> resultIds; ///< source results already used
        int creditsHalves = 0;
    };

    /** The credit rule on hours for one equivalency (see checkCredits). */
    struct CreditCheck
    {
        int convertedHalves = 0; ///< the sources' hours as receiving-institution credits
        int targetHalves = 0; ///< the target courses' credits, or the block credits
        bool approvable = true; ///< a full equivalent falls short by at most one credit
        QString detail;
    };

    TransferPlanner(const PolicySet& policies, const QHash<QString, Course>& courses);

    /** The key of \a courses: "INSTITUTION:CODE". */
    static QString courseKey(const QString& institution, const QString& code);

    /**
     * The hours rule: the source courses' lecture and lab hours converted at the
     * receiving institution's hours per credit, rounded down to 0.5; a full
     * equivalent whose target courses carry more than one credit beyond that
     * cannot be approved (block credit can).
     */
    CreditCheck checkCredits(const Equivalency& equivalency) const;

    /**
     * The transfers into \a toInstitution that \a equivalencies (current
     * versions; only approved ones valid for the student's cohort are used)
     * offer \a record. \a capHalves is the most credits the programme lets in
     * by transfer (0: no cap, see RuleSet::transferCapHalves()); \a asOf the
     * decision date (null: each transfer as of the end of its source term).
     */
    /**
     * The term in which \a record first passed \a code at \a institution itself, or an
     * empty string. A recorded transfer into such a course stays on the record, but the
     * course counts once: as passed here, with the better grade where the policy takes
     * the best attempt.
     */
    QString passedHereIn(const StudentRecord& record, const QString& institution, const QString& code) const;

    TransferPlan plan(const StudentRecord& record, const QString& toInstitution,
                      const QList<Equivalency>& equivalencies, const Recorded& recorded, int capHalves,
                      const QDate& asOf) const;

private:
    using AttemptIndex = QHash<QString, QList<const StudentRecord::Taken*>>; // "INSTITUTION:CODE" -> attempts

    CreditCheck checkCredits(const Equivalency& equivalency, bool withDetail) const;
    std::optional<TransferSource> countingAttempt(const AttemptIndex& attempts, const InstitutionPolicy& policy,
                                                  const QString& code, QString* problem, bool* stillInProgress) const;
    bool passedAt(const AttemptIndex& attempts, const InstitutionPolicy& policy, const QString& code) const;
    int gradeRank(const InstitutionPolicy& policy, const TransferSource& source) const;

    const PolicySet& m_policies;
    const QHash<QString, Course>& m_courses;
};

} // namespace dd
