// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace dd {

class SigningKey;

/**
 * The second step of an issued transcript, on the bytes Qt wrote (PDF/A-1b):
 * PDF/A-3b with the record embedded as an associated file, then a PAdES baseline
 * signature over the whole file.
 *
 * qpdf (11.3) rewrites a file and cannot append an incremental update, so the file
 * is written once with its signature dictionary already in place: a `/ByteRange` of
 * fixed-width numbers and a `/Contents` hex string of fixed width, both filled in
 * afterwards without moving a byte. The signature then covers everything but its
 * own `/Contents`, and any update appended later falls outside it. PoDoFo 0.9.8's
 * signing device was not chosen: it writes `adbe.pkcs7.detached` signatures and is
 * not meant for untrusted input, while qpdf is kept up to date and fuzzed.
 */
class SignedPdf
{
    Q_DECLARE_TR_FUNCTIONS(dd::SignedPdf)

public:
    struct Attachment
    {
        QString fileName; ///< record.xml
        QByteArray data;
        QString mimeType; ///< text/xml
        QString description;
        QString relationship = QStringLiteral("Data"); ///< AFRelationship
    };
    struct Signature
    {
        QString signerName;
        QString reason;
        QString location;
        QDateTime time; ///< written as the dictionary's /M
        /** Returns an RFC 3161 token over the signature value (B-T), or an empty one with an error; unset for none. */
        std::function<QByteArray(const QByteArray& signatureValue, Error* error)> timeStamp;
    };

    /** \a pdf (Qt's PDF/A-1b) as PDF/A-3b with \a attachment; signed by \a key unless it is null. */
    [[nodiscard]] static bool make(const QByteArray& pdf, const Attachment& attachment, const SigningKey* key,
                                   const Signature& signature, QByteArray* out, Error* error);

    /** Room for the CMS signature in the file, in bytes (the hex string has twice as many digits). */
    static constexpr int kSignatureRoom = 20000;
};

} // namespace dd
