// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/CohortListFile.h"

#include "core/policy/PolicySet.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/files/TableFile.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/services/DisclosedFile.h"
#include "report/CohortListDocument.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

bool CohortListFile::write(Database& db, const Request& request, const QString& path, CohortLists::List* list,
                           Error* error)
{
    if (request.format != QLatin1String("pdf") && request.format != QLatin1String("xlsx")
        && request.format != QLatin1String("csv")) {
        *error = Error::invalid(tr("a list is written as pdf, xlsx or csv, not '%1'").arg(request.format));
        return false;
    }
    if (!db.session().permits(Permissions::Action::ExportPersonalData, error) || !OutputFile::checkTarget(path, error)
        || !CohortLists::build(db, request.kind, request.cohort, request.institution, list, error)) {
        return false;
    }
    const QString name = CohortLists::nameOf(request.kind);
    QByteArray bytes;
    if (request.format == QLatin1String("pdf")) {
        PolicySet policies;
        if (!PolicyRepository(db).load(&policies, error)
            || !CohortListDocument::writePdf(*list, *policies.institution(request.institution), QDate::currentDate(),
                                             &bytes, error)) {
            return false;
        }
    } else if (request.format == QLatin1String("csv")) {
        bytes = TableFile::csv(CohortLists::table(*list));
    } else if (!TableFile::xlsx(CohortLists::table(*list), &bytes, error)) {
        return false;
    }
    Disclosure d;
    d.kind = QStringLiteral("report %1 %2").arg(name, request.institution);
    d.recipient = !request.recipient.trimmed().isEmpty() ? request.recipient.trimmed()
        : request.kind == CohortLists::Kind::Degree ? QStringLiteral("%1 degree committee").arg(request.institution)
                                                    : QStringLiteral("%1 graduation office").arg(request.institution);
    d.purpose = !request.purpose.trimmed().isEmpty()
        ? request.purpose.trimmed()
        : QStringLiteral("%1 list of cohort %2").arg(name).arg(request.cohort);
    for (const CohortLists::Line& l : std::as_const(list->lines)) {
        d.records << l.studentId;
    }
    if (!DisclosureRepository::checkRecipientAndPurpose(d.recipient, d.purpose, error)) {
        return false;
    }
    return DisclosedFile::write(db, d, path, bytes, error);
}

} // namespace dd
