// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class SigningKey;

/**
 * Enveloped XML signatures (XML-DSig 1.0, through libxmlsec1 on OpenSSL), as ELMO
 * asks for them: one ds:Signature as the last child of the root element, its
 * SignedInfo holding a single Reference with an empty URI (the whole document)
 * transformed by enveloped-signature and exclusive canonicalisation, digested with
 * SHA-256 and signed with ECDSA-SHA256 or RSA-SHA256; the signing certificate in
 * KeyInfo/X509Data.
 *
 * A document to verify must have no document type declaration (so that no parser
 * sees entities another does not), exactly one signature in that place and of that
 * shape; the key that verifies it is given by the caller (a pinned certificate),
 * never taken from the document.
 */
class XmlSignature
{
    Q_DECLARE_TR_FUNCTIONS(dd::XmlSignature)

public:
    /** \a xml with an enveloped signature by \a key appended to its root element. */
    static QByteArray sign(const QByteArray& xml, const SigningKey& key, Error* error);

    /** What a document's signature says of itself, before anything is verified. */
    struct Inspection
    {
        bool wellFormed = false; ///< the document is XML without a document type declaration
        bool present = false; ///< a ds:Signature is there at all
        QString algorithm; ///< the SignatureMethod's URI
        QList<Certificate> certificates; ///< those in KeyInfo/X509Data, in document order
    };
    /**
     * Reads \a xml's signature: whether there is one, and whether it has the shape
     * described above (\a problem says why not). Verifies nothing.
     */
    static bool inspect(const QByteArray& xml, Inspection* inspection, QString* problem);

    /**
     * Whether \a xml's signature (of the shape inspect() accepts) verifies under
     * \a certificate's public key and covers the whole document; \a problem says why not.
     */
    static bool verify(const QByteArray& xml, const Certificate& certificate, QString* problem);

    /** The algorithms' URIs. */
    static QString ecdsaSha256();
    static QString rsaSha256();
};

} // namespace dd
