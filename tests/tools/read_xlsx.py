#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the first worksheet of an .xlsx file with the standard library only (zipfile,
xml.etree), as a reader that is not DualDegree's writer: prints a JSON object with
"frozen" (rows frozen at the top), "widths" (column widths) and "rows", each cell as
["s", text] for a string, ["n", number] for a number and ["d", "YYYY-MM-DD"] for a
number formatted as a date. Usage: read_xlsx.py FILE.xlsx"""
import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
book = zipfile.ZipFile(sys.argv[1])
strings = []
if "xl/sharedStrings.xml" in book.namelist():
    for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
        strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
styles = ET.fromstring(book.read("xl/styles.xml"))
formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.findall("m:numFmts/m:numFmt", NS)}
date_styles = set()
for i, xf in enumerate(styles.findall("m:cellXfs/m:xf", NS)):
    fid = int(xf.get("numFmtId", "0"))
    code = formats.get(fid, "")
    if 14 <= fid <= 22 or re.search(r"[yd]", code):
        date_styles.add(i)
sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
frozen = int(float(pane.get("ySplit", "0"))) if pane is not None and pane.get("state") == "frozen" else 0
widths = [float(c.get("width")) for c in sheet.findall("m:cols/m:col", NS)]


def column(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


rows = []
for row in sheet.findall("m:sheetData/m:row", NS):
    cells = []
    for c in row.findall("m:c", NS):
        i = column(c.get("r"))
        while len(cells) < i:
            cells.append(["s", ""])
        v = c.find("m:v", NS)
        t = c.get("t", "n")
        if t == "s":
            cells.append(["s", strings[int(v.text)]])
        elif t == "inlineStr":
            cells.append(["s", "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))])
        elif int(c.get("s", "0")) in date_styles:
            day = datetime.date(1899, 12, 30) + datetime.timedelta(days=float(v.text))
            cells.append(["d", day.isoformat()])
        else:
            n = float(v.text)
            cells.append(["n", int(n) if n == int(n) else n])
    rows.append(cells)
print(json.dumps({"frozen": frozen, "widths": widths, "rows": rows}, ensure_ascii=False))
