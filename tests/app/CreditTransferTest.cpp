// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/transfer/CreditTransferView.h"
#include "app/transfer/EquivalencyDialog.h"
#include "app/transfer/EquivalencyModel.h"
#include "app/transfer/NewEquivalencyDialog.h"
#include "app/transfer/TransferPlanModel.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/services/TransferService.h"

#include <catch2/catch.hpp>

#include "app/common/DateField.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace dd;
using ddtest::child;

namespace {

int rowWith(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

/** The demo database, closed, with a mark entered for a course that was in progress. */
struct DemoFile
{
    ddtest::TempDatabase t {true};
    QString path = t.path();

    DemoFile()
    {
        REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("results"),
                                  "student_id,institution,course_code,term,mark,attempt\n"
                                  "DD2023002,CQUPT,MAJ309,2026-2027-1,85,\n")
                    .isEmpty());
        t.db().close();
    }
};

} // namespace

TEST_CASE("EquivalencyModel and its filter stay consistent", "[model][transfer]")
{
    ddtest::TempDatabase t(true);
    TransferService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    EquivalencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EquivalencyFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalogue(service.current(), service.courses());
    CHECK(model.rowCount() == 48);
    CHECK(model.columnCount() == EquivalencyModel::ColumnCount);
    const int row = rowWith(&model, EquivalencyModel::FromCodesColumn, QStringLiteral("SP201+SP202"));
    REQUIRE(row >= 0);
    CHECK(model.index(row, EquivalencyModel::FromTitlesColumn).data().toString()
          == QStringLiteral("Calculus I + Calculus II"));
    CHECK(model.index(row, EquivalencyModel::TargetTitlesColumn).data().toString()
          == QStringLiteral("Advanced Mathematics"));
    CHECK(model.index(row, EquivalencyModel::DirectionColumn).data().toString() == QStringLiteral("RUTS → CQUPT"));
    CHECK(model.rowOf(model.index(row, 0).data(EquivalencyModel::IdRole).toLongLong()) == row);

    filter.setStatus(QStringLiteral("rejected"));
    CHECK(filter.rowCount() == 2);
    filter.setStatus(QString());
    filter.setFromInstitution(QStringLiteral("CQUPT"));
    CHECK(filter.rowCount() == 21);
    filter.setFromInstitution(QString());
    filter.setText(QStringLiteral("แคลคูลัส")); // Thai: calculus
    CHECK(filter.rowCount() == 2);
    filter.setText(QStringLiteral("高等数学"));
    CHECK(filter.rowCount() == 2);
    filter.setText(QString());
    filter.setCohort(2021);
    CHECK(filter.rowCount() == 47); // SP216 is valid from 2022
    filter.setCohort(2023);
    CHECK(filter.rowCount() == 47); // FE402 was retired after 2021
    filter.setCohort(0);
    CHECK(filter.rowCount() == 48);
    model.setCatalogue({}, {});
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("TransferPlanModel lists allowed, refused and recorded transfers", "[model][transfer]")
{
    DemoFile demo;
    Database db;
    Error error;
    REQUIRE(db.open(demo.path, Database::OpenMode::OpenExisting, &error));
    TransferService service(db);
    REQUIRE(service.load(&error));
    TransferService::StudentTransfers transfers;
    REQUIRE(service.plan(QStringLiteral("DD2023002"), QStringLiteral("RUTS"), QDate(2027, 2, 1), &transfers, &error));

    TransferPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTransfers(transfers);
    CHECK(model.rowCount() == transfers.plan.candidates.size() + transfers.recorded.size());
    CHECK(model.allowedCount() == 1);
    int allowed = -1;
    int refused = -1;
    int recorded = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString kind = model.index(row, 0).data(TransferPlanModel::KindRole).toString();
        if (kind == QLatin1String("allowed")) {
            allowed = row;
        } else if (kind == QLatin1String("refused") && refused < 0) {
            refused = row;
        } else if (kind == QLatin1String("recorded") && recorded < 0) {
            recorded = row;
        }
    }
    REQUIRE(allowed >= 0);
    REQUIRE(refused >= 0);
    REQUIRE(recorded >= 0);
    CHECK(model.index(allowed, TransferPlanModel::SourceColumn).data().toString()
          == QStringLiteral("MAJ309 (2026-2027-1, 85)"));
    CHECK(model.index(allowed, TransferPlanModel::GradeColumn).data().toString() == QStringLiteral("B+"));
    CHECK(model.index(refused, TransferPlanModel::DetailColumn).data().toString().contains(QLatin1Char(':')));
    CHECK(model.index(recorded, 0).data(TransferPlanModel::TransferIdRole).toLongLong() > 0);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("An equivalency is approved through the detail dialog, with a required reason", "[gui][transfer]")
{
    DemoFile demo;
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(demo.path, &error));
    window.showView(QStringLiteral("transfer"));

    auto* table = child<QTableView>(window, "equivalencyTable");
    QTest::keyClicks(child<QLineEdit>(window, "catalogueSearch"), QStringLiteral("SP216"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, EquivalencyModel::StatusColumn).data().toString() == QStringLiteral("proposed"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(window, "detailsButton"), Qt::LeftButton);

    auto* dialog = window.findChild<EquivalencyDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "creditCheckLabel")->text().contains(QStringLiteral("2.5 credits")));
    auto* approve = child<QPushButton>(*dialog, "approveButton");
    CHECK(approve->isEnabled());
    CHECK(child<QPushButton>(*dialog, "retireButton")->isHidden()); // a proposal is approved or rejected

    // Without a reason nothing is recorded.
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "decisionMessage")->text().contains(QStringLiteral("reason")));
    CHECK(table->model()->index(0, EquivalencyModel::StatusColumn).data().toString() == QStringLiteral("proposed"));

    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "reasonEdit"), QStringLiteral("Syllabus covers MAJ electives"));
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "decisionMessage")->text() == QStringLiteral("Recorded as version 2: approved."));
    CHECK(child<QLabel>(*dialog, "statusText")->text().startsWith(QStringLiteral("Version 2: approved")));
    CHECK(child<QTableWidget>(*dialog, "historyTable")->rowCount() == 2);
    CHECK(child<QPushButton>(*dialog, "retireButton")->isVisible());

    // The catalogue shows the new version; the database has both.
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, EquivalencyModel::StatusColumn).data().toString() == QStringLiteral("approved"));
    CHECK(table->model()->index(0, EquivalencyModel::VersionColumn).data().toInt() == 2);
    Database db;
    REQUIRE(db.open(demo.path, Database::OpenMode::OpenExisting, &error));
    const std::optional<Equivalency> latest = EquivalencyRepository(db).latest(dialog->equivalency().key(), &error);
    REQUIRE(latest);
    CHECK(latest->version == 2);
    CHECK(latest->status == QStringLiteral("approved"));
    CHECK(latest->reason == QStringLiteral("Syllabus covers MAJ electives"));
    CHECK(latest->decidedBy == QStringLiteral("admin"));

    // The students this version now lets transfer SP216 are listed.
    QTest::mouseClick(child<QPushButton>(*dialog, "impactButton"), Qt::LeftButton);
    CHECK(child<QTableWidget>(*dialog, "impactTable")->rowCount() > 10);
    dialog->close();
}

