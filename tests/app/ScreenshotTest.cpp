// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pictures for docs/screenshots/ of what only typing shows: refusals next to the fields,
// the reasons beside what a role may not do, the question before typed work is dropped.
// Hidden from the suite ("[.screenshots]"); scripts/screenshots.sh runs them with
// DD_SCREENSHOT_DIR set, and they write nowhere else.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/audit/AuditPanel.h"
#include "app/audit/AuditView.h"
#include "app/common/TableTools.h"
#include "app/exchange/ElmoExportDialog.h"
#include "app/exchange/ElmoImportDialog.h"
#include "app/exchange/PartnerCertificatesDialog.h"
#include "app/importing/ImportDialog.h"
#include "app/keys/InstitutionKeysDialog.h"
#include "app/plan/PlanView.h"
#include "app/reports/ReportsDialog.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/transcripts/TranscriptsView.h"
#include "app/window/DatabaseCare.h"
#include "app/window/HelpDialogs.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/InstitutionKeys.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace dd;
using ddtest::child;

namespace {

QString target(const char* name)
{
    const QString dir = qEnvironmentVariable("DD_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    return QDir(dir).filePath(QString::fromLatin1(name));
}

void save(QWidget* widget, const char* name)
{
    QApplication::processEvents();
    REQUIRE(widget->grab().save(target(name)));
}

/** A list printed (landscape, to PDF in \a dir) and its first page as NAME.png. */
void savePrinted(const TableTools& tools, const QString& dir, const char* name)
{
    const QString pdf = QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setOutputFileName(pdf);
    tools.print(&printer);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                  target(name)});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
}

} // namespace

TEST_CASE("Screenshot: the student form refuses an impossible date and a wrong national ID, in Thai", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    demo.window.setLanguage(QStringLiteral("th"));
    StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    dialog->resize(900, 640);
    child<QLineEdit>(*dialog, "dateOfBirthEdit")->setText(QStringLiteral("2003-02-31"));
    child<QLineEdit>(*dialog, "nationalIdEdit")->setText(QStringLiteral("1442094644514"));
    child<QLineEdit>(*dialog, "familyNameEdit")->setText(QStringLiteral("Nuch\u202Enoi"));
    CHECK_FALSE(dialog->save());
    save(dialog, "student-form-refusals-th.png");
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    dialog->reject();
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: a RUTS sheet read by the CQUPT registrar, with the reason beside it", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    QTimer::singleShot(0, []() {
        auto* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        child<QLineEdit>(*dialog, "userEdit")->setText(QStringLiteral("cqupt.registrar"));
        child<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("cqupt-demo-2020"));
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    });
    REQUIRE(demo.window.logIn());
    demo.window.showView(QStringLiteral("results"));
    REQUIRE(demo.window.resultsView()->showSheet(QStringLiteral("RUTS"), QStringLiteral("1/2566"),
                                                 QStringLiteral("GE101")));
    save(&demo.window, "results-read-only-role.png");
}

