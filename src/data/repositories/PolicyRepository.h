// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/PolicySet.h"

#include <QByteArray>
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
public:
    explicit PolicyRepository(Database& db);

    /** Validates and stores an institution policy file, and records the institution. */
    bool storeInstitution(const QByteArray& bytes, const QString& fileName, QString* error);
    /** Validates and stores a conversions file. */
    bool storeConversions(const QByteArray& bytes, const QString& fileName, QString* error);
    /** Validates and stores a programme file, and records the programme. */
    bool storeProgramme(const QByteArray& bytes, const QString& fileName, QString* error);

    /** The newest stored institution policies and conversion tables. */
    bool load(PolicySet* policies, QString* error) const;

private:
    bool store(const QString& kind, const QString& name, const QString& version, const QByteArray& bytes,
               QString* error);

    Database& m_db;
};

} // namespace dd
