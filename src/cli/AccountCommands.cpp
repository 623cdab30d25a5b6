// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// dualdegree-cli user list | add | passwd | role | disable | enable | require-login

#include "cli/CommandLine.h"
#include "data/db/Database.h"
#include "data/repositories/UserRepository.h"
#include "data/services/Accounts.h"

namespace dd {

int CommandLine::cmdUser(QStringList args)
{
    if (args.isEmpty()) {
        return fail(QStringLiteral("user: say list, add, passwd, role, disable, enable or require-login"), 2);
    }
    const QString action = args.takeFirst();
    QString role;
    QString displayName;
    if (!takeOption(args, QStringLiteral("--role"), &role)
        || !takeOption(args, QStringLiteral("--name"), &displayName)) {
        return fail(QStringLiteral("user: %1").arg(m_optionError), 2);
    }
    const int expected = action == QLatin1String("list") ? 0 : action == QLatin1String("role") ? 2 : 1;
    if (args.size() != expected) {
        return fail(QStringLiteral("user %1: expected %2 argument(s)").arg(action).arg(expected), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    Accounts accounts(db);
    Error error;
    auto newPassword = [&](const QString& name, QString* password) {
        return readPassword(QStringLiteral("New password for %1: ").arg(name), password, &error,
                            "DUALDEGREE_NEW_PASSWORD");
    };
    if (action == QLatin1String("list")) {
        if (!db.session().permits(Permissions::Action::ManageUsers, &error)) {
            return fail(QStringLiteral("user list: %1").arg(error.message()));
        }
        const QList<User> users = UserRepository(db).all(&error);
        if (error.isSet()) {
            return fail(error.message());
        }
        for (const User& u : users) {
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(u.username, u.role, u.active ? QStringLiteral("active") : QStringLiteral("disabled"),
                              u.hasPassword ? QStringLiteral("password set") : QStringLiteral("no password"),
                              u.displayName)
                  << Qt::endl;
        }
        m_out << (Accounts::loginRequired(db) ? QStringLiteral("login is required")
                                              : QStringLiteral("login is not required"))
              << Qt::endl;
        return 0;
    }
    const QString name = args.first();
    if (action == QLatin1String("add")) {
        if (role.isEmpty()) {
            return fail(QStringLiteral("user add: --role is needed (%1)")
                            .arg(Permissions::allRoles().join(QStringLiteral(", "))),
                        2);
        }
        QString password;
        if (!newPassword(name, &password)) {
            return fail(QStringLiteral("user add: %1").arg(error.message()));
        }
        User u;
        u.username = name;
        u.displayName = displayName;
        u.role = role;
        if (!accounts.addUser(u, password, &error)) {
            return fail(QStringLiteral("user add: %1").arg(error.message()));
        }
        m_out << QStringLiteral("added %1 (%2)").arg(name, role) << Qt::endl;
        return 0;
    }
    bool ok = false;
    if (action == QLatin1String("passwd")) {
        QString password;
        ok = newPassword(name, &password) && accounts.setPassword(name, password, &error);
    } else if (action == QLatin1String("role")) {
        ok = accounts.setRole(name, args.at(1), &error);
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        ok = accounts.setActive(name, action == QLatin1String("enable"), &error);
    } else if (action == QLatin1String("require-login")) {
        if (name != QLatin1String("on") && name != QLatin1String("off")) {
            return fail(QStringLiteral("user require-login: say on or off"), 2);
        }
        ok = accounts.setLoginRequired(name == QLatin1String("on"), &error);
    } else {
        return fail(QStringLiteral("user: unknown action '%1'").arg(action), 2);
    }
    if (!ok) {
        return fail(QStringLiteral("user %1: %2").arg(action, error.message()));
    }
    m_out << QStringLiteral("user %1 %2: done").arg(action, name) << Qt::endl;
    return 0;
}

} // namespace dd
