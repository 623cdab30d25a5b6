// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace dd {

/**
 * An RFC 3161 time-stamp authority reached over HTTP(S): asks for a token over the
 * SHA-256 of some bytes (with a nonce, the TSA's certificate requested), checks that
 * the answer is for that request, and checks a token later against trust anchors.
 */
class TimeStampAuthority
{
    Q_DECLARE_TR_FUNCTIONS(dd::TimeStampAuthority)

public:
    explicit TimeStampAuthority(const QUrl& url);

    /** The DER time-stamp token over \a data; waits for the answer (up to 30 seconds). */
    QByteArray stamp(const QByteArray& data, Error* error) const;

    struct Check
    {
        bool valid = false;
        QString problem;
        QDateTime time; ///< the time the authority attests
        Certificate authority; ///< the certificate that signed the token
    };
    /** Whether \a token is a valid time-stamp over \a data by an authority that chains to \a anchors. */
    static Check verify(const QByteArray& token, const QByteArray& data, const QList<Certificate>& anchors);

private:
    QUrl m_url;
};

} // namespace dd
