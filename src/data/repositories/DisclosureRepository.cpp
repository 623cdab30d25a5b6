// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/DisclosureRepository.h"

#include "core/text/FieldLimits.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

DisclosureRepository::DisclosureRepository(Database& db)
    : m_db(db)
{
}

bool DisclosureRepository::checkRecipientAndPurpose(const QString& recipient, const QString& purpose, Error* error)
{
    QString reason;
    if (!FieldRules::text(recipient, FieldLimits::kRecipientPurpose, FieldRules::TextKind::Line, &reason)) {
        *error = Error::invalid(tr("the recipient %1").arg(reason));
        return false;
    }
    if (!FieldRules::text(purpose, FieldLimits::kRecipientPurpose, FieldRules::TextKind::Line, &reason)) {
        *error = Error::invalid(tr("the purpose %1").arg(reason));
        return false;
    }
    return true;
}

bool DisclosureRepository::record(Disclosure& d, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ExportPersonalData, error)
        || !checkRecipientAndPurpose(d.recipient, d.purpose, error)) {
        return false;
    }
    // Space-delimited with a space at each end, so that one id is found with LIKE '% ID %'.
    const QString records = QLatin1Char(' ') + d.records.join(QLatin1Char(' ')) + QLatin1Char(' ');
    d.recordCount = int(d.records.size());
    d.at = Database::nowUtc();
    d.username = m_db.session().username();
    qint64 id = 0;
    if (!Sql::insert(m_db.connection(), QStringLiteral("disclosures"),
                     {{QStringLiteral("kind"), d.kind},
                      {QStringLiteral("recipient"), d.recipient},
                      {QStringLiteral("purpose"), d.purpose},
                      {QStringLiteral("records"), records},
                      {QStringLiteral("record_count"), d.recordCount},
                      {QStringLiteral("file_name"), d.fileName},
                      {QStringLiteral("disclosed_by"), m_db.session().userId()},
                      {QStringLiteral("disclosed_at"), d.at}},
                     &id, error)) {
        *error = error->withMessage(tr("cannot record the disclosure: %1").arg(error->message()));
        return false;
    }
    d.id = id;
    return true;
}

QList<Disclosure> DisclosureRepository::list(const QString& studentId, int limit, Error* error) const
{
    QList<Disclosure> out;
    QSqlQuery q(m_db.connection());
    QString sql
        = QStringLiteral("SELECT d.id, d.kind, d.recipient, d.purpose, d.records, d.record_count, d.file_name,"
                         " u.username, d.disclosed_at FROM disclosures d JOIN users u ON u.id = d.disclosed_by");
    QVariantList values;
    if (!studentId.isEmpty()) {
        sql += QStringLiteral(" WHERE d.records LIKE ?");
        values << QString(QStringLiteral("% ") + studentId + QStringLiteral(" %"));
    }
    sql += QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
    values << limit;
    if (!Sql::run(q, sql, values, error)) {
        return out;
    }
    while (q.next()) {
        Disclosure d;
        d.id = q.value(0).toLongLong();
        d.kind = q.value(1).toString();
        d.recipient = q.value(2).toString();
        d.purpose = q.value(3).toString();
        d.records = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        d.recordCount = q.value(5).toInt();
        d.fileName = q.value(6).toString();
        d.username = q.value(7).toString();
        d.at = q.value(8).toString();
        out.append(d);
    }
    return out;
}

} // namespace dd
