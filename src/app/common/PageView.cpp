// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/PageView.h"

#include <QMessageBox>
#include <QUndoStack>

namespace dd {

PageView::PageView(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
}

void PageView::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(window(), title, message);
}

} // namespace dd
