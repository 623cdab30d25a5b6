// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Programme.h"

#include <QList>
#include <optional>

namespace dd {

class Database;

/** The programmes (institution x catalogue year) known to the database. */
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database& db);

    /** Inserts \a programme, or updates the one with the same code. */
    bool save(Programme& programme, QString* error);
    std::optional<Programme> find(const QString& code, QString* error) const;
    QList<Programme> all(QString* error) const;

private:
    QList<Programme> select(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
