// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dualdegree-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    dd::CommandLine cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
