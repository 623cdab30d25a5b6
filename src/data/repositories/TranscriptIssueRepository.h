// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/TranscriptIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace dd {

class Database;

/** The log of transcripts issued. */
class TranscriptIssueRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::TranscriptIssueRepository)

public:
    explicit TranscriptIssueRepository(Database& db);

    [[nodiscard]] bool insert(TranscriptIssue& issue, Error* error);
    std::optional<TranscriptIssue> findByCode(const QString& verificationCode, Error* error) const;
    /** The issue whose PDF bytes had the SHA-256 \a pdfDigest. */
    std::optional<TranscriptIssue> findByPdfDigest(const QString& pdfDigest, Error* error) const;
    /** The issues to \a studentId (everyone's when empty), newest first. */
    QList<TranscriptIssue> forStudent(const QString& studentId, Error* error) const;

private:
    QList<TranscriptIssue> select(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