TEST_CASE("Screenshot: typed marks are not dropped when the course changes, in Chinese", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    demo.window.setLanguage(QStringLiteral("zh_CN"));
    demo.window.showView(QStringLiteral("results"));
    REQUIRE(demo.window.resultsView()->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"),
                                                 QStringLiteral("MAJ309")));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), QStringLiteral("81")));
    REQUIRE(model->setData(model->index(1, MarkSheetModel::MarkColumn), QStringLiteral("良好")));
    QTimer::singleShot(0, [&demo]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->adjustSize();
        // The window with the question over it, as a person sees it.
        QPixmap shot = demo.window.grab();
        QPainter painter(&shot);
        const QPixmap question = box->grab();
        painter.drawPixmap((shot.width() - question.width()) / 2, (shot.height() - question.height()) / 2, question);
        painter.end();
        REQUIRE(shot.save(target("unsaved-marks-zh_CN.png")));
        box->button(QMessageBox::Cancel)->click();
    });
    auto* course = child<QComboBox>(demo.window, "entryCourse");
    course->setCurrentIndex(course->currentIndex() == 0 ? 1 : 0);
    CHECK(demo.window.resultsView()->hasUnsavedMarks());
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    demo.window.close();
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: a mark sheet saved while another program holds the file, in Thai", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    demo.window.setLanguage(QStringLiteral("th"));
    demo.window.showView(QStringLiteral("results"));
    REQUIRE(demo.window.resultsView()->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"),
                                                 QStringLiteral("MAJ309")));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), QStringLiteral("81")));
    Database other;
    ddtest::openAsSomeoneElse(other, demo.path());
    Error error;
    Transaction holding(other, Transaction::Mode::Immediate, &error);
    REQUIRE(holding.isActive());
    CHECK_FALSE(demo.window.resultsView()->saveMarks());
    save(&demo.window, "busy-database-th.png");
    holding.rollback();
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    demo.window.close();
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: a student saved after someone else changed it, in Thai", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    demo.window.setLanguage(QStringLiteral("th"));
    StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020002"));
    REQUIRE(dialog);
    dialog->resize(900, 640);
    child<QLineEdit>(*dialog, "passportEdit")->setText(QStringLiteral("AB1234567"));
    {
        Database other;
        ddtest::openAsSomeoneElse(other, demo.path());
        Error error;
        Student s = StudentRepository(other).find(QStringLiteral("DD2020002"), &error).value();
        s.passportNo = QStringLiteral("ZZ7654321");
        REQUIRE(StudentRepository(other).update(s, &error));
    }
    QTimer::singleShot(0, [dialog]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->adjustSize();
        QPixmap shot = dialog->grab();
        QPainter painter(&shot);
        const QPixmap question = box->grab();
        painter.drawPixmap((shot.width() - question.width()) / 2, (shot.height() - question.height()) / 2, question);
        painter.end();
        REQUIRE(shot.save(target("stale-student-save-th.png")));
        box->button(QMessageBox::Ok)->click();
    });
    CHECK_FALSE(dialog->save());
    save(dialog, "stale-student-save-message-th.png");
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    dialog->reject();
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: an older copy put back in place, its changes refused until adopted", "[.screenshots]")
{
    ddtest::TempDatabase data(true);
    data.db().close();
    const QString older = data.dir() + QStringLiteral("/older.db");
    REQUIRE(QFile::copy(data.path(), older));
    {
        dd::Database db;
        ddtest::openAsSomeoneElse(db, data.path());
        REQUIRE(ddtest::importCsv(db, QStringLiteral("students"),
                                  "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                  "nationality,passport_no,email,cohort,status\n"
                                  "DD2024901,,,Kaewmanee,Ploy,,,2006-02-03,TH,,,2024,active\n")
                    .isEmpty());
    }
    REQUIRE(QFile::remove(data.path()));
    REQUIRE(QFile::copy(older, data.path()));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    Error error;
    REQUIRE(window.openDatabase(data.path(), &error));
    save(&window, "behind-chain-head.png");
}

TEST_CASE("Screenshot: Settings › Institution Keys with the demo certificates and a trusted partner", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.data.db().close();
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    InstitutionKeysDialog dialog(db, &demo.window);
    const QString pem = QDir(demo.dir()).filePath(QStringLiteral("ruts.pem"));
    REQUIRE(dialog.exportCertificate(QStringLiteral("RUTS"), pem));
    REQUIRE(dialog.trustCertificate(QStringLiteral("RUTS"), pem));
    dialog.show();
    save(&dialog, "institution-keys.png");
}

TEST_CASE("Screenshot: the Transcripts view after a signed and an unsigned issue", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1400, 860);
    demo.window.showView(QStringLiteral("transcripts"));
    TranscriptsView* view = demo.window.transcriptsView();
    child<QLineEdit>(*view, "transcriptSearch")->setText(QStringLiteral("DD2020008"));
    auto* students = child<QTableView>(*view, "transcriptStudents");
    REQUIRE(students->model()->rowCount() == 1);
    students->setCurrentIndex(students->model()->index(0, 0));
    auto* institution = child<QComboBox>(*view, "transcriptInstitution");
    institution->setCurrentIndex(institution->findData(QStringLiteral("RUTS")));
    child<QCheckBox>(*view, "unsignedCheck")->setChecked(true);
    REQUIRE(view->issueTo(QDir(demo.dir()).filePath(QStringLiteral("unsigned.pdf"))));
    child<QCheckBox>(*view, "unsignedCheck")->setChecked(false);
    REQUIRE(view->issueTo(QDir(demo.dir()).filePath(QStringLiteral("signed.pdf"))));
    save(&demo.window, "transcripts-signed.png");
}

