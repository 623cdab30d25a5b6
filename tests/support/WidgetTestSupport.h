// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TestSupport.h"
#include "app/audit/AuditPanel.h"
#include "app/audit/AuditView.h"
#include "app/common/TableTools.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

namespace ddtest {

/** The child of \a parent called \a name (an object name from the forms); fails the test when there is none. */
template<typename T> T* child(QObject& parent, const char* name)
{
    T* c = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(c);
    return c;
}

/**
 * The demo database in a temporary folder, opened in a main window that is shown:
 * how most GUI tests begin. The test's own connection to the file is closed first.
 */
struct DemoWindow
{
    DemoWindow()
    {
        data.db().close();
        window.show();
        dd::Error error;
        INFO(error.message().toStdString());
        REQUIRE(window.openDatabase(data.path(), &error));
    }
    QString path() const { return data.path(); }
    QString dir() const { return data.dir(); }

    TempDatabase data {true}; // outlives the window, which is destroyed first
    dd::MainWindow window;
};

/**
 * The list tools of \a student's audit at \a institution in the window's Audit view (the
 * requirement tree), the student shown first.
 */
inline dd::TableTools* auditListOf(dd::MainWindow& window, const QString& student, const QString& institution)
{
    REQUIRE(window.auditView()->showStudent(student));
    QApplication::processEvents();
    auto* tree = window.auditView()->panel(institution)->findChild<QTreeView*>(QStringLiteral("requirementTree"));
    REQUIRE(tree);
    auto* tools = tree->findChild<dd::TableTools*>();
    REQUIRE(tools);
    return tools;
}

/**
 * Arranges for the next modal message box to be read into \a text and closed,
 * so that a test can go through code that asks or warns.
 */
inline void closeNextMessageBox(QString* text)
{
    QTimer::singleShot(0, [text]() {
        if (QWidget* box = QApplication::activeModalWidget()) {
            if (auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))) {
                *text = label->text();
            }
            box->close();
        }
    });
}

/** Like closeNextMessageBox(), but presses \a button (Yes to a question, say). */
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(0, [button, text]() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            if (QAbstractButton* b = box->button(button)) {
                b->click();
                return;
            }
            box->close();
        }
    });
}

} // namespace ddtest
