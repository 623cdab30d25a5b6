// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/StudentRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QRegularExpression>

namespace dd {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, student_id, cqupt_no, ruts_no, family_name, given_name, name_zh, name_th, date_of_birth,"
    " nationality, passport_no, email, cohort, status, row_version, national_id FROM students");

Student readStudent(const QSqlQuery& q)
{
    Student s;
    s.id = q.value(0).toLongLong();
    s.studentId = q.value(1).toString();
    s.cquptNo = q.value(2).toString();
    s.rutsNo = q.value(3).toString();
    s.familyName = q.value(4).toString();
    s.givenName = q.value(5).toString();
    s.nameZh = q.value(6).toString();
    s.nameTh = q.value(7).toString();
    s.dateOfBirth = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    s.nationality = q.value(9).toString();
    s.passportNo = q.value(10).toString();
    s.email = q.value(11).toString();
    s.cohort = q.value(12).toInt();
    s.status = q.value(13).toString();
    s.rowVersion = q.value(14).toInt();
    s.nationalId = q.value(15).toString();
    return s;
}

Sql::Assignments fields(const Student& s)
{
    return {
        {QStringLiteral("student_id"), s.studentId},
        {QStringLiteral("cqupt_no"), Sql::nullIfEmpty(s.cquptNo)},
        {QStringLiteral("ruts_no"), Sql::nullIfEmpty(s.rutsNo)},
        {QStringLiteral("family_name"), s.familyName},
        {QStringLiteral("given_name"), s.givenName},
        {QStringLiteral("name_zh"), s.nameZh},
        {QStringLiteral("name_th"), s.nameTh},
        {QStringLiteral("date_of_birth"), s.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("nationality"), s.nationality},
        {QStringLiteral("passport_no"), s.passportNo},
        {QStringLiteral("national_id"), s.nationalId},
        {QStringLiteral("email"), s.email},
        {QStringLiteral("cohort"), s.cohort},
        {QStringLiteral("status"), s.status},
    };
}

} // namespace

StudentRepository::StudentRepository(Database& db)
    : m_db(db)
{
}

std::optional<Student> StudentRepository::find(const QString& studentId, Error* error) const
{
    QSqlQuery* q = Sql::runCached(m_db, kSelect + QStringLiteral(" WHERE student_id = ?"), {studentId}, error);
    if (!q || !q->next()) {
        return std::nullopt;
    }
    const Student s = masked(readStudent(*q));
    q->finish();
    return s;
}

QList<Student> StudentRepository::all(Error* error) const
{
    QList<Student> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Sql::run(q, kSelect + QStringLiteral(" ORDER BY student_id"), {}, error)) {
        while (q.next()) {
            out.append(masked(readStudent(q)));
        }
    }
    return out;
}

namespace {

// The WHERE clause of a search and its bound values. An empty text matches everyone;
// otherwise every word typed must be found, in any order ("Thitima Nuchnoi" finds
// NUCHNOI Thitima). A word of three characters or more is looked up in the trigram
// index (a phrase of trigrams is a substring, in any script, case folded); one or two
// are compared with LIKE, row by row. A PostgreSQL database has no such index: ILIKE there.
QString searchWhere(const QString& text, int cohort, bool server, QVariantList* values)
{
    QString where = QStringLiteral(" WHERE (? = 0 OR cohort = ?)");
    *values << cohort << cohort;
    // Control, format and non-text characters separate words like spaces: a search never fails on them.
    static const QRegularExpression space(QStringLiteral("[\\s\\p{Cc}\\p{Cf}\\x{fdd0}-\\x{fdef}\\x{fffe}\\x{ffff}]+"));
    const QStringList words = text.trimmed().split(space, Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word.size() >= 3 && !server) {
            where += QStringLiteral(" AND id IN (SELECT rowid FROM student_search WHERE student_search MATCH ?)");
            *values << QStringLiteral("\"%1\"").arg(word.replace(QLatin1Char('"'), QStringLiteral("\"\"")));
            continue;
        }
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('%'), QLatin1String("\\%"));
        word.replace(QLatin1Char('_'), QLatin1String("\\_"));
        word = QLatin1Char('%') + word + QLatin1Char('%');
        const QString like = server ? QStringLiteral(" ILIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'");
        where += QStringLiteral(" AND (student_id") + like + QStringLiteral(" OR cqupt_no") + like
            + QStringLiteral(" OR ruts_no") + like + QStringLiteral(" OR family_name") + like
            + QStringLiteral(" OR given_name") + like + QStringLiteral(" OR name_zh") + like
            + QStringLiteral(" OR name_th") + like + QLatin1Char(')');
        for (int i = 0; i < 7; ++i) {
            *values << word;
        }
    }
    return where;
}

