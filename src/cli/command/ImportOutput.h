// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/import/ImportReport.h"

namespace dd {

class CommandContext;

/** What every import command prints, the same way (`import KIND`, `elmo import`). */
namespace ImportOutput {

/** The refusal: the first reason with the count on the error line, every other reason after it; returns 1. */
int refused(CommandContext& context, const ImportReport& report);
/** The planned changes of a dry run, the summary, and where the copy taken before is. */
void done(CommandContext& context, const ImportReport& report);

} // namespace ImportOutput

} // namespace dd
