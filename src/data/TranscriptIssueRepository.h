// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TranscriptIssue.h"

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

private:
    Database& m_db;
};

} // namespace dd
