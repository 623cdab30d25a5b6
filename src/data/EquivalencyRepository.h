// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Equivalency.h"

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
public:
    explicit EquivalencyRepository(Database& db);

    /** The newest version of the rule with \a key (see Equivalency::key()). */
    std::optional<Equivalency> latest(const QString& key, QString* error) const;
    std::optional<Equivalency> findById(qint64 id, QString* error) const;
    /** Every version of a lineage, oldest first. */
    QList<Equivalency> history(qint64 lineageId, QString* error) const;
    /** The newest version of every rule. */
    QList<Equivalency> current(QString* error) const;

    /**
     * Stores \a equivalency as a new version: version 1 of a new lineage when no
     * rule with its key exists, otherwise the next version of that lineage.
     * An approved, rejected or retired status records the acting user as the decider.
     */
    bool addVersion(Equivalency& equivalency, QString* error);

private:
    QList<Equivalency> select(const QString& where, const QVariantList& values, QString* error) const;
    bool loadCodes(Equivalency& e, QString* error) const;

    Database& m_db;
};

} // namespace dd
