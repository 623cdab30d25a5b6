#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the release package: an optimised build without the tests in build-package/,
# then dualdegree_VERSION_ARCH.deb from the install rules (cpack), checked by lintian,
# desktop-file-validate, appstreamcli and man (tests/package-check.sh).
#   scripts/package.sh                 the package in build-package/
#   scripts/package.sh --try-in DIR    also install it with apt in a clean Debian 12 root at DIR
#                                      (made by debootstrap when DIR is empty) and start it there
set -euo pipefail
cd "$(dirname "$0")/.."
root=""
if [ "${1:-}" = "--try-in" ]; then
    root=${2:?"--try-in needs a folder"}
fi
BUILD_DIR=${BUILD_DIR:-build-package}
BUILD_DIR="$BUILD_DIR" BUILD_TYPE=Release ./scripts/setup.sh -DDD_BUILD_TESTS=OFF
cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$BUILD_DIR" >/dev/null
tests/package-check.sh "$BUILD_DIR"
deb=$(ls "$BUILD_DIR"/dualdegree_*.deb)
echo "== $deb"
if [ -n "$root" ]; then
    ./scripts/try-package.sh "$deb" "$root"
fi
