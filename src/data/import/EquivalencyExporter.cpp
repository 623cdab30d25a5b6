// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/EquivalencyExporter.h"

#include "core/text/CsvParser.h"
#include "data/import/EquivalencyImporter.h"
#include "data/repositories/EquivalencyRepository.h"

namespace dd {

QByteArray EquivalencyExporter::toCsv(const QList<Equivalency>& equivalencies)
{
    QByteArray csv = CsvParser::formatRecord(EquivalencyImporter::header());
    for (const Equivalency& e : equivalencies) {
        csv += CsvParser::formatRecord({
            e.fromInstitution,
            e.fromCodes.join(QLatin1Char('+')),
            e.toInstitution,
            e.toSpec(),
            e.status,
            QString::number(e.validFromCohort),
            e.validToCohort > 0 ? QString::number(e.validToCohort) : QString(),
            e.note,
        });
    }
    return csv;
}

bool EquivalencyExporter::exportCurrent(Database& db, QByteArray* csv, Error* error)
{
    Error sqlError;
    const QList<Equivalency> list = EquivalencyRepository(db).current(&sqlError);
    if (sqlError.isSet()) {
        *error = sqlError;
        return false;
    }
    *csv = toCsv(list);
    return true;
}

} // namespace dd
