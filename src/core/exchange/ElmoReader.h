// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

/** What an ELMO document says, as DualDegree maps its records into ELMO (DESIGN, "Exchange"). */
struct ElmoRecord
{
    struct Opportunity
    {
        QString code; ///< identifier type="local"
        QHash<QString, QString> titles; ///< by xml:lang
        QString attempt; ///< regular, makeup, retake
        QString term; ///< academicTerm's English title, in the issuer's naming
        QDate termStart;
        QDate termEnd;
        QString status; ///< passed, failed, in-progress
        QString resultLabel; ///< the mark or letter as recorded
        QString creditScheme;
        QString creditValue;
    };

    QDateTime generated; ///< generatedDate: when the issuer wrote the document
    QString givenNames;
    QString familyName;
    QDate birthDate;
    QString citizenship;
    QHash<QString, QString> learnerIds; ///< by type: cqupt-no, ruts-no, dualdegree-id
    QString issuerCountry;
    QHash<QString, QString> issuerIds; ///< by type: schac, local
    QHash<QString, QString> issuerTitles;
    QList<Opportunity> opportunities;
    /** The report's attachments that are PDFs, decoded (a transcript sent with the record). */
    QList<QByteArray> pdfAttachments;
    /** DualDegree's transcript extension (name, gpa, graduation, …), by element name; empty when absent. */
    QHash<QString, QString> transcript;
};

/**
 * Reads an ELMO document (one report is read; the learner, the issuer and its
 * Course opportunities at any depth). A document that is not well-formed XML or
 * not ELMO is refused with the line and reason. Never resolves external entities.
 */
class ElmoReader
{
public:
    static bool read(const QByteArray& xml, ElmoRecord* record, QString* error);
};

} // namespace dd
