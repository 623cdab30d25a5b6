// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/** Personal data that left the database: a transcript issued or a file exported. */
struct Disclosure
{
    qint64 id = 0;
    QString kind; ///< transcript, students.csv, results.csv, …
    QString recipient;
    QString purpose;
    QStringList records; ///< the student ids released
    int recordCount = 0;
    QString fileName;
    QString username;
    QString at; ///< UTC
};

/**
 * The disclosure log (PIPL / PDPA): who released whose records, to whom, for what,
 * and when. Written in the same transaction as the release it records.
 */
class DisclosureRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::DisclosureRepository)

public:
    explicit DisclosureRepository(Database& db);

    /**
     * Whether \a recipient and \a purpose are text a person typed on one line, within
     * FieldLimits::kRecipientPurpose (also for transcripts); Invalid with the reason otherwise.
     */
    [[nodiscard]] static bool checkRecipientAndPurpose(const QString& recipient, const QString& purpose, Error* error);
    /** Records \a d as released now by the acting user. */
    [[nodiscard]] bool record(Disclosure& d, Error* error);
    /** The newest \a limit disclosures, of \a studentId's records only when it is given. */
    QList<Disclosure> list(const QString& studentId, int limit, Error* error) const;

private:
    Database& m_db;
};

} // namespace dd
