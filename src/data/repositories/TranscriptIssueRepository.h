// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/TranscriptIssue.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace dd {

class Database;

/** The log of transcripts issued. */
class TranscriptIssueRepository
{
public:
    explicit TranscriptIssueRepository(Database& db);

    bool insert(TranscriptIssue& issue, QString* error);
    std::optional<TranscriptIssue> findByCode(const QString& verificationCode, QString* error) const;
    /** The issue whose PDF bytes had the SHA-256 \a pdfDigest. */
    std::optional<TranscriptIssue> findByPdfDigest(const QString& pdfDigest, QString* error) const;
    /** The issues to \a studentId (everyone's when empty), newest first. */
    QList<TranscriptIssue> forStudent(const QString& studentId, QString* error) const;

private:
    QList<TranscriptIssue> select(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
