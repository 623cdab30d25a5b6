// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Exchange and Settings › Partner Certificates, driven as an office would:
// a record exported signed, shown before import (signature, learner, each course
// new / unchanged / a changed mark / refused), imported only when everything holds.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/exchange/ElmoExportDialog.h"
#include "app/exchange/ElmoImportDialog.h"
#include "app/exchange/PartnerCertificatesDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"
#include "data/services/InstitutionKeys.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace dd;
using ddtest::child;

namespace {

/** The demo database with RUTS's own certificate trusted as a partner's (as the other installation would). */
void trustRuts(ddtest::TempDatabase& t)
{
    Error error;
    const QString pem = QDir(t.dir()).filePath(QStringLiteral("ruts.pem"));
    const std::optional<InstitutionKey> key = InstitutionKeys(t.db()).repository().find(QStringLiteral("RUTS"), &error);
    REQUIRE(key);
    ddtest::writeFile(pem, key->certificate.pem());
    PartnerCertificatesDialog partners(t.db());
    REQUIRE(partners.rowCount() == 0);
    REQUIRE(partners.trust(QStringLiteral("RUTS"), pem));
    CHECK(partners.rowCount() == 1);
    CHECK(child<QTableWidget>(partners, "partnerTable")->item(0, 4)->text() == key->certificate.fingerprint());
}

QString exportOne(ddtest::TempDatabase& t, const QString& student, const QString& institution)
{
    ElmoExportDialog dialog(t.db(), student);
    auto* institutions = child<QComboBox>(dialog, "elmoInstitution");
    institutions->setCurrentText(institution);
    CHECK(
        child<QLabel>(dialog, "elmoSigning")->text().contains(QStringLiteral("Signed with %1's key").arg(institution)));
    child<QLineEdit>(dialog, "elmoRecipient")->setText(QStringLiteral("CQUPT registrar"));
    child<QLineEdit>(dialog, "elmoPurpose")->setText(QStringLiteral("dual degree credit transfer"));
    const QString file = QDir(t.dir()).filePath(QStringLiteral("%1-%2.xml").arg(student, institution));
    REQUIRE(dialog.exportTo(file));
    return file;
}

} // namespace

TEST_CASE("File › Exchange: a partner's record is shown course by course, and imported only when it all holds",
          "[gui][elmo]")
{
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    ddtest::TempDatabase t(true);
    trustRuts(t);
    const QString file = exportOne(t, QStringLiteral("DD2020001"), QStringLiteral("RUTS"));
    CHECK(ddtest::readFile(file).contains("<SignatureValue>"));

    // Here, one of those marks was since recorded otherwise.
    Error error;
    ResultRepository results(t.db());
    CourseResult changed;
    for (const CourseResult& r : results.forStudent(QStringLiteral("DD2020001"), &error)) {
        if (r.institution == QLatin1String("RUTS") && r.mark == QLatin1String("A")) {
            changed = r;
            break;
        }
    }
    REQUIRE(!changed.courseCode.isEmpty());
    REQUIRE(results.changeMark(changed, QStringLiteral("B"), QStringLiteral("typing slip"), &error));
    const int gradeChanges = t.count(QStringLiteral("grade_changes"));

    ElmoImportDialog dialog(t.db());
    CHECK_FALSE(dialog.preview(file));
    CHECK(
        child<QLabel>(dialog, "elmoSignature")->text().startsWith(QStringLiteral("verified: signed by CN=RUTS DEMO")));
    CHECK(child<QLabel>(dialog, "elmoLearner")->text().contains(QStringLiteral("is DD2020001")));
    auto* table = child<QTableWidget>(dialog, "elmoPreview");
    REQUIRE(table->rowCount() > 20);
    int unchanged = 0;
    QString refusedRow;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString status = table->item(r, 5)->text();
        unchanged += status == QLatin1String("unchanged") ? 1 : 0;
        if (status.startsWith(QLatin1String("refused"))) {
            refusedRow = table->item(r, 0)->text() + QLatin1Char(' ') + status;
        }
    }
    CHECK(unchanged == table->rowCount() - 1);
    CHECK(refusedRow.startsWith(changed.courseCode));
    CHECK(refusedRow.contains(QStringLiteral("needs a reason")));
    CHECK_FALSE(child<QPushButton>(dialog, "elmoImportButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "elmoSummary")->text().startsWith(QStringLiteral("Nothing would be imported")));
    CHECK(t.count(QStringLiteral("grade_changes")) == gradeChanges);

    // With a reason the same record shows the change, and imports it.
    child<QLineEdit>(dialog, "elmoReason")->setText(QStringLiteral("RUTS's signed record"));
    CHECK(dialog.preview(file));
    bool shown = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        shown = shown
            || (table->item(r, 0)->text() == changed.courseCode
                && table->item(r, 5)->text() == QStringLiteral("changes the mark recorded here: B → A"));
    }
    CHECK(shown);
    auto* import = child<QPushButton>(dialog, "elmoImportButton");
    REQUIRE(import->isEnabled());
    REQUIRE(dialog.importNow());
    CHECK(dialog.imported());
    CHECK(dialog.outcome().contains(QStringLiteral("1 changed")));
    CHECK(t.count(QStringLiteral("grade_changes")) == gradeChanges + 1);
    CHECK(results
              .find(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), changed.courseCode, changed.term,
                    changed.attempt, &error)
              ->mark
          == QStringLiteral("A"));
}

