#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the manual page of dualdegree-cli or dualdegree from the program's own --help,
so that the page lists exactly the commands and options the installed program has.

    make_man.py cli|app PROGRAM VERSION OUT.1
"""
import subprocess
import sys

DATE = "2026"


def esc(text):
    """Text as roff reads it: backslashes and hyphens escaped, no line starting with a dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return ("\\&" + text) if text.startswith((".", "'")) else text


def cli_page(help_text, version):
    lines = help_text.splitlines()
    out = [
        f'.TH DUALDEGREE\\-CLI 1 "{DATE}" "DualDegree {version}" "User Commands"',
        ".SH NAME",
        "dualdegree\\-cli \\- records, credit transfer, audits and signed transcripts of the CQUPT\\-RUTS dual\\-degree programme",
        ".SH SYNOPSIS",
        ".B dualdegree\\-cli",
        "[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS AND OPTIONS\\fR]",
        ".SH DESCRIPTION",
        "The command line of DualDegree: the same database, rules and checks as the desktop",
        "application \\fBdualdegree\\fR(1). Imports are all or nothing; every refusal names the file,",
        "line, column and reason. Output meant for programs (\\fB\\-\\-json\\fR) is one JSON object per line.",
    ]
    section = None
    entry = []

    def flush():
        if entry:
            head, *rest = entry
            out.append(".TP")
            out.append(".B " + esc(head))
            out.extend(esc(r) for r in rest)
            entry.clear()

    for line in lines[1:]:
        if line.startswith("global options:"):
            section = "options"
            out.append(".SH OPTIONS")
            continue
        if line.startswith("commands:"):
            flush()
            section = "commands"
            out.append(".SH COMMANDS")
            continue
        if not line.strip():
            continue
        if not line.startswith(" "):
            flush()
            out.append(".PP")
            out.append(esc(line.strip()))
            continue
        if section == "options":
            name, _, what = line.strip().partition("  ")
            out.append(".TP")
            out.append(".B " + esc(name.strip()))
            out.append(esc(what.strip()))
        elif section == "commands":
            indent = len(line) - len(line.lstrip())
            if indent == 2:
                flush()
                entry.append(line.strip())
            elif entry and len(entry) == 1 and not line.strip().startswith(("a ", "the ")) and indent < 6:
                entry[0] += " " + line.strip()
            elif indent >= 6 and line.strip().startswith("[") or line.strip().startswith("--"):
                entry[0] += " " + line.strip()
            else:
                entry.append(line.strip())
    flush()
    out += [
        ".SH ENVIRONMENT",
        ".TP",
        ".B DUALDEGREE_PASSWORD",
        "the password of the user named by \\fB\\-\\-user\\fR (otherwise asked at the terminal)",
        ".TP",
        ".B DUALDEGREE_NEW_PASSWORD",
        "the password \\fBuser add\\fR and \\fBuser passwd\\fR set",
        ".TP",
        ".B DUALDEGREE_KEY_PASSPHRASE",
        "the passphrase of an institution's PKCS#12 key file, or the PIN of its token",
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/dualdegree/dualdegree.db",
        "the database used when \\fB\\-\\-db\\fR is not given",
        ".TP",
        ".I /usr/share/dualdegree/",
        "the regulations (policies, programmes) and the demo data set, as \\fB\\-\\-data\\fR reads them",
        ".SH EXIT STATUS",
        "0 on success; 1 when the work was refused or a check failed (the reasons are printed);",
        "\\fBverify\\fR: 0 genuine, 1 not genuine, 2 the record changed since issue, 3 could not check.",
        ".SH SEE ALSO",
        "\\fBdualdegree\\fR(1), \\fBopenssl\\fR(1), \\fBpdfsig\\fR(1), \\fBxmlsec1\\fR(1)",
    ]
    return "\n".join(out) + "\n"


def app_page(help_text, version):
    out = [
        f'.TH DUALDEGREE 1 "{DATE}" "DualDegree {version}" "User Commands"',
        ".SH NAME",
        "dualdegree \\- desktop application for the CQUPT\\-RUTS dual\\-degree programme's records",
        ".SH SYNOPSIS",
        ".B dualdegree",
        "[\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        "Student records and both universities' results, credit transfer, degree audits against",
        "the rules of both universities, signed transcripts, exchange of signed ELMO records,",
        "graduation and degree\\-committee lists. Help \\(rs User Guide (F1) explains each role's work.",
        "The same operations are available on the command line as \\fBdualdegree\\-cli\\fR(1).",
        ".SH OPTIONS",
    ]
    options = []
    for line in help_text.splitlines():
        stripped = line.strip()
        if line.startswith("  ") and stripped.startswith("-") and "  " in stripped:
            name, _, what = stripped.partition("  ")
            options.append([name.strip(), what.strip()])
        elif line.startswith("      ") and options:
            options[-1][1] += " " + stripped
    for name, what in options:
        out += [".TP", ".B " + esc(name), esc(what)]
    out += [".SH SEE ALSO", "\\fBdualdegree\\-cli\\fR(1)"]
    return "\n".join(out) + "\n"


def main():
    kind, program, version, target = sys.argv[1:5]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": "/__home__", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([program, "--help"], capture_output=True, text=True, env=env, check=False)
    help_text = (result.stdout or result.stderr).replace(program, "dualdegree-cli" if kind == "cli" else "dualdegree")
    help_text = help_text.replace("/__home__", "~")
    assert "commands:" in help_text or kind == "app", "no command list in --help"
    page = cli_page(help_text, version) if kind == "cli" else app_page(help_text, version)
    with open(target, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
