// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ElmoImporter.h"

#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "sign/XmlSignature.h"

#include <QPair>
#include <QSqlQuery>

#include <algorithm>

namespace dd {

namespace {

/** A name as compared: Unicode NFC, spaces collapsed, case folded. */
QString comparable(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

/** The opportunity a line of the records stands for (line 1 is the first opportunity). */
int opportunityOf(int line)
{
    return line - 1;
}

} // namespace

ElmoImporter::ElmoImporter(Database& db)
    : ResultImporter(QStringLiteral("elmo"), db)
{
    m_writes = Permissions::Action::ImportPartnerRecords;
}

bool ElmoImporter::verifySignature(const QByteArray& bytes, QString* error)
{
    XmlSignature::Inspection inspection;
    QString problem;
    const bool acceptable = XmlSignature::inspect(bytes, &inspection, &problem);
    if (!inspection.wellFormed) {
        *error = problem;
        return false;
    }
    if (!inspection.present) {
        *error = tr("%1; a partner's record is imported only as its institution signed it").arg(problem);
        return false;
    }
    // The key is a partner certificate trusted here; the one the file carries only names the signer.
    Error readError;
    InstitutionKeyRepository keys(m_db);
    QList<QPair<QString, Certificate>> trusted;
    for (const QString& institution : m_policies.institutionCodes()) {
        for (const Certificate& certificate : keys.trusted(institution, &readError)) {
            trusted.append({institution, certificate});
        }
        if (readError.isSet()) {
            *error = readError.message();
            return false;
        }
    }
    const auto isTrusted = [&trusted](const Certificate& c) {
        return std::any_of(trusted.cbegin(), trusted.cend(), [&c](const auto& t) { return t.second == c; });
    };
    const bool namesTrusted = std::any_of(inspection.certificates.cbegin(), inspection.certificates.cend(), isTrusted);
    if (!namesTrusted && !inspection.certificates.isEmpty()) {
        const Certificate& named = inspection.certificates.first();
        *error = tr("signed by %1 (SHA-256 %2), which is not a partner certificate trusted here; an administrator "
                    "trusts the partner's certificate with keys trust --institution CODE FILE.pem")
                     .arg(named.subject(), named.fingerprint());
        return false;
    }
    if (!acceptable) {
        *error = tr("the signature is not acceptable: %1").arg(problem);
        return false;
    }
    QString changedProblem;
    for (const auto& [institution, certificate] : std::as_const(trusted)) {
        QString why;
        if (XmlSignature::verify(bytes, certificate, &why)) {
            m_found.signatureVerified = true;
            m_found.signer = certificate;
            m_found.signerInstitution = institution;
            return true;
        }
        if (inspection.certificates.contains(certificate)) {
            changedProblem = why;
        }
    }
    if (!changedProblem.isEmpty()) {
        *error = tr("%1 (signer %2)").arg(changedProblem, inspection.certificates.first().subject());
        return false;
    }
    *error = tr("the signature does not verify under any partner certificate trusted here (keys trust), and the "
                "file names no certificate");
    return false;
}

QString ElmoImporter::issuerOf(const ElmoRecord& record) const
{
    const QString local = record.issuerIds.value(QStringLiteral("local"));
    const QString schac = record.issuerIds.value(QStringLiteral("schac"));
    for (const QString& code : m_policies.institutionCodes()) {
        const InstitutionPolicy* policy = m_policies.institution(code);
        if ((!local.isEmpty() && local.compare(code, Qt::CaseInsensitive) == 0)
            || (!schac.isEmpty() && schac.compare(policy->exchange().schac, Qt::CaseInsensitive) == 0)) {
            return code;
        }
    }
    return QString();
}

bool ElmoImporter::matchLearner(const ElmoRecord& record, QString* error)
{
    const QString who = QStringLiteral("%1, %2 (born %3)")
                            .arg(record.familyName, record.givenNames, record.birthDate.toString(Qt::ISODate));
    if (record.familyName.isEmpty() || record.givenNames.isEmpty() || !record.birthDate.isValid()) {
        *error = tr("the learner has no family name, given names or birth date to be matched by");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    Error sqlError;
    if (!Sql::run(q,
                  QStringLiteral("SELECT student_id, family_name, given_name, coalesce(cqupt_no, ''),"
                                 " coalesce(ruts_no, '') FROM students WHERE date_of_birth = ? ORDER BY student_id"),
                  {record.birthDate.toString(Qt::ISODate)}, &sqlError)) {
        *error = sqlError.message();
        return false;
    }
    const QString cquptNo = record.learnerIds.value(QStringLiteral("cqupt-no"));
    const QString rutsNo = record.learnerIds.value(QStringLiteral("ruts-no"));
    QStringList matches;
    QStringList ruledOut;
    while (q.next()) {
        if (comparable(q.value(1).toString()) != comparable(record.familyName)
            || comparable(q.value(2).toString()) != comparable(record.givenNames)) {
            continue;
        }
        const QString id = q.value(0).toString();
        const auto differs = [](const QString& inFile, const QString& stored) {
            return !inFile.isEmpty() && !stored.isEmpty() && inFile != stored;
        };
        if (differs(cquptNo, q.value(3).toString()) || differs(rutsNo, q.value(4).toString())) {
            ruledOut << id;
            continue;
        }
        matches << id;
        m_found.studentName = QStringLiteral("%1 %2").arg(q.value(2).toString(), q.value(1).toString());
    }
    if (matches.size() == 1) {
        m_found.studentId = matches.first();
        return true;
    }
    if (matches.size() > 1) {
        *error = tr("the learner %1 matches %2 students (%3); the record is not imported until one of them has the "
                    "student numbers the file gives")
                     .arg(who)
                     .arg(matches.size())
                     .arg(matches.join(QStringLiteral(", ")));
        return false;
    }
    *error = ruledOut.isEmpty()
        ? tr("no student here is the learner %1 (family name, given names and birth date)").arg(who)
        : tr("the learner %1 has other student numbers than %2 here (file: CQUPT %3, RUTS %4)")
              .arg(who, ruledOut.join(QStringLiteral(", ")), cquptNo.isEmpty() ? QStringLiteral("-") : cquptNo,
                   rutsNo.isEmpty() ? QStringLiteral("-") : rutsNo);
    return false;
}

bool ElmoImporter::parse(const QByteArray& bytes, QList<CsvParser::Record>* records, QString* error)
{
    m_found = Found();
    if (m_skipSignature && !m_options.dryRun) {
        *error = tr("a record whose signature was not checked is never imported");
        return false;
    }
    // Nothing in the file is believed before its signature is.
    if (!m_skipSignature && !verifySignature(bytes, error)) {
        return false;
    }
    QString problem;
    if (!ElmoReader::read(bytes, &m_found.record, &problem)) {
        *error = tr("not an ELMO record: %1").arg(problem);
        return false;
    }
    const ElmoRecord& record = m_found.record;
    m_found.issuer = issuerOf(record);
    if (m_found.issuer.isEmpty()) {
        *error = tr("the issuer (%1) is not an institution of this programme")
                     .arg(record.issuerTitles.value(
                         QStringLiteral("en"),
                         record.issuerIds.value(QStringLiteral("schac"), QStringLiteral("unnamed"))));
        if (!m_skipSignature) {
            return false;
        }
    } else if (!m_skipSignature && m_found.issuer != m_found.signerInstitution) {
        *error = tr("the record says it is %1's, but %2's certificate signed it (%3)")
                     .arg(m_found.issuer, m_found.signerInstitution, m_found.signer.subject());
        return false;
    }
    if (!m_skipSignature) {
        // Valid now, and when the record says it was made (a backdated record under a key
        // that has since expired is not taken: the partner exports again under its new key).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString expired = m_found.signer.validityProblem(now);
        if (!expired.isEmpty()) {
            *error = tr("the signer's certificate is not valid now: %1").arg(expired);
            return false;
        }
        if (record.generated.isValid() && record.generated > now.addDays(1)) {
            *error = tr("the record says it was made on %1, which is still to come")
                         .arg(record.generated.toString(Qt::ISODate));
            return false;
        }
        const QString notThen = m_found.signer.validityProblem(record.generated.isValid() ? record.generated : now);
        if (!notThen.isEmpty()) {
            *error = tr("the signer's certificate was not valid when the record was made: %1").arg(notThen);
            return false;
        }
        Error refusal;
        if (!m_db.session().permits(Permissions::Action::ImportPartnerRecords, m_found.issuer, &refusal)) {
            *error = refusal.message();
            return false;
        }
    }
    QString learnerProblem;
    const bool matched = matchLearner(record, &learnerProblem);
    if (!matched) {
        if (!m_found.issuer.isEmpty()) {
            *error = learnerProblem;
            return false;
        }
        *error += QStringLiteral("; ") + learnerProblem;
        return false;
    }
    if (m_found.issuer.isEmpty()) {
        return false;
    }
    if (record.opportunities.isEmpty()) {
        *error = tr("the record holds no course results");
        return false;
    }
    records->append({0, columns()});
    for (int i = 0; i < record.opportunities.size(); ++i) {
        const ElmoRecord::Opportunity& o = record.opportunities.at(i);
        // Fields in the order of columns(): student_id, institution, course_code, term, mark, attempt.
        const QString mark = o.status == QLatin1String("in-progress") ? QString() : o.resultLabel;
        records->append({i + 1, {m_found.studentId, m_found.issuer, o.code, o.term, mark, o.attempt}});
    }
    return true;
}

QString ElmoImporter::place(int line) const
{
    const int i = opportunityOf(line);
    if (line <= 0 || i >= m_found.record.opportunities.size()) {
        return QString();
    }
    return tr("course '%1'").arg(m_found.record.opportunities.at(i).code);
}

void ElmoImporter::validateRow(const Row& row)
{
    const int errorsBefore = errorCount();
    ResultImporter::validateRow(row);
    const int i = opportunityOf(row.line());
    if (errorCount() != errorsBefore || i < 0 || i >= m_found.record.opportunities.size()) {
        return;
    }
    // What the record says beside the mark must agree with the catalogue and the scale here.
    const ElmoRecord::Opportunity& o = m_found.record.opportunities.at(i);
    const std::optional<Course> c = course(m_found.issuer, o.code);
    const InstitutionPolicy* policy = m_policies.institution(m_found.issuer);
    if (!c || !policy) {
        return;
    }
    if (!o.creditValue.isEmpty()) {
        const std::optional<qint64> tenths = Decimal::parseScaled(o.creditValue, 1);
        if (!tenths || *tenths != qint64(c->creditsHalves) * 5) {
            error(row, QStringLiteral("credit"),
                  tr("the record gives %1 credits, the %2 catalogue here %3: bring the catalogue up to date first")
                      .arg(o.creditValue, m_found.issuer, Decimal::formatHalves(c->creditsHalves)));
        }
    }
    if (!o.creditScheme.isEmpty() && o.creditScheme.compare(m_found.issuer, Qt::CaseInsensitive) != 0) {
        error(row, QStringLiteral("credit"),
              tr("the credits are in the scheme '%1', not %2's").arg(o.creditScheme, m_found.issuer));
    }
    const QString mark = row.value(QStringLiteral("mark"));
    if (mark.isEmpty() && (o.status == QLatin1String("passed") || o.status == QLatin1String("failed"))) {
        error(row, QStringLiteral("status"), tr("the record says %1 but gives no mark").arg(o.status));
    }
    if (o.status == QLatin1String("in-progress") && !o.resultLabel.isEmpty()) {
        error(row, QStringLiteral("status"),
              tr("the record says in progress but gives the mark %1").arg(o.resultLabel));
    }
    if (!mark.isEmpty()) {
        QString reason;
        const std::optional<Grade> g = policy->grading().classify(mark, c->grading, &reason);
        const QString status = g && g->passed ? QStringLiteral("passed") : QStringLiteral("failed");
        if (g && !o.status.isEmpty() && o.status != status) {
            error(row, QStringLiteral("status"),
                  tr("the record says %1, but %2 is %3 on %4's scale").arg(o.status, mark, status, m_found.issuer));
        }
    }
}

Sql::Assignments ElmoImporter::runDetails() const
{
    if (!m_found.signatureVerified) {
        return {};
    }
    return {{QStringLiteral("signer_fingerprint"), m_found.signer.fingerprint()},
            {QStringLiteral("signer_subject"), m_found.signer.subject()}};
}

} // namespace dd
