// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for the layering check: the core layer must not use SQL or the data layer.
#include "Database.h"
#include <QSqlDatabase>
#include <QString>