TEST_CASE("File › Exchange: an unsigned record shows why it is refused and offers nothing to import", "[gui][elmo]")
{
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    ddtest::TempDatabase t(true);
    trustRuts(t);
    const QString file = exportOne(t, QStringLiteral("DD2020002"), QStringLiteral("RUTS"));
    QByteArray bytes = ddtest::readFile(file);
    bytes.replace("<resultLabel>A</resultLabel>", "<resultLabel>B</resultLabel>");
    ddtest::writeFile(file, bytes);
    const int before = t.count(QStringLiteral("change_log"));
    ElmoImportDialog dialog(t.db());
    CHECK_FALSE(dialog.preview(file));
    CHECK(child<QLabel>(dialog, "elmoSignature")
              ->text()
              .startsWith(QStringLiteral("refused: the signature does not verify")));
    CHECK(child<QTableWidget>(dialog, "elmoPreview")->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(dialog, "elmoImportButton")->isEnabled());
    CHECK(t.count(QStringLiteral("change_log")) == before);
}

TEST_CASE("File › Exchange: a cohort's records are exported with a progress bar, each signed and disclosed",
          "[gui][elmo]")
{
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    ddtest::TempDatabase t(true);
    ElmoExportDialog dialog(t.db(), QString());
    CHECK(child<QRadioButton>(dialog, "elmoCohort")->isChecked());
    child<QComboBox>(dialog, "elmoInstitution")->setCurrentText(QStringLiteral("CQUPT"));
    auto* year = child<QComboBox>(dialog, "elmoCohortYear");
    year->setCurrentText(QStringLiteral("2022"));
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("cohort"));
    const int disclosures = t.count(QStringLiteral("disclosures"));
    REQUIRE(dialog.exportTo(folder));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*-CQUPT.xml")}, QDir::Files);
    CHECK(files.size() == dialog.written().size());
    CHECK(files.size() > 20);
    CHECK(t.count(QStringLiteral("disclosures")) == disclosures + files.size());
    for (const QString& f : files) {
        CHECK(ddtest::readFile(QDir(folder).filePath(f)).contains("<SignatureValue>"));
    }
}

TEST_CASE("Partner Certificates: trust withdrawn, the partner's records are refused from then on", "[gui][elmo]")
{
    qputenv("DUALDEGREE_KEY_PASSPHRASE", "demo");
    ddtest::TempDatabase t(true);
    trustRuts(t);
    const QString file = exportOne(t, QStringLiteral("DD2020003"), QStringLiteral("RUTS"));
    PartnerCertificatesDialog dialog(t.db());
    REQUIRE(dialog.rowCount() == 1);
    auto* table = child<QTableWidget>(dialog, "partnerTable");
    table->selectRow(0);
    CHECK(child<QPushButton>(dialog, "distrustCertificateButton")->isEnabled());
    REQUIRE(dialog.distrust(0, false));
    CHECK(dialog.rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(dialog, "distrustCertificateButton")->isEnabled());
    ElmoImportDialog import(t.db());
    CHECK_FALSE(import.preview(file));
    CHECK(child<QLabel>(import, "elmoSignature")
              ->text()
              .contains(QStringLiteral("not a partner certificate trusted here")));
}

TEST_CASE("Partner Certificates: a viewer sees them but may not trust one", "[gui][elmo]")
{
    ddtest::TempDatabase t(true);
    Error error;
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("viewer"), &error));
    PartnerCertificatesDialog dialog(t.db());
    CHECK_FALSE(child<QPushButton>(dialog, "trustCertificateButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "partnerRoleNote")->text().contains(QStringLiteral("may not")));
}

TEST_CASE("File › Exchange is offered once a database is open, and its import reloads the views", "[gui][elmo]")
{
    MainWindow empty;
    auto* import = empty.findChild<QAction*>(QStringLiteral("actionElmoImport"));
    REQUIRE(import);
    CHECK_FALSE(import->isEnabled());
    CHECK(import->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    CHECK_FALSE(empty.findChild<QAction*>(QStringLiteral("actionPartnerCertificates"))->isEnabled());

    ddtest::DemoWindow demo;
    CHECK(demo.window.findChild<QAction*>(QStringLiteral("actionElmoImport"))->isEnabled());
    CHECK(demo.window.findChild<QAction*>(QStringLiteral("actionElmoExport"))->isEnabled());
    CHECK(demo.window.findChild<QAction*>(QStringLiteral("actionPartnerCertificates"))->isEnabled());
}
