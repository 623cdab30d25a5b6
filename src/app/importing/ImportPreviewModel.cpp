// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/importing/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace dd {

namespace {

const QColor kRefusedText(0xa0, 0, 0);
const QColor kRefusedCell(0xf6, 0xd0, 0xd0);
const QColor kChangedText(0x80, 0x50, 0);
const QColor kChangedCell(0xfb, 0xe8, 0xc4);

} // namespace

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_header = preview.header();
    m_lines = preview.lines();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCell + int(m_header.size());
}

QString ImportPreviewModel::statusWord(ImportPreview::Status status)
{
    switch (status) {
    case ImportPreview::Status::New:
        return QStringLiteral("new");
    case ImportPreview::Status::Changed:
        return QStringLiteral("changed");
    case ImportPreview::Status::Refused:
        return QStringLiteral("refused");
    case ImportPreview::Status::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString ImportPreviewModel::statusText(const ImportPreview::Line& line) const
{
    switch (line.status) {
    case ImportPreview::Status::New:
        return tr("new");
    case ImportPreview::Status::Changed:
        if (line.before.size() == 1) {
            return tr("changes %1").arg(m_header.value(line.before.cbegin().key()).trimmed());
        }
        return line.before.isEmpty() ? tr("changes the stored record")
                                     : tr("changes %n field(s)", nullptr, int(line.before.size()));
    case ImportPreview::Status::Refused: {
        QStringList reasons;
        for (auto it = line.problems.cbegin(); it != line.problems.cend(); ++it) {
            reasons << (it.key() >= 0 && it.key() < m_header.size()
                            ? QStringLiteral("%1: %2").arg(m_header.at(it.key()).trimmed(), it.value())
                            : it.value());
        }
        reasons.sort();
        return tr("refused: %1").arg(reasons.join(QStringLiteral("; ")));
    }
    case ImportPreview::Status::Unchanged:
        break;
    }
    return tr("unchanged");
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size()) {
        return {};
    }
    const ImportPreview::Line& line = m_lines.at(index.row());
    const int cell = index.column() - FirstCell;
    if (role == StatusRole) {
        return statusWord(line.status);
    }
    if (index.column() == LineColumn) {
        if (role == Qt::DisplayRole) {
            return line.line;
        }
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (index.column() == StatusColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return statusText(line);
        case Qt::ForegroundRole:
            return line.status == ImportPreview::Status::Refused ? QBrush(kRefusedText)
                : line.status == ImportPreview::Status::Changed  ? QBrush(kChangedText)
                                                                 : QVariant();
        default:
            return {};
        }
    }
    const QString given = line.cells.value(cell);
    const bool refused = line.problems.contains(cell);
    const bool changed = line.before.contains(cell);
    // A mark entered where the course was in progress: said in the reader's language.
    const QString was
        = line.before.value(cell) == QLatin1String("in progress") ? tr("in progress") : line.before.value(cell);
    switch (role) {
    case Qt::DisplayRole:
        return changed ? tr("%1 → %2").arg(was, given) : given;
    case Qt::ToolTipRole:
        return refused ? line.problems.value(cell) : changed ? tr("stored now: %1").arg(was) : given;
    case Qt::BackgroundRole:
        return refused ? QBrush(kRefusedCell) : changed ? QBrush(kChangedCell) : QVariant();
    case Qt::ForegroundRole:
        return refused || changed ? QBrush(Qt::black) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == LineColumn) {
        return tr("Line");
    }
    if (section == StatusColumn) {
        return tr("What importing does");
    }
    return m_header.value(section - FirstCell).trimmed();
}

} // namespace dd
