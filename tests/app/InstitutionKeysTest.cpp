// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/keys/InstitutionKeysDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace dd;
using ddtest::child;

TEST_CASE("Settings › Institution Keys shows each certificate, binds a key file, exports and trusts certificates",
          "[gui][keys]")
{
    ddtest::TempDatabase t(true);
    InstitutionKeysDialog dialog(t.db());
    auto* table = child<QTableWidget>(dialog, "keysTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("CQUPT"));
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("CQUPT DEMO")));
    CHECK(table->item(0, 2)->text() == QStringLiteral("2040-12-31"));
    CHECK(table->item(0, 3)->text().contains(QStringLiteral("CQUPT.p12")));
    CHECK(table->item(0, 4)->text().size() == 64);
    CHECK(child<QLabel>(dialog, "keysWarning")->isHidden());
    CHECK(child<QPushButton>(dialog, "useKeyFileButton")->isEnabled());

    const QString pem = QDir(t.dir()).filePath(QStringLiteral("ruts.pem"));
    REQUIRE(dialog.exportCertificate(QStringLiteral("RUTS"), pem));
    REQUIRE(dialog.trustCertificate(QStringLiteral("RUTS"), pem));
    CHECK(table->rowCount() == 3);
    bool partner = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        partner = partner || table->item(r, 1)->text().startsWith(QStringLiteral("trusted partner certificate"));
    }
    CHECK(partner);

    // Binding the other institution's key file is refused with the reason.
    QString message;
    ddtest::closeNextMessageBox(&message);
    CHECK_FALSE(dialog.useKeyFile(QStringLiteral("CQUPT"), t.keysDir() + QStringLiteral("/RUTS.p12")));
    CHECK(message.contains(QStringLiteral("does not name CQUPT")));
    CHECK(dialog.useKeyFile(QStringLiteral("CQUPT"), t.keysDir() + QStringLiteral("/CQUPT.p12")));
}

TEST_CASE("Institution Keys: a viewer sees the certificates but may not bind or trust", "[gui][keys]")
{
    ddtest::TempDatabase t(true);
    Error error;
    REQUIRE(DatabaseSetup::actAs(t.db(), QStringLiteral("viewer"), &error));
    InstitutionKeysDialog dialog(t.db());
    CHECK(child<QTableWidget>(dialog, "keysTable")->rowCount() == 2);
    CHECK_FALSE(child<QPushButton>(dialog, "useKeyFileButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "trustPartnerButton")->isEnabled());
    CHECK(child<QPushButton>(dialog, "exportCertificateButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "keysRoleNote")->text().contains(QStringLiteral("may not bind signing keys")));
}
