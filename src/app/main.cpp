// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/AuditView.h"
#include "app/CreditTransferView.h"
#include "app/EquivalencyDialog.h"
#include "app/MainWindow.h"
#include "app/StudentDialog.h"
#include "app/TranscriptsView.h"
#include "app/Translations.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

namespace {

/** The command-line options of the window, shared by the text-only --help path. */
struct Options
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

    void addTo(QCommandLineParser& parser) const
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
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DualDegree"));
    QCoreApplication::setApplicationName(QStringLiteral("DualDegree"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
}

/** --help and --version print text only, so they must work where no display is. */
bool asksForTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(core);
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& screenshotOption = options.screenshot;
    const QCommandLineOption& demoOption = options.demo;
    const QCommandLineOption& viewOption = options.view;
    const QCommandLineOption& langOption = options.lang;
    const QCommandLineOption& studentOption = options.student;
    const QCommandLineOption& intoOption = options.into;
    const QCommandLineOption& equivalencyOption = options.equivalency;
    const QCommandLineOption& cohortOption = options.cohort;
    const QCommandLineOption& tabOption = options.tab;
    parser.process(app);

    // The language: --lang, else the one chosen in Settings, else the system's.
    const QSettings settings;
    dd::Translations::install(parser.isSet(langOption)
                                  ? parser.value(langOption)
                                  : settings.value(QStringLiteral("language"), QLocale::system().name()).toString());

    dd::MainWindow window;
    // A dialog that comes up while the database opens (login, connect to server) is
    // what a --screenshot shows: pictured once it has settled, then cancelled.
    int dialogScreenshot = -1;
    QTimer modalWatch;
    if (parser.isSet(screenshotOption)) {
        modalWatch.setInterval(400);
        QObject::connect(&modalWatch, &QTimer::timeout, [&]() {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->property("dd_seen").toBool()) {
                if (dialog) {
                    dialog->setProperty("dd_seen", true);
                }
                return;
            }
            modalWatch.stop();
            dialogScreenshot = dialog->grab().save(parser.value(screenshotOption)) ? 0 : 1;
            dialog->reject();
        });
        modalWatch.start();
    }
    if (parser.isSet(demoOption)) {
        window.openDemo();
    } else if (const QString path = parser.isSet(dbOption)
                   ? parser.value(dbOption)
                   : settings.value(QStringLiteral("lastDatabase"), dd::DatabaseSetup::defaultDatabasePath())
                         .toString();
               dd::Database::isServerAddress(path)) {
        // A server opens at once where libpq finds the password (PGPASSFILE), else asks for it.
        QString error;
        if (!window.openDatabase(path, &error)) {
            window.show();
            window.connectToServer(path, error);
        }
    } else if (QFileInfo::exists(path)) {
        QString error;
        if (!window.openDatabase(path, &error) && dialogScreenshot < 0) {
            QMessageBox::warning(&window, QObject::tr("Cannot open the database"), error);
        }
    }
    window.showView(parser.value(viewOption));
    window.show();
    QPointer<QWidget> front = &window;
    if (parser.isSet(studentOption) && parser.value(viewOption) == QLatin1String("transcripts")) {
        window.transcriptsView()->showStudent(parser.value(studentOption), parser.value(intoOption));
    } else if (parser.isSet(studentOption) && parser.value(viewOption) == QLatin1String("audit")) {
        window.auditView()->showStudent(parser.value(studentOption));
    } else if (parser.isSet(studentOption) && parser.value(viewOption) == QLatin1String("students")
               && parser.isSet(viewOption)) {
        if (QWidget* dialog = window.openStudent(parser.value(studentOption))) {
            front = dialog;
            auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("studentTabs"));
            QWidget* page = dialog->findChild<QWidget*>(parser.value(tabOption) + QStringLiteral("Page"));
            if (tabs && page && parser.isSet(tabOption)) {
                tabs->setCurrentWidget(page);
            }
        }
    } else if (parser.isSet(studentOption)) {
        window.showView(QStringLiteral("transfer"));
        window.creditTransferView()->showStudent(parser.value(studentOption), parser.value(intoOption));
    }
    if (parser.isSet(cohortOption)) {
        window.showView(QStringLiteral("audit"));
        window.auditView()->showCohort(parser.value(cohortOption).toInt(), parser.value(intoOption));
    }
    if (parser.isSet(equivalencyOption)) {
        window.showView(QStringLiteral("transfer"));
        if (QWidget* dialog
            = window.creditTransferView()->openEquivalency(parser.value(equivalencyOption).toLongLong())) {
            front = dialog;
        }
    }

    modalWatch.stop();
    if (dialogScreenshot >= 0) {
        return dialogScreenshot;
    }
    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [front, target]() {
            const bool saved = front && front->grab().save(target);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
