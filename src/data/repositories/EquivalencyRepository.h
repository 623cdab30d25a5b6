// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Equivalency.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace dd {

class Database;

/**
 * The equivalency catalogue. Versions are only ever added: a changed decision is
 * a new row of the same lineage, and the earlier versions stay readable.
 */
class EquivalencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::EquivalencyRepository)

public:
    /** A file (a syllabus) attached to one version as evidence for its decision. */
    struct Evidence
    {
        qint64 id = 0;
        qint64 equivalencyId = 0;
        int version = 0;
        QString fileName;
        qint64 size = 0;
        QString sha256;
        QString addedBy;
        QDateTime addedAt;
    };

    explicit EquivalencyRepository(Database& db);

    /** The newest version of the rule with \a key (see Equivalency::key()). */
    std::optional<Equivalency> latest(const QString& key, Error* error) const;
    std::optional<Equivalency> findById(qint64 id, Error* error) const;
    /** Every version of a lineage, oldest first. */
    QList<Equivalency> history(qint64 lineageId, Error* error) const;
    /** The newest version of every rule. */
    QList<Equivalency> current(Error* error) const;
    /** Every version of every rule, by id. */
    QList<Equivalency> all(Error* error) const;

    /**
     * Stores \a equivalency as a new version: version 1 of a new lineage when no
     * rule with its key exists, otherwise the next version of that lineage.
     * An approved, rejected or retired status records the acting user as the decider.
     */
    [[nodiscard]] bool addVersion(Equivalency& equivalency, Error* error);

    /** Stores \a content as evidence of version \a equivalencyId, with its SHA-256. */
    [[nodiscard]] bool addEvidence(qint64 equivalencyId, const QString& fileName, const QByteArray& content,
                                   Evidence* added, Error* error);
    /** The evidence of every version of a lineage, oldest first (without the content). */
    QList<Evidence> evidence(qint64 lineageId, Error* error) const;
    std::optional<QByteArray> evidenceContent(qint64 evidenceId, Error* error) const;

private:
    QList<Equivalency> select(const QString& where, const QVariantList& values, Error* error) const;
    [[nodiscard]] bool loadCodes(Equivalency& e, Error* error) const;

    Database& m_db;
};

} // namespace dd