QString sortColumn(StudentRepository::SortKey key)
{
    switch (key) {
    case StudentRepository::SortKey::StudentId:
        return QStringLiteral("student_id");
    case StudentRepository::SortKey::FamilyName:
        return QStringLiteral("family_name");
    case StudentRepository::SortKey::GivenName:
        return QStringLiteral("given_name");
    case StudentRepository::SortKey::NativeName:
        return QStringLiteral("coalesce(nullif(name_zh, ''), name_th)");
    case StudentRepository::SortKey::CquptNo:
        return QStringLiteral("cqupt_no");
    case StudentRepository::SortKey::RutsNo:
        return QStringLiteral("ruts_no");
    case StudentRepository::SortKey::Nationality:
        return QStringLiteral("nationality");
    case StudentRepository::SortKey::Cohort:
        return QStringLiteral("cohort");
    case StudentRepository::SortKey::Status:
        return QStringLiteral("status");
    }
    return QStringLiteral("student_id");
}

} // namespace

QList<Student> StudentRepository::search(const QString& text, int cohort, Error* error) const
{
    return searchPage(text, cohort, SortKey::StudentId, true, 0, -1, error);
}

QList<Student> StudentRepository::searchPage(const QString& text, int cohort, SortKey key, bool ascending, int offset,
                                             int limit, Error* error) const
{
    QList<Student> out;
    QVariantList values;
    // The text is bound; only the fixed column names above are spliced in.
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql = kSelect + searchWhere(text, cohort, m_db.dialect() == Database::Dialect::PostgreSQL, &values)
        + QStringLiteral(" ORDER BY ") + sortColumn(key) + direction + QStringLiteral(", student_id") + direction
        + QStringLiteral(" LIMIT ? OFFSET ?");
    // No limit: -1 to SQLite, NULL to PostgreSQL (which refuses a negative one).
    const bool unlimited = limit < 0 && m_db.dialect() == Database::Dialect::PostgreSQL;
    values << (unlimited ? QVariant(QMetaType::fromType<int>()) : QVariant(limit)) << offset;
    QSqlQuery* q = Sql::runCached(m_db, sql, values, error);
    if (q) {
        while (q->next()) {
            out.append(masked(readStudent(*q)));
        }
        q->finish();
    }
    return out;
}

int StudentRepository::searchCount(const QString& text, int cohort, Error* error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM students")
        + searchWhere(text, cohort, m_db.dialect() == Database::Dialect::PostgreSQL, &values);
    QSqlQuery* q = Sql::runCached(m_db, sql, values, error);
    int n = 0;
    if (q && q->next()) {
        n = q->value(0).toInt();
        q->finish();
    }
    return n;
}

QList<int> StudentRepository::cohorts(Error* error) const
{
    QList<int> out;
    QSqlQuery q(m_db.connection());
    if (Sql::run(q, QStringLiteral("SELECT DISTINCT cohort FROM students ORDER BY cohort"), {}, error)) {
        while (q.next()) {
            out << q.value(0).toInt();
        }
    }
    return out;
}