TEST_CASE("Screenshot: before quitting, the window offers to sign the changes waiting for a checkpoint",
          "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1280, 800);
    DatabaseCare::setOffersCheckpoints(true);
    bool shot = false;
    std::function<void()> answer = [&]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* which = qobject_cast<QInputDialog*>(modal)) {
            which->setTextValue(QStringLiteral("CQUPT"));
            which->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->adjustSize();
            QPixmap window = demo.window.grab();
            QPainter painter(&window);
            const QPixmap question = box->grab();
            painter.drawPixmap((window.width() - question.width()) / 2, (window.height() - question.height()) / 2,
                               question);
            painter.end();
            REQUIRE(window.save(target("checkpoint-offer.png")));
            shot = true;
            box->reject();
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(0, answer);
    demo.window.databaseCare()->offerCheckpoint(QStringLiteral("Before quitting"));
    DatabaseCare::setOffersCheckpoints(false);
    CHECK(shot);
}

TEST_CASE("Screenshot: File › Exchange, a partner's record shown before import, in English and Thai", "[.screenshots]")
{
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    ddtest::DemoWindow demo;
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    const std::optional<InstitutionKey> key = InstitutionKeys(db).repository().find(QStringLiteral("RUTS"), &error);
    REQUIRE(key);
    const QString pem = QDir(demo.dir()).filePath(QStringLiteral("ruts.pem"));
    ddtest::writeFile(pem, key->certificate.pem());
    PartnerCertificatesDialog partners(db, &demo.window);
    REQUIRE(partners.trust(QStringLiteral("RUTS"), pem));
    partners.show();
    save(&partners, "partner-certificates.png");

    ElmoExportDialog exporter(db, QStringLiteral("DD2020001"), &demo.window);
    child<QComboBox>(exporter, "elmoInstitution")->setCurrentText(QStringLiteral("RUTS"));
    child<QLineEdit>(exporter, "elmoRecipient")->setText(QStringLiteral("CQUPT registrar's office"));
    child<QLineEdit>(exporter, "elmoPurpose")->setText(QStringLiteral("credit transfer for the dual degree"));
    exporter.show();
    save(&exporter, "exchange-export.png");
    const QString file = QDir(demo.dir()).filePath(QStringLiteral("DD2020001-RUTS.xml"));
    REQUIRE(exporter.exportTo(file));

    // Here, two of its marks were since recorded otherwise.
    ResultRepository results(db);
    int changed = 0;
    for (CourseResult r : results.forStudent(QStringLiteral("DD2020001"), &error)) {
        if (r.institution == QLatin1String("RUTS") && r.mark == QLatin1String("A") && changed < 2) {
            REQUIRE(results.changeMark(r, QStringLiteral("B+"), QStringLiteral("typing slip"), &error));
            ++changed;
        }
    }
    demo.window.setLanguage(QStringLiteral("th"));
    {
        ElmoImportDialog dialog(db, &demo.window);
        CHECK_FALSE(dialog.preview(file));
        dialog.show();
        save(&dialog, "exchange-import-refused-th.png");
    }
    demo.window.setLanguage(QStringLiteral("en"));
    ElmoImportDialog dialog(db, &demo.window);
    child<QLineEdit>(dialog, "elmoReason")->setText(QStringLiteral("RUTS's signed record of 2020-2021"));
    REQUIRE(dialog.preview(file));
    dialog.show();
    save(&dialog, "exchange-import-preview.png");
}

TEST_CASE("Screenshot: a list's right-click menu, and the list printed", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1180, 720);
    auto* table = child<QTableView>(demo.window, "studentTable");
    auto* tools = table->findChild<TableTools*>();
    REQUIRE(tools);
    table->selectRow(7);
    QApplication::processEvents();
    QPixmap shot = demo.window.grab();
    tools->contextMenu()->adjustSize();
    const QPixmap menu = tools->contextMenu()->grab();
    {
        QPainter p(&shot);
        const QRect row = table->visualRect(table->model()->index(7, 1));
        p.drawPixmap(table->viewport()->mapTo(&demo.window, row.center()), menu);
    }
    REQUIRE(shot.save(target("list-context-menu.png")));
    savePrinted(*tools, demo.dir(), "list-printed");
}

TEST_CASE("Screenshot: one student's CQUPT audit printed", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    TableTools* tools = ddtest::auditListOf(demo.window, QStringLiteral("DD2020008"), QStringLiteral("CQUPT"));
    savePrinted(*tools, demo.dir(), "audit-printed");
}

TEST_CASE("Screenshot: Help › User Guide and About", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    UserGuideDialog guide(&demo.window);
    guide.show();
    save(&guide, "help-user-guide.png");
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    AboutDialog about(&db, &demo.window);
    about.show();
    save(&about, "help-about.png");
}

