// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window works without a mouse: no two mnemonics alike on what is shown at once,
// Ctrl+S saves the mark sheet, Tab leaves the grid, Enter moves down the marks.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dd;
using ddtest::child;

namespace {

/** The mnemonic of \a text (the letter after a single '&'), lower case, or a null QChar. */
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return QChar();
}

/** Every mnemonic a person can press in \a window now, with what it belongs to. */
QMultiHash<QChar, QString> mnemonics(MainWindow& window)
{
    QMultiHash<QChar, QString> out;
    auto add = [&out](const QString& text, const QString& what) {
        const QChar m = mnemonic(text);
        if (!m.isNull()) {
            out.insert(m, what + QStringLiteral(" “") + text + QStringLiteral("”"));
        }
    };
    for (QAction* a : window.menuBar()->actions()) {
        add(a->text(), QStringLiteral("menu"));
    }
    // Inside each menu, too (as "menu name/key").
    for (QAction* a : window.menuBar()->actions()) {
        if (!a->menu()) {
            continue;
        }
        QHash<QChar, QString> seen;
        for (QAction* item : a->menu()->actions()) {
            const QChar m = mnemonic(item->text());
            if (!m.isNull() && seen.contains(m)) {
                out.insert(m, QStringLiteral("%1 item “%2” and “%3”").arg(a->text(), seen.value(m), item->text()));
                out.insert(m, QStringLiteral("(same menu)"));
            }
            seen.insert(m, item->text());
        }
    }
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window) {
            continue;
        }
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            add(b->text(), b->objectName());
        } else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy()) {
            add(l->text(), l->objectName());
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            add(g->title(), g->objectName());
        } else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                add(t->tabText(i), t->objectName() + QStringLiteral(" tab"));
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("No two mnemonics alike on any view, in every language", "[gui][keyboard]")
{
    ddtest::DemoWindow demo;
    auto* views = child<QTabWidget>(demo.window, "viewTabs");
    for (const char* language : {"en", "zh_CN", "th"}) {
        demo.window.setLanguage(QString::fromLatin1(language));
        for (int page = 0; page < views->count(); ++page) {
            views->setCurrentIndex(page);
            QApplication::processEvents();
            const QMultiHash<QChar, QString> all = mnemonics(demo.window);
            for (const QChar key : all.uniqueKeys()) {
                const QStringList owners = all.values(key);
                INFO(language << " page " << views->tabText(page).toStdString() << ": Alt+"
                              << QString(key).toStdString() << " is "
                              << owners.join(QStringLiteral(", ")).toStdString());
                CHECK(owners.size() == 1);
            }
        }
    }
    demo.window.setLanguage(QStringLiteral("en"));
}

namespace {

/** The window as the one with the keyboard, as it is for a person using it. */
void activate(QWidget& window)
{
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

/** The open cell editor of \a table (after the closed ones are gone). */
QLineEdit* openEditor(QTableView* table)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>()) {
        if (e->isVisible()) {
            return e;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Marks are entered from the keyboard alone: Enter moves down, Tab leaves the grid, Ctrl+S saves",
          "[gui][keyboard]")
{
    ddtest::DemoWindow demo;
    activate(demo.window);
    demo.window.showView(QStringLiteral("results"));
    ResultsEntryView* view = demo.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"), QStringLiteral("MAJ309")));
    auto* table = child<QTableView>(demo.window, "markTable");
    auto* model = table->model();
    REQUIRE(model->rowCount() >= 2);
    table->setFocus();
    table->setCurrentIndex(model->index(0, MarkSheetModel::MarkColumn));
    QTest::keyClick(table, Qt::Key_8); // typing starts the editor with the key typed
    QLineEdit* editor = openEditor(table);
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_1);
    QTest::keyClick(editor, Qt::Key_Return);
    editor = openEditor(table);
    CHECK(model->index(0, MarkSheetModel::MarkColumn).data().toString() == QStringLiteral("81"));
    CHECK(table->currentIndex().row() == 1); // on to the next student
    CHECK(table->currentIndex().column() == MarkSheetModel::MarkColumn);
    REQUIRE(editor); // and already editing
    QTest::keyClicks(editor, QStringLiteral("105")); // not a mark: stays on the row to be corrected
    QTest::keyClick(editor, Qt::Key_Return);
    editor = openEditor(table);
    CHECK(table->currentIndex().row() == 1);
    if (editor) {
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    // Tab leaves the grid for the next control.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
    CHECK_FALSE(table->isAncestorOf(QApplication::focusWidget()));

    // Ctrl+S saves the sheet.
    const QString student = model->index(0, MarkSheetModel::StudentColumn).data().toString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK_FALSE(view->hasUnsavedMarks());
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    CHECK(ResultRepository(db)
              .find(student, QStringLiteral("CQUPT"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1"),
                    Attempt::Regular, &error)
              ->mark
          == QStringLiteral("81"));
}

TEST_CASE("The reason for a grade change is asked and answered from the keyboard", "[gui][keyboard]")
{
    ddtest::DemoWindow demo;
    activate(demo.window);
    demo.window.showView(QStringLiteral("results"));
    ResultsEntryView* view = demo.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2025-2026-1"), QStringLiteral("GEN201")));
    auto* table = child<QTableView>(demo.window, "markTable");
    auto* model = table->model();
    const QString old = model->index(0, MarkSheetModel::RecordedColumn).data().toString();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn),
                           old == QLatin1String("91") ? QStringLiteral("92") : QStringLiteral("91")));
    table->setFocus();
    bool typed = false;
    QTimer::singleShot(0, [&typed]() {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        // The focus is in the reason field: type and press Enter.
        QWidget* focus = dialog->focusWidget();
        typed = qobject_cast<QLineEdit*>(focus) != nullptr;
        QTest::keyClicks(focus, QStringLiteral("Re-marked after appeal"));
        QTest::keyClick(focus, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(typed);
    CHECK_FALSE(view->hasUnsavedMarks());
}
