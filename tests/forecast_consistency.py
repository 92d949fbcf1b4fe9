#!/usr/bin/env python3
"""Checks `arcollect forecast` against `arcollect aging` on a ledger, on many dates.

On each date, every open invoice that aging lists appears exactly once in the forecast with
the same balance: in one of the weeks, in "later", or at risk. Each week holds exactly the
invoices whose expected date falls in it; the weeks, later and at risk add up to the
forecast's outstanding total, which is aging's total for the currency; and in every week
low <= expected <= high. Usage: forecast_consistency.py ARCOLLECT LEDGER_DIR
"""
import datetime
import json
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal

binary, root = sys.argv[1], sys.argv[2]


def run(*args):
    out = subprocess.run([binary, "-C", root, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def check(today, weeks):
    failures = []
    aging = run("aging", "--by", "invoice", "--format", "json", "--today", today)
    forecast = run("forecast", "--format", "json", "--weeks", str(weeks), "--today", today)
    start = datetime.date.fromisoformat(today)
    owed = {(b["currency"], r["invoice"]): Decimal(r["balance"])
            for b in aging["currencies"] for r in b["rows"]}
    totals = {b["currency"]: Decimal(b["totals"]["total"]) for b in aging["currencies"]}
    seen = defaultdict(int)
    for block in forecast["currencies"]:
        cur = block["currency"]
        in_week = defaultdict(Decimal)
        for item in block["invoices"]:
            key = (cur, item["invoice"])
            seen[key] += 1
            if Decimal(item["balance"]) != owed.get(key):
                failures.append(f"{today} {key}: balance {item['balance']} vs aging {owed.get(key)}")
            if item["at_risk"] is not None:
                if item["week"] is not None:
                    failures.append(f"{today} {key}: at risk but in week {item['week']}")
                continue
            days = (datetime.date.fromisoformat(item["expected"]) - start).days
            week = days // 7 + 1 if days // 7 < weeks else None  # None: after the last week
            if days < 0 or item["week"] != week:
                failures.append(f"{today} {key}: expected {item['expected']} but week {item['week']}")
            if not item["early"] <= item["expected"] <= item["late"]:
                failures.append(f"{today} {key}: early/expected/late out of order")
            in_week[item["week"] or "later"] += Decimal(item["balance"])
        rows = block["weeks"] + [dict(block["later"], week="later")]
        total = Decimal(block["at_risk"])
        for row in rows:
            expected = Decimal(row["expected"])
            total += expected
            if expected != in_week[row["week"]]:
                failures.append(f"{today} {cur} week {row['week']}: {expected} vs its invoices")
            if not Decimal(row["low"]) <= expected <= Decimal(row["high"]):
                failures.append(f"{today} {cur} week {row['week']}: low/expected/high out of order")
        if not total == Decimal(block["outstanding"]) == totals.get(cur):
            failures.append(f"{today} {cur}: weeks + later + at risk {total}, "
                            f"outstanding {block['outstanding']}, aging {totals.get(cur)}")
    for key in owed:
        if seen[key] != 1:
            failures.append(f"{today} {key}: in the forecast {seen[key]} times")
    return failures, len(owed)


failures, invoices, runs = [], 0, 0
day = datetime.date(2026, 1, 15)
while day <= datetime.date(2027, 3, 31):
    for weeks in (1, 4, 13):
        f, n = check(day.isoformat(), weeks)
        failures += f
        invoices += n
        runs += 1
    day += datetime.timedelta(days=9)
for line in failures[:40]:
    print(line)
print(f"{runs} forecasts, {invoices} open invoices placed: {len(failures)} problems")
sys.exit(1 if failures else 0)