TEST_CASE("A decision on a version someone else changed is refused and keeps the reason", "[gui][transfer]")
{
    DemoFile demo;
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(demo.path, &error));
    auto* view = window.creditTransferView();

    Database other;
    REQUIRE(other.open(demo.path, Database::OpenMode::OpenExisting, &error));
    TransferService otherService(other);
    REQUIRE(otherService.load(&error));
    Equivalency proposal;
    for (const Equivalency& e : otherService.current()) {
        if (e.status == QLatin1String("proposed")) {
            proposal = e;
        }
    }
    REQUIRE(proposal.id > 0);
    EquivalencyDialog* dialog = view->openEquivalency(proposal.id);
    REQUIRE(dialog);

    User registrar;
    registrar.id = 1;
    registrar.username = QStringLiteral("admin");
    registrar.role = QStringLiteral("administrator");
    other.setActingUser(registrar);
    REQUIRE(otherService.decide(proposal, QStringLiteral("rejected"), QStringLiteral("Decided in the other office"),
                                nullptr, &error));

    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "reasonEdit"), QStringLiteral("My reason"));
    QString shown;
    ddtest::closeNextMessageBox(&shown);
    CHECK_FALSE(dialog->decide(QStringLiteral("approved")));
    CHECK(shown.contains(QStringLiteral("version 2 is rejected")));
    CHECK(child<QPlainTextEdit>(*dialog, "reasonEdit")->toPlainText() == QStringLiteral("My reason"));
    const std::optional<Equivalency> latest = EquivalencyRepository(other).latest(proposal.key(), &error);
    REQUIRE(latest);
    CHECK(latest->status == QStringLiteral("rejected"));
    ddtest::answerNextMessageBox(QMessageBox::Discard, &shown); // the typed reason is not dropped unasked
    dialog->close();
    CHECK(shown.contains(QStringLiteral("reason")));
}

