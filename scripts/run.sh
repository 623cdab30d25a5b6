#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up (packages, build) and starts DualDegree on the demo database, which is
# created from the data built into the program on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh -DDD_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found. Start a desktop session (or run under 'xvfb-run -a')." >&2
    exit 1
fi
exec "${BUILD_DIR:-build}/src/app/dualdegree" --demo "$@"
