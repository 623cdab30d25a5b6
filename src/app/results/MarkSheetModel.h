// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/services/MarkEntryService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dd {

/**
 * The mark sheet of one course in one term: every enrolled student's attempt,
 * the mark recorded and the mark typed. A mark that is not on the
 * institution's scale for the course is refused as it is typed (markRejected
 * says why); added make-up and retake attempts are new rows.
 */
class MarkSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudentColumn, NameColumn, AttemptColumn, RecordedColumn, MarkColumn, ChangeColumn, ColumnCount };

    explicit MarkSheetModel(QObject* parent = nullptr);

    void setService(const MarkEntryService* service) { m_service = service; }
    /** A sheet the acting user may only read: no mark can be typed. */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /** \a names: student id -> name as shown. */
    void setSheet(const QList<CourseResult>& results, const QHash<QString, QString>& names);
    QList<MarkEntryService::Entry> entries() const { return m_entries; }
    /** Rows whose typed mark differs from the recorded one, or that are new. */
    int changedCount() const;
    /** Adds a \a kind attempt of the student in \a row (once); returns its row or -1. */
    int addAttempt(int row, Attempt kind);
    static QString attemptText(Attempt attempt);
    /** Tells the views that every text (headers, attempts, changes) is to be read again. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void markRejected(const QString& studentId, const QString& mark, const QString& reason);
    void changed();

private:
    bool isChanged(const MarkEntryService::Entry& e) const;

    const MarkEntryService* m_service = nullptr;
    QList<MarkEntryService::Entry> m_entries;
    QHash<QString, QString> m_names;
    bool m_readOnly = false;
};

} // namespace dd
