// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/StudentExporter.h"

#include "data/files/OutputFile.h"

#include "core/text/CsvParser.h"
#include "data/db/Database.h"
#include "data/import/StudentImporter.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/StudentRepository.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

bool StudentExporter::exportStudents(Database& db, int cohort, const QString& path, Disclosure& released, Error* error)
{
    released.recipient = released.recipient.trimmed();
    released.purpose = released.purpose.trimmed();
    if (released.recipient.isEmpty() || released.purpose.isEmpty()) {
        *error = Error::invalid(tr("personal data leaves only for a named recipient and purpose, recorded in the"
                                   " disclosure log"));
        return false;
    }
    if (!db.session().permits(Permissions::Action::ExportPersonalData, error)
        || !DisclosureRepository::checkRecipientAndPurpose(released.recipient, released.purpose, error)
        || !OutputFile::checkTarget(path, error)) {
        return false;
    }
    Error readError;
    const QList<Student> students = StudentRepository(db).all(&readError);
    if (readError.isSet()) {
        *error = readError;
        return false;
    }
    const StudentImporter importer(db);
    QByteArray csv = CsvParser::formatRecord(importer.columns() + importer.optionalColumns());
    released.kind = QStringLiteral("students.csv");
    released.fileName = QFileInfo(path).fileName();
    released.records.clear();
    for (const Student& s : students) {
        if (cohort != 0 && s.cohort != cohort) {
            continue;
        }
        released.records << s.studentId;
        csv += CsvParser::formatRecord({s.studentId, s.cquptNo, s.rutsNo, s.familyName, s.givenName, s.nameZh, s.nameTh,
                                        s.dateOfBirth.toString(Qt::ISODate), s.nationality, s.passportNo, s.email,
                                        QString::number(s.cohort), s.status, s.nationalId});
    }
    Transaction tx(db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    if (!DisclosureRepository(db).record(released, error)) {
        return false;
    }
    if (!OutputFile::write(path, csv, error)) {
        return false;
    }
    if (!tx.commit(error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace dd
