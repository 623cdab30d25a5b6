// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dd {

/** One transcript issued: to whom, why, when, and digests that make it verifiable. */
struct TranscriptIssue
{
    qint64 id = 0;
    QString studentId;
    QString institution;
    QString language; ///< en, en-zh, en-th
    QString recipient;
    QString purpose;
    QString issuedBy;
    QDateTime issuedAt;
    QString contentDigest; ///< SHA-256 of the canonical record shown
    QString pdfDigest; ///< SHA-256 of the PDF bytes
    QString verificationCode;
    QString canonicalContent;
    QString signerFingerprint; ///< SHA-256 of the certificate that signed the PDF; empty = issued unsigned
    QByteArray signature; ///< the institution's signature of statement() (empty = issued unsigned)

    /**
     * The bytes the institution signs for the issue log: UTF-8 lines "name: value", each
     * ended by LF — the code, institution, student, language, the digests of the record
     * and of the PDF, and the signing certificate's fingerprint.
     */
    QByteArray statement() const
    {
        return QStringLiteral("DualDegree transcript issue 1\ncode: %1\ninstitution: %2\nstudent: %3\nlanguage: %4\n"
                              "record: %5\npdf: %6\ncertificate: %7\n")
            .arg(verificationCode, institution, studentId, language, contentDigest, pdfDigest, signerFingerprint)
            .toUtf8();
    }
};

} // namespace dd
