// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for the layering check: the command line must not use widgets.
#include <QtWidgets/QWidget>
