// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/Startup.h"

#include "app/audit/AuditView.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/transcripts/TranscriptsView.h"
#include "app/transfer/CreditTransferView.h"
#include "app/transfer/EquivalencyDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>

namespace dd {

void StartupOptions::addTo(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Records, credit transfer, audits and transcripts of the CQUPT-RUTS dual-degree programme"));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption* o :
         {&db, &demo, &lang, &view, &tab, &screenshot, &cohort, &student, &into, &equivalency}) {
        parser.addOption(*o);
    }
}

bool StartupOptions::asksForTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

namespace Startup {

bool openDatabase(MainWindow& window, const QCommandLineParser& parser, const StartupOptions& options, Error* error)
{
    if (parser.isSet(options.demo)) {
        window.openDemo();
        return true;
    }
    const QString path = parser.isSet(options.db)
        ? parser.value(options.db)
        : QSettings().value(QStringLiteral("lastDatabase"), DatabaseSetup::defaultDatabasePath()).toString();
    if (Database::isServerAddress(path)) {
        // A server opens at once where libpq finds the password (PGPASSFILE), else asks for it.
        if (!window.openDatabase(path, error)) {
            window.show();
            window.connectToServer(path, error->message());
        }
        return true;
    }
    return !QFileInfo::exists(path) || window.openDatabase(path, error);
}

QWidget* showDeepLink(MainWindow& window, const QCommandLineParser& parser, const StartupOptions& options)
{
    const QString view = parser.value(options.view);
    const QString student = parser.value(options.student);
    const QString into = parser.value(options.into);
    window.showView(view);
    window.show();
    QWidget* front = &window;
    if (parser.isSet(options.student) && view == QLatin1String("transcripts")) {
        window.transcriptsView()->showStudent(student, into);
    } else if (parser.isSet(options.student) && view == QLatin1String("audit")) {
        window.auditView()->showStudent(student);
    } else if (parser.isSet(options.student) && view == QLatin1String("students") && parser.isSet(options.view)) {
        if (QWidget* dialog = window.studentsView()->openStudent(student)) {
            front = dialog;
            auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("studentTabs"));
            QWidget* page = dialog->findChild<QWidget*>(parser.value(options.tab) + QStringLiteral("Page"));
            if (tabs && page && parser.isSet(options.tab)) {
                tabs->setCurrentWidget(page);
            }
        }
    } else if (parser.isSet(options.student)) {
        window.showView(QStringLiteral("transfer"));
        window.creditTransferView()->showStudent(student, into);
    }
    if (parser.isSet(options.cohort)) {
        window.showView(QStringLiteral("audit"));
        window.auditView()->showCohort(parser.value(options.cohort).toInt(), into);
    }
    if (parser.isSet(options.equivalency)) {
        window.showView(QStringLiteral("transfer"));
        if (QWidget* dialog
            = window.creditTransferView()->openEquivalency(parser.value(options.equivalency).toLongLong())) {
            front = dialog;
        }
    }
    return front;
}

} // namespace Startup

StartupScreenshot::StartupScreenshot(QString target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_modalWatch.setInterval(400);
    connect(&m_modalWatch, &QTimer::timeout, this, [this]() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->property("dd_seen").toBool()) {
            if (dialog) {
                dialog->setProperty("dd_seen", true);
            }
            return;
        }
        m_modalWatch.stop();
        m_exitCode = dialog->grab().save(m_target) ? 0 : 1;
        dialog->reject();
    });
    m_modalWatch.start();
}

bool StartupScreenshot::finishDialogWatch()
{
    m_modalWatch.stop();
    return m_exitCode >= 0;
}

void StartupScreenshot::pictureLater(QWidget* front)
{
    QPointer<QWidget> guarded = front;
    QTimer::singleShot(300, this, [guarded, target = m_target]() {
        const bool saved = guarded && guarded->grab().save(target);
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace dd
