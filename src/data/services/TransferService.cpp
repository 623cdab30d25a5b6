// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/TransferService.h"

#include "data/services/Accounts.h"

#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/TransferCreditRepository.h"

#include <QSet>

namespace dd {

namespace {

QString targetsText(const QList<TransferTarget>& targets)
{
    QStringList parts;
    for (const TransferTarget& t : targets) {
        parts.append(t.code.isEmpty() ? QStringLiteral("%1:%2").arg(t.category, Decimal::formatHalves(t.creditsHalves))
                                      : t.code);
    }
    return parts.join(QLatin1Char('+'));
}

// What a student gets from a candidate: targets, grade and credits, or empty for nothing.
QString granted(const TransferCandidate* c)
{
    if (!c || !c->allowed()) {
        return QString();
    }
    return QStringLiteral("%1 %2, %3 credits")
        .arg(targetsText(c->targets), c->convertedGrade, Decimal::formatHalves(c->creditsHalves));
}

QString outcome(const TransferCandidate* c)
{
    if (!c) {
        return QStringLiteral("not offered");
    }
    if (!c->allowed()) {
        return QStringLiteral("refused (%1)").arg(TransferCandidate::reasonName(c->reason));
    }
    return granted(c);
}

} // namespace

TransferService::TransferService(Database& db)
    : m_db(db)
{
}

bool TransferService::load(Error* error)
{
    m_policies = PolicySet();
    m_courses.clear();
    m_caps.clear();
    if (!PolicyRepository(m_db).load(&m_policies, error)) {
        return false;
    }
    CourseRepository courses(m_db);
    for (const QString& institution : m_policies.institutionCodes()) {
        Error sqlError;
        const QList<Course> list = courses.all(institution, &sqlError);
        if (sqlError.isSet()) {
            *error = sqlError;
            return false;
        }
        for (const Course& c : list) {
            m_courses.insert(TransferPlanner::courseKey(c.institution, c.code), c);
        }
    }
    Error sqlError;
    m_current = EquivalencyRepository(m_db).current(&sqlError);
    if (sqlError.isSet()) {
        *error = sqlError;
        return false;
    }
    return true;
}

std::optional<Course> TransferService::course(const QString& institution, const QString& code) const
{
    const auto it = m_courses.constFind(TransferPlanner::courseKey(institution, code));
    if (it == m_courses.cend()) {
        return std::nullopt;
    }
    return *it;
}

TransferPlanner::CreditCheck TransferService::checkCredits(const Equivalency& equivalency) const
{
    return TransferPlanner(m_policies, m_courses).checkCredits(equivalency);
}

QString TransferService::decisionProblem(const Equivalency& e, const QString& status) const
{
    const QStringList next = Equivalency::nextStatuses(e.status);
    if (!next.contains(status)) {
        return next.isEmpty() ? QStringLiteral("a %1 equivalency cannot change").arg(e.status)
                              : QStringLiteral("a %1 equivalency can only become %2, not %3")
                                    .arg(e.status, next.join(QStringLiteral(" or ")), status);
    }
    const User& user = m_db.session().user();
    if (status != QLatin1String("proposed")
        && !Permissions::allows(user, Permissions::Action::DecideTransfers, e.toInstitution)) {
        return QStringLiteral("%1 (%2) cannot decide for %3: the receiving institution's side decides")
            .arg(user.username, user.role, e.toInstitution);
    }
    // Four eyes where people log in: whoever proposed a version does not approve it.
    if (status == QLatin1String("approved") && e.status == QLatin1String("proposed") && e.id != 0
        && Accounts::loginRequired(m_db)) {
        QVariant proposer;
        Error error;
        if (!Sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT u.username FROM equivalencies e JOIN users u ON u.id = e.created_by"
                                        " WHERE e.id = ?"),
                         {e.id}, &proposer, &error)) {
            // Who proposed it decides whether this user may approve: not known is not allowed.
            return tr("who proposed this equivalency cannot be read, so it cannot be approved now: %1")
                .arg(error.message());
        }
        if (proposer.toString() == user.username) {
            return QStringLiteral("%1 proposed this equivalency and cannot also approve it: another person of %2"
                                  " decides")
                .arg(user.username, e.toInstitution);
        }
    }
    if (status == QLatin1String("approved") && !e.isBlockCredit()) {
        const TransferPlanner::CreditCheck check = checkCredits(e);
        if (!check.approvable) {
            return QStringLiteral("cannot approve as a full equivalent: %1").arg(check.detail);
        }
    }
    return QString();
}

