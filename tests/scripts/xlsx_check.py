"""Reads a workbook of `swvcheck check --format xlsx` back with openpyxl and checks its layout.

Usage: xlsx_check.py WORKBOOK FINDINGS
FINDINGS is the number of findings the JSON report of the same run holds. Prints one line per
problem and 'xlsx ok' when there is none (exit 1 / 0).
"""
import datetime
import sys

import openpyxl

problems = []


def expect(condition, what):
    if not condition:
        problems.append(what)


book = openpyxl.load_workbook(sys.argv[1])
findings = int(sys.argv[2])
sheet = book["Bevindingen"]
header = [c.value for c in sheet[1]]
expect(header[:11] == ["swv", "jaar", "regel", "norm", "familie", "status", "bericht", "waarden", "bewijs",
                       "document", "key"], f"header {header}")
expect(sheet.max_row == findings + 1, f"{sheet.max_row} rows for {findings} findings")
expect(sheet.freeze_panes == "A2", f"freeze panes {sheet.freeze_panes}")
expect(sheet.auto_filter.ref == f"A1:K{findings + 1}", f"autofilter {sheet.auto_filter.ref}")
colours = {}
for row in sheet.iter_rows(min_row=2):
    expect(isinstance(row[1].value, int), f"jaar {row[1].value!r} is no number")
    colours.setdefault(row[5].value, set()).add(row[5].fill.fgColor.rgb)
for status, fills in colours.items():
    expect(len(fills) == 1 and "00000000" not in fills, f"status {status} has colours {fills}")
expect(len({next(iter(f)) for f in colours.values()}) == len(colours), f"statuses share a colour: {colours}")
expect({"signaal", "voldoet"} <= set(colours), f"statuses {set(colours)}")

reserves = book["reserves"]
head = [c.value for c in reserves[1]]
row = {head[i]: c for i, c in enumerate(reserves[2])}
ev = row.get("RS-1 eigen_vermogen")
expect(ev is not None and isinstance(ev.value, (int, float)) and "€" in ev.number_format,
       f"RS-1 eigen_vermogen {ev and (ev.value, ev.number_format)}")
ratio = row.get("RS-1 ratio")
expect(ratio is not None and isinstance(ratio.value, float) and "€" not in ratio.number_format,
       f"RS-1 ratio {ratio and (ratio.value, ratio.number_format)}")
expect(row["RS-1 status"].value in ("signaal", "voldoet"), "RS-1 status")
zorg = book["zorgplicht"]
head = [c.value for c in zorg[1]]
row = {head[i]: c for i, c in enumerate(zorg[2])}
peil = row.get("ZP-1 peildatum")
expect(peil is not None and isinstance(peil.value, datetime.datetime) and peil.is_date,
       f"ZP-1 peildatum {peil and (peil.value, peil.number_format)}")
aantal = row.get("ZP-1 aantal")
expect(aantal is not None and isinstance(aantal.value, int), f"ZP-1 aantal {aantal and aantal.value}")

for p in problems:
    print(p)
if not problems:
    print("xlsx ok")
sys.exit(1 if problems else 0)
