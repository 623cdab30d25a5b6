// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Milestone.h"

#include <QList>
#include <optional>

namespace dd {

class Database;

/** HSK sittings, theses and internships; keyed by (student, kind, date). */
class MilestoneRepository
{
public:
    explicit MilestoneRepository(Database& db);

    std::optional<Milestone> find(const QString& studentId, const QString& kind, const QDate& date,
                                  QString* error) const;
    QList<Milestone> forStudent(const QString& studentId, QString* error) const;

    bool insert(Milestone& milestone, QString* error);
    bool update(Milestone& milestone, QString* error, bool* conflict = nullptr);
    bool remove(const Milestone& milestone, QString* error, bool* conflict = nullptr);

private:
    QList<Milestone> select(const QString& where, const QVariantList& values, QString* error) const;

    Database& m_db;
};

} // namespace dd
