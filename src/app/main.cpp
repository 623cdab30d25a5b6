// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatabaseSetup.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DualDegree"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records, credit transfer, audits and transcripts of the CQUPT-RUTS dual-degree programme"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file to open."), QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    dd::MainWindow window;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dd::DatabaseSetup::defaultDatabasePath();
    if (QFileInfo::exists(path)) {
        QString error;
        if (!window.openDatabase(path, &error)) {
            QMessageBox::warning(&window, QObject::tr("Cannot open the database"), error);
        }
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, target]() {
            const bool saved = window.grab().save(target);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