QString TransferService::proposalProblem(const Equivalency& e) const
{
    const InstitutionPolicy* from = m_policies.institution(e.fromInstitution);
    const InstitutionPolicy* to = m_policies.institution(e.toInstitution);
    if (!from || !to) {
        return QStringLiteral("choose both institutions");
    }
    if (from == to) {
        return QStringLiteral("an equivalency links two different institutions");
    }
    if (e.fromCodes.isEmpty()) {
        return QStringLiteral("name the source course(s)");
    }
    for (const QString& code : e.fromCodes) {
        if (!m_courses.contains(TransferPlanner::courseKey(e.fromInstitution, code))) {
            return QStringLiteral("%1 is not a %2 course").arg(code, e.fromInstitution);
        }
    }
    if (e.isBlockCredit()) {
        if (!to->hasCategory(e.blockCategory)) {
            return QStringLiteral("'%1' is not a %2 category (expected %3)")
                .arg(e.blockCategory, e.toInstitution, to->categoryCodes().join(QStringLiteral(", ")));
        }
        if (e.blockCreditsHalves <= 0) {
            return QStringLiteral("block credit needs credits above 0");
        }
    } else {
        if (e.toCodes.isEmpty()) {
            return QStringLiteral("name the target course(s) or a block credit category");
        }
        for (const QString& code : e.toCodes) {
            if (!m_courses.contains(TransferPlanner::courseKey(e.toInstitution, code))) {
                return QStringLiteral("%1 is not a %2 course").arg(code, e.toInstitution);
            }
        }
    }
    if (QSet<QString>(e.fromCodes.cbegin(), e.fromCodes.cend()).size() != e.fromCodes.size()
        || QSet<QString>(e.toCodes.cbegin(), e.toCodes.cend()).size() != e.toCodes.size()) {
        return QStringLiteral("a course is named twice");
    }
    if (e.validFromCohort <= 0 || (e.validToCohort > 0 && e.validToCohort < e.validFromCohort)) {
        return QStringLiteral("the cohorts run from %1 to %2, which is no range")
            .arg(e.validFromCohort)
            .arg(e.validToCohort);
    }
    for (const Equivalency& c : m_current) {
        if (c.key() == e.key()) {
            return QStringLiteral("this equivalency exists already (version %1, %2): open it to decide on it")
                .arg(c.version)
                .arg(c.status);
        }
    }
    return QString();
}

