// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysShowCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

#include <QSqlQuery>

namespace dd {

KeysShowCommand::KeysShowCommand()
    : DatabaseCommand(QStringLiteral("keys show"),
                      QStringLiteral("each institution's signing certificate: subject, validity, SHA-256"
                                     " fingerprint, where the key is; and the partners' trusted certificates"))
{
}

bool KeysShowCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    Q_UNUSED(parser)
    return true;
}

int KeysShowCommand::runWithDatabase(CommandContext& context, Database& db)
{
    InstitutionKeys keys(db);
    Error error;
    const QList<InstitutionKey> bound = keys.repository().all(&error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("keys show: %1").arg(error.message()));
    }
    QSqlQuery q(db.connection());
    QStringList institutions;
    if (q.exec(QStringLiteral("SELECT code FROM institutions ORDER BY code"))) {
        while (q.next()) {
            institutions << q.value(0).toString();
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& institution : std::as_const(institutions)) {
        context.out() << institution << Qt::endl;
        auto key = std::find_if(bound.cbegin(), bound.cend(),
                                [&](const InstitutionKey& k) { return k.institution == institution; });
        if (key == bound.cend()) {
            context.out() << QStringLiteral("  no signing key (transcripts are issued unsigned; keys use)\n");
        } else {
            const Certificate& c = key->certificate;
            context.out() << QStringLiteral("  subject: %1\n").arg(TerminalText::escaped(c.subject()))
                          << QStringLiteral("  issuer: %1\n").arg(TerminalText::escaped(c.issuerName()))
                          << QStringLiteral("  valid: %1 to %2\n")
                                 .arg(c.notBefore().toString(Qt::ISODate), c.notAfter().toString(Qt::ISODate))
                          << QStringLiteral("  key: %1, %2 %3\n")
                                 .arg(c.keyDescription(), key->kind,
                                      TerminalText::escaped(key->kind == QLatin1String("pkcs12")
                                                                ? keys.resolve(key->location)
                                                                : key->location))
                          << QStringLiteral("  sha256: %1\n").arg(c.fingerprint());
            const QString problem = InstitutionKeys::fitness(c, institution, now);
            if (!problem.isEmpty()) {
                context.out() << QStringLiteral("  cannot sign: %1\n").arg(TerminalText::escaped(problem));
            } else if (now.daysTo(c.notAfter()) <= InstitutionKeys::kExpiryWarningDays) {
                context.out() << QStringLiteral("  warning: expires in %1 days\n").arg(now.daysTo(c.notAfter()));
            }
        }
        for (const Certificate& partner : keys.repository().trusted(institution, &error)) {
            context.out() << QStringLiteral("  trusted partner certificate: %1 (sha256 %2, valid to %3)\n")
                                 .arg(TerminalText::escaped(partner.subject()), partner.fingerprint(),
                                      partner.notAfter().date().toString(Qt::ISODate));
        }
    }
    return error.isSet() ? context.fail(QStringLiteral("keys show: %1").arg(error.message())) : 0;
}

} // namespace dd
