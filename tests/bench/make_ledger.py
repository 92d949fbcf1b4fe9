#!/usr/bin/env python3
"""Writes a synthetic ledger for benchmarks: make_ledger.py DIR INVOICES [CUSTOMERS].

One file per invoice under invoices/<year>/, one customer per file, and a payment file for
every other invoice (half of them paying in full, half in part), as `arcollect init` and the
design recommend. Deterministic, so two runs time the same ledger.

    python3 tests/bench/make_ledger.py /tmp/big 100000
    time build/arcollect -C /tmp/big check
    time build/arcollect -C /tmp/big aging --today 2026-11-22 --format json > /dev/null
"""
import datetime
import os
import random
import sys

root, invoices = sys.argv[1], int(sys.argv[2])
customers = int(sys.argv[3]) if len(sys.argv) > 3 else max(1, invoices // 50)
rng = random.Random(42)


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


write("arcollect.toml", '[business]\nname = "Bench Ltd"\ncurrency = "GBP"\n')
for c in range(customers):
    write(f"customers/c{c}.toml",
          f'[[customer]]\nid = "c{c}"\nname = "Customer {c}"\nterms_days = {rng.choice([14, 30, 45])}\n'
          f'\n[[customer.contact]]\nname = "AP {c}"\nrole = "ap"\nemail = "ap{c}@example.com"\n')
start = datetime.date(2024, 1, 1)
for i in range(invoices):
    issued = start + datetime.timedelta(days=rng.randrange(0, 1050))
    cents = rng.randrange(5000, 2_000_000)
    customer = f"c{rng.randrange(customers)}"
    write(f"invoices/{issued.year}/INV-{i:07d}.toml",
          f'[[invoice]]\nid = "INV-{i:07d}"\ncustomer = "{customer}"\nissued = {issued}\n'
          f'amount = {cents // 100}.{cents % 100:02d}\ndescription = "Work item {i}"\n')
    if i % 2 == 0:
        paid = cents if i % 4 == 0 else cents // 3
        day = issued + datetime.timedelta(days=rng.randrange(10, 90))
        write(f"payments/{day.year}/P-{i:07d}.toml",
              f'[[payment]]\ndate = {day}\ncustomer = "{customer}"\ninvoice = "INV-{i:07d}"\n'
              f'amount = {paid // 100}.{paid % 100:02d}\nref = "BACS {i}"\n')
