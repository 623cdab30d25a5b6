#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package of a build, checked by Debian's own tools: made by cpack from the
# install rules, then lintian (no errors), desktop-file-validate, appstreamcli (offline),
# the manual pages read by man with warnings on, and the layout DESIGN names.
#   tests/package-check.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb readelf man; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing (scripts/setup.sh installs it)" >&2
        exit 1
    }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    exit 1
}
deb=$(ls "$out"/dualdegree_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Lintian: no errors (warnings are printed for the reader).
lintian --fail-on error "$deb" 2>&1 | grep -v "running with root privileges" | tee "$out/lintian.txt" || true
if grep -q "^E:" "$out/lintian.txt"; then
    echo "lintian found errors" >&2
    exit 1
fi

# The files a user's desktop and package tools read.
mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.dualdegree.DualDegree.desktop"
appstreamcli validate --no-net "$out/root/usr/share/metainfo/org.dualdegree.DualDegree.metainfo.xml"
for page in dualdegree-cli dualdegree; do
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$out/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
    if [ -n "$warnings" ]; then
        echo "man $page: $warnings" >&2
        exit 1
    fi
done
zcat "$out/root/usr/share/man/man1/dualdegree-cli.1.gz" | grep -q '^\.B elmo import' || {
    echo "the manual page of dualdegree-cli does not list 'elmo import'" >&2
    exit 1
}

# The layout (DESIGN: Install layout), and binaries stripped.
for f in usr/bin/dualdegree usr/bin/dualdegree-cli usr/share/icons/hicolor/scalable/apps/org.dualdegree.DualDegree.svg \
    usr/share/icons/hicolor/48x48/apps/org.dualdegree.DualDegree.png usr/share/doc/dualdegree/copyright \
    usr/share/doc/dualdegree/changelog.gz usr/share/dualdegree/policies/CQUPT.json \
    usr/share/dualdegree/demo/students.csv; do
    [ -e "$out/root/$f" ] || {
        echo "missing from the package: /$f" >&2
        exit 1
    }
done
for f in usr/bin/dualdegree usr/bin/dualdegree-cli; do
    if readelf -S "$out/root/$f" | grep -q '\.debug_info'; then
        echo "not stripped: /$f" >&2
        exit 1
    fi
done
dpkg-deb -f "$deb" Depends | tr ',' '\n' | grep -q 'qt6-qpa-plugins' || {
    echo "the package does not depend on Qt's platform plugins" >&2
    exit 1
}
echo "package checks passed"
