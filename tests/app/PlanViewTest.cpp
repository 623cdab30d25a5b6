// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/plan/PlanView.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/audit/AuditView.h"
#include "app/common/TableTools.h"
#include "app/common/Translations.h"
#include "app/plan/PlanTermList.h"
#include "app/window/MainWindow.h"
#include "core/text/CsvParser.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>

using namespace dd;
using ddtest::child;

namespace {

/** Drops \a code (shown in \a from) onto \a to, as a drag between the two lists does. */
void drop(PlanTermList* from, const QString& code, PlanTermList* to)
{
    QModelIndex index;
    for (int r = 0; r < from->count(); ++r) {
        if (from->item(r)->data(PlanTermList::CodeRole).toString() == code) {
            index = from->model()->index(r, 0);
        }
    }
    REQUIRE(index.isValid());
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({index}));
    REQUIRE(mime);
    const QPoint at = to->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QDropEvent dropped(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &dropped);
    QApplication::processEvents(); // the move waits for the drag to end
}

QStringList codes(const QListWidget* list)
{
    QStringList out;
    for (int r = 0; r < list->count(); ++r) {
        out << list->item(r)->data(PlanTermList::CodeRole).toString();
    }
    return out;
}

} // namespace

TEST_CASE("Plan tab: the shown student's plan side by side and a course dragged to another term re-checked",
          "[plan][gui]")
{
    Translations::install(QStringLiteral("en"));
    ddtest::DemoWindow demo;
    AuditView* audit = demo.window.auditView();
    demo.window.showView(QStringLiteral("audit"));
    REQUIRE(audit->showStudent(QStringLiteral("DD2023001")));
    auto* tabs = child<QTabWidget>(*audit, "auditTabs");
    PlanView* view = audit->planView();
    tabs->setCurrentWidget(view);
    QApplication::processEvents();
    REQUIRE(view->plan().studentId == QStringLiteral("DD2023001"));
    REQUIRE(view->plan().reachable());
    const QString summary = child<QLabel>(*view, "planSummary")->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("both degrees after 2026-2027-2")));

    // The term under way, the next one, and one more to drag into.
    QList<PlanTermList*> lists = view->termLists();
    REQUIRE(lists.size() == 3);
    CHECK(codes(lists.at(0)).contains(QStringLiteral("MAJ309"))); // in progress
    CHECK_FALSE(lists.at(0)->item(0)->flags().testFlag(Qt::ItemIsDragEnabled));
    const QStringList next = codes(lists.at(1));
    REQUIRE(next.contains(QStringLiteral("PRJ401")));
    // Each course names what it fills at both universities.
    for (int r = 0; r < lists.at(1)->count(); ++r) {
        if (lists.at(1)->item(r)->data(PlanTermList::CodeRole) == QStringLiteral("MAJ320")) {
            CHECK(lists.at(1)->item(r)->text().contains(QStringLiteral("CQUPT Major")));
        }
    }

    // Dragged into the term under way: refused, nothing moves.
    drop(lists.at(1), QStringLiteral("PRJ401"), lists.at(0));
    CHECK(codes(view->termLists().at(1)) == next);

    // Dragged into the first term of the following year: both degrees a term later, and the plan says so.
    lists = view->termLists();
    drop(lists.at(1), QStringLiteral("PRJ401"), lists.at(2));
    lists = view->termLists();
    CHECK_FALSE(codes(lists.at(1)).contains(QStringLiteral("PRJ401")));
    CHECK(codes(lists.at(2)).contains(QStringLiteral("PRJ401")));
    CHECK(view->plan().reachable());
    CHECK(view->plan().bothDegreesTerm == QStringLiteral("2027-2028-1"));
    CHECK(child<QLabel>(*view, "planSummary")->text().contains(QStringLiteral("both degrees after 2027-2028-1")));
    CHECK(lists.size() == 4); // and one more term to drag into

    // Back where it was: the plan holds again.
    drop(view->termLists().at(2), QStringLiteral("PRJ401"), view->termLists().at(1));
    CHECK(view->plan().reachable());
    CHECK(view->plan().bothDegreesTerm == QStringLiteral("2026-2027-2"));

    // The plan as a list: exported (personal data, logged) and read back.
    const QString file = QDir(demo.dir()).filePath(QStringLiteral("plan.csv"));
    Error error;
    REQUIRE(view->tableTools()->exportTo(file, false, QStringLiteral("the student"),
                                         QStringLiteral("advising on the remaining terms"), &error));
    QList<CsvParser::Record> rows;
    QString parseError;
    REQUIRE(CsvParser::parse(ddtest::readFile(file), &rows, &parseError));
    REQUIRE(rows.size() == 1 + 10 + next.size());
    CHECK(rows.at(0).fields.at(0) == QStringLiteral("Term"));
    CHECK(rows.last().fields.at(0) == QStringLiteral("2026-2027-2"));
}

TEST_CASE("Plan tab: a student with no way to both degrees is told why and a wrong assumed grade is named",
          "[plan][gui]")
{
    Translations::install(QStringLiteral("en"));
    ddtest::DemoWindow demo;
    PlanView* view = demo.window.auditView()->planView();
    CHECK_FALSE(view->showStudent(QStringLiteral("DD2023008")));
    CHECK(child<QLabel>(*view, "planSummary")->text().contains(QStringLiteral("no plan gives both degrees")));
    CHECK(child<QListWidget>(*view, "problemList")->item(0)->text().contains(QStringLiteral("RUTS gpa")));

    child<QLineEdit>(*view, "assumeEdit")->setText(QStringLiteral("CQUPT=40"));
    CHECK_FALSE(view->showStudent(QStringLiteral("DD2023001")));
    CHECK(child<QLabel>(*view, "planSummary")->text().contains(QStringLiteral("not a passing graded mark at CQUPT")));
    child<QLineEdit>(*view, "assumeEdit")->setText(QStringLiteral("CQUPT=90, RUTS=A"));
    CHECK(view->showStudent(QStringLiteral("DD2023001")));
}
