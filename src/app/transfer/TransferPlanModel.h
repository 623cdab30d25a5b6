// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/services/TransferService.h"

#include <QAbstractTableModel>

namespace dd {

/**
 * One student's transfers into one institution: those the approved
 * equivalencies allow now, those refused (with the reason), and those already
 * recorded or reversed.
 */
class TransferPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        SourceColumn,
        TargetColumn,
        GradeColumn,
        CreditsColumn,
        TableColumn,
        DetailColumn,
        AsOfColumn,
        ColumnCount
    };
    enum Role {
        TransferIdRole = Qt::UserRole + 1, ///< the recorded transfer's id; 0 for a candidate
        KindRole, ///< "allowed", "refused", "recorded" or "reversed"
    };

    explicit TransferPlanModel(QObject* parent = nullptr);

    void setTransfers(const TransferService::StudentTransfers& transfers);
    void clear();
    const TransferService::StudentTransfers& transfers() const { return m_transfers; }
    int allowedCount() const;

    /** A refusal reason as the user reads it. */
    static QString reasonText(TransferCandidate::Reason reason);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant candidateData(const TransferCandidate& c, int column, int role) const;
    QVariant recordedData(const TransferCredit& t, int column, int role) const;

    TransferService::StudentTransfers m_transfers;
};

} // namespace dd
