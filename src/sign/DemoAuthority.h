// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace dd {

/**
 * A DEMO certificate authority and one EC P-256 certificate and key per
 * institution, for tests and the demo database: subjects say "DEMO — not valid",
 * valid from 2020-01-01 to 2040-12-31, the CA with CA:TRUE and keyCertSign, the
 * institutions' certificates with digitalSignature and nonRepudiation. The CA's own
 * key is thrown away once it has signed them, so nothing more can be issued under it.
 */
class DemoAuthority
{
    Q_DECLARE_TR_FUNCTIONS(dd::DemoAuthority)

public:
    struct Files
    {
        QByteArray caPem;
        QMap<QString, QByteArray> pkcs12; ///< by institution code, protected by the passphrase
    };
    /** The passphrase of the demo's key files ("demo"): published, as the keys are good for nothing else. */
    static QByteArray passphrase() { return QByteArrayLiteral("demo"); }
    /** Whether \a subject is one this authority gives ("DEMO — not valid"). */
    static bool isDemoSubject(const QString& subject);
    /** Makes the authority and a key file for each of \a institutions. */
    [[nodiscard]] static bool make(const QStringList& institutions, const QByteArray& passphrase, Files* files,
                                   Error* error);
};

} // namespace dd
