// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "report/verify/Verdict.h"
#include "sign/SigningKey.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dd {

class Database;

/**
 * What the Transcripts view does with keys and signatures: opening an
 * institution's key for one issuing action (its passphrase asked in a dialog),
 * saying who signs, and checking a signed file offline.
 */
class TranscriptSigning
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptSigning)

public:
    /**
     * \a institution's bound key, opened for one action; a null key without an error
     * when none is bound (the transcript is then issued unsigned, as the page says).
     */
    static SigningKey open(Database& db, const QString& institution, QWidget* parent, Error* error);

    struct Signer
    {
        QString text; ///< "Signs as …", "No signing key: issued unsigned", "Cannot sign: …"
        bool warning = false; ///< cannot sign, or the certificate ends soon
    };
    static Signer signer(Database& db, const QString& institution);

    /**
     * Checks the signed transcript \a pdf with no database against the authority in
     * \a trust; the verdict and what was checked are shown and put in \a message.
     */
    static OfflineVerdict verifyFile(const QString& pdf, const QString& trust, QWidget* parent, QString* message);
};

} // namespace dd