int StudentRepository::count(Error* error) const
{
    QVariant v;
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM students"), {}, &v, error) ? v.toInt()
                                                                                                          : -1;
}

Student StudentRepository::masked(Student s) const
{
    if (!Permissions::allows(m_db.session().user(), Permissions::Action::ReadPersonalDetails)) {
        s.passportNo = maskedText();
        s.nationalId = s.nationalId.isEmpty() ? QString() : maskedText();
        s.dateOfBirth = QDate();
    }
    return s;
}

QString StudentRepository::maskedText()
{
    return Permissions::maskedText();
}

bool StudentRepository::insert(Student& student, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditStudents, error)) {
        return false;
    }
    Sql::Assignments f = fields(student);
    Sql::stampCreated(f, m_db.session().userId());
    if (!Sql::insert(m_db.connection(), QStringLiteral("students"), f, &student.id, error)) {
        *error = error->withMessage(tr("cannot add student %1: %2").arg(student.studentId, error->message()));
        return false;
    }
    student.rowVersion = 1;
    return true;
}

bool StudentRepository::insertAll(const QList<Student>& students, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditStudents, error)) {
        return false;
    }
    QList<Sql::Assignments> rows;
    rows.reserve(students.size());
    for (const Student& record : students) {
        Sql::Assignments f = fields(record);
        Sql::stampCreated(f, m_db.session().userId());
        rows.append(f);
    }
    if (!Sql::insertAll(m_db, QStringLiteral("students"), rows, error)) {
        *error = error->withMessage(tr("cannot add the students: %1").arg(error->message()));
        return false;
    }
    return true;
}

bool StudentRepository::update(Student& student, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditStudents, error)) {
        return false;
    }
    Sql::Assignments f = fields(student);
    Sql::stampUpdated(f, m_db.session().userId());
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("students"), student.id, student.rowVersion, f,
                              error)) {
        *error = error->withMessage(tr("cannot save student %1: %2").arg(student.studentId, error->message()));
        return false;
    }
    ++student.rowVersion;
    return true;
}

bool StudentRepository::holdings(const Student& student, Holdings* out, Error* error) const
{
    QList<int> n;
    if (!Sql::countReferences(m_db.connection(),
                              {{QStringLiteral("results"), QStringLiteral("student_ref")},
                               {QStringLiteral("transfer_credits"), QStringLiteral("student_ref")},
                               {QStringLiteral("exceptions"), QStringLiteral("student_ref")},
                               {QStringLiteral("milestones"), QStringLiteral("student_ref")},
                               {QStringLiteral("transcript_issues"), QStringLiteral("student_ref")}},
                              student.id, &n, error)) {
        return false;
    }
    *out = Holdings {n[0], n[1], n[2], n[3], n[4]};
    return true;
}

bool StudentRepository::remove(const Student& student, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::DeleteStudents, error)) {
        return false;
    }
    Holdings held;
    if (!holdings(student, &held, error)) {
        return false;
    }
    if (held.any()) {
        *error
            = Error::refused(tr("cannot delete student %1: %2 results, %3 transfers, %4 exceptions, %5 milestones and"
                                " %6 transcripts refer to it")
                                 .arg(student.studentId)
                                 .arg(held.results)
                                 .arg(held.transfers)
                                 .arg(held.exceptions)
                                 .arg(held.milestones)
                                 .arg(held.transcripts));
        return false;
    }
    if (!Sql::removeVersioned(m_db.connection(), QStringLiteral("students"), student.id, student.rowVersion, error)) {
        *error = error->withMessage(tr("cannot delete student %1: %2").arg(student.studentId, error->message()));
        return false;
    }
    return true;
}

QList<Student> StudentRepository::cohort(int cohort, Error* error) const
{
    const QList<Student> students = search(QString(), cohort, error);
    if (!error->isSet() && students.isEmpty()) {
        *error = Error::notFound(tr("no students in cohort %1").arg(cohort));
    }
    return students;
}

} // namespace dd
