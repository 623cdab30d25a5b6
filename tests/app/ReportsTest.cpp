// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/Translations.h"
#include "app/reports/ReportsDialog.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>

using namespace dd;
using ddtest::child;

TEST_CASE("File › Reports shows a cohort's degree list and saves it as the committee's PDF, with its disclosure",
          "[gui][report]")
{
    ddtest::TempDatabase t(true);
    ReportsDialog dialog(t.db());
    child<QComboBox>(dialog, "reportKind")->setCurrentIndex(1);
    child<QComboBox>(dialog, "reportInstitution")->setCurrentText(QStringLiteral("CQUPT"));
    child<QComboBox>(dialog, "reportCohort")->setCurrentText(QStringLiteral("2020"));
    REQUIRE(dialog.showList());
    auto* table = child<QTableWidget>(dialog, "reportTable");
    REQUIRE(table->rowCount() == 24);
    CHECK(table->horizontalHeaderItem(8)->text() == QStringLiteral("Degree"));
    CHECK(table->item(0, 8)->text() == QStringLiteral("yes"));
    CHECK(child<QLabel>(dialog, "reportSummary")->text().startsWith(QStringLiteral("24 students, 16 eligible")));

    const int disclosed = t.count(QStringLiteral("disclosures"));
    const QString pdf = QDir(t.dir()).filePath(QStringLiteral("degree.pdf"));
    REQUIRE(dialog.saveTo(pdf));
    CHECK(t.count(QStringLiteral("disclosures")) == disclosed + 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("学位评定委员会")));
    CHECK(printed.contains(QStringLiteral("DD2020024")));
}

TEST_CASE("File › Reports: a viewer sees the list but may not take it away", "[gui][report]")
{
    ddtest::TempDatabase t(true);
    Error error;
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("viewer"), &error));
    ReportsDialog dialog(t.db());
    CHECK(dialog.showList());
    CHECK_FALSE(child<QPushButton>(dialog, "reportSave")->isEnabled());
    CHECK(child<QLabel>(dialog, "reportRoleNote")->text().contains(QStringLiteral("may not export personal data")));
}

TEST_CASE(
    "File › Reports: a cohort's plans to both degrees - who finishes on time and who cannot - saved as a workbook",
    "[gui][report][plan]")
{
    Translations::install(QStringLiteral("en"));
    ddtest::TempDatabase t(true);
    ReportsDialog dialog(t.db());
    auto* kind = child<QComboBox>(dialog, "reportKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("plans")));
    CHECK_FALSE(child<QComboBox>(dialog, "reportInstitution")->isEnabled()); // both universities
    CHECK(child<QComboBox>(dialog, "reportFormat")->currentData().toString() == QStringLiteral("xlsx"));
    child<QComboBox>(dialog, "reportCohort")->setCurrentText(QStringLiteral("2023"));
    REQUIRE(dialog.showList());
    auto* table = child<QTableWidget>(dialog, "reportTable");
    REQUIRE(table->rowCount() == 28);
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("Outcome"));
    QStringList outcomes;
    for (int r = 0; r < table->rowCount(); ++r) {
        outcomes << table->item(r, 4)->text();
        if (table->item(r, 4)->text() == QStringLiteral("cannot")) {
            CHECK_FALSE(table->item(r, 10)->text().isEmpty()); // and why
        }
    }
    CHECK(outcomes.contains(QStringLiteral("on time")));
    CHECK(outcomes.contains(QStringLiteral("cannot")));
    CHECK(child<QLabel>(dialog, "reportSummary")->text().startsWith(QStringLiteral("28 students:")));

    const int disclosed = t.count(QStringLiteral("disclosures"));
    const QString xlsx = QDir(t.dir()).filePath(QStringLiteral("plans-2023.xlsx"));
    REQUIRE(dialog.saveTo(xlsx));
    CHECK(QFileInfo(xlsx).size() > 0);
    CHECK(t.count(QStringLiteral("disclosures")) == disclosed + 1);
}
