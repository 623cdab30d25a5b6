// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Shared main of the test executables. Which application object is made depends
// on the layer under test: DD_TEST_WIDGETS (QApplication), DD_TEST_GUI
// (QGuiApplication) or neither (QCoreApplication).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(DD_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(DD_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    // Test discovery runs at build time with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Demo databases sign with the demo keys, whose passphrase a user gives the same way; a
    // test of a missing passphrase takes it out of its own environment.
    if (qEnvironmentVariableIsEmpty("DUALDEGREE_KEY_PASSPHRASE")) {
        qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    }
    // Never touch the user's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    // Nor the user's settings: the tests' own, in a folder that goes away.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DualDegree-tests"));
    // A window closed by a test does not stop to offer a checkpoint; the test of the offer turns it on.
    QSettings().setValue(QStringLiteral("checkpoints/offer"), false);
    return Catch::Session().run(argc, argv);
}
