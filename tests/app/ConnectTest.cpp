// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Connect to Server, against the private cluster of the tests, where the
// role dd_clerk must give its password (tests/postgres-cluster.sh).

#include "DemoFacts.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/StudentListModel.h"
#include "app/window/ConnectDialog.h"
#include "app/window/DatabaseCare.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUrl>

using namespace dd;
using ddtest::child;

namespace {

const QString kClerkPassword = QStringLiteral("Clerk-pass-2026!");

/** When the connect dialog comes up: fills it, types \a password and presses Connect; a
 * refusal is read into \a refusal and the dialog cancelled. */
void answerConnect(const QUrl& server, const QString& database, const QString& password, QString* refusal)
{
    QTimer::singleShot(0, [=]() {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(*dialog, "hostEdit")->setText(server.host());
        child<QSpinBox>(*dialog, "portSpin")->setValue(server.port());
        child<QLineEdit>(*dialog, "databaseEdit")->setText(database);
        child<QLineEdit>(*dialog, "userEdit")->setText(QStringLiteral("dd_clerk"));
        auto* ssl = child<QComboBox>(*dialog, "sslCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        child<QLineEdit>(*dialog, "passwordEdit")->setText(password);
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) {
            *refusal = dialog->errorText();
            CHECK(child<QLineEdit>(*dialog, "passwordEdit")->text().isEmpty());
            dialog->reject();
        }
    });
}

/** Every file under \a dir that contains \a text. */
QStringList filesContaining(const QString& dir, const QByteArray& text)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text)) {
            found << path;
        }
    }
    return found;
}

} // namespace

TEST_CASE("The dialog makes the server address, without the password", "[gui][server]")
{
    ConnectDialog dialog(QStringLiteral("postgresql://li.na@db.example.edu:6432/dualdegree?sslmode=verify-full"
                                        "&sslrootcert=/etc/ssl/campus-ca.pem"));
    CHECK(child<QLineEdit>(dialog, "hostEdit")->text() == QStringLiteral("db.example.edu"));
    CHECK(child<QSpinBox>(dialog, "portSpin")->value() == 6432);
    CHECK(child<QLineEdit>(dialog, "userEdit")->text() == QStringLiteral("li.na"));
    CHECK(child<QComboBox>(dialog, "sslCombo")->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(child<QLineEdit>(dialog, "caEdit")->text() == QStringLiteral("/etc/ssl/campus-ca.pem"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("secret"));
    CHECK(dialog.address()
          == QStringLiteral("postgresql://li.na@db.example.edu:6432/dualdegree?sslmode=verify-full"
                            "&sslrootcert=/etc/ssl/campus-ca.pem"));
    CHECK(child<QLabel>(dialog, "addressLabel")->text().contains(QLatin1String("db.example.edu:6432")));
    // Without a database name there is nothing to connect to.
    child<QLineEdit>(dialog, "databaseEdit")->clear();
    CHECK_FALSE(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("File › Connect to Server asks for the password, refuses a wrong one and never keeps it", "[gui][server]")
{
    // A role that logs in with a password, owning a new DualDegree database with the demo.
    ddtest::ServerDatabase::admin(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                                                 " 'dd_clerk') THEN CREATE ROLE dd_clerk LOGIN PASSWORD '%1'; END IF;"
                                                 " END $$")
                                      .arg(kClerkPassword));
    ddtest::ServerDatabase server;
    ddtest::ServerDatabase::admin(QStringLiteral("ALTER DATABASE %1 OWNER TO dd_clerk").arg(server.name()));
    QUrl address(server.url());
    address.setUserName(QStringLiteral("dd_clerk"));
    {
        Database db;
        db.setServerPassword(kClerkPassword);
        QStringList log;
        Error error;
        INFO(error.message().toStdString());
        REQUIRE(DatabaseSetup::createDatabase(db, address.toString(), ddtest::sourceDataDir(), true, &log, &error));
    }

    MainWindow window;
    window.show();
    QString refusal;
    answerConnect(address, server.name(), QStringLiteral("not the password"), &refusal);
    CHECK_FALSE(window.connectToServer());
    CHECK(refusal.contains(QLatin1String("password authentication failed for user \"dd_clerk\"")));
    CHECK(window.databasePath().isEmpty());

    refusal.clear();
    answerConnect(address, server.name(), kClerkPassword, &refusal);
    INFO(refusal.toStdString());
    REQUIRE(window.connectToServer());
    CHECK(QUrl(window.databasePath()).host() == address.host());
    CHECK(window.windowTitle() == QStringLiteral("DualDegree — %1 on %2").arg(server.name(), address.host()));
    // The students of the server database are listed; file-only actions are off.
    auto* students = qobject_cast<StudentListModel*>(child<QTableView>(window, "studentTable")->model());
    if (!students) {
        CHECK(child<QTableView>(window, "studentTable")->model()->rowCount() == ddtest::kDemoStudents);
    } else {
        CHECK(students->matchingCount() == ddtest::kDemoStudents);
    }
    CHECK_FALSE(child<QAction>(window, "actionBackup")->isEnabled());
    CHECK_FALSE(child<QAction>(window, "actionRestore")->isEnabled());
    CHECK(child<QLabel>(window, "databaseStatus")
              ->text()
              .contains(QLatin1String("admin (administrator, single-user database")));
    // The server keeps the change log too.
    QString summary;
    CHECK(window.databaseCare()->verifyChangeLog(&summary));
    CHECK(summary.startsWith(QLatin1String("The change log is complete and unaltered")));

    // The address is remembered for next time; the password nowhere.
    QSettings settings;
    settings.sync();
    CHECK(settings.value(QStringLiteral("server/lastAddress")).toString().contains(QLatin1String("dd_clerk@")));
    CHECK(settings.value(QStringLiteral("recentDatabases")).toStringList().contains(window.databasePath()));
    CHECK(filesContaining(QFileInfo(settings.fileName()).absolutePath(), kClerkPassword.toUtf8()).isEmpty());
    CHECK_FALSE(window.databasePath().contains(kClerkPassword));
}
