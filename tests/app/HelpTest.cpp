// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/Translations.h"
#include "app/window/HelpDialogs.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
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
    for (const char* section : {"CQUPT registrar", "RUTS coordinator", "Administrator", "Viewer",
                                "Exchange with the partner", "Importing files", "Lists and reports", "Keyboard"}) {
        CHECK(text.contains(QString::fromLatin1(section)));
    }
    // Every picture the guide shows is inside the program.
    for (const char* image : {"students", "audit", "transfer", "exchange", "import"}) {
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
    CHECK(said.contains(QStringLiteral("SQLite, schema %1").arg(db.migrator().latestVersion())));
    CHECK(db.migrator().latestVersion() == 11);
    for (const char* part : {"Qt", "OpenSSL", "libxmlsec1", "libxlsxwriter", "qpdf", "Poppler", "LGPL-3.0"}) {
        CHECK(said.contains(QString::fromLatin1(part)));
    }
}

TEST_CASE("The user guide is shown in the interface's language, with the same sections and pictures", "[gui][help]")
{
    const auto read = [](const QString& name) {
        QFile file(QStringLiteral(":/help/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    const auto anchors = [](const QString& html) {
        QStringList out;
        QRegularExpressionMatchIterator it
            = QRegularExpression(QStringLiteral("(id|href|src)=\"([^\"]+)\"")).globalMatch(html);
        while (it.hasNext()) {
            out << it.next().captured(2);
        }
        return out;
    };
    const QStringList english = anchors(read(QStringLiteral("guide.html")));
    CHECK(english.size() > 20);
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("zh_CN"), QStringLiteral("CQUPT 教务员")},
                                                      {QStringLiteral("th"), QStringLiteral("นายทะเบียน CQUPT")}};
    for (const auto& [language, heading] : languages) {
        INFO(language.toStdString());
        // Every section, link and picture of the English guide, in the same order.
        CHECK(anchors(read(QStringLiteral("guide_%1.html").arg(language))) == english);
        Translations::install(language);
        UserGuideDialog guide;
        CHECK(guide.browser()->toPlainText().contains(heading));
        // The menu names it gives are the ones the menus have.
        CHECK(guide.browser()->toPlainText().contains(QCoreApplication::translate("MainWindow", "&Import…")
                                                          .remove(QLatin1Char('&'))
                                                          .remove(QRegularExpression(QStringLiteral("\\(.\\)")))));
    }
    Translations::install(QStringLiteral("en"));
    UserGuideDialog guide;
    CHECK(guide.browser()->toPlainText().contains(QStringLiteral("CQUPT registrar")));
}
