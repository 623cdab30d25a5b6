// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Milestone.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dd {

class Database;

/** HSK sittings, theses and internships; keyed by (student, kind, date). */
class MilestoneRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::MilestoneRepository)

public:
    explicit MilestoneRepository(Database& db);

    std::optional<Milestone> find(const QString& studentId, const QString& kind, const QDate& date, Error* error) const;
    QList<Milestone> forStudent(const QString& studentId, Error* error) const;

    [[nodiscard]] bool insert(Milestone& milestone, Error* error);
    [[nodiscard]] bool update(Milestone& milestone, Error* error);
    [[nodiscard]] bool remove(const Milestone& milestone, Error* error);

private:
    QList<Milestone> select(const QString& where, const QVariantList& values, Error* error) const;

    Database& m_db;
};

} // namespace dd
