#!/usr/bin/env python3
"""Runs `arcollect due` on each day of a 120-day window over a copy of the example ledger, doing
what it says each day (logging every action with `arcollect log`), and checks that the daily
agenda never contacts a customer twice within the cooldown and never repeats a ladder step
inside it. Usage: due_window.py ARCOLLECT EXAMPLE_LEDGER
"""
import csv
import datetime
import io
import shutil
import subprocess
import sys
import tempfile

binary, example = sys.argv[1], sys.argv[2]
COOLDOWN = 5
EVENTS = {"promise-broken", "plan-broken", "missed-pay-run"}  # answers to the customer's move


def run(*args):
    return subprocess.run([binary, "-C", ledger, *args], check=True, capture_output=True, text=True).stdout


with tempfile.TemporaryDirectory() as scratch:
    ledger = f"{scratch}/books"
    shutil.copytree(example, ledger)
    start = datetime.date(2026, 11, 22)
    contacts = {}  # customer -> [(day, step, kind)]
    acted = 0
    for offset in range(120):
        day = (start + datetime.timedelta(days=offset)).isoformat()
        for row in csv.DictReader(io.StringIO(run("due", "--today", day, "--format", "csv"))):
            if row["group"] in ("holds", "disputes"):
                continue  # internal work: not a contact with the customer
            customer, step, kind = row["customer"], row["step"], row["kind"]
            history = contacts.setdefault(customer, [])
            if history and kind not in EVENTS and kind != "repeat":
                last_day, last_step, _ = history[-1]
                gap = (datetime.date.fromisoformat(day) - last_day).days
                assert gap >= COOLDOWN, f"{customer}: {step} on {day}, {gap} days after {last_step}"
                assert step != last_step or not step, f"{customer}: step {step} repeated on {day}"
            history.append((datetime.date.fromisoformat(day), step, kind))
            args = ["log", customer, "--today", day, "--note", f"agenda of {day}"]
            if step:
                args += ["--step", step]
            run(*args)
            acted += 1
    steps = {c: [s for _, s, _ in h] for c, h in contacts.items()}
    for customer, done in steps.items():
        named = [s for s in done if s]
        assert len(named) == len(set(named)), f"{customer} repeated a step: {named}"
    assert acted > 20, f"only {acted} actions in 120 days"
    print(f"120 days, {acted} actions logged for {len(contacts)} customers; no step repeated and "
          f"no contact within the {COOLDOWN}-day cooldown")
