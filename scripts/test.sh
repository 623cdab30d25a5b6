#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up (packages, build with warnings as errors) and runs the whole test suite
# without a display.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh -DDD_BUILD_TESTS=ON
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
