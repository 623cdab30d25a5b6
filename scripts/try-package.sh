#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs a package as a new user would, in a clean Debian 12 root (as root: made with
# debootstrap when ROOT is empty), then as an ordinary user there: the command line on
# the demo database, a signed transcript, and the window started under Xvfb with a
# picture of it saved as ROOT/tmp/installed.png.
#   scripts/try-package.sh dualdegree_VERSION_ARCH.deb ROOT
set -euo pipefail
deb=$(readlink -f "${1:?the package}")
root=${2:?the folder of the clean root}
if [ ! -x "$root/bin/bash" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
trap 'umount "$root/dev" "$root/proc" 2>/dev/null || true' EXIT
chroot "$root" /bin/bash -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq \
    && apt install -y /tmp/$(basename "$deb") xvfb xauth"
chroot "$root" /bin/bash -c 'id clerk >/dev/null 2>&1 || useradd -m clerk'
chroot "$root" su clerk -c 'cd && export LANG=C.UTF-8 DUALDEGREE_KEY_PASSPHRASE=demo
    set -e
    dualdegree-cli --version
    rm -rf ~/.local/share/dualdegree ~/.config/DualDegree
    dualdegree-cli init --demo
    dualdegree-cli audit DD2021002 --institution CQUPT | head -3
    dualdegree-cli transcript DD2021002 --institution CQUPT --lang en-zh --out /tmp/installed-transcript.pdf
    dualdegree-cli verify /tmp/installed-transcript.pdf | head -2
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" dualdegree --demo --screenshot /tmp/installed.png'
echo "== the window as it started there: $root/tmp/installed.png; a transcript: $root/tmp/installed-transcript.pdf"
