// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exchange/ElmoReader.h"
#include "data/import/ResultImporter.h"
#include "sign/Certificate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

/**
 * Imports a partner institution's signed record (ELMO XML, DESIGN "Exchange"): its
 * results become results of that institution, under the same rules and messages as
 * results.csv ("FILE.xml: course 'X': reason"), all or nothing.
 *
 * Before anything is read into the database the file must carry an enveloped XML
 * signature that verifies under a certificate trusted as a partner's (keys trust), the
 * record must say it is that partner's, and the acting user must be the receiving
 * office; the learner must then match exactly one student by family name, given name
 * and birth date (a student number in the file that differs from the student's rules
 * the student out). The import's row names the file's digest and its signer.
 */
class ElmoImporter : public ResultImporter
{
    Q_DECLARE_TR_FUNCTIONS(dd::ElmoImporter)

public:
    /** A record with a transcript attached is larger than any CSV, but not without bound. */
    static constexpr qint64 kMaxRecordBytes = 64 * 1024 * 1024;

    explicit ElmoImporter(Database& db);

    /**
     * Reads without verifying the signature, for a test that shows what the parser makes of
     * a file nobody here trusts; never for an import that writes.
     */
    void skipSignatureCheckForTest() { m_skipSignature = true; }

    /** What the last run found, for a preview: the signer, the issuer, the learner and the student matched. */
    struct Found
    {
        bool signatureVerified = false;
        Certificate signer; ///< the trusted certificate that verified it
        QString signerInstitution;
        QString issuer; ///< the institution the record says it is (code), empty when unknown
        ElmoRecord record;
        QString studentId; ///< the student matched, empty when none
        QString studentName;
    };
    const Found& found() const { return m_found; }

protected:
    bool parse(const QByteArray& bytes, QList<CsvParser::Record>* records, QString* error) override;
    QString place(int line) const override;
    Sql::Assignments runDetails() const override;
    void validateRow(const Row& row) override;

private:
    bool verifySignature(const QByteArray& bytes, QString* error);
    QString issuerOf(const ElmoRecord& record) const;
    bool matchLearner(const ElmoRecord& record, QString* error);

    bool m_skipSignature = false;
    Found m_found;
};

} // namespace dd
