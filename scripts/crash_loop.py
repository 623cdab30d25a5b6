#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Kills imports at random points and checks that nothing was left half-done.

Each round puts the same starting database in place (the demo, with its chain head),
starts `dualdegree-cli import students` of ROWS new students, and kills it with SIGKILL
at a random moment between its start and a little after the time an import takes, so
that every step is hit: the automatic copy, validation, writing, the commit, the chain
head, pruning. Then:
  - the import is all or nothing: the students are the ones before, or all ROWS more;
  - `dualdegree-cli check` (integrity and foreign keys) passes;
  - `dualdegree-cli log verify` passes;
and the backup folder, which stays from round to round, holds at most KEEP + 1 copies
(the copies kept and the one of the import just killed; half-written ones of a killed
copy are counted apart, as leftovers). At the end one import runs to
its end, after which the folder holds at most KEEP copies and nothing else: what killed
copies left is cleared by the next import.

    scripts/crash_loop.py --cli build/src/cli/dualdegree-cli --rounds 500 --rows 50000
Exit 0 when every round held, 1 otherwise.
"""
import argparse
import functools
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

print = functools.partial(print, flush=True)  # progress shows as it comes, also in a log file
KEEP = 10  # the importer's automatic copies kept (docs/ROLES.md, README)


def run(cli, db, *args):
    return subprocess.run([cli, "--db", db, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          stdin=subprocess.DEVNULL)


def students_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                "passport_no,email,cohort,status\n")
        for i in range(rows):
            f.write(f"CL{i:07d},,,Crash,Loop{i},,,2004-05-06,TH,,loop{i}@example.org,2024,active\n")


def count(db, sql):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--dir", help="work folder (default: a new temporary one, removed at the end)")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    work = a.dir or tempfile.mkdtemp(prefix="dd-crash-loop-")
    os.makedirs(work, exist_ok=True)
    base = os.path.join(work, "base.db")
    db = os.path.join(work, "office.db")
    csv = os.path.join(work, "students.csv")
    backups = db + ".backups"
    for f in (base, base + ".loghead"):
        if os.path.exists(f):
            os.remove(f)
    r = run(a.cli, base, "init", "--demo")
    if r.returncode != 0:
        sys.exit(f"init failed: {r.stderr}")
    students_csv(csv, a.rows)
    before = count(base, "SELECT count(*) FROM students")

    def put_base_in_place():
        for suffix in ("", "-wal", "-shm", ".loghead"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        shutil.copyfile(base, db)
        shutil.copyfile(base + ".loghead", db + ".loghead")

    # How long one import takes, to spread the kills over it.
    put_base_in_place()
    t0 = time.monotonic()
    r = run(a.cli, db, "import", "students", csv)
    duration = time.monotonic() - t0
    if r.returncode != 0:
        sys.exit(f"the import does not run to its end: {r.stderr}")
    print(f"one import of {a.rows} rows takes {duration:.2f} s; killing in [0, {1.1 * duration:.2f}] s")

    failures = []
    outcomes = {"before": 0, "after": 0, "finished": 0}
    most_in_folder = 0
    leftovers_seen = 0
    window = 1.1 * duration
    last_end = 0  # the last round whose import reached its end
    started = time.monotonic()
    for n in range(1, a.rounds + 1):
        put_base_in_place()
        delay = rnd.uniform(0, window)
        p = subprocess.Popen([a.cli, "--db", db, "import", "students", csv], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        time.sleep(delay)
        finished = p.poll() is not None
        if not finished:
            p.send_signal(signal.SIGKILL)
        p.wait()
        now = count(db, "SELECT count(*) FROM students")
        if now == before:
            outcomes["before"] += 1
        elif now == before + a.rows:
            outcomes["finished" if finished else "after"] += 1
        else:
            failures.append(f"round {n}: {now - before} of {a.rows} students (partial)")
        if now == before + a.rows:
            last_end = n
        elif n - last_end >= 20:
            # No import reached its end for 20 rounds: the machine has become slower than when
            # it was timed. The window grows, so that kills keep reaching the commit and after.
            window *= 1.1
            last_end = n
        checked = run(a.cli, db, "check")
        if checked.returncode != 0:
            failures.append(f"round {n}: check failed: {checked.stdout.strip()} {checked.stderr.strip()}")
        verified = run(a.cli, db, "log", "verify")
        if verified.returncode != 0:
            failures.append(f"round {n}: log verify failed: {verified.stdout.strip()[-400:]} {verified.stderr.strip()}")
        in_folder = os.listdir(backups) if os.path.isdir(backups) else []
        named = sum(1 for f in in_folder if re.fullmatch(r"office-.*\.db", f))
        most_in_folder = max(most_in_folder, named)
        leftovers_seen += len(in_folder) - named
        if n % 25 == 0 or n == a.rounds:
            print(f"round {n}: {outcomes['before']} killed before the commit, {outcomes['after']} after it,"
                  f" {outcomes['finished']} not killed (ended first), {len(failures)} failure(s),"
                  f" kill window {window:.1f} s, {time.monotonic() - started:.0f} s")
    # One import to its end clears what the killed ones left.
    put_base_in_place()
    final = run(a.cli, db, "import", "students", csv)
    if final.returncode != 0:
        failures.append(f"the last import failed: {final.stderr.strip()}")
    left = sorted(os.listdir(backups)) if os.path.isdir(backups) else []
    copies = [f for f in left if re.fullmatch(r"office-.*\.db", f)]
    strays = [f for f in left if f not in copies]
    beside = [f for f in os.listdir(work) if f.startswith("office.db") and f not in (
        "office.db", "office.db-wal", "office.db-shm", "office.db.loghead", "office.db.backups")]
    if most_in_folder > KEEP + 1:
        failures.append(f"{most_in_folder} copies in the backup folder during the rounds, more than {KEEP} + 1")
    if len(copies) > KEEP:
        failures.append(f"{len(copies)} copies kept, more than {KEEP}")
    if strays or beside:
        failures.append(f"left over: {strays + beside}")
    print(f"{a.rounds} rounds of {a.rows} rows: {outcomes['before'] + outcomes['after']} kills,"
          f" {outcomes['before']} before the commit (nothing written), {outcomes['after']} after it (all written),"
          f" {outcomes['finished']} imports ended before their kill; {len(failures)} failure(s)")
    print(f"backup folder: at most {most_in_folder} copies during the rounds ({leftovers_seen} leftovers seen"
          f" between rounds, each cleared by the next import); after the last import {len(copies)} copies,"
          f" {len(strays) + len(beside)} other files")
    for f in failures[:20]:
        print("FAIL:", f)
    if not a.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
