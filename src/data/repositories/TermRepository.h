// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/policy/TermNaming.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class Database;

/** The terms results were recorded in; a term row is made the first time a valid code is used. */
class TermRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::TermRepository)

public:
    explicit TermRepository(Database& db);

    /** The key of \a term at \a institution, inserting the term when it is new; 0 on failure. */
    qint64 ensure(const QString& institution, const TermInfo& term, Error* error);
    /** The key of an existing term, or 0. */
    qint64 find(const QString& institution, const QString& code, Error* error) const;
    /** Every term of \a institution in date order. */
    QList<TermInfo> all(const QString& institution, Error* error) const;

private:
    Database& m_db;
};

} // namespace dd
