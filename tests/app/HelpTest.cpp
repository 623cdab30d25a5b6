// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/window/HelpDialogs.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QImage>
#include <QTextBrowser>
#include <QTextDocument>

using namespace dd;

TEST_CASE("Help › User Guide (F1) is shipped with its pictures, and About names the version, the database and the"
          " licences",
          "[gui][help]")
{
    ddtest::DemoWindow demo;
    QAction* guideAction = demo.window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
    REQUIRE(guideAction);
    CHECK(guideAction->shortcut() == QKeySequence(Qt::Key_F1));

    UserGuideDialog guide(&demo.window);
    const QString text = guide.browser()->toPlainText();
    for (const char* section :
         {"CQUPT registrar", "RUTS coordinator", "Administrator", "Viewer", "Exchange with the partner", "Keyboard"}) {
        CHECK(text.contains(QString::fromLatin1(section)));
    }
    // Every picture the guide shows is inside the program.
    for (const char* image : {"students", "audit", "transfer", "exchange"}) {
        const QImage picture(QStringLiteral(":/help/images/%1.png").arg(QString::fromLatin1(image)));
        INFO(image);
        CHECK(picture.width() > 600);
    }

    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    AboutDialog about(&db);
    const QString said = about.text();
    CHECK(said.contains(QStringLiteral("DualDegree")));
    CHECK(said.contains(demo.path()));
    CHECK(said.contains(QStringLiteral("SQLite, schema 10")));
    for (const char* part : {"Qt", "OpenSSL", "libxmlsec1", "libxlsxwriter", "qpdf", "Poppler", "LGPL-3.0"}) {
        CHECK(said.contains(QString::fromLatin1(part)));
    }
}
