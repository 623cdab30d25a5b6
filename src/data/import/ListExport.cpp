// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ListExport.h"

#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/files/OutputFile.h"
#include "data/import/CourseImporter.h"
#include "data/import/EquivalencyImporter.h"
#include "data/import/ResultImporter.h"
#include "data/import/StudentImporter.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/DisclosedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace dd {

namespace {

using Type = Table::Type;

bool students(Database& db, const ListExport::Request& request, Table* t, QStringList* ids, Error* error)
{
    const StudentImporter importer(db);
    t->headers = importer.columns() + importer.optionalColumns();
    t->types = {Type::Text, Type::Text, Type::Text, Type::Text, Type::Text,   Type::Text, Type::Text,
                Type::Date, Type::Text, Type::Text, Type::Text, Type::Number, Type::Text, Type::Text};
    Error readError;
    const QList<Student> all = request.cohort != 0 ? StudentRepository(db).cohort(request.cohort, &readError)
                                                   : StudentRepository(db).all(&readError);
    if (readError.isSet()) {
        *error = readError;
        return false;
    }
    for (const Student& s : all) {
        *ids << s.studentId;
        t->rows << QStringList {s.studentId,   s.cquptNo,    s.rutsNo, s.familyName,
                                s.givenName,   s.nameZh,     s.nameTh, s.dateOfBirth.toString(Qt::ISODate),
                                s.nationality, s.passportNo, s.email,  QString::number(s.cohort),
                                s.status,      s.nationalId};
    }
    return true;
}

bool courses(Database& db, const ListExport::Request& request, Table* t, Error* error)
{
    CourseImporter importer(db);
    t->headers = importer.columns() + importer.optionalColumns();
    t->types = {Type::Text,   Type::Text,   Type::Text,   Type::Text, Type::Text, Type::Number,
                Type::Number, Type::Number, Type::Number, Type::Text, Type::Text, Type::Text};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT institution, code, title_en, title_zh, title_th, credits, lecture_hours,"
                                 " lab_hours, self_study_hours, category, grading, offered FROM courses"
                                 " WHERE (? = '' OR institution = ?) ORDER BY institution, code"),
                  {request.institution, request.institution}, error)) {
        return false;
    }
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < 12; ++c) {
            row << q.value(c).toString();
        }
        // Written as the import reads them (2.5, 3).
        row[5] = Decimal::formatHalves(Sql::creditsHalves(q.value(5)));
        t->rows << row;
    }
    return true;
}

bool results(Database& db, const ListExport::Request& request, Table* t, QStringList* ids, Error* error)
{
    t->headers = ResultImporter(db).columns();
    t->types = {Type::Text, Type::Text, Type::Text, Type::Text, Type::Number, Type::Text};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT s.student_id, c.institution, c.code, t.code, r.mark, r.attempt"
                                 " FROM results r JOIN students s ON s.id = r.student_ref"
                                 " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                                 " WHERE (? = 0 OR s.cohort = ?) AND (? = '' OR c.institution = ?)"
                                 " ORDER BY s.student_id, t.start_date, c.institution, c.code, r.id"),
                  {request.cohort, request.cohort, request.institution, request.institution}, error)) {
        return false;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (ids->isEmpty() || ids->last() != id) {
            *ids << id;
        }
        t->rows << QStringList {id,
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toString()};
    }
    return true;
}

bool equivalencies(Database& db, Table* t, Error* error)
{
    t->headers = EquivalencyImporter::header();
    t->types = {Type::Text, Type::Text, Type::Text, Type::Text, Type::Text, Type::Number, Type::Number, Type::Text};
    Error readError;
    const QList<Equivalency> list = EquivalencyRepository(db).current(&readError);
    if (readError.isSet()) {
        *error = readError;
        return false;
    }
    for (const Equivalency& e : list) {
        t->rows << QStringList {e.fromInstitution,
                                e.fromCodes.join(QLatin1Char('+')),
                                e.toInstitution,
                                e.toSpec(),
                                e.status,
                                QString::number(e.validFromCohort),
                                e.validToCohort > 0 ? QString::number(e.validToCohort) : QString(),
                                e.note};
    }
    return true;
}

} // namespace

QStringList ListExport::names()
{
    return {QStringLiteral("students"), QStringLiteral("courses"), QStringLiteral("results"),
            QStringLiteral("equivalencies")};
}

std::optional<ListExport::Kind> ListExport::kindOf(const QString& name)
{
    const int i = int(names().indexOf(name));
    return i < 0 ? std::nullopt : std::optional<Kind>(Kind(i));
}

QString ListExport::nameOf(Kind kind)
{
    return names().at(int(kind));
}

bool ListExport::table(Database& db, const Request& request, Table* table, QStringList* students, Error* error)
{
    *table = Table();
    table->sheet = nameOf(request.kind);
    switch (request.kind) {
    case Kind::Students:
        return ::dd::students(db, request, table, students, error);
    case Kind::Courses:
        return courses(db, request, table, error);
    case Kind::Results:
        return results(db, request, table, students, error);
    case Kind::Equivalencies:
        return equivalencies(db, table, error);
    }
    return false;
}

bool ListExport::writeTable(Database& db, const Table& table, const QString& kind, const QString& path,
                            const QStringList& students, const QString& recipient, const QString& purpose, Error* error)
{
    Disclosure released;
    const bool personal = !students.isEmpty();
    if (personal) {
        released.recipient = recipient.trimmed();
        released.purpose = purpose.trimmed();
        if (released.recipient.isEmpty() || released.purpose.isEmpty()) {
            *error = Error::invalid(tr("personal data leaves only for a named recipient and purpose, recorded in the"
                                       " disclosure log"));
            return false;
        }
        if (!db.session().permits(Permissions::Action::ExportPersonalData, error)
            || !DisclosureRepository::checkRecipientAndPurpose(released.recipient, released.purpose, error)) {
            return false;
        }
    }
    QString format;
    if (!OutputFile::checkTarget(path, error) || !TableFile::formatOf(path, &format, error)) {
        return false;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = TableFile::csv(table);
    } else if (!TableFile::xlsx(table, &bytes, error)) {
        return false;
    }
    if (!personal) {
        return OutputFile::write(path, bytes, error);
    }
    released.kind = QStringLiteral("%1.%2").arg(kind, format);
    released.records = students;
    return DisclosedFile::write(db, released, path, bytes, error);
}

bool ListExport::write(Database& db, const Request& request, const QString& path, int* rows, Error* error)
{
    // Who may, and for whom, is asked before anything is read.
    if (personal(request.kind) && (request.recipient.trimmed().isEmpty() || request.purpose.trimmed().isEmpty())) {
        *error = Error::invalid(tr("personal data leaves only for a named recipient and purpose, recorded in the"
                                   " disclosure log"));
        return false;
    }
    if (personal(request.kind) && !db.session().permits(Permissions::Action::ExportPersonalData, error)) {
        return false;
    }
    Table list;
    QStringList students;
    if (!table(db, request, &list, &students, error)) {
        return false;
    }
    *rows = int(list.rows.size());
    if (personal(request.kind) && students.isEmpty()) {
        // Nobody is named: nothing personal leaves, but the empty list is still the one asked for.
        return writeTable(db, list, nameOf(request.kind), path, {}, QString(), QString(), error);
    }
    return writeTable(db, list, nameOf(request.kind), path, students, request.recipient, request.purpose, error);
}

} // namespace dd
