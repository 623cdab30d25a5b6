// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace dd {

/** How an offline check ended; the numbers are the CLI's exit codes (DESIGN). */
enum class OfflineVerdict {
    Valid = 0, ///< signed by a certificate that chains to the trust anchor, and consistent throughout
    NotGenuine = 1, ///< altered, signed by someone else, or inconsistent with itself
    CouldNotCheck = 3, ///< unreadable input, no trust anchor, nothing to check
};

} // namespace dd
