// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QTableWidget;

namespace dd {

/**
 * Makes \a table a read-only list as the dialogs show one: named \a objectName, one
 * column per header, whole rows selected, the last column stretched, no row numbers.
 */
void setUpListTable(QTableWidget* table, const QString& objectName, const QStringList& headers);

} // namespace dd
