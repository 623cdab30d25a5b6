// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Import in the window: a CSV dropped onto the window is recognised from its
// header and shown line by line, a refused cell with its reason and nothing written; a
// good file is imported whole, the copy taken before it named; a file from Chinese
// Windows is read in the proposed encoding and may be read in another.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/Translations.h"
#include "app/importing/ImportDialog.h"
#include "app/importing/ImportPreviewModel.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUrl>

using namespace dd;
using ddtest::child;

namespace {

const QByteArray kStudentsHeader = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                   "nationality,passport_no,email,cohort,status\n";
const QByteArray kChanged = "DD2020001,2022210001,6334040001,Nuchnoi,Thitima,,ฐิติมา นุชน้อย,2003-04-18,TH,AA3928024,"
                            "t.nuchnoi@example.org,2020,graduated\n";
const QByteArray kNew
    = "DD2023099,2025210099,6634040099,Li,Na,李娜,,2005-03-08,CN,E12345678,na.li99@students.example.edu,2023,active\n";

/** What the import dialog showed when it opened on a drop, read before it is closed (or after \a act). */
struct Seen
{
    bool opened = false;
    QString kind;
    QString kindNote;
    QString summary;
    bool importEnabled = false;
    int rows = 0;
    QString cellText;
    QString cellTip;
    QString statusText;
};

/** Drops \a path onto \a window; \a inDialog runs in the dialog that opens, which is then closed. */
Seen drop(MainWindow& window, const QString& path, const std::function<void(ImportDialog*, Seen*)>& inDialog,
          const std::function<void(QDialog*, Seen*)>& inOtherDialog = {})
{
    Seen seen;
    // Looks for the dialog until it is open (a few tries: the test fails rather than hang).
    QTimer poll;
    int tries = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        // A dialog other than File › Import (the exchange dialog for an ELMO record).
        auto* other = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (inOtherDialog && other && !qobject_cast<ImportDialog*>(other)) {
            poll.stop();
            seen.opened = true;
            inOtherDialog(other, &seen);
            other->reject();
            return;
        }
        auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++tries > 100) {
                poll.stop();
                if (QWidget* other = QApplication::activeModalWidget()) {
                    other->close();
                }
            }
            return;
        }
        poll.stop();
        seen.opened = true;
        seen.kind = dialog->findChild<QComboBox*>(QStringLiteral("importKind"))->currentData().toString();
        seen.kindNote = dialog->findChild<QLabel*>(QStringLiteral("importKindNote"))->text();
        inDialog(dialog, &seen);
        seen.summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        seen.importEnabled = dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled();
        dialog->reject();
    });
    poll.start(20);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropped(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    // The dialog opens after the drop returns.
    for (int i = 0; i < 200 && poll.isActive(); ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return seen;
}

} // namespace

TEST_CASE("A CSV dropped onto the window is previewed with the error at its cell, and imported only whole",
          "[gui][import]")
{
    Translations::install(QStringLiteral("en")); // the English plurals
    ddtest::DemoWindow demo;
    auto* students = child<QTableView>(demo.window, "studentTable");
    const int before = students->model()->rowCount();
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    const auto count = [&db](const char* sql) { return ddtest::scalar(db, QString::fromLatin1(sql)).toInt(); };
    const int stored = count("SELECT count(*) FROM students");
    const int runs = count("SELECT count(*) FROM import_runs");

    // One bad date among good lines: shown at its cell, nothing written, Import refused.
    const QString bad = QDir(demo.dir()).filePath(QStringLiteral("new-students.csv"));
    ddtest::writeFile(bad,
                      kStudentsHeader + kChanged + kNew
                          + "DD2023098,2025210098,6634040098,Chen,Jie,陈杰,,2005-02-30,CN,E12345679,,2023,active\n");
    const Seen refused = drop(demo.window, bad, [](ImportDialog* dialog, Seen* seen) {
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("importPreview"));
        // Shown first: the lines with problems.
        seen->rows = table->model()->rowCount();
        const QModelIndex cell = table->model()->index(0, ImportPreviewModel::FirstCell + 7);
        seen->cellText = cell.data().toString();
        seen->cellTip = cell.data(Qt::ToolTipRole).toString();
        seen->statusText = table->model()->index(0, ImportPreviewModel::StatusColumn).data().toString();
    });
    REQUIRE(refused.opened);
    CHECK(refused.kind == QStringLiteral("students"));
    CHECK(refused.kindNote == QStringLiteral("recognised from the header"));
    CHECK(refused.rows == 1);
    CHECK(refused.cellText == QStringLiteral("2005-02-30"));
    CHECK(refused.cellTip.contains(QStringLiteral("not a valid date")));
    CHECK(refused.statusText.startsWith(QStringLiteral("refused: date_of_birth:")));
    INFO(refused.summary.toStdString());
    CHECK(refused.summary.startsWith(QStringLiteral("Nothing would be imported: 1 line refused.")));
    CHECK_FALSE(refused.importEnabled);
    CHECK(count("SELECT count(*) FROM students") == stored);
    CHECK(count("SELECT count(*) FROM import_runs") == runs);

    // The good lines alone: a change shown as stored → file, a new student, then imported.
    const QString good = QDir(demo.dir()).filePath(QStringLiteral("good-students.csv"));
    ddtest::writeFile(good, kStudentsHeader + kChanged + kNew);
    QString outcome;
    const Seen imported = drop(demo.window, good, [&outcome](ImportDialog* dialog, Seen* seen) {
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("importPreview"));
        seen->rows = table->model()->rowCount();
        seen->cellText = table->model()->index(0, ImportPreviewModel::FirstCell + 10).data().toString();
        seen->statusText = table->model()->index(1, ImportPreviewModel::StatusColumn).data().toString();
        seen->importEnabled = dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled();
        if (seen->importEnabled) {
            dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
        }
        outcome = dialog->outcome();
    });
    REQUIRE(imported.opened);
    CHECK(imported.rows == 2);
    CHECK(imported.cellText == QStringLiteral("thitima.nuchnoi1@students.example.edu → t.nuchnoi@example.org"));
    CHECK(imported.statusText == QStringLiteral("new"));
    CHECK(imported.summary.startsWith(QStringLiteral("Imported: good-students.csv: 2 rows: 1 added, 1 changed")));
    INFO(outcome.toStdString());
    const QString backup = outcome.section(QStringLiteral("before the import: "), 1);
    CHECK(QFileInfo::exists(backup));
    CHECK(count("SELECT count(*) FROM students") == stored + 1);
    CHECK(ddtest::scalar(db, QStringLiteral("SELECT name_zh FROM students WHERE student_id = 'DD2023099'")).toString()
          == QStringLiteral("李娜"));
    CHECK(count("SELECT count(*) FROM import_runs") == runs + 1);
    // The window reads the students again.
    CHECK(students->model()->rowCount() == before + 1);
}

