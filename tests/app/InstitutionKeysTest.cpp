// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/keys/InstitutionKeysDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QProcess>
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

TEST_CASE("Institution Keys warns 60 days before a certificate ends", "[gui][keys]")
{
    ddtest::TempDatabase t(true);
    // A certificate of an office's own authority that ends in 20 days.
    const QString dir = t.dir();
    auto openssl = [&](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    };
    const QString end = QDateTime::currentDateTimeUtc().addDays(20).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    ddtest::writeFile(dir + QStringLiteral("/ca.cnf"),
                      "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                      "default_md=sha256\npolicy=p\nunique_subject=no\n[p]\ncommonName=supplied\n"
                      "organizationName=optional\n");
    ddtest::writeFile(dir + QStringLiteral("/index.txt"), "");
    ddtest::writeFile(dir + QStringLiteral("/serial"), "1000\n");
    ddtest::writeFile(dir + QStringLiteral("/leaf.ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.pem"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Office Root"), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE")});
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             QStringLiteral("soon.key"), QStringLiteral("-out"), QStringLiteral("soon.csr"), QStringLiteral("-subj"),
             QStringLiteral("/O=RUTS/CN=RUTS Registry")});
    openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
             QStringLiteral("-cert"), QStringLiteral("root.pem"), QStringLiteral("-keyfile"),
             QStringLiteral("root.key"), QStringLiteral("-in"), QStringLiteral("soon.csr"), QStringLiteral("-out"),
             QStringLiteral("soon.pem"), QStringLiteral("-startdate"), QStringLiteral("20250101000000Z"),
             QStringLiteral("-enddate"), end, QStringLiteral("-extfile"), QStringLiteral("leaf.ext")});
    openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), QStringLiteral("soon.key"),
             QStringLiteral("-in"), QStringLiteral("soon.pem"), QStringLiteral("-out"), QStringLiteral("soon.p12"),
             QStringLiteral("-passout"), QStringLiteral("pass:demo")});
    InstitutionKeysDialog dialog(t.db());
    CHECK(child<QLabel>(dialog, "keysWarning")->isHidden());
    REQUIRE(dialog.useKeyFile(QStringLiteral("RUTS"), dir + QStringLiteral("/soon.p12")));
    auto* warning = child<QLabel>(dialog, "keysWarning");
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("RUTS's certificate ends in")));
    CHECK(warning->text().contains(QStringLiteral("ask for a new one now")));
}
