// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

/**
 * dualdegree-cli verify-qr TEXT|IMAGE.png --trust BUNDLE.pem: checks a transcript's
 * signed summary offline, from the QR's text or a scan of the page, and prints the
 * claims. Exit 0 valid, 1 not genuine, 3 could not check.
 */
class VerifyQrCommand : public Command
{
public:
    VerifyQrCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int run(CommandContext& context) override;

    QString m_what;
    QString m_trust;
};

} // namespace dd
