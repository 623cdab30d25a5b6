// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two people on one database: stale saves are refused, never silently applied,
// and two imports at once queue or fail whole. Runs on files and on the server.

#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/import/Importers.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <random>

using namespace dd;

namespace {

/** One record both editors work on: a student's e-mail, a course title or a CQUPT mark. */
struct Target
{
    enum Kind { StudentEmail, CourseTitle, Mark } kind;
    QString key; // student id, or course code, or "student|course|term"
};

/** What one editor holds between reading and saving. */
struct Held
{
    std::optional<Student> student;
    std::optional<Course> course;
    std::optional<CourseResult> result;
};

Held read(Database& db, const Target& t)
{
    Error error;
    Held h;
    switch (t.kind) {
    case Target::StudentEmail:
        h.student = StudentRepository(db).find(t.key, &error);
        REQUIRE(h.student);
        break;
    case Target::CourseTitle:
        h.course = CourseRepository(db).find(QStringLiteral("CQUPT"), t.key, &error);
        REQUIRE(h.course);
        break;
    case Target::Mark: {
        const QStringList k = t.key.split(QLatin1Char('|'));
        h.result
            = ResultRepository(db).find(k.at(0), QStringLiteral("CQUPT"), k.at(1), k.at(2), Attempt::Regular, &error);
        REQUIRE(h.result);
        break;
    }
    }
    return h;
}

QString valueOf(const Held& h)
{
    if (h.student) {
        return h.student->email;
    }
    if (h.course) {
        return h.course->titleEn;
    }
    return h.result->mark;
}

/** Saves \a value over what \a h holds; false when refused. A refusal must be a conflict. */
bool save(Database& db, Held& h, const QString& value, bool* conflict)
{
    Error error;
    bool ok = false;
    if (h.student) {
        h.student->email = value;
        ok = StudentRepository(db).update(*h.student, &error);
    } else if (h.course) {
        h.course->titleEn = value;
        ok = CourseRepository(db).update(*h.course, &error);
    } else {
        ok = ResultRepository(db).changeMark(*h.result, value, QStringLiteral("interleaving test"), &error);
    }
    *conflict = error.is(Error::Kind::Conflict);
    INFO(error.message().toStdString());
    CHECK((ok || *conflict));
    return ok;
}

QByteArray marksCsv(const QStringList& students, const QString& mark)
{
    QByteArray csv = "student_id,institution,course_code,term,mark,attempt\n";
    for (const QString& s : students) {
        for (const char* course : {"GEN201", "GEN203", "MAJ301"}) {
            csv += s.toUtf8() + ",CQUPT," + course + ",2030-2031-1," + mark.toUtf8() + ",\n";
        }
    }
    return csv;
}

/** An import on its own connection, in its own thread: the outcome and the first error. */
class ImportThread : public QThread
{
public:
    ImportThread(QString path, QByteArray csv, QSemaphore* start)
        : m_path(std::move(path))
        , m_csv(std::move(csv))
        , m_start(start)
    {
    }
    bool ok = false;
    Error error;

protected:
    void run() override
    {
        Database db;
        if (!db.open(m_path, Database::OpenMode::OpenExisting, &error)
            || !DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error)) {
            return;
        }
        std::unique_ptr<Importer> importer = Importers::create(QStringLiteral("results"), db);
        Importer::Options options;
        options.reason = QStringLiteral("re-marked");
        options.backup = false;
        ImportReport report;
        m_start->acquire();
        ok = importer->run(m_csv, QStringLiteral("results.csv"), options, &report);
        if (!ok && !report.errors.isEmpty()) {
            error = Error::invalid(report.errors.first().toString());
        }
    }

private:
    QString m_path;
    QByteArray m_csv;
    QSemaphore* m_start;
};

} // namespace

