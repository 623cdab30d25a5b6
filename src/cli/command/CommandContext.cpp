// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/command/CommandContext.h"

#include "cli/command/TerminalText.h"

#include "data/db/Database.h"
#include "data/services/Accounts.h"
#include "data/setup/DatabaseSetup.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dd {

CommandContext::CommandContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int CommandContext::fail(const QString& reason, int exitCode) const
{
    // One line, whatever the reason quotes.
    m_err << QStringLiteral("dualdegree-cli: ") << TerminalText::escaped(reason) << Qt::endl;
    return exitCode;
}

bool CommandContext::openDatabase(Database& db) const
{
    Error error;
    if (!db.open(m_databasePath, Database::OpenMode::OpenExisting, &error)) {
        fail(error.message());
        return false;
    }
    if (m_user.isEmpty() && Accounts::loginRequired(db)) {
        fail(QStringLiteral("%1 requires logging in: --user NAME (the password from DUALDEGREE_PASSWORD or a"
                            " prompt)")
                 .arg(m_databasePath));
        return false;
    }
    // Without --user: the administrator, who proves a password like everyone who has one.
    const QString username = m_user.isEmpty() ? DatabaseSetup::defaultAdministrator() : m_user;
    Accounts accounts(db);
    bool needed = true;
    if (!accounts.needsPassword(username, &needed, &error)) {
        fail(error.message());
        return false;
    }
    if (!needed) {
        if (!accounts.enterWithoutPassword(username, &error)) {
            fail(QStringLiteral("login refused: %1").arg(error.message()));
            return false;
        }
        return true;
    }
    // A command that opens a second database (restore opens the restored one) asks once.
    QString password = m_loginPassword;
    if (password.isNull()
        && !readPassword(QStringLiteral("Password for %1: ").arg(username), PasswordVariable::Login, &password,
                         &error)) {
        fail(error.message());
        return false;
    }
    m_loginPassword = password;
    if (!accounts.logIn(username, password, &error)) {
        fail(QStringLiteral("login refused: %1").arg(error.message()));
        return false;
    }
    return true;
}

bool CommandContext::readPassword(const QString& prompt, PasswordVariable variable, QString* password,
                                  Error* error) const
{
    const char* name = variable == PasswordVariable::Login ? "DUALDEGREE_PASSWORD"
        : variable == PasswordVariable::NewPassword        ? "DUALDEGREE_NEW_PASSWORD"
                                                           : "DUALDEGREE_KEY_PASSPHRASE";
    const QString kind
        = variable == PasswordVariable::KeyPassphrase ? QStringLiteral("passphrase") : QStringLiteral("password");
    const QByteArray fromEnvironment = qgetenv(name);
    if (!fromEnvironment.isEmpty()) {
        *password = QString::fromUtf8(fromEnvironment);
        return true;
    }
    // From the terminal, without echo.
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr) {
        *error = Error::invalid(
            QStringLiteral("a %1 is needed: set %2 or run in a terminal").arg(kind, QLatin1String(name)));
        return false;
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fileno(tty), &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (isTerminal) {
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    *password = QString::fromUtf8(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    std::fill(std::begin(line), std::end(line), '\0');
    if (!read) {
        *error = Error::invalid(QStringLiteral("no %1 was entered").arg(kind));
        return false;
    }
    return true;
}

bool CommandContext::readKeySecret(const QString& what, QByteArray* secret, Error* error) const
{
    QString typed;
    if (!readPassword(QStringLiteral("Passphrase for %1: ").arg(what), PasswordVariable::KeyPassphrase, &typed,
                      error)) {
        *error = error->withMessage(QStringLiteral("%1 (to sign with %2)").arg(error->message(), what));
        return false;
    }
    *secret = typed.toUtf8();
    return true;
}

} // namespace dd
