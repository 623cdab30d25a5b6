// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Drawing transcripts needs fonts, hence a GUI application, but never a display.
    bool draws = false;
    for (int i = 1; i < argc; ++i) {
        draws = draws || std::strcmp(argv[i], "transcript") == 0 || std::strcmp(argv[i], "--attach-pdf") == 0
            || std::strcmp(argv[i], "report") == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dualdegree-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    dd::CommandLine cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
