#!/usr/bin/env python3
"""Recomputes `arcollect aging --format json` for a ledger from its TOML files alone.

An independent implementation of the rules in arcollect-ledger(5) (allocation) and
arcollect-aging(1) (buckets), written with Python's own TOML reader and exact decimals, checked
against the program's output on several dates and both bases. Usage: aging_recompute.py
ARCOLLECT LEDGER_DIR
"""
import datetime
import json
import pathlib
import subprocess
import sys
import tomllib
from collections import defaultdict
from decimal import Decimal

binary, root = sys.argv[1], pathlib.Path(sys.argv[2])


def load():
    settings = tomllib.loads((root / "arcollect.toml").read_text())
    records = defaultdict(list)
    for path in sorted(root.rglob("*.toml")):
        rel = path.relative_to(root)
        if rel.name == "arcollect.toml" or any(p.startswith(".") for p in rel.parts):
            continue
        if rel.parts[0] == "import":  # bank-import rules, not records
            continue
        for kind, items in tomllib.loads(path.read_text()).items():
            records[kind].extend(items)
    return settings, records


def recompute(settings, records, today, basis):
    business = settings["business"]["currency"]
    default_terms = settings.get("defaults", {}).get("terms_days", 30)
    limits = settings.get("aging", {}).get("buckets", [30, 60, 90])
    labels = ["current"] + [f"{a + 1}-{b}" for a, b in zip([0] + limits, limits)] + [f"{limits[-1]}+"]
    customers = {c["id"]: c for c in records["customer"]}
    invoices = {}
    for inv in records["invoice"]:
        terms = customers[inv["customer"]].get("terms_days", default_terms)
        due = inv.get("due", inv["issued"] + datetime.timedelta(days=terms))
        if inv["issued"] <= today:
            invoices[inv["id"]] = dict(inv, due=due, currency=inv.get("currency", business),
                                       balance=Decimal(str(inv["amount"])))
    pool = defaultdict(Decimal)  # (customer, currency) -> money not yet applied
    payments = [p for p in records["payment"] + records["credit"] if p["date"] <= today]
    for pay in sorted(payments, key=lambda p: p["date"]):
        left = Decimal(str(pay["amount"]))
        target = invoices.get(pay.get("invoice"))
        currency = pay.get("currency") or (target or {}).get("currency") or business
        if target:
            applied = min(left, target["balance"])
            target["balance"] -= applied
            left -= applied
        pool[(pay["customer"], currency)] += left
    disputed = {i for i, inv in invoices.items() if inv.get("dispute")}
    for (customer, currency), money in pool.items():
        mine = [inv for inv in invoices.values()
                if inv["customer"] == customer and inv["currency"] == currency]
        mine.sort(key=lambda inv: (inv["id"] in disputed, inv["due"], inv["issued"], inv["id"]))
        for inv in mine:
            applied = min(money, inv["balance"])
            inv["balance"] -= applied
            money -= applied
    totals = defaultdict(lambda: defaultdict(lambda: [Decimal(0)] * len(labels)))
    for inv in invoices.values():
        if inv["balance"] <= 0:
            continue
        days = (today - (inv["due"] if basis == "due" else inv["issued"])).days
        bucket = 0 if days <= 0 else next((i + 1 for i, b in enumerate(limits) if days <= b), len(limits) + 1)
        totals[inv["currency"]][inv["customer"]][bucket] += inv["balance"]
    return labels, totals


def main():
    settings, records = load()
    checked = 0
    for day in ["2026-02-15", "2026-06-30", "2026-10-01", "2026-11-22", "2027-03-01"]:
        for basis in ["due", "issued"]:
            out = subprocess.run([binary, "-C", str(root), "aging", "--today", day, "--basis", basis,
                                  "--format", "json"], check=True, capture_output=True, text=True).stdout
            report = json.loads(out)
            labels, expected = recompute(settings, records, datetime.date.fromisoformat(day), basis)
            assert [b["label"] for b in report["buckets"]] == labels, (report["buckets"], labels)
            got = {}
            for block in report["currencies"]:
                sums = [Decimal(0)] * len(labels)
                for row in block["rows"]:
                    buckets = [Decimal(b["amount"]) for b in row["buckets"]]
                    assert sum(buckets) == Decimal(row["total"]), (day, row)
                    sums = [a + b for a, b in zip(sums, buckets)]
                    if Decimal(row["total"]):
                        got.setdefault(block["currency"], {})[row["customer"]] = buckets
                totals = [Decimal(b["amount"]) for b in block["totals"]["buckets"]]
                assert sums == totals, (day, block["currency"], sums, totals)
                assert sum(totals) == Decimal(block["totals"]["total"]), (day, block["totals"])
            want = {cur: {c: b for c, b in rows.items()} for cur, rows in expected.items()}
            assert got == want, f"{day} {basis}:\n got  {got}\n want {want}"
            checked += sum(len(rows) for rows in want.values())
    print(f"aging matches an independent recomputation: {checked} customer rows over 10 runs")


main()
