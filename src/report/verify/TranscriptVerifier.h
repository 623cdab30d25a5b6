// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exchange/ElmoReader.h"
#include "report/verify/SignedSummary.h"
#include "report/verify/Verdict.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * Verifies an issued transcript file with no database: the PAdES signature and that
 * it covers the whole file (found by reading the one `/ByteRange` and its
 * `/Contents` directly, checked with OpenSSL), the signer's certificate chain to a
 * trust anchor at the signing time (the time-stamp's when there is one, else the
 * issue date, which is then not independently attested), the embedded record
 * (record.xml, ELMO) against the text the pages print, and the first page's signed
 * QR against the record. Poppler reads the pages and the attachment; since the
 * signature covers every byte, what it reads is what was signed.
 */
class TranscriptVerifier
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptVerifier)

public:
    struct Result
    {
        OfflineVerdict verdict = OfflineVerdict::CouldNotCheck;
        QString reason; ///< the first thing that failed
        QStringList findings; ///< what was checked, one line each ("signature: …")
        ElmoRecord record; ///< the embedded record, when it could be read
        Certificate signer;
        QDateTime signingTime;
        bool timeStamped = false;
    };

    /** Checks \a pdf against the certificate authorities in \a trust. */
    static Result verify(const QByteArray& pdf, const QList<Certificate>& trust);

    /** Where the signature is: the byte range and the CMS (DER) it holds; false with a reason. */
    struct Placement
    {
        qint64 ranges[4] = {0, 0, 0, 0};
        QByteArray cms;
        QByteArray signedBytes;
        int signatureCount = 0;
    };
    static bool locate(const QByteArray& pdf, Placement* placement, QString* reason);
};

} // namespace dd
