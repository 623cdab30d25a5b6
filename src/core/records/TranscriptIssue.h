// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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
};

} // namespace dd
