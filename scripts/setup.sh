#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what DualDegree needs on Debian 12 (as root; otherwise prints the one
# apt-get line to run), then configures and builds into build/.
#
#   scripts/setup.sh --fuzz   also installs clang with its libFuzzer runtime and builds the
#                             fuzz targets, instrumented, into build-fuzz/ (scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ=0
if [ "${1:-}" = "--fuzz" ]; then
    FUZZ=1
    shift
fi

PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-charts-dev
    libqt6opengl6-dev
    qt6-translations-l10n
    libqrencode-dev libsodium-dev libsqlite3-dev libpq-dev
    postgresql catch2 sqlite3 python3 xvfb xauth poppler-utils zbar-tools
    fonts-noto-core fonts-noto-cjk fonts-wqy-microhei fonts-freefont-ttf libthai0
    libssl-dev openssl libqpdf-dev libpoppler-qt6-dev libzxing-dev
    libengine-pkcs11-openssl softhsm2 libnss3-tools libxml2-utils libxmlsec1-dev xmlsec1 libxlsxwriter-dev
    librsvg2-bin desktop-file-utils appstream lintian dpkg-dev fakeroot man-db binutils
)
if [ "$FUZZ" -eq 1 ]; then
    PACKAGES+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "== installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "DualDegree needs these Debian packages; install them and run this again:" >&2
        echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi

if [ "$FUZZ" -eq 1 ]; then
    BUILD_DIR=${BUILD_DIR:-build-fuzz}
    echo "== configuring and building the fuzz targets in $BUILD_DIR (clang, libFuzzer, ASan, UBSan)"
    CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_FUZZ=ON \
        -DDD_BUILD_TESTS=OFF "$@" >/dev/null
    cmake --build "$BUILD_DIR" --target fuzz
    exit 0
fi

BUILD_DIR=${BUILD_DIR:-build}
echo "== configuring and building in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DDD_WERROR=ON "$@" >/dev/null
cmake --build "$BUILD_DIR"
