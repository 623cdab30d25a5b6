// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/AuditView.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/audit/AuditPanel.h"
#include "app/audit/AuditTreeModel.h"
#include "app/audit/CohortAuditModel.h"
#include "app/audit/ExceptionDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/services/AuditService.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace dd;
using ddtest::child;

namespace {

QModelIndex findRequirement(const QAbstractItemModel* model, const QString& id, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex i = model->index(row, 0, parent);
        if (i.data(AuditTreeModel::IdRole).toString() == id) {
            return i;
        }
        const QModelIndex below = findRequirement(model, id, i);
        if (below.isValid()) {
            return below;
        }
    }
    return {};
}

} // namespace

TEST_CASE("AuditTreeModel shows the requirement tree under QAbstractItemModelTester", "[model][audit]")
{
    ddtest::TempDatabase t(true);
    AuditService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    AuditResult result;
    REQUIRE(service.auditStudent(QStringLiteral("DD2020008"), QStringLiteral("CQUPT"), QString(), &result, &error));

    AuditTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(result);
    CHECK(model.rowCount() == result.requirements.size() - 1); // prj sits under pra
    const QModelIndex pra = findRequirement(&model, QStringLiteral("pra"));
    REQUIRE(pra.isValid());
    CHECK(model.rowCount(pra) == 1);
    const QModelIndex prj = model.index(0, 0, pra);
    CHECK(prj.data(AuditTreeModel::IdRole).toString() == QStringLiteral("prj"));
    CHECK(model.parent(prj) == pra);
    const QModelIndex maj = findRequirement(&model, QStringLiteral("maj"));
    CHECK(maj.siblingAtColumn(AuditTreeModel::StatusColumn).data().toString() == QStringLiteral("unmet"));
    CHECK(maj.siblingAtColumn(AuditTreeModel::CreditsColumn).data().toString() == QStringLiteral("58 / 60"));
    CHECK(maj.siblingAtColumn(AuditTreeModel::ProgressColumn).data(AuditTreeModel::ProgressRole).toInt() == 96);
    const QModelIndex gpa = findRequirement(&model, QStringLiteral("gpa"));
    CHECK_FALSE(gpa.siblingAtColumn(AuditTreeModel::ProgressColumn).data(AuditTreeModel::ProgressRole).isValid());
    model.setResult(AuditResult());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("CohortAuditModel lists a cohort's outcomes under QAbstractItemModelTester", "[model][audit]")
{
    ddtest::TempDatabase t(true);
    AuditService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    QList<AuditResult> results;
    REQUIRE(service.auditCohort(2020, QStringLiteral("RUTS"), QString(), &results, &error));
    CohortAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(results, {{QStringLiteral("DD2020001"), QStringLiteral("NUCHNOI Thitima")}});
    CHECK(model.rowCount() == 24);
    CHECK(model.index(0, CohortAuditModel::NameColumn).data().toString() == QStringLiteral("NUCHNOI Thitima"));
    CHECK(model.index(0, CohortAuditModel::HonoursColumn).data().toString() == QStringLiteral("first class"));
    CHECK(model.index(0, CohortAuditModel::GpaColumn).data(CohortAuditModel::SortRole).toDouble() == 4.0);
}

TEST_CASE("The audit view shows one student at both institutions, with what-if and exceptions", "[gui][audit]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;

    window.showView(QStringLiteral("audit"));
    AuditView* view = window.auditView();
    view->showStudent(QStringLiteral("DD2020008"));
    CHECK(child<QLabel>(*view, "studentHeader")->text().startsWith(QStringLiteral("DD2020008 — SANGTHONG Namfon")));

    AuditPanel* cqupt = view->panel(QStringLiteral("CQUPT"));
    AuditPanel* ruts = view->panel(QStringLiteral("RUTS"));
    REQUIRE(cqupt);
    REQUIRE(ruts);
    CHECK(child<QLabel>(*cqupt, "gpaLabel")
              ->text()
              .startsWith(QStringLiteral("CQUPT-CST-2020 — GPA 1.56 (rounded half-up")));
    CHECK(child<QLabel>(*ruts, "gpaLabel")->text().contains(QStringLiteral("truncated")));
    CHECK(child<QProgressBar>(*ruts, "creditsBar")->text() == QStringLiteral("104.5 of 120 credits earned"));
    CHECK(child<QLabel>(*ruts, "outcomeLabel")->text().contains(QStringLiteral("No honours: GPA 1.24 is below 3.25")));
    CHECK(child<QLabel>(*ruts, "outcomeLabel")->toolTip().count(QLatin1Char('\n')) > 10); // every disqualifier

    // What-if against another catalogue year: nothing saved, marked as what-if.
    auto* programme = child<QComboBox>(*cqupt, "programmeCombo");
    programme->setCurrentIndex(programme->findData(QStringLiteral("CQUPT-CST-2024")));
    CHECK(child<QLabel>(*cqupt, "gpaLabel")->text().startsWith(QStringLiteral("CQUPT-CST-2024 (what-if)")));
    CHECK_FALSE(child<QPushButton>(*cqupt, "addExceptionButton")->isEnabled());
    programme->setCurrentIndex(0);

    // Waive the unmet major requirement through the exception dialog.
    auto* tree = child<QTreeView>(*cqupt, "requirementTree");
    const QModelIndex maj = findRequirement(tree->model(), QStringLiteral("maj"));
    REQUIRE(maj.isValid());
    tree->setCurrentIndex(maj);
    QTest::mouseClick(child<QPushButton>(*cqupt, "addExceptionButton"), Qt::LeftButton);
    auto* dialog = view->findChild<ExceptionDialog*>();
    REQUIRE(dialog);
    auto* save = child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton); // no reason yet
    CHECK(child<QLabel>(*dialog, "messageLabel")->text().startsWith(QStringLiteral("Reason:")));
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "reasonEdit"), QStringLiteral("Major electives taken abroad"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "approvedByEdit"), QStringLiteral("Dean of Studies"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    const QModelIndex waived = findRequirement(tree->model(), QStringLiteral("maj"));
    CHECK(waived.siblingAtColumn(AuditTreeModel::StatusColumn).data().toString() == QStringLiteral("met (waived)"));
}

TEST_CASE("The cohort overview lists outcomes with charts — double-click opens the student", "[gui][audit]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    AuditView* view = window.auditView();
    REQUIRE(view->showCohort(2020, QStringLiteral("RUTS")));
    auto* table = child<QTableView>(*view, "cohortTable");
    CHECK(table->model()->rowCount() == 24);
    CHECK(child<QLabel>(*view, "cohortSummary")
              ->text()
              .endsWith(QStringLiteral("16 may graduate, 16 may receive the degree")));
    CHECK(view->findChild<QWidget*>(QStringLiteral("gpaChart")));

    const QModelIndex row = table->model()->index(7, CohortAuditModel::StudentColumn);
    const QString id = row.data().toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    CHECK(child<QLabel>(*view, "studentHeader")->text().startsWith(id));
}
