// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Students view on a large database: time from starting to a usable main
// window, and from each keystroke in the search field to the updated table
// (the model's queries and the view's repaint), typed one character at a time.
//
//   dd_bench_students [--students N] [--db FILE]
//
// FILE is generated when missing (N synthetic students through the importer).

#include "BenchDatabase.h"
#include "SyntheticData.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

struct Typing
{
    QString text;
    QList<qint64> micros;
    int rowsAtEnd = 0;
    int matchingAtEnd = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchDatabase::Options options = BenchDatabase::options(100000);
    const int students = options.students;
    QString path = options.path;
    QTemporaryDir tmp;
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("students-bench.db"));
    }
    dd::Error error;
    if (!QFileInfo::exists(path)) {
        out << "generating " << students << " students in " << path << " ..." << Qt::endl;
        dd::Database db;
        QStringList log;
        if (!dd::DatabaseSetup::createDatabase(db, path, dd::DatabaseSetup::embeddedDataDir(), false, &log, &error)
            || !BenchDatabase::importFile(db, QStringLiteral("students"), SyntheticData::studentsCsv(students), false,
                                          &error)) {
            out << "generation failed: " << error.message() << Qt::endl;
            return 1;
        }
        sinceStart.restart(); // generation is not part of starting the app
    }

    // Start: the application object is made; now the window, the database and the first paint.
    const qint64 appMs = sinceStart.elapsed();
    QElapsedTimer timer;
    timer.start();
    dd::MainWindow window;
    if (!window.openDatabase(path, &error)) {
        out << error.message() << Qt::endl;
        return 1;
    }
    window.show();
    QCoreApplication::processEvents();
    window.grab(); // everything laid out and painted once
    const qint64 windowMs = timer.elapsed();

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("studentSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("studentTable"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("databaseStatus"));
    const int total = table->model()->rowCount();

    QList<Typing> runs = {{QStringLiteral("BX0012345"), {}, 0, 0},
                          {QStringLiteral("Srisuk"), {}, 0, 0},
                          {QStringLiteral("ศรีสุข"), {}, 0, 0},
                          {QStringLiteral("nobody"), {}, 0, 0}};
    for (Typing& run : runs) {
        search->clear();
        QCoreApplication::processEvents();
        for (int i = 1; i <= run.text.size(); ++i) {
            QElapsedTimer key;
            key.start();
            search->setText(run.text.left(i)); // what a keystroke does: textChanged -> the model
            QCoreApplication::processEvents();
            table->viewport()->repaint();
            run.micros.append(key.nsecsElapsed() / 1000);
        }
        run.rowsAtEnd = table->model()->rowCount();
        run.matchingAtEnd = status->text().section(QLatin1Char(' '), 0, 0).toInt();
    }

    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads" << Qt::endl;
    out << "database: " << students << " students; rows loaded on open: " << total << Qt::endl << Qt::endl;
    out << "| step | ms |" << Qt::endl << "|---|---:|" << Qt::endl;
    out << "| process start to QApplication | " << appMs << " |" << Qt::endl;
    out << "| main window: open the database, show, first paint | " << windowMs << " |" << Qt::endl;
    out << "| **start to a usable window** | **" << appMs + windowMs << "** |" << Qt::endl << Qt::endl;
    out << "| typed | keystrokes | mean ms | slowest ms | rows in view | matching |" << Qt::endl
        << "|---|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const Typing& run : std::as_const(runs)) {
        qint64 sum = 0;
        qint64 most = 0;
        for (const qint64 m : run.micros) {
            sum += m;
            most = std::max(most, m);
        }
        out << "| " << run.text << " | " << run.micros.size() << " | "
            << QString::number(double(sum) / run.micros.size() / 1000.0, 'f', 1) << " | "
            << QString::number(double(most) / 1000.0, 'f', 1) << " | " << run.rowsAtEnd << " | " << run.matchingAtEnd
            << " |" << Qt::endl;
    }
    return 0;
}
