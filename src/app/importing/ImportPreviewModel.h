// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/import/ImportPreview.h"

#include <QAbstractTableModel>

namespace dd {

/**
 * The lines of an import preview as a table: the line number, what importing the line
 * does, then the file's own columns. A refused cell is shaded red with its reason as the
 * tooltip; a changed cell shows "stored → file" shaded amber.
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, StatusColumn, FirstCell };
    /** The status as a word (new, unchanged, changed, refused), for filtering. */
    static constexpr int StatusRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ImportPreview& preview);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusWord(ImportPreview::Status status);

private:
    QString statusText(const ImportPreview::Line& line) const;

    QStringList m_header;
    QList<ImportPreview::Line> m_lines;
};

} // namespace dd
