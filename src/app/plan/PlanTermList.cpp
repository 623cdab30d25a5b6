// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/plan/PlanTermList.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QTimer>

namespace dd {

PlanTermList::PlanTermList(int index, const QString& institution, bool underway, QWidget* parent)
    : QListWidget(parent)
    , m_index(index)
    , m_institution(institution)
    , m_underway(underway)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setMinimumWidth(230);
    setAlternatingRowColors(true);
    setSpacing(2);
}

QStringList PlanTermList::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* PlanTermList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType),
                  QStringLiteral("%1\t%2\t%3")
                      .arg(items.first()->data(InstitutionRole).toString(), items.first()->data(CodeRole).toString())
                      .arg(m_index)
                      .toUtf8());
    return mime;
}

bool PlanTermList::takes(const QMimeData* mime, QString* code, int* from) const
{
    if (!mime || m_underway) {
        return false;
    }
    const QStringList parts = QString::fromUtf8(mime->data(QString::fromLatin1(kMimeType))).split(QLatin1Char('\t'));
    if (parts.size() != 3 || parts.at(0) != m_institution) {
        return false;
    }
    *code = parts.at(1);
    *from = parts.at(2).toInt();
    return *from != m_index;
}

void PlanTermList::dragEnterEvent(QDragEnterEvent* event)
{
    dragMoveEvent(event); // the same test on entering as on moving
}

void PlanTermList::dragMoveEvent(QDragMoveEvent* event)
{
    QString code;
    int from = -1;
    if (takes(event->mimeData(), &code, &from)) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PlanTermList::dropEvent(QDropEvent* event)
{
    QString code;
    int from = -1;
    if (!takes(event->mimeData(), &code, &from)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // After the drag has ended: the move rebuilds the lists, this one among them.
    QTimer::singleShot(0, this, [this, code, from] { emit courseDropped(code, from, m_index); });
}

} // namespace dd
