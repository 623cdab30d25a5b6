// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dd {

/** A cohort's audits at one institution: one row a student, outcome and progress. */
class CohortAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudentColumn,
        NameColumn,
        GpaColumn,
        CreditsColumn,
        ProgressColumn,
        GraduationColumn,
        DegreeColumn,
        HonoursColumn,
        UnmetColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers
    };

    explicit CohortAuditModel(QObject* parent = nullptr);

    /** \a names: student id -> name as shown. */
    void setResults(const QList<AuditResult>& results, const QHash<QString, QString>& names);
    const QList<AuditResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditResult> m_results;
    QHash<QString, QString> m_names;
};

} // namespace dd