TEST_CASE("The student panel applies allowed transfers, and undo reverses exactly those", "[gui][transfer]")
{
    DemoFile demo;
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(demo.path, &error));
    window.showView(QStringLiteral("transfer"));
    auto* view = window.creditTransferView();
    child<DateField>(window, "asOfDate")->setDate(QDate(2027, 2, 1));
    auto* into = child<QComboBox>(window, "toInstitution");
    into->setCurrentIndex(into->findData(QStringLiteral("RUTS")));
    auto* student = child<QLineEdit>(window, "studentIdEdit");
    QTest::keyClicks(student, QStringLiteral("DD2023002"));
    QTest::keyClick(student, Qt::Key_Return);
    auto* transfers = child<QTableView>(window, "transferTable");
    CHECK(transfers->model()->rowCount() > 1);
    auto* apply = child<QPushButton>(window, "applyButton");
    REQUIRE(apply->isEnabled());
    CHECK(child<QLabel>(window, "transferSummary")->text().contains(QStringLiteral("1 allowed")));

    Database db;
    REQUIRE(db.open(demo.path, Database::OpenMode::OpenExisting, &error));
    auto appliedCount = [&]() {
        int n = 0;
        for (const TransferCredit& t : TransferCreditRepository(db).forStudent(QStringLiteral("DD2023002"), &error)) {
            n += t.isApplied() ? 1 : 0;
        }
        return n;
    };
    const int before = appliedCount();
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(appliedCount() == before + 1);
    CHECK_FALSE(apply->isEnabled());
    CHECK(child<QLabel>(window, "transferSummary")->text().contains(QStringLiteral("0 allowed")));

    QAction* undo = child<QAction>(window, "actionUndo");
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(appliedCount() == before);
    CHECK(apply->isEnabled()); // allowed again
    child<QAction>(window, "actionRedo")->trigger();
    CHECK(appliedCount() == before + 1);

    // A reviewed reversal of a recorded transfer, with its reason kept.
    auto* model = transfers->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(TransferPlanModel::KindRole).toString() == QLatin1String("recorded")
            && model->index(r, TransferPlanModel::TargetColumn).data().toString() == QLatin1String("SP309")) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    transfers->setCurrentIndex(model->index(row, 0));
    CHECK(child<QPushButton>(window, "reverseButton")->isEnabled());
    REQUIRE(view->reverseSelected(QStringLiteral("Mark under appeal")));
    CHECK(appliedCount() == before);

    // Applying a reversed transfer again asks first, naming who reversed it and why.
    REQUIRE(apply->isEnabled());
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::No, &asked);
    CHECK_FALSE(view->applyAllowed());
    CHECK(asked.contains(QStringLiteral("Mark under appeal")));
    CHECK(appliedCount() == before);
    ddtest::answerNextMessageBox(QMessageBox::Yes, &asked);
    CHECK(view->applyAllowed());
    CHECK(appliedCount() == before + 1);
}

TEST_CASE("A new equivalency is proposed through its dialog and appears in the catalogue", "[gui][transfer]")
{
    DemoFile demo;
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(demo.path, &error));
    window.showView(QStringLiteral("transfer"));
    QTest::mouseClick(child<QPushButton>(window, "newEquivalencyButton"), Qt::LeftButton);
    auto* dialog = window.findChild<NewEquivalencyDialog*>();
    REQUIRE(dialog);
    auto* ok = child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto* from = child<QComboBox>(*dialog, "fromInstitution");
    from->setCurrentIndex(from->findData(QStringLiteral("RUTS")));
    auto* to = child<QComboBox>(*dialog, "toInstitution");
    to->setCurrentIndex(to->findData(QStringLiteral("CQUPT")));
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*dialog, "sourceCodes"), QStringLiteral("sp999"));
    CHECK(child<QLabel>(*dialog, "checkLabel")->text() == QStringLiteral("SP999 is not a RUTS course"));
    child<QLineEdit>(*dialog, "sourceCodes")->setText(QStringLiteral("SP215"));
    child<QLineEdit>(*dialog, "targetCodes")->setText(QStringLiteral("MAJ313"));
    child<QSpinBox>(*dialog, "validFrom")->setValue(2023);
    REQUIRE(ok->isEnabled());
    CHECK(
        child<QLabel>(*dialog, "checkLabel")->text().contains(QStringLiteral("can be approved as a full equivalent")));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);

    auto* table = child<QTableView>(window, "equivalencyTable");
    CHECK(table->model()->rowCount() == 49);
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(table->model()->index(current.row(), EquivalencyModel::FromCodesColumn).data().toString()
          == QStringLiteral("SP215"));
    CHECK(table->model()->index(current.row(), EquivalencyModel::StatusColumn).data().toString()
          == QStringLiteral("proposed"));
}
