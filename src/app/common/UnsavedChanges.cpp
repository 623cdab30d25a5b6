// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/UnsavedChanges.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dd {

UnsavedChanges::Choice UnsavedChanges::ask(QWidget* parent, const QString& what, const QString& action, Offer offer)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Not saved yet: %1.\n\nSave it before %2?").arg(what, action), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    QPushButton* save = nullptr;
    if (offer == Offer::SaveDiscardCancel) {
        save = box.addButton(QMessageBox::Save);
    }
    QPushButton* discard = box.addButton(QMessageBox::Discard);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save ? save : cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (save && box.clickedButton() == save) {
        return Choice::Save;
    }
    return box.clickedButton() == discard ? Choice::Discard : Choice::Cancel;
}

bool UnsavedChanges::mayClose(QWidget* dialog, const QWidget* root, const QString& what,
                              const std::function<bool()>& save) const
{
    if (!isModified(root)) {
        return true;
    }
    switch (ask(dialog, what, tr("closing"))) {
    case Choice::Save:
        return save();
    case Choice::Discard:
        return true;
    case Choice::Cancel:
        break;
    }
    return false;
}

QStringList UnsavedChanges::snapshot(const QWidget* root)
{
    QStringList values;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        // Cell editors of tables come and go; a table's own model says what changed.
        bool inView = false;
        for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            inView = inView || qobject_cast<const QAbstractItemView*>(p);
        }
        if (inView) {
            continue;
        }
        const QString name = w->objectName();
        if (const auto* e = qobject_cast<const QLineEdit*>(w);
            e && !e->isReadOnly() && !qobject_cast<const QComboBox*>(e->parentWidget())) {
            values << name + QLatin1Char('=') + e->text();
        } else if (const auto* t = qobject_cast<const QPlainTextEdit*>(w); t && !t->isReadOnly()) {
            values << name + QLatin1Char('=') + t->toPlainText();
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            values << name + QLatin1Char('=')
                    + (c->isEditable() ? c->currentText() : QString::number(c->currentIndex()));
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w); b && b->isCheckable()) {
            values << name + QLatin1Char('=') + QString::number(int(b->isChecked()));
        } else if (const auto* s = qobject_cast<const QAbstractSpinBox*>(w)) {
            values << name + QLatin1Char('=') + s->text();
        }
    }
    return values;
}

} // namespace dd
