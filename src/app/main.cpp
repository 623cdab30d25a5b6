// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/Translations.h"
#include "app/window/MainWindow.h"
#include "app/window/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DualDegree"));
    QCoreApplication::setApplicationName(QStringLiteral("DualDegree"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    const dd::StartupOptions options;
    if (dd::StartupOptions::asksForTextOnly(argc, argv)) {
        // --help and --version print text only, so they must work where no display is.
        QCoreApplication core(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core);
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dualdegree.DualDegree"));
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    // The language: --lang, else the one chosen in Settings, else the system's.
    dd::Translations::install(parser.isSet(options.lang)
                                  ? parser.value(options.lang)
                                  : QSettings().value(QStringLiteral("language"), QLocale::system().name()).toString());

    dd::MainWindow window;
    std::unique_ptr<dd::StartupScreenshot> screenshot;
    if (parser.isSet(options.screenshot)) {
        screenshot = std::make_unique<dd::StartupScreenshot>(parser.value(options.screenshot));
    }
    dd::Error error;
    if (!dd::Startup::openDatabase(window, parser, options, &error) && !(screenshot && screenshot->pictured())) {
        QMessageBox::warning(&window, QObject::tr("Cannot open the database"), error.message());
    }
    QWidget* front = dd::Startup::showDeepLink(window, parser, options);
    if (screenshot) {
        if (screenshot->finishDialogWatch()) {
            return screenshot->exitCode();
        }
        screenshot->pictureLater(front);
    }
    return app.exec();
}
