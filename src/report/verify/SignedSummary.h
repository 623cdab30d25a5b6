// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/verify/Verdict.h"
#include "sign/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace dd {

/**
 * The signed summary a transcript's first page carries as a QR code: a JWS over the
 * claims DESIGN lists. Checked offline against a bundle of certificates (the
 * certificate authority and the institutions' certificates): the one whose
 * fingerprint is the `kid` must verify the signature, chain to an authority of the
 * bundle, and belong to the institution the claims name.
 */
class SignedSummary
{
    Q_DECLARE_TR_FUNCTIONS(dd::SignedSummary)

public:
    struct Check
    {
        OfflineVerdict verdict = OfflineVerdict::CouldNotCheck;
        QString reason; ///< why it is not valid
        QJsonObject claims; ///< as signed (when the token could be read)
        Certificate signer;
        /** The claims as "key: value" lines, in DESIGN's order. */
        QStringList lines() const;
    };

    /**
     * Checks the JWS \a text against \a bundle; the certificate must hold at \a time, or
     * where none is known, at noon (UTC) of the issue date it claims.
     */
    static Check verify(const QString& text, const QList<Certificate>& bundle, const QDateTime& time = QDateTime());
    /** The text of every QR code in \a image (a scan or a rendered page). */
    static QStringList decode(const QImage& image);
    /** The claim keys in DESIGN's order. */
    static QStringList claimKeys();
};

} // namespace dd
