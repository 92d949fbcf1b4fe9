#!/usr/bin/env python3
"""Writes a ledger whose every record refers to an id nobody has: make_bad_references.py DIR N.

Issue 13, row 9: diagnostics must stay linear in the number of records. The ledger holds one
customer with N invoices, N invoices of customers that do not exist, and N payments to that
customer naming invoices that do not exist, so the loader reports 2N unknown references, each
of which could be compared with every known id. One file per record, as the design recommends.

    python3 tests/bench/make_bad_references.py /tmp/bad 20000
    hyperfine --warmup 1 'build/arcollect -C /tmp/bad check'
"""
import os
import sys

root, count = sys.argv[1], int(sys.argv[2])


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


write("arcollect.toml", '[business]\nname = "Bench Ltd"\ncurrency = "GBP"\n')
write("customers/known.toml", '[[customer]]\nid = "known"\nname = "Known Ltd"\n')
for i in range(count):
    write(f"invoices/2026/K-{i:07d}.toml",
          f'[[invoice]]\nid = "K-{i:07d}"\ncustomer = "known"\nissued = 2026-01-05\n'
          f'amount = 100.00\n')
    write(f"invoices/2026/U-{i:07d}.toml",
          f'[[invoice]]\nid = "U-{i:07d}"\ncustomer = "ghost-{i:07d}"\nissued = 2026-01-05\n'
          f'amount = 100.00\n')
    write(f"payments/2026/P-{i:07d}.toml",
          f'[[payment]]\ndate = 2026-02-01\ncustomer = "known"\ninvoice = "X-{i:07d}"\n'
          f'amount = 10.00\n')
