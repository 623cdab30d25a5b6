// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/services/InstitutionKeys.h"

class QWidget;

namespace dd {

/**
 * Where the window gets a signing key's passphrase or a token's PIN: a password
 * dialog (object name keyPassphraseDialog) each time a key is opened, never kept;
 * DUALDEGREE_KEY_PASSPHRASE when it is set, as on the command line. Cancelling the
 * dialog is an error that says so.
 */
InstitutionKeys::SecretSource askKeySecret(QWidget* parent);

} // namespace dd