TEST_CASE("1,000 random two-editor interleavings — every stale save refused, none silently applied", "[concurrency]")
{
    ddtest::TempDatabase t(true);
    Database& a = t.db();
    Database b;
    ddtest::openAsSomeoneElse(b, t.path());

    const QList<Target> targets = {
        {Target::StudentEmail, QStringLiteral("DD2020001")},
        {Target::StudentEmail, QStringLiteral("DD2020002")},
        {Target::CourseTitle, QStringLiteral("GEN201")},
        {Target::CourseTitle, QStringLiteral("MAJ301")},
        {Target::Mark, QStringLiteral("DD2020001|GEN201|2022-2023-1")},
        {Target::Mark, QStringLiteral("DD2020001|MAJ301|2022-2023-1")},
    };
    const unsigned seed = 20261129;
    std::mt19937 random(seed);
    int staleSaves = 0;
    int refused = 0;
    int silentOverwrites = 0;
    int falseConflicts = 0;
    int retried = 0;
    int saves = 0;
    for (int i = 0; i < 1000; ++i) {
        const Target& target = targets.at(int(random() % targets.size()));
        // The four steps in a random order that keeps each editor's read before its save.
        std::vector<int> steps = {0, 0, 1, 1}; // 0 = editor A, 1 = editor B; first step of each reads
        std::shuffle(steps.begin(), steps.end(), random);
        Database* editors[2] = {&a, &b};
        Held held[2];
        bool hasRead[2] = {false, false};
        int readAt[2] = {0, 0};
        int generation = 0; // successful saves in this interleaving
        QString committed = valueOf(read(a, target));
        for (int who : steps) {
            if (!hasRead[who]) {
                held[who] = read(*editors[who], target);
                hasRead[who] = true;
                readAt[who] = generation;
                continue;
            }
            // A value the record cannot already have: marks are CQUPT marks 0-100.
            const QString value = target.kind == Target::Mark
                ? QString::number((i * 2 + who + 1) % 101 == committed.toInt() ? (i * 2 + who + 2) % 101
                                                                               : (i * 2 + who + 1) % 101)
                : QStringLiteral("%1-%2-%3@example.edu").arg(i).arg(who).arg(generation);
            const bool stale = readAt[who] != generation;
            staleSaves += stale ? 1 : 0;
            bool conflict = false;
            ++saves;
            const bool ok = save(*editors[who], held[who], value, &conflict);
            if (ok && stale) {
                ++silentOverwrites;
            }
            if (!ok && !stale) {
                ++falseConflicts;
            }
            if (ok) {
                committed = value;
                ++generation;
            } else {
                ++refused;
                // Half of the refused editors reload and save again, as the conflict dialog offers.
                if (random() % 2 == 0) {
                    ++retried;
                    held[who] = read(*editors[who], target);
                    const QString again = target.kind == Target::Mark
                        ? QString::number((committed.toInt() + 1) % 101)
                        : QStringLiteral("%1-%2-retry@example.edu").arg(i).arg(who);
                    REQUIRE(save(*editors[who], held[who], again, &conflict));
                    committed = again;
                    ++generation;
                }
            }
        }
        // What either editor reads now is the last save that succeeded.
        const QString stored = valueOf(read(b, target));
        if (stored != committed) {
            ++silentOverwrites;
        }
        INFO("seed " << seed << ", interleaving " << i);
        REQUIRE(stored == committed);
    }
    std::printf("%s: 1000 interleavings, %d saves, %d stale, %d refused (%d reloaded and saved again),"
                " %d silent overwrites, %d false conflicts\n",
                ddtest::onServer() ? "PostgreSQL" : "SQLite", saves, staleSaves, refused, retried, silentOverwrites,
                falseConflicts);
    CHECK(staleSaves > 200); // the random orders do put editors in each other's way
    CHECK(refused == staleSaves);
    CHECK(silentOverwrites == 0);
    CHECK(falseConflicts == 0);
}

TEST_CASE("Two imports at once queue one behind the other or fail whole — never half of each", "[concurrency]")
{
    ddtest::TempDatabase t(true);
    QStringList students;
    for (int i = 1; i <= 20; ++i) {
        students << QStringLiteral("DD2021%1").arg(i, 3, 10, QLatin1Char('0'));
    }
    // The term exists in both files; the second import to commit sees the first one's
    // rows and changes their marks (with the reason both give).
    t.db().close();
    for (int round = 0; round < 5; ++round) {
        INFO("round " << round);
        QSemaphore start;
        ImportThread first(t.path(), marksCsv(students, QString::number(70 + round)), &start);
        ImportThread second(t.path(), marksCsv(students, QString::number(80 + round)), &start);
        first.start();
        second.start();
        start.release(2);
        REQUIRE(first.wait(120000));
        REQUIRE(second.wait(120000));
        INFO("first: " << first.error.message().toStdString() << " / second: " << second.error.message().toStdString());
        CHECK((first.ok || second.ok));
        for (const ImportThread* failed : {&first, &second}) {
            if (!failed->ok) {
                // A clean refusal says why; nothing of it was written (checked below).
                CHECK(failed->error.isSet());
            }
        }

        Database check;
        Error error;
        REQUIRE(check.open(t.path(), Database::OpenMode::OpenExisting, &error));
        QSqlQuery q(check.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT r.mark, count(*) FROM results r JOIN terms tm ON tm.id = r.term_ref"
                                      " WHERE tm.code = '2030-2031-1' GROUP BY r.mark")));
        QSet<QString> marks;
        int rows = 0;
        while (q.next()) {
            marks.insert(q.value(0).toString());
            rows += q.value(1).toInt();
        }
        // Every row of the term carries one file's mark: a whole import, never a mix.
        CHECK(rows == students.size() * 3);
        CHECK(marks.size() == 1);
        if (first.ok && second.ok) {
            // Both went through, one after the other: the later one's marks stand.
            CHECK((marks.contains(QString::number(70 + round)) || marks.contains(QString::number(80 + round))));
        } else {
            CHECK(marks.contains(QString::number(first.ok ? 70 + round : 80 + round)));
        }
    }
}
