// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/EquivalencyImporter.h"

#include "core/text/FieldLimits.h"

#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/EquivalencyRepository.h"

namespace dd {

namespace {

const QStringList kStatuses
    = {QStringLiteral("proposed"), QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("retired")};

} // namespace

EquivalencyImporter::EquivalencyImporter(Database& db)
    : Importer(QStringLiteral("equivalencies"), db)
{
}

QStringList EquivalencyImporter::columns() const
{
    return header();
}

QStringList EquivalencyImporter::header()
{
    return {QStringLiteral("from_institution"), QStringLiteral("from_codes"), QStringLiteral("to_institution"),
            QStringLiteral("to_codes"),         QStringLiteral("status"),     QStringLiteral("valid_from_cohort"),
            QStringLiteral("valid_to_cohort"),  QStringLiteral("note")};
}

bool EquivalencyImporter::courseExists(const QString& institution, const QString& code)
{
    const QString key = institution + QLatin1Char(':') + code;
    const auto it = m_courses.constFind(key);
    if (it != m_courses.cend()) {
        return it.value();
    }
    Error sqlError;
    const bool exists = CourseRepository(m_db).find(institution, code, &sqlError).has_value();
    if (sqlError.isSet()) {
        error(0, QString(), QStringLiteral("the catalogue cannot be read: %1").arg(sqlError.message()));
    }
    m_courses.insert(key, exists);
    return exists;
}

void EquivalencyImporter::validateRow(const Row& row)
{
    const int errorsBefore = errorCount();
    Equivalency e;
    QString reason;
    const InstitutionPolicy* from = institution(row, QStringLiteral("from_institution"));
    const InstitutionPolicy* to = institution(row, QStringLiteral("to_institution"));
    e.fromInstitution = row.value(QStringLiteral("from_institution"));
    e.toInstitution = row.value(QStringLiteral("to_institution"));
    if (from && to && from == to) {
        error(row, QStringLiteral("to_institution"), QStringLiteral("an equivalency links two different institutions"));
    }

    const QString fromCodes = required(row, QStringLiteral("from_codes"));
    for (const QString& part : fromCodes.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (from && !courseExists(e.fromInstitution, code)) {
            error(row, QStringLiteral("from_codes"),
                  QStringLiteral("unknown course code %1 at %2").arg(code, e.fromInstitution));
        }
        if (e.fromCodes.contains(code)) {
            error(row, QStringLiteral("from_codes"), QStringLiteral("%1 is named twice").arg(code));
        }
        e.fromCodes.append(code);
    }

    const QString toCodes = required(row, QStringLiteral("to_codes"));
    if (toCodes.contains(QLatin1Char(':'))) {
        // Block credit in a category: CATEGORY:credits
        e.blockCategory = toCodes.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString credits = toCodes.section(QLatin1Char(':'), 1).trimmed();
        if (to && !to->hasCategory(e.blockCategory)) {
            error(row, QStringLiteral("to_codes"),
                  QStringLiteral("'%1' is not a %2 category (expected %3)")
                      .arg(e.blockCategory, e.toInstitution, to->categoryCodes().join(QStringLiteral(", "))));
        }
        const std::optional<int> halves = FieldRules::creditsHalves(credits, &reason);
        if (!halves || *halves == 0) {
            error(row, QStringLiteral("to_codes"),
                  QStringLiteral("block credit must be CATEGORY:credits with credits above 0, e.g. FE:3 (%1)")
                      .arg(reason.isEmpty() ? credits : reason));
        } else {
            e.blockCreditsHalves = *halves;
        }
    } else {
        for (const QString& part : toCodes.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
            const QString code = part.trimmed();
            if (to && !courseExists(e.toInstitution, code)) {
                error(row, QStringLiteral("to_codes"),
                      QStringLiteral("unknown course code %1 at %2").arg(code, e.toInstitution));
            }
            if (e.toCodes.contains(code)) {
                error(row, QStringLiteral("to_codes"), QStringLiteral("%1 is named twice").arg(code));
            }
            e.toCodes.append(code);
        }
    }

    e.status = required(row, QStringLiteral("status"));
    if (!e.status.isEmpty() && !kStatuses.contains(e.status)) {
        error(row, QStringLiteral("status"),
              QStringLiteral("'%1' is not a status (expected %2)").arg(e.status, kStatuses.join(QStringLiteral(", "))));
    }
    const QString validFrom = required(row, QStringLiteral("valid_from_cohort"));
    if (!validFrom.isEmpty()) {
        const std::optional<int> y = FieldRules::year(validFrom, &reason);
        if (!y) {
            error(row, QStringLiteral("valid_from_cohort"), reason);
        } else {
            e.validFromCohort = *y;
        }
    }
    const QString validTo = row.value(QStringLiteral("valid_to_cohort"));
    if (!validTo.isEmpty()) {
        const std::optional<int> y = FieldRules::year(validTo, &reason);
        if (!y) {
            error(row, QStringLiteral("valid_to_cohort"), reason);
        } else if (e.validFromCohort > 0 && *y < e.validFromCohort) {
            error(row, QStringLiteral("valid_to_cohort"),
                  QStringLiteral("%1 is before valid_from_cohort %2").arg(*y).arg(e.validFromCohort));
        } else {
            e.validToCohort = *y;
        }
    }
    e.note = typedText(row, QStringLiteral("note"), FieldLimits::kNote, FieldRules::TextKind::Paragraph);

    if (from && to && errorCount() == errorsBefore && e.status != QLatin1String("proposed")) {
        if (!m_rules) {
            m_rules = std::make_unique<TransferService>(m_db);
            Error loadError;
            if (!m_rules->load(&loadError)) {
                error(row, QString(), loadError.message());
                return;
            }
        }
        if (!Permissions::allows(m_db.session().user(), Permissions::Action::DecideTransfers, e.toInstitution)) {
            error(row, QStringLiteral("status"),
                  QStringLiteral("%1 (%2) cannot record a decision for %3: the receiving institution's side decides")
                      .arg(m_db.session().username(), m_db.session().user().role, e.toInstitution));
        } else if (e.status == QLatin1String("approved") && !e.isBlockCredit()) {
            const TransferPlanner::CreditCheck check = m_rules->checkCredits(e);
            if (!check.approvable) {
                error(row, QStringLiteral("to_codes"),
                      QStringLiteral("cannot be approved as a full equivalent: %1").arg(check.detail));
            }
        }
    }

    const QString key = e.key();
    if (m_seen.contains(key)) {
        error(row, QString(), QStringLiteral("the same equivalency is also on line %1").arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());
    if (!from || !to) {
        return;
    }
    Error sqlError;
    const std::optional<Equivalency> latest = EquivalencyRepository(m_db).latest(key, &sqlError);
    if (sqlError.isSet()) {
        error(row, QString(), sqlError.message());
        return;
    }
    const QString what
        = QStringLiteral("equivalency %1 %2 -> %3 %4 (%5)")
              .arg(e.fromInstitution, e.fromCodes.join(QLatin1Char('+')), e.toInstitution, e.toSpec(), e.status);
    if (!latest) {
        m_versions.append(e);
        planInsert(what);
    } else if (latest->sameDecision(e)) {
        planUnchanged();
    } else {
        m_versions.append(e);
        planUpdate(QStringLiteral("%1 as version %2").arg(what).arg(latest->version + 1));
    }
}

bool EquivalencyImporter::apply(Error* error)
{
    EquivalencyRepository equivalencies(m_db);
    for (Equivalency& e : m_versions) {
        if (!equivalencies.addVersion(e, error)) {
            return false;
        }
    }
    return true;
}

} // namespace dd
