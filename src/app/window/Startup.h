// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/text/Error.h"

class QCommandLineParser;
class QWidget;

namespace dd {

class MainWindow;

/** The window's command-line options, shared by the text-only --help path. */
struct StartupOptions
{
    QCommandLineOption db {QStringLiteral("db"),
                           QStringLiteral("The database to open: a file, or a server as"
                                          " postgresql://user@host:port/dbname."),
                           QStringLiteral("FILE|URL")};
    QCommandLineOption screenshot {QStringLiteral("screenshot"),
                                   QStringLiteral("Save a picture of the window to FILE and quit."),
                                   QStringLiteral("FILE")};
    QCommandLineOption demo {QStringLiteral("demo"),
                             QStringLiteral("Open the demo database (created from the built-in data on first use).")};
    QCommandLineOption view {
        QStringLiteral("view"),
        QStringLiteral("The view to show first: students, courses, results, transfer, audit or transcripts."),
        QStringLiteral("NAME"), QStringLiteral("students")};
    QCommandLineOption lang {QStringLiteral("lang"), QStringLiteral("Interface language: en, zh_CN or th."),
                             QStringLiteral("LANG")};
    QCommandLineOption student {QStringLiteral("student"),
                                QStringLiteral("Show the credit transfers of student ID (into --into)."),
                                QStringLiteral("ID")};
    QCommandLineOption into {QStringLiteral("into"),
                             QStringLiteral("The receiving institution for --student: CQUPT or RUTS."),
                             QStringLiteral("INSTITUTION"), QStringLiteral("RUTS")};
    QCommandLineOption equivalency {QStringLiteral("equivalency"),
                                    QStringLiteral("Open the equivalency with version ID in detail."),
                                    QStringLiteral("ID")};
    QCommandLineOption cohort {QStringLiteral("cohort"), QStringLiteral("The audit overview of cohort YEAR at --into."),
                               QStringLiteral("YEAR")};
    QCommandLineOption tab {QStringLiteral("tab"),
                            QStringLiteral("With --view students --student ID: the detail tab to show"
                                           " (profile, results, transfers, milestones, history)."),
                            QStringLiteral("NAME")};

    void addTo(QCommandLineParser& parser) const;
    /** Whether the arguments only ask for --help or --version (text, no display needed). */
    static bool asksForTextOnly(int argc, char** argv);
};

/** What the options ask the window to open and show at start. */
namespace Startup {

/**
 * Opens the database the options name (--demo, --db, else the last one used). False with
 * the reason when a file that exists cannot be opened (the demo and a server say so
 * themselves).
 */
[[nodiscard]] bool openDatabase(MainWindow& window, const QCommandLineParser& parser, const StartupOptions& options,
                                Error* error);

/**
 * Shows what --view, --student, --tab, --cohort and --equivalency ask for; returns the
 * widget in front (a dialog opened for them, else the window).
 */
QWidget* showDeepLink(MainWindow& window, const QCommandLineParser& parser, const StartupOptions& options);

} // namespace Startup

/**
 * --screenshot: a dialog that comes up while the database opens (login, connect to
 * server) is pictured once it has settled, then cancelled; otherwise the widget in
 * front is pictured after the window has settled, and the program quits.
 */
class StartupScreenshot : public QObject
{
    Q_OBJECT

public:
    explicit StartupScreenshot(QString target, QObject* parent = nullptr);

    /** Stops watching for dialogs; whether one was pictured (then exitCode() is the result). */
    bool finishDialogWatch();
    int exitCode() const { return m_exitCode; }
    /** Whether a dialog was pictured (the program ends with it). */
    bool pictured() const { return m_exitCode >= 0; }
    /** Pictures \a front a moment from now and quits with 0, or 1 when it cannot be saved. */
    void pictureLater(QWidget* front);

private:
    QString m_target;
    QTimer m_modalWatch;
    int m_exitCode = -1;
};

} // namespace dd
