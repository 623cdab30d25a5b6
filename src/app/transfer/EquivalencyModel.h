// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/Course.h"
#include "core/records/Equivalency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace dd {

/** The equivalency catalogue (newest version of each rule), with both sides' course titles. */
class EquivalencyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DirectionColumn,
        FromCodesColumn,
        FromTitlesColumn,
        TargetColumn,
        TargetTitlesColumn,
        StatusColumn,
        CohortsColumn,
        VersionColumn,
        DecidedByColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the version's id
        StatusRole, ///< proposed, approved, rejected, retired
        FromInstitutionRole,
        SearchTextRole, ///< codes and titles in every script, for the text filter
        ValidFromRole,
        ValidToRole, ///< 0 = open-ended
    };

    explicit EquivalencyModel(QObject* parent = nullptr);

    void setCatalogue(const QList<Equivalency>& equivalencies, const QHash<QString, Course>& courses);
    const Equivalency* equivalencyAt(int row) const;
    /** The row of the equivalency with id \a id, or -1. */
    int rowOf(qint64 id) const;

    /** A status as the user reads it. */
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString titles(const QString& institution, const QStringList& codes) const;

    QList<Equivalency> m_rows;
    QHash<QString, Course> m_courses;
};

/** Filters the catalogue by source institution, status, cohort and text in codes and titles. */
class EquivalencyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EquivalencyFilterModel(QObject* parent = nullptr);

    void setFromInstitution(const QString& institution);
    void setStatus(const QString& status);
    /** Only equivalencies valid for \a cohort (0 = any). */
    void setCohort(int cohort);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_from;
    QString m_status;
    int m_cohort = 0;
    QString m_text;
};

} // namespace dd
