// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every list's right-click menu: copy rows as tab-separated text, export the list or the
// selection (a list of students only with recipient and purpose, in the disclosure log),
// print it, choose its columns.

#include "app/common/TableTools.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/audit/AuditPanel.h"
#include "app/audit/AuditView.h"
#include "app/plan/PlanView.h"
#include "app/results/ResultsEntryView.h"
#include "app/transfer/CreditTransferView.h"
#include "app/window/MainWindow.h"
#include "core/text/CsvParser.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QTableView>
#include <QTreeView>

using namespace dd;
using ddtest::child;

namespace {

QJsonArray workbookRows(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral(DD_SOURCE_DIR "/tests/tools/read_xlsx.py"), path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("rows")).toArray();
}

} // namespace

TEST_CASE("A list's right-click menu copies rows, exports the list with its disclosure, prints it and hides columns",
          "[gui][tables]")
{
    ddtest::DemoWindow demo;
    auto* table = child<QTableView>(demo.window, "studentTable");
    auto* tools = table->findChild<TableTools*>();
    REQUIRE(tools);
    QStringList actions;
    for (QAction* a : tools->contextMenu()->actions()) {
        if (!a->isSeparator()) {
            actions << a->text();
        }
    }
    CHECK(actions
          == QStringList {QStringLiteral("&Open"), QStringLiteral("&Copy Rows"), QStringLiteral("Export &Selection…"),
                          QStringLiteral("&Export the List…"), QStringLiteral("&Print Preview…")});

    // Three rows selected: copied as tab-separated text.
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = tools->selectedText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.first().startsWith(QStringLiteral("DD2020001\t")));
    CHECK(lines.first().split(QLatin1Char('\t')).size() == table->model()->columnCount());
    tools->contextMenu()->actions().at(2)->trigger(); // Copy Rows
    CHECK(QApplication::clipboard()->text() == tools->selectedText());

    // The whole list as a workbook: every student (the paged model fetches the rest), in the disclosure log.
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    const int disclosed = ddtest::scalar(db, QStringLiteral("SELECT count(*) FROM disclosures")).toInt();
    const QString xlsx = QDir(demo.dir()).filePath(QStringLiteral("students.xlsx"));
    CHECK_FALSE(tools->exportTo(xlsx, false, QString(), QString(), &error));
    CHECK(error.message().contains(QStringLiteral("recipient and purpose")));
    REQUIRE(tools->exportTo(xlsx, false, QStringLiteral("RUTS coordinator"), QStringLiteral("term review"), &error));
    CHECK(workbookRows(xlsx).size() == 101);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT count(*) FROM disclosures")).toInt() == disclosed + 1);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT kind FROM disclosures ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("students.xlsx"));

    // A hidden column stays out of the export; the student column must stay for the log.
    table->setColumnHidden(4, true);
    const QString csv = QDir(demo.dir()).filePath(QStringLiteral("selection.csv"));
    REQUIRE(tools->exportTo(csv, true, QStringLiteral("RUTS coordinator"), QStringLiteral("term review"), &error));
    const QStringList exported = QString::fromUtf8(ddtest::readFile(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(exported.size() == 4);
    CHECK(exported.first().split(QLatin1Char(',')).size() == table->model()->columnCount() - 1);
    table->setColumnHidden(0, true);
    CHECK_FALSE(tools->exportTo(csv, true, QStringLiteral("a"), QStringLiteral("b"), &error));
    CHECK(error.message().contains(QStringLiteral("show the student column")));
    table->setColumnHidden(0, false);
    table->setColumnHidden(4, false);

    // Printed: every student on the pages (to a PDF here).
    const QString pdf = QDir(demo.dir()).filePath(QStringLiteral("students.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    tools->print(&printer);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    INFO(printed.mid(300, 500).toStdString());
    CHECK(printed.contains(QStringLiteral("DD2020001")));
    CHECK(printed.contains(QStringLiteral("DD2023025")));

    // The course catalogue is not personal: no question, no log.
    auto* courses = child<QTableView>(demo.window, "courseTable")->findChild<TableTools*>();
    REQUIRE(courses);
    const QString catalogue = QDir(demo.dir()).filePath(QStringLiteral("courses.xlsx"));
    REQUIRE(courses->exportTo(catalogue, false, QString(), QString(), &error));
    CHECK(workbookRows(catalogue).size() == 101);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT count(*) FROM disclosures")).toInt() == disclosed + 2);
}

TEST_CASE("Every list in the window exported as CSV and as a workbook reads back with the rows it shows",
          "[gui][tables]")
{
    ddtest::DemoWindow demo;
    // Each list with something in it: a mark sheet, a student's transfers, a cohort's audits.
    REQUIRE(demo.window.resultsView()->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"),
                                                 QStringLiteral("MAJ317")));
    REQUIRE(demo.window.creditTransferView()->showStudent(QStringLiteral("DD2020008"), QStringLiteral("RUTS")));
    REQUIRE(demo.window.auditView()->showCohort(2020, QStringLiteral("RUTS")));
    REQUIRE(demo.window.auditView()->showStudent(QStringLiteral("DD2020008")));
    REQUIRE(demo.window.auditView()->planView()->showStudent(QStringLiteral("DD2023001")));
    QApplication::processEvents();

    // Six lists, one student's audit at each institution (a tree, taken depth first) and a plan.
    const QList<TableTools*> lists = demo.window.findChildren<TableTools*>();
    CHECK(lists.size() == 9);
    int checked = 0;
    for (TableTools* tools : lists) {
        const Table shown = tools->table(false);
        INFO(tools->parent()->objectName().toStdString());
        CHECK_FALSE(shown.rows.isEmpty());
        for (const char* suffix : {"csv", "xlsx"}) {
            const QString path = QDir(demo.dir())
                                     .filePath(QStringLiteral("%1.%2").arg(tools->parent()->objectName(),
                                                                           QString::fromLatin1(suffix)));
            Error error;
            INFO(suffix);
            REQUIRE(tools->exportTo(path, false, QStringLiteral("RUTS coordinator"), QStringLiteral("term review"),
                                    &error));
            QList<QStringList> read;
            if (QLatin1String(suffix) == QLatin1String("csv")) {
                QList<CsvParser::Record> records;
                QString parseError;
                REQUIRE(CsvParser::parse(ddtest::readFile(path), &records, &parseError));
                for (const CsvParser::Record& r : records) {
                    QStringList cells;
                    for (const QString& f : r.fields) {
                        cells << CsvParser::unformulaText(f);
                    }
                    read << cells;
                }
            } else {
                for (const QJsonValue& row : workbookRows(path)) {
                    QStringList cells;
                    for (const QJsonValue& cell : row.toArray()) {
                        // A number reads back as a number: 3.0 and 3 are the same cell.
                        const QJsonArray typed = cell.toArray();
                        cells << (typed.at(0).toString() == QLatin1String("n") ? QString::number(typed.at(1).toDouble())
                                                                               : typed.at(1).toString());
                    }
                    read << cells;
                }
            }
            REQUIRE(read.size() == shown.rows.size() + 1);
            CHECK(read.first() == shown.headers);
            for (int r = 0; r < shown.rows.size(); ++r) {
                QStringList expected = shown.rows.at(r);
                QStringList got = read.at(r + 1);
                for (int c = 0; c < expected.size(); ++c) {
                    bool a = false;
                    bool b = false;
                    const double x = expected.at(c).toDouble(&a);
                    const double y = got.value(c).toDouble(&b);
                    if (a && b && x == y) {
                        got[c] = expected.at(c);
                    }
                }
                while (got.size() < expected.size()) {
                    got << QString(); // a workbook leaves empty cells out at the end of a row
                }
                CHECK(got == expected);
            }
        }
        ++checked;
    }
    CHECK(checked == 9);
}

TEST_CASE("One student's audit is exported and printed as the tree shows it, in the disclosure log", "[gui][tables]")
{
    ddtest::DemoWindow demo;
    // CQUPT's practice group holds the graduation project.
    TableTools* tools = ddtest::auditListOf(demo.window, QStringLiteral("DD2020008"), QStringLiteral("CQUPT"));
    const Table shown = tools->table(false);
    // Every requirement, nested ones indented under their group.
    int nested = 0;
    for (const QStringList& row : shown.rows) {
        nested += row.first().startsWith(QStringLiteral("  ")) ? 1 : 0;
    }
    CHECK(shown.rows.size() > 5);
    INFO(shown.rows.first().join(QLatin1Char('|')).toStdString() + " / "
         + shown.rows.last().join(QLatin1Char('|')).toStdString());
    CHECK(nested > 0);
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    const int disclosed = ddtest::scalar(db, QStringLiteral("SELECT count(*) FROM disclosures")).toInt();
    const QString path = QDir(demo.dir()).filePath(QStringLiteral("audit.xlsx"));
    CHECK_FALSE(tools->exportTo(path, false, QString(), QString(), &error));
    REQUIRE(tools->exportTo(path, false, QStringLiteral("the student"), QStringLiteral("advising"), &error));
    CHECK(workbookRows(path).size() == shown.rows.size() + 1);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT count(*) FROM disclosures")).toInt() == disclosed + 1);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT records FROM disclosures ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(QStringLiteral("DD2020008")));
    CHECK(tools->html().contains(QStringLiteral("DD2020008")));
}