TEST_CASE("Screenshot: File › Reports, the RUTS degree list of cohort 2020 in Thai", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.setLanguage(QStringLiteral("th"));
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    ReportsDialog reports(db, &demo.window);
    child<QComboBox>(reports, "reportKind")->setCurrentIndex(1);
    child<QComboBox>(reports, "reportInstitution")->setCurrentText(QStringLiteral("RUTS"));
    child<QComboBox>(reports, "reportCohort")->setCurrentText(QStringLiteral("2020"));
    REQUIRE(reports.showList());
    reports.show();
    save(&reports, "reports-th.png");
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: File › Import, a term's mark sheet and a file from Chinese Windows", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.setLanguage(QStringLiteral("en"));
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    // The teachers' marks for the term: one off the scale, one course unknown, one student unknown.
    const QString marks = QDir(demo.dir()).filePath(QStringLiteral("MAJ317-2026-2027-1.csv"));
    ddtest::writeFile(marks,
                      "student_id,institution,course_code,term,mark,attempt\n"
                      "DD2023001,CQUPT,MAJ317,2026-2027-1,86,\n"
                      "DD2023002,CQUPT,MAJ317,2026-2027-1,92,\n"
                      "DD2023003,CQUPT,MAJ317,2026-2027-1,105,\n"
                      "DD2023004,CQUPT,MAJ317,2026-2027-1,74,\n"
                      "DD2023005,CQUPT,MAJ371,2026-2027-1,81,\n"
                      "DD2023006,CQUPT,MAJ317,2026-2027-1,68,\n"
                      "DD2023060,CQUPT,MAJ317,2026-2027-1,77,\n");
    ImportDialog dialog(db, &demo.window);
    CHECK_FALSE(dialog.preview(marks));
    child<QComboBox>(dialog, "importShow")->setCurrentIndex(0);
    dialog.show();
    save(&dialog, "import-preview.png");

    // Names typed in Chinese Excel: GB18030, proposed, the names shown to check.
    const QByteArray gb
        = ddtest::iconv("student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                        "passport_no,email,cohort,status\n"
                        "DD2024001,2026210001,6734040001,Li,Na,李娜,,2006-03-08,CN,E22345678,,2024,active\n"
                        "DD2024002,2026210002,6734040002,Zhang,Wei,张伟,,2006-05-18,CN,E22345679,,2024,active\n"
                        "DD2024003,2026210003,6734040003,Chen,Jing,陈静,,2006-01-27,CN,E22345680,,2024,active\n",
                        "GB18030");
    const QString names = QDir(demo.dir()).filePath(QStringLiteral("新生名单.csv"));
    ddtest::writeFile(names, gb);
    demo.window.setLanguage(QStringLiteral("zh_CN"));
    {
        ImportDialog chinese(db, &demo.window);
        REQUIRE(chinese.preview(names));
        chinese.show();
        save(&chinese, "import-encoding-zh_CN.png");
    }
    demo.window.setLanguage(QStringLiteral("en"));
}

TEST_CASE("Screenshot: the Plan tab in English and Chinese and Thai", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    demo.window.resize(1400, 820);
    demo.window.showView(QStringLiteral("audit"));
    AuditView* audit = demo.window.auditView();
    auto* tabs = child<QTabWidget>(*audit, "auditTabs");
    tabs->setCurrentWidget(audit->planView());
    for (const char* language : {"en", "zh_CN", "th"}) {
        demo.window.setLanguage(QString::fromLatin1(language));
        REQUIRE(audit->showStudent(QStringLiteral("DD2023001")));
        QApplication::processEvents();
        REQUIRE(audit->planView()->plan().reachable());
        save(&demo.window, QStringLiteral("plan-%1.png").arg(QString::fromLatin1(language)).toLatin1().constData());
    }
    // A student the plan cannot take to both degrees, and why.
    demo.window.setLanguage(QStringLiteral("en"));
    REQUIRE(audit->showStudent(QStringLiteral("DD2023006")));
    QApplication::processEvents();
    save(&demo.window, "plan-unreachable.png");
}

TEST_CASE("Screenshot: File › Reports - the plans of cohort 2023 to both degrees", "[.screenshots]")
{
    ddtest::DemoWindow demo;
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    ReportsDialog reports(db, &demo.window);
    auto* kind = child<QComboBox>(reports, "reportKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("plans")));
    child<QComboBox>(reports, "reportCohort")->setCurrentText(QStringLiteral("2023"));
    REQUIRE(reports.showList());
    reports.show();
    save(&reports, "reports-plans.png");
}
