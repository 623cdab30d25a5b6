// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transcripts/TranscriptsView.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace dd;
using ddtest::child;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("Transcripts view: search, preview pages, language, issue a PDF, print, verify", "[gui][transcripts]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    window.showView(QStringLiteral("transcripts"));
    TranscriptsView* view = window.transcriptsView();
    auto* search = child<QLineEdit>(*view, "transcriptSearch");
    auto* students = child<QTableView>(*view, "transcriptStudents");
    search->setText(QStringLiteral("DD2020013"));
    REQUIRE(students->model()->rowCount() == 1);
    students->setCurrentIndex(students->model()->index(0, 0));
    CHECK(view->currentStudent() == QStringLiteral("DD2020013"));
    INFO(child<QLabel>(*view, "transcriptMessage")->text().toStdString());
    REQUIRE(view->pageCount() >= 3);
    auto* preview = child<QLabel>(*view, "previewLabel");
    CHECK_FALSE(preview->pixmap().isNull());
    CHECK(preview->pixmap().height() > preview->pixmap().width()); // a portrait page
    CHECK(child<QLabel>(*view, "pageLabel")->text() == QStringLiteral("Page 1 of %1").arg(view->pageCount()));
    child<QToolButton>(*view, "nextPageButton")->click();
    CHECK(view->currentPage() == 1);

    auto* language = child<QComboBox>(*view, "transcriptLanguage");
    CHECK(language->currentData().toString() == QStringLiteral("en-zh"));
    auto* institution = child<QComboBox>(*view, "transcriptInstitution");
    institution->setCurrentIndex(institution->findData(QStringLiteral("RUTS")));
    CHECK(language->currentData().toString() == QStringLiteral("en-th"));
    CHECK(language->count() == 2);
    CHECK(view->currentPage() == 0);

    child<QLineEdit>(*view, "recipientEdit")->setText(QStringLiteral("Graduate School, Prince of Songkla University"));
    child<QLineEdit>(*view, "purposeEdit")->setText(QStringLiteral("admission"));
    const QString pdf = QDir(demo.dir()).filePath(QStringLiteral("DD2020013-RUTS.pdf"));
    REQUIRE(view->issueTo(pdf));
    auto* issued = child<QTableWidget>(*view, "issuedTable");
    REQUIRE(issued->rowCount() == 1);
    const QString code = issued->item(0, 1)->text();
    CHECK(issued->item(0, 5)->text() == QStringLiteral("Graduate School, Prince of Songkla University"));
    CHECK(pdfText(pdf).contains(code));

    // Printing issues on paper: recorded, then printed (here to a PDF printer).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = QDir(demo.dir()).filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(view->printOn(&printer));
    REQUIRE(issued->rowCount() == 2);
    const QString printedCode = issued->item(0, 1)->text();
    CHECK(printedCode != code);
    CHECK(pdfText(printed).contains(printedCode));
    CHECK(pdfText(printed).contains(QStringLiteral("Page 1 of %1").arg(view->pageCount())));

    QString message;
    ddtest::closeNextMessageBox(&message);
    CHECK(view->verify(pdf, &message) == TranscriptService::Verdict::Genuine);
    ddtest::closeNextMessageBox(&message);
    CHECK(view->verify(QStringLiteral("AAAA-BBBB-CCCC-DDDD"), &message) == TranscriptService::Verdict::NotGenuine);
}

TEST_CASE("Issuing a cohort shows progress and can be cancelled", "[gui][transcripts]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    window.showView(QStringLiteral("transcripts"));
    TranscriptsView* view = window.transcriptsView();
    const QString folder = QDir(demo.dir()).filePath(QStringLiteral("batch"));
    // Cancel as soon as the progress dialog has shown some progress.
    QTimer cancel;
    bool sawProgress = false;
    QObject::connect(&cancel, &QTimer::timeout, [&]() {
        if (auto* progress = view->findChild<QProgressDialog*>(QStringLiteral("cohortProgress"))) {
            if (progress->value() >= 2) {
                sawProgress = true;
                progress->cancel();
            }
        }
    });
    cancel.start(0);
    const TranscriptIssuer::BatchResult result
        = view->issueCohortTo(2021, folder, QStringLiteral("Graduate School"), QStringLiteral("admission"));
    cancel.stop();
    CHECK(sawProgress);
    CHECK(result.cancelled);
    CHECK(result.issued >= 2);
    CHECK(result.issued < result.total);
    CHECK(QDir(folder).entryList({QStringLiteral("*.pdf")}).size() == result.issued);
    CHECK(child<QLabel>(*view, "transcriptMessage")->text().startsWith(QStringLiteral("Cancelled: ")));
}

TEST_CASE("Transcripts view signs with the institution's key, shows who signed, and verifies a file offline",
          "[gui][transcripts][signing]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    window.showView(QStringLiteral("transcripts"));
    TranscriptsView* view = window.transcriptsView();
    child<QLineEdit>(*view, "transcriptSearch")->setText(QStringLiteral("DD2020008"));
    auto* students = child<QTableView>(*view, "transcriptStudents");
    REQUIRE(students->model()->rowCount() == 1);
    students->setCurrentIndex(students->model()->index(0, 0));
    auto* institution = child<QComboBox>(*view, "transcriptInstitution");
    institution->setCurrentIndex(institution->findData(QStringLiteral("RUTS")));
    CHECK(child<QLabel>(*view, "signerLabel")->text().contains(QStringLiteral("Signs as RUTS DEMO")));

    const QString pdf = QDir(demo.dir()).filePath(QStringLiteral("signed.pdf"));
    REQUIRE(view->issueTo(pdf));
    auto* issued = child<QTableWidget>(*view, "issuedTable");
    REQUIRE(issued->rowCount() == 1);
    CHECK(issued->item(0, 2)->text() == QStringLiteral("signed"));
    const QString ca = demo.data.keysDir() + QStringLiteral("/ca.pem");
    QString message;
    ddtest::closeNextMessageBox(&message);
    CHECK(view->verifyOffline(pdf, ca, &message) == OfflineVerdict::Valid);
    CHECK(message.contains(QStringLiteral("Genuine: signed by RUTS DEMO")));

    // Unsigned on request: the page and the log say so, and offline verification refuses it.
    child<QCheckBox>(*view, "unsignedCheck")->setChecked(true);
    const QString plain = QDir(demo.dir()).filePath(QStringLiteral("unsigned.pdf"));
    REQUIRE(view->issueTo(plain));
    CHECK(issued->item(0, 2)->text() == QStringLiteral("unsigned"));
    CHECK(pdfText(plain).contains(QStringLiteral("Not digitally signed")));
    ddtest::closeNextMessageBox(&message);
    CHECK(view->verifyOffline(plain, ca, &message) == OfflineVerdict::NotGenuine);

    // A wrong passphrase: nothing issued, the reason shown.
    child<QCheckBox>(*view, "unsignedCheck")->setChecked(false);
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "wrong");
    ddtest::closeNextMessageBox(&message);
    CHECK_FALSE(view->issueTo(QDir(demo.dir()).filePath(QStringLiteral("no.pdf"))));
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    CHECK(message.contains(QStringLiteral("wrong passphrase")));
    CHECK(issued->rowCount() == 2);
    CHECK_FALSE(QFile::exists(QDir(demo.dir()).filePath(QStringLiteral("no.pdf"))));
}
