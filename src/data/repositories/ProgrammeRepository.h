// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/Programme.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** The programmes (institution x catalogue year) known to the database. */
class ProgrammeRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::ProgrammeRepository)

public:
    explicit ProgrammeRepository(Database& db);

    /** Inserts \a programme, or updates the one with the same code. */
    [[nodiscard]] bool save(Programme& programme, Error* error);
    std::optional<Programme> find(const QString& code, Error* error) const;
    QList<Programme> all(Error* error) const;

private:
    QList<Programme> select(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
