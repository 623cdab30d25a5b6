// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/PolicySet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;

/**
 * The regulation files in force, kept inside the database with every version
 * ever loaded, so that a decision can always be traced to the rules it was made
 * under. Loading a file that is already stored changes nothing.
 */
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::PolicyRepository)

public:
    explicit PolicyRepository(Database& db);

    /** Validates and stores an institution policy file, and records the institution. */
    [[nodiscard]] bool storeInstitution(const QByteArray& bytes, const QString& fileName, Error* error);
    /** Validates and stores a conversions file. */
    [[nodiscard]] bool storeConversions(const QByteArray& bytes, const QString& fileName, Error* error);
    /** Validates and stores a programme file, and records the programme. */
    [[nodiscard]] bool storeProgramme(const QByteArray& bytes, const QString& fileName, Error* error);

    /** The newest stored institution policies and conversion tables. */
    [[nodiscard]] bool load(PolicySet* policies, Error* error) const;

private:
    [[nodiscard]] bool store(const QString& kind, const QString& name, const QString& version, const QByteArray& bytes,
                             Error* error);

    Database& m_db;
};

} // namespace dd
