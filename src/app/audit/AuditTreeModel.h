// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"

#include <QAbstractItemModel>

namespace dd {

/**
 * The requirement tree of one audit: each requirement under its parent, with a
 * status colour and icon, credits applied of required, a progress value for a
 * bar, the courses applied (in-progress ones marked) and the detail.
 */
class AuditTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        RequirementColumn,
        StatusColumn,
        CreditsColumn,
        ProgressColumn,
        CoursesColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< "met", "in_progress", "unmet"
        ProgressRole, ///< 0-100, or invalid on rows not about credits
        IdRole, ///< the requirement id
    };

    explicit AuditTreeModel(QObject* parent = nullptr);

    void setResult(const AuditResult& result);
    const AuditResult& result() const { return m_result; }

    /** A status as the user reads it. */
    static QString statusText(AuditResult::Status status);
    /** The requirement's label in the interface language, where the rule file gives one. */
    static QString labelOf(const AuditResult::Row& row);
    /** An exception kind (waive, substitute, …) as the reader's language says it. */
    static QString exceptionKindText(const QString& kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** Requirement rows (indexes into m_result.requirements) under \a parentRow (-1 = top). */
    const QList<int>& childrenOf(int parentRow) const;

    AuditResult m_result;
    QHash<int, QList<int>> m_children; // parent row (-1 = top) -> child rows
    QList<int> m_parentOf; // row -> parent row or -1
    QList<int> m_positionOf; // row -> position under its parent
};

} // namespace dd
