// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/transcript/Transcript.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dd {

/**
 * One institution's record of one student as ELMO XML (EMREX, schema v1): the
 * learner with the three student numbers, the issuer with its English and native
 * titles, one Course learning opportunity per result of the issuer's own (never
 * transfer credit recorded into it) with the mark or letter as recorded, the credits
 * in the institution's own scheme, the term in its own naming with its dates and
 * the attempt, and the grading scheme's legend. The transcript's summary (GPA,
 * credits, outcome, verification code, record digest) travels in an extension
 * element of DualDegree's namespace, which ELMO readers may ignore.
 */
class ElmoWriter
{
public:
    /** The namespace of ELMO v1 and of DualDegree's extension. */
    static QString elmoNamespace();
    static QString extensionNamespace();
    /**
     * Whether \a code is in the country list of ELMO's schema (EUROPASS, 197 codes): a
     * citizenship or country outside it (HK, MO, TW, XK, …) is left out of a record.
     */
    static bool acceptsCountry(const QString& code);

    struct Seal
    {
        QString verificationCode;
        QString recordDigest;
    };

    /**
     * The ELMO document of \a source as \a transcript shows it, generated at \a generated;
     * \a transcriptPdf, when given, travels as the report's "Transcript of Records"
     * attachment (a data URI).
     */
    static QByteArray write(const TranscriptSource& source, const Transcript& transcript, const QDateTime& generated,
                            const Seal& seal = Seal(), const QByteArray& transcriptPdf = QByteArray());
};

} // namespace dd
