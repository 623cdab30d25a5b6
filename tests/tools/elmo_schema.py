#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every ELMO file DualDegree writes validates against the official schema: the record
of every demo student at both institutions (elmo export --cohort) and the record.xml
inside a signed transcript of each, checked offline by xmllint with the schema's catalog;
every exported record's enveloped signature verifies with xmlsec1 against the demo CA.
Usage: elmo_schema.py CLI SCHEMA_DIR WORK_DIR. Exit 77 (skipped) without the schema."""
import glob
import os
import shutil
import sqlite3
import subprocess
import sys

cli, schema_dir, work = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
schema = os.path.join(schema_dir, "schema.xsd")
if not os.path.isfile(schema):
    print(f"SKIPPED: the official ELMO schema is not at {schema}")
    sys.exit(77)
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "demo.db")
env = dict(os.environ, DUALDEGREE_KEY_PASSPHRASE="demo", QT_QPA_PLATFORM="offscreen")


def run(*args):
    r = subprocess.run([cli, "--db", db, *args], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(" ".join(args), r.stderr)
        sys.exit(1)


run("init", "--demo")
cohorts = [row[0] for row in sqlite3.connect(db).execute("SELECT DISTINCT cohort FROM students ORDER BY 1")]
for institution in ("CQUPT", "RUTS"):
    for cohort in cohorts:
        run("elmo", "export", "--cohort", str(cohort), "--institution", institution, "--out-dir",
            os.path.join(work, "elmo"))
    pdf = os.path.join(work, f"{institution}.pdf")
    run("transcript", "DD2020008", "--institution", institution, "--out", pdf)
    subprocess.run(["pdfdetach", "-savefile", "record.xml", "-o", os.path.join(work, f"record-{institution}.xml"),
                    pdf], check=True)
files = sorted(glob.glob(os.path.join(work, "elmo", "*.xml")) + glob.glob(os.path.join(work, "record-*.xml")))
students = sqlite3.connect(db).execute("SELECT count(*) FROM students").fetchone()[0]
if len(files) != 2 * students + 2:
    print(f"expected {2 * students + 2} files, found {len(files)}")
    sys.exit(1)
r = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", schema, *files],
                   env=dict(env, XML_CATALOG_FILES=os.path.join(schema_dir, "catalog.xml")),
                   capture_output=True, text=True)
failed = [line for line in r.stderr.splitlines() if "validates" not in line]
if r.returncode != 0 or failed:
    print("\n".join(failed[:40]))
    sys.exit(1)
ca = db + ".keys/ca.pem"
exported = sorted(glob.glob(os.path.join(work, "elmo", "*.xml")))
for f in exported:
    v = subprocess.run(["xmlsec1", "--verify", "--trusted-pem", ca, f], capture_output=True, text=True)
    if v.returncode != 0:
        print(f"{f}: xmlsec1 does not verify it: {v.stderr}")
        sys.exit(1)
print(f"{len(files)} ELMO files valid against {schema}; {len(exported)} signatures verified by xmlsec1")
