// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/MarkEntryService.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("A mark sheet saves in one transaction, with reasons, and undoes exactly", "[results]")
{
    ddtest::TempDatabase t(true);
    MarkEntryService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    ResultRepository results(t.db());
    const QList<CourseResult> sheet
        = results.forCourse(QStringLiteral("CQUPT"), QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"), &error);
    REQUIRE(sheet.size() >= 2);

    CHECK(service.checkMark(QStringLiteral("CQUPT"), QStringLiteral("GEN201"), QStringLiteral("101"))
              .contains(QStringLiteral("100")));
    CHECK(service.checkMark(QStringLiteral("CQUPT"), QStringLiteral("GEN201"), QStringLiteral("中等")).isEmpty());

    QList<MarkEntryService::Entry> entries = {{sheet.at(0), QStringLiteral("93")}, {sheet.at(1), sheet.at(1).mark}};
    MarkEntryService::Saved saved;
    CHECK_FALSE(service.save(entries, QString(), &saved, &error));
    CHECK(error.message().contains(QStringLiteral("a grade change needs a reason")));

    // An invalid mark anywhere stops the whole sheet before anything is written.
    CourseResult makeup = sheet.at(1);
    makeup.id = 0;
    makeup.attempt = Attempt::Makeup;
    makeup.mark.clear();
    entries.append({makeup, QStringLiteral("A")});
    CHECK_FALSE(service.save(entries, QStringLiteral("appeal"), &saved, &error));
    CHECK(results
              .find(sheet.at(0).studentId, QStringLiteral("CQUPT"), QStringLiteral("GEN201"),
                    QStringLiteral("2025-2026-1"), Attempt::Regular, &error)
              ->mark
          == sheet.at(0).mark);

    entries.last().newMark = QStringLiteral("61");
    REQUIRE(service.save(entries, QStringLiteral("appeal"), &saved, &error));
    CHECK(saved.after.size() == 2); // the unchanged row is not touched
    auto stored = [&](Attempt a) {
        return results.find(sheet.at(a == Attempt::Makeup ? 1 : 0).studentId, QStringLiteral("CQUPT"),
                            QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"), a, &error);
    };
    CHECK(stored(Attempt::Regular)->mark == QStringLiteral("93"));
    CHECK(stored(Attempt::Makeup)->mark == QStringLiteral("61"));

    REQUIRE(service.undo(saved, &error));
    CHECK(stored(Attempt::Regular)->mark == sheet.at(0).mark);
    CHECK_FALSE(stored(Attempt::Makeup));
    REQUIRE(service.redo(saved, &error));
    CHECK(stored(Attempt::Regular)->mark == QStringLiteral("93"));
    CHECK(stored(Attempt::Makeup)->mark == QStringLiteral("61"));

    // A row changed by someone else stops the save and comes back as stored now.
    CourseResult stale = stored(Attempt::Regular).value();
    CourseResult other = stale;
    REQUIRE(results.changeMark(other, QStringLiteral("70"), QStringLiteral("other office"), &error));
    std::optional<CourseResult> conflict;
    CHECK_FALSE(service.save({{stale, QStringLiteral("88")}}, QStringLiteral("late"), &saved, &error, &conflict));
    REQUIRE(conflict);
    CHECK(conflict->mark == QStringLiteral("70"));
    CHECK(stored(Attempt::Regular)->mark == QStringLiteral("70"));
}