bool TransferService::propose(Equivalency& e, Error* error)
{
    e.status = QStringLiteral("proposed");
    const QString problem = proposalProblem(e);
    if (!problem.isEmpty()) {
        *error = Error::invalid(problem);
        return false;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    EquivalencyRepository repository(m_db);
    // Checked again inside the write transaction: someone may have proposed it meanwhile.
    Error lookupError;
    const std::optional<Equivalency> existing = repository.latest(e.key(), &lookupError);
    if (existing || lookupError.isSet()) {
        *error = lookupError;
        if (existing) {
            *error = Error::invalid(
                tr("this equivalency exists already (version %1, %2)").arg(existing->version).arg(existing->status));
        }
        return false;
    }
    if (!repository.addVersion(e, error) || !tx.commit(error)) {
        return false;
    }
    m_current.append(e);
    return true;
}

bool TransferService::decide(const Equivalency& e, const QString& status, const QString& reason, Equivalency* decided,
                             Error* error)
{
    if (reason.trimmed().isEmpty()) {
        *error = Error::invalid(tr("a decision on an equivalency needs a reason"));
        return false;
    }
    const ChangeReason why(m_db, reason.trimmed());
    const QString problem = decisionProblem(e, status);
    if (!problem.isEmpty()) {
        *error = Error::invalid(problem);
        return false;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    EquivalencyRepository repository(m_db);
    const std::optional<Equivalency> latest = repository.latest(e.key(), error);
    if (!latest || latest->id != e.id) {
        if (latest) {
            *error = Error::conflict(
                tr("the equivalency changed since it was opened: version %1 is %2 (by %3)")
                    .arg(latest->version)
                    .arg(latest->status, latest->decidedBy.isEmpty() ? QStringLiteral("-") : latest->decidedBy));
        } else if (!error->isSet()) {
            *error = Error::notFound(tr("unknown equivalency %1").arg(e.key()));
        }
        return false;
    }
    Equivalency next = e;
    next.status = status;
    next.reason = reason.trimmed();
    if (!repository.addVersion(next, error) || !tx.commit(error)) {
        return false;
    }
    for (Equivalency& c : m_current) {
        if (c.lineageId == next.lineageId) {
            c = next;
        }
    }
    if (decided) {
        *decided = next;
    }
    return true;
}

bool TransferService::capFor(const QString& institution, int cohort, QString* programme, int* capHalves, Error* error)
{
    const QString key = QStringLiteral("%1:%2").arg(institution).arg(cohort);
    const auto it = m_caps.constFind(key);
    if (it != m_caps.cend()) {
        *programme = it->first;
        *capHalves = it->second;
        return true;
    }
    AuditLoader loader(m_db);
    Error sqlError;
    *programme = loader.programmeFor(institution, cohort, &sqlError);
    *capHalves = 0;
    if (sqlError.isSet()) {
        *error = sqlError;
        return false;
    }
    if (!programme->isEmpty()) {
        RuleSet rules;
        if (!loader.loadRules(*programme, &rules, error)) {
            return false;
        }
        *capHalves = rules.transferCapHalves();
    }
    m_caps.insert(key, {*programme, *capHalves});
    return true;
}

TransferPlanner::Recorded TransferService::recordedSet(const QList<TransferCredit>& recorded,
                                                       const QString& toInstitution, qint64 exceptLineage)
{
    TransferPlanner::Recorded set;
    for (const TransferCredit& t : recorded) {
        if (!t.isApplied() || t.toInstitution != toInstitution || t.lineageId == exceptLineage) {
            continue;
        }
        set.lineages.insert(t.lineageId);
        for (const qint64 id : t.sourceResultIds) {
            set.resultIds.insert(id);
        }
        set.creditsHalves += t.creditsHalves;
    }
    return set;
}

bool TransferService::plan(const QString& studentId, const QString& toInstitution, const QDate& asOf,
                           StudentTransfers* out, Error* error)
{
    if (!m_policies.institution(toInstitution)) {
        *error = Error::invalid(tr("unknown institution '%1' (expected %2)")
                                    .arg(toInstitution, m_policies.institutionCodes().join(QStringLiteral(" or "))));
        return false;
    }
    StudentRecord record;
    if (!AuditLoader(m_db).loadStudent(studentId, &record, error)) {
        return false;
    }
    Error sqlError;
    QList<TransferCredit> recorded = TransferCreditRepository(m_db).forStudent(studentId, &sqlError);
    if (sqlError.isSet()) {
        *error = sqlError;
        return false;
    }
    out->studentId = studentId;
    out->toInstitution = toInstitution;
    out->recorded.clear();
    for (const TransferCredit& t : recorded) {
        if (t.toInstitution == toInstitution) {
            out->recorded.append(t);
        }
    }
    int cap = 0;
    if (!capFor(toInstitution, record.cohort, &out->programme, &cap, error)) {
        return false;
    }
    const TransferPlanner planner(m_policies, m_courses);
    out->plan = planner.plan(record, toInstitution, m_current, recordedSet(recorded, toInstitution), cap, asOf);
    out->passedHere.clear();
    for (const TransferCredit& t : std::as_const(out->recorded)) {
        const QString term = planner.passedHereIn(record, toInstitution, t.targetCourseCode);
        if (t.isApplied() && !term.isEmpty()) {
            out->passedHere.insert(t.id, term);
        }
    }
    return true;
}

bool TransferService::record(const TransferPlan& plan, QList<TransferCredit>* applied, Error* error)
{
    TransferCreditRepository repository(m_db);
    for (const TransferCandidate& c : plan.candidates) {
        if (!c.allowed()) {
            continue;
        }
        for (const TransferTarget& target : c.targets) {
            TransferCredit t;
            t.studentId = plan.studentId;
            t.equivalencyId = c.equivalency.id;
            t.lineageId = c.equivalency.lineageId;
            t.equivalencyVersion = c.equivalency.version;
            t.fromInstitution = c.equivalency.fromInstitution;
            t.fromCodes = c.equivalency.fromCodes;
            t.toInstitution = plan.toInstitution;
            t.targetCourseCode = target.code;
            t.targetCategory = target.code.isEmpty() ? target.category : QString();
            t.creditsHalves = target.creditsHalves;
            t.convertedGrade = c.convertedGrade;
            t.conversionTable = c.conversionTable;
            t.conversionVersion = c.conversionVersion;
            t.asOf = c.asOf;
            for (const TransferSource& s : c.sources) {
                t.sourceResultIds.append(s.resultId);
            }
            if (!repository.insert(t, error)) {
                return false;
            }
            if (applied) {
                applied->append(t);
            }
        }
    }
    return true;
}

bool TransferService::apply(const QString& studentId, const QString& toInstitution, const QDate& asOf,
                            QList<TransferCredit>* applied, Error* error)
{
    if (!Permissions::allows(m_db.session().user(), Permissions::Action::DecideTransfers, toInstitution)) {
        *error = Error::refused(tr("%1 (%2) cannot record transfers into %3")
                                    .arg(m_db.session().username(), m_db.session().user().role, toInstitution));
        return false;
    }
    // Planned again inside the write transaction: what is applied is what the data says now.
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    StudentTransfers transfers;
    QList<TransferCredit> added;
    if (!load(error) || !plan(studentId, toInstitution, asOf, &transfers, error)
        || !record(transfers.plan, &added, error) || !tx.commit(error)) {
        return false;
    }
    if (applied) {
        *applied = added;
    }
    return true;
}

bool TransferService::reverse(qint64 transferId, const QString& reason, QList<TransferCredit>* reversed, Error* error)
{
    const ChangeReason why(m_db, reason.trimmed());
    TransferCreditRepository repository(m_db);
    Error sqlError;
    const std::optional<TransferCredit> found = repository.findById(transferId, &sqlError);
    if (!found) {
        *error = !sqlError.isSet() ? Error::notFound(tr("no transfer with id %1").arg(transferId)) : sqlError;
        return false;
    }
    if (!Permissions::allows(m_db.session().user(), Permissions::Action::DecideTransfers, found->toInstitution)) {
        *error = Error::refused(tr("%1 (%2) cannot reverse transfers into %3")
                                    .arg(m_db.session().username(), m_db.session().user().role, found->toInstitution));
        return false;
    }
    if (!found->isApplied()) {
        *error = Error::conflict(tr("transfer %1 is already reversed (%2)").arg(transferId).arg(found->reason));
        return false;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    // The rows of one decision (a one-to-many equivalency) are reversed together.
    QList<TransferCredit> done;
    const QList<TransferCredit> all = repository.forStudent(found->studentId, &sqlError);
    for (TransferCredit t : all) {
        if (!t.isApplied() || t.equivalencyId != found->equivalencyId || t.sourceResultIds != found->sourceResultIds) {
            continue;
        }
        if (t.id == found->id) {
            t.rowVersion = found->rowVersion;
        }
        if (!repository.reverse(t, reason, error)) {
            return false;
        }
        done.append(t);
    }
    if (sqlError.isSet() || !tx.commit(error)) {
        if (sqlError.isSet()) {
            *error = sqlError;
        }
        return false;
    }
    if (reversed) {
        *reversed = done;
    }
    return true;
}

bool TransferService::loadEveryone(QList<StudentRecord>* records, QHash<QString, QList<TransferCredit>>* byStudent,
                                   Error* error)
{
    if (!AuditLoader(m_db).loadAll(records, error)) {
        return false;
    }
    Error sqlError;
    const QList<TransferCredit> existing = TransferCreditRepository(m_db).all(&sqlError);
    if (sqlError.isSet()) {
        *error = sqlError;
        return false;
    }
    byStudent->clear();
    for (const TransferCredit& t : existing) {
        (*byStudent)[t.studentId].append(t);
    }
    return true;
}

bool TransferService::planAll(const QDate& asOf, QList<TransferPlan>* plans, Error* error)
{
    plans->clear();
    if (!load(error)) {
        return false;
    }
    QList<StudentRecord> records;
    QHash<QString, QList<TransferCredit>> byStudent;
    if (!loadEveryone(&records, &byStudent, error)) {
        return false;
    }
    const TransferPlanner planner(m_policies, m_courses);
    for (const StudentRecord& r : std::as_const(records)) {
        for (const QString& to : m_policies.institutionCodes()) {
            QString programme;
            int cap = 0;
            if (!capFor(to, r.cohort, &programme, &cap, error)) {
                return false;
            }
            plans->append(planner.plan(r, to, m_current, recordedSet(byStudent.value(r.studentId), to), cap, asOf));
        }
    }
    return true;
}

bool TransferService::applyAllAtSourceTerms(int* applied, Error* error)
{
    *applied = 0;
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    QList<TransferPlan> plans;
    if (!planAll(QDate(), &plans, error)) {
        return false;
    }
    for (const TransferPlan& plan : std::as_const(plans)) {
        QList<TransferCredit> added;
        if (!record(plan, &added, error)) {
            return false;
        }
        *applied += int(added.size());
    }
    if (!tx.commit(error)) {
        return false;
    }
    return true;
}

bool TransferService::impact(const Equivalency& e, const QDate& asOf, QList<Impact>* out, Error* error)
{
    out->clear();
    EquivalencyRepository repository(m_db);
    const QList<Equivalency> versions = repository.history(e.lineageId, error);
    if (error->isSet()) {
        return false;
    }
    std::optional<Equivalency> previous;
    for (const Equivalency& v : versions) {
        if (v.version < e.version) {
            previous = v;
        }
    }
    // A proposal is judged as if it were approved: that is the question it asks.
    Equivalency next = e;
    if (next.status == QLatin1String("proposed")) {
        next.status = QStringLiteral("approved");
    }

    QList<StudentRecord> records;
    QHash<QString, QList<TransferCredit>> byStudent;
    if (!loadEveryone(&records, &byStudent, error)) {
        return false;
    }
    QSet<QString> sourceCodes;
    for (const QString& c : e.fromCodes) {
        sourceCodes.insert(c);
    }
    if (previous) {
        for (const QString& c : previous->fromCodes) {
            sourceCodes.insert(c);
        }
    }

    const TransferPlanner planner(m_policies, m_courses);
    for (const StudentRecord& r : std::as_const(records)) {
        const QList<TransferCredit>& mine = byStudent[r.studentId];
        QList<TransferCredit> decided;
        for (const TransferCredit& t : mine) {
            if (t.isApplied() && t.lineageId == e.lineageId) {
                decided.append(t);
            }
        }
        bool concerned = !decided.isEmpty();
        for (const StudentRecord::Taken& t : r.attempts) {
            concerned = concerned || (t.institution == e.fromInstitution && sourceCodes.contains(t.code));
        }
        if (!concerned) {
            continue;
        }
        QString programme;
        int cap = 0;
        if (!capFor(e.toInstitution, r.cohort, &programme, &cap, error)) {
            return false;
        }
        const TransferPlanner::Recorded others = recordedSet(mine, e.toInstitution, e.lineageId);
        auto single = [&](const Equivalency& version) -> std::optional<TransferCandidate> {
            const TransferPlan p = planner.plan(r, e.toInstitution, {version}, others, cap, asOf);
            if (p.candidates.isEmpty()) {
                return std::nullopt;
            }
            return p.candidates.first();
        };
        const std::optional<TransferCandidate> after = single(next);
        const QString afterGranted = granted(after ? &*after : nullptr);
        QString beforeGranted;
        QString beforeText;
        if (!decided.isEmpty()) {
            QList<TransferTarget> targets;
            int credits = 0;
            for (const TransferCredit& t : std::as_const(decided)) {
                targets.append({t.targetCourseCode, t.targetCategory, t.creditsHalves});
                credits += t.creditsHalves;
            }
            beforeGranted
                = QStringLiteral("%1 %2, %3 credits")
                      .arg(targetsText(targets), decided.first().convertedGrade, Decimal::formatHalves(credits));
            beforeText = QStringLiteral("recorded under version %1: %2")
                             .arg(decided.first().equivalencyVersion)
                             .arg(beforeGranted);
        } else {
            const std::optional<TransferCandidate> before = previous ? single(*previous) : std::nullopt;
            beforeGranted = granted(before ? &*before : nullptr);
            beforeText = outcome(before ? &*before : nullptr);
        }
        // Treated differently: what the student would get changes (a refusal for another reason is no change).
        if (beforeGranted != afterGranted) {
            Impact i;
            i.studentId = r.studentId;
            i.before = beforeText;
            i.after = outcome(after ? &*after : nullptr);
            i.recorded = !decided.isEmpty();
            out->append(i);
        }
    }
    return true;
}

} // namespace dd
