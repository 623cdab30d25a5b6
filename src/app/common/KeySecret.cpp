// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/KeySecret.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace dd {

InstitutionKeys::SecretSource askKeySecret(QWidget* parent)
{
    return [parent](const QString& what, QByteArray* secret, Error* error) {
        const QByteArray fromEnvironment = qgetenv("DUALDEGREE_KEY_PASSPHRASE");
        if (!fromEnvironment.isEmpty()) {
            *secret = fromEnvironment;
            return true;
        }
        QInputDialog dialog(parent);
        dialog.setObjectName(QStringLiteral("keyPassphraseDialog"));
        dialog.setWindowTitle(QCoreApplication::translate("dd::KeySecret", "Signing Key"));
        dialog.setLabelText(QCoreApplication::translate("dd::KeySecret", "Passphrase or PIN for %1:").arg(what));
        dialog.setTextEchoMode(QLineEdit::Password);
        const bool given = dialog.exec() == QDialog::Accepted;
        *secret = dialog.textValue().toUtf8();
        dialog.setTextValue(QString());
        if (!given) {
            *error = Error::refused(QCoreApplication::translate("dd::KeySecret", "no passphrase was given"));
            return false;
        }
        return true;
    };
}

} // namespace dd