TEST_CASE("A file saved by Excel on Chinese Windows is read as GB18030, and the reader may choose another encoding",
          "[gui][import][encoding]")
{
    ddtest::TempDatabase t(true);
    const QString path = QDir(t.dir()).filePath(QStringLiteral("gb.csv"));
    ddtest::writeFile(path, ddtest::iconv(kStudentsHeader + kNew, "GB18030"));

    ImportDialog dialog(t.db());
    CHECK(dialog.preview(path));
    auto* encoding = child<QComboBox>(dialog, "importEncoding");
    auto* table = child<QTableView>(dialog, "importPreview");
    CHECK(encoding->currentData().toString() == QStringLiteral("gb18030"));
    CHECK(child<QLabel>(dialog, "importEncodingNote")->text().contains(QStringLiteral("check the names")));
    CHECK(table->model()->index(0, ImportPreviewModel::FirstCell + 5).data().toString() == QStringLiteral("李娜"));
    CHECK(child<QPushButton>(dialog, "importButton")->isEnabled());
    // Read as UTF-8 it is refused as a whole, and Import with it.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    emit encoding->activated(encoding->currentIndex());
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    CHECK(
        child<QLabel>(dialog, "importSummary")->text().startsWith(QStringLiteral("The file cannot be read as UTF-8:")));
    CHECK(child<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("not valid UTF-8")));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("gb18030")));
    emit encoding->activated(encoding->currentIndex());
    REQUIRE(dialog.importNow());
    CHECK(
        ddtest::scalar(t.db(), QStringLiteral("SELECT name_zh FROM students WHERE student_id = 'DD2023099'")).toString()
        == QStringLiteral("李娜"));
}

TEST_CASE("An ELMO record dropped onto the window goes to the exchange dialog, which checks its signature first",
          "[gui][import]")
{
    ddtest::DemoWindow demo;
    const QString path = QDir(demo.dir()).filePath(QStringLiteral("record.xml"));
    ddtest::writeFile(
        path,
        "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<elmo xmlns=\"https://github.com/emrex-eu/"
        "elmo-schemas/tree/v1\"><generatedDate>2026-11-30T10:00:00Z</generatedDate></elmo>\n");
    QString dialogName;
    QString signature;
    const Seen seen = drop(
        demo.window, path, [](ImportDialog*, Seen*) {},
        [&](QDialog* dialog, Seen*) {
            dialogName = dialog->objectName();
            if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("elmoSignature"))) {
                signature = label->text();
            }
        });
    REQUIRE(seen.opened);
    CHECK(dialogName == QStringLiteral("elmoImportDialog"));
    CHECK(signature.startsWith(QStringLiteral("refused:")));
    // Files the window does not import are not taken at all.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QDir(demo.dir()).filePath(QStringLiteral("photo.png")))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&demo.window, &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("Cancel in the progress of a long import writes nothing", "[gui][import]")
{
    ddtest::TempDatabase t(true);
    QByteArray csv = kStudentsHeader;
    for (int i = 0; i < 20000; ++i) {
        csv += QStringLiteral("DD2024%1,,,Test,Person,,,2006-03-08,TH,,,2024,active\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    const QString path = QDir(t.dir()).filePath(QStringLiteral("intake.csv"));
    ddtest::writeFile(path, csv);
    const int students = ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt();
    const int runs = ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM import_runs")).toInt();

    ImportDialog dialog(t.db());
    REQUIRE(dialog.preview(path));
    REQUIRE(child<QPushButton>(dialog, "importButton")->isEnabled());
    // The person presses Cancel while the lines are checked, then reads why nothing was imported.
    bool cancelled = false;
    QString message;
    QTimer press;
    QObject::connect(&press, &QTimer::timeout, [&] {
        if (auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
            progress && progress->value() > 0 && !cancelled) {
            progress->cancel();
            cancelled = true;
        } else if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            message = box->text();
            box->close();
        }
    });
    press.start(10);
    CHECK_FALSE(dialog.importNow());
    press.stop();
    CHECK(cancelled);
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(dialog.imported());
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt() == students);
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM import_runs")).toInt() == runs);
}
