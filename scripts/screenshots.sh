#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the main views on a fresh demo database into docs/screenshots/.
# Needs a build (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
app="${BUILD_DIR:-build}/src/app/dualdegree"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$data/config" QT_QPA_PLATFORM=offscreen
mkdir -p docs/screenshots
for view in students courses results; do
    "$app" --demo --lang en --view "$view" --screenshot "docs/screenshots/main-window-$view.png"
    echo "docs/screenshots/main-window-$view.png"
done
for lang in zh_CN th; do
    "$app" --demo --lang "$lang" --view students --screenshot "docs/screenshots/main-window-students-$lang.png"
    echo "docs/screenshots/main-window-students-$lang.png"
done
# Credit transfer: the catalogue with one student's transfers into RUTS, and the
# detail dialogs of a many-to-one equivalency (12) and of the open proposal (46).
"$app" --demo --lang en --student DD2020008 --into RUTS --screenshot docs/screenshots/credit-transfer.png
echo docs/screenshots/credit-transfer.png
"$app" --demo --lang en --equivalency 12 --screenshot docs/screenshots/equivalency-dialog.png
echo docs/screenshots/equivalency-dialog.png
"$app" --demo --lang en --equivalency 46 --screenshot docs/screenshots/equivalency-dialog-proposed.png
echo docs/screenshots/equivalency-dialog-proposed.png
"$app" --demo --lang th --student DD2020008 --into RUTS --screenshot docs/screenshots/credit-transfer-th.png
echo docs/screenshots/credit-transfer-th.png
# Audit: one student at both institutions side by side, and a cohort overview.
for lang in en zh_CN th; do
    suffix=$([ "$lang" = en ] && echo "" || echo "-$lang")
    "$app" --demo --lang "$lang" --view audit --student DD2020008 --screenshot "docs/screenshots/audit$suffix.png"
    echo "docs/screenshots/audit$suffix.png"
done
"$app" --demo --lang en --cohort 2020 --into RUTS --screenshot docs/screenshots/audit-cohort.png
echo docs/screenshots/audit-cohort.png
# First run: no database yet.
"$app" --lang en --db "$data/none.db" --screenshot docs/screenshots/welcome.png
echo docs/screenshots/welcome.png
# File › Connect to Server, as it comes up when the last server cannot be reached without a password.
"$app" --lang en --db "postgresql://li.na@dualdegree-db.cqupt.example:5432/dualdegree?sslmode=verify-full&sslrootcert=/etc/ssl/certs/cqupt-ca.pem" \
    --screenshot docs/screenshots/connect-to-server.png
echo docs/screenshots/connect-to-server.png
# The demo moved to a private PostgreSQL cluster (when PostgreSQL is installed) and opened there.
if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    cluster=/tmp/dualdegree-screenshots-postgres
    tests/postgres-cluster.sh start "$cluster" 55434 >/dev/null
    trap 'tests/postgres-cluster.sh stop "$cluster" 2>/dev/null; rm -rf "$data"' EXIT
    psql -q -h 127.0.0.1 -p 55434 -U postgres -c "CREATE DATABASE dualdegree" postgres
    "${BUILD_DIR:-build}/src/cli/dualdegree-cli" --db "$data/server-demo.db" init --demo >/dev/null
    "${BUILD_DIR:-build}/src/cli/dualdegree-cli" migrate --from "$data/server-demo.db" \
        --to postgresql://postgres@127.0.0.1:55434/dualdegree >/dev/null
    "$app" --lang en --db postgresql://postgres@127.0.0.1:55434/dualdegree --view students \
        --screenshot docs/screenshots/main-window-server.png
    echo docs/screenshots/main-window-server.png
fi
# One student in detail, and the history of a grade changed with its reason.
"$app" --demo --lang en --view students --student DD2020001 --screenshot docs/screenshots/student-detail.png
echo docs/screenshots/student-detail.png
printf 'student_id,institution,course_code,term,mark,attempt\nDD2020001,CQUPT,MAJ301,2022-2023-1,88,\n' >"$data/fix.csv"
"${BUILD_DIR:-build}/src/cli/dualdegree-cli" --db "$data/dualdegree/demo.db" import results "$data/fix.csv" \
    --reason "exam re-marked after appeal" >/dev/null
"$app" --demo --lang en --view students --student DD2020001 --tab history \
    --screenshot docs/screenshots/student-history.png
echo docs/screenshots/student-history.png

# What only typing shows: refusals beside the fields (Thai), a role's reasons beside what it may
# not do, the question before typed marks are dropped (Chinese); hidden tests of the suite.
DD_SCREENSHOT_DIR="$PWD/docs/screenshots" "${BUILD_DIR:-build}/tests/test_app" "[.screenshots]" >/dev/null
ls docs/screenshots/student-form-refusals-th.png docs/screenshots/results-read-only-role.png \
    docs/screenshots/unsaved-marks-zh_CN.png

# Transcripts: the view with a preview, and every page of a CQUPT (English + Chinese)
# and a RUTS (English + Thai) transcript of a long record, as issued.
"$app" --demo --lang en --view transcripts --student DD2020013 --into CQUPT --screenshot docs/screenshots/transcripts.png
echo docs/screenshots/transcripts.png
cli="${BUILD_DIR:-build}/src/cli/dualdegree-cli"
"$cli" --db "$data/transcripts.db" init --demo >/dev/null
# The demo signs with its DEMO keys (passphrase "demo").
export DUALDEGREE_KEY_PASSPHRASE=demo
rm -f docs/screenshots/transcript-*.png
for inst in CQUPT RUTS; do
    lang=$([ "$inst" = CQUPT ] && echo en-zh || echo en-th)
    lower=$(echo "$inst" | tr '[:upper:]' '[:lower:]')
    "$cli" --db "$data/transcripts.db" transcript DD2020013 --institution "$inst" --lang "$lang" \
        --out "$data/$inst.pdf" --recipient "Graduate admissions" --purpose "application" --issued 2026-11-28 >/dev/null
    pdftoppm -png -r 80 "$data/$inst.pdf" "docs/screenshots/transcript-$lower"
    ls docs/screenshots/transcript-"$lower"-*.png
done
# The first page of a signed RUTS transcript with its Thai name (SARA AM), at 200 dpi as a
# scanner would read its signed QR, and pdfsig's verdict on it.
"$cli" --db "$data/transcripts.db" transcript DD2020008 --institution RUTS --lang en-th \
    --out "$data/signed.pdf" --issued 2026-11-28 >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$data/signed.pdf" docs/screenshots/transcript-signed-first-page
echo docs/screenshots/transcript-signed-first-page.png
# The degree-committee lists of cohort 2020, first page each.
for inst in CQUPT RUTS; do
    lower=$(echo "$inst" | tr '[:upper:]' '[:lower:]')
    "$cli" --db "$data/transcripts.db" report degree --cohort 2020 --institution "$inst" --format pdf \
        --out "$data/degree-$inst.pdf" >/dev/null
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$data/degree-$inst.pdf" "docs/screenshots/degree-list-$lower"
    echo "docs/screenshots/degree-list-$lower.png"
done
