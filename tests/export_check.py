#!/usr/bin/env python3
"""Runs the real tools on `arcollect export`: ledger, hledger and beancount must read each
journal, and give every customer's receivable the balance `arcollect aging` gives it (what it
owes less its credit), per currency, to the penny.

Ledgers: the example (on several days, with and without --from) and --count generated ones,
seeded: customers whose ids have '.', '_', '-' and digits, hostile names, descriptions, POs
and refs (quotes, ';', '|', line breaks, tabs, a leading '(' or spaces, backslashes), three
currencies (one without minor units), named and unnamed payments, overpayments, credit notes,
a dispute, invoices dated after --today, and in every other ledger an [export] table of its own.
For each: `bean-check` passes; `ledger bal`, `hledger bal` and `bean-query` agree with `aging
--format json`; ledger and hledger see as many transactions as `export --format json` lists;
hledger's tags and beancount's metadata name each transaction's customer and invoice as the
JSON export does; and the balances with --from are the same as without.
Usage: export_check.py ARCOLLECT EXAMPLE_DIR [--count N] [--seed S] [--keep DIR]
"""
import argparse
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal

DEFAULT_ACCOUNTS = {"receivable": "assets:receivable", "opening": "equity:opening-balances"}


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} exited {p.returncode}:\n{p.stderr}{p.stdout[:2000]}")
    return p.stdout


def beancount_component(cid):
    """The rule of arcollect-export(1), written again."""
    out = ""
    for i, ch in enumerate(cid):
        out += "Dot" if ch == "." else "Und" if ch == "_" else ch.upper() if i == 0 else ch
    return out


def capitalised(name):
    return ":".join(part[:1].upper() + part[1:] for part in name.split(":"))


def expected_balances(binary, root, today):
    report = json.loads(run([binary, "-C", root, "aging", "--today", today, "--format", "json"]))
    owed = {}
    for block in report["currencies"]:
        for row in block["rows"]:
            value = Decimal(row["total"]) - Decimal(row["credit"])
            if value:
                owed[(row["customer"], block["currency"])] = value
    return owed


def amounts(text):
    """'1,200.00 GBP' or '-5 JPY' -> (Decimal, currency)."""
    m = re.fullmatch(r"\s*(-?[\d,]*\.?\d+)\s+([A-Z]{3})\s*", text)
    assert m, f"cannot read the amount {text!r}"
    return Decimal(m.group(1).replace(",", "")), m.group(2)


def ledger_balances(path, receivable):
    out = run(["ledger", "-f", path, "bal", "--flat", "--no-total", "--no-color", "^" + receivable + ":"])
    got, pending = {}, []
    for line in out.splitlines():
        if not line.strip():
            continue
        m = re.match(r"\s*(-?[\d,]*\.?\d+ [A-Z]{3})(?:  (\S.*))?$", line)
        assert m, f"ledger bal printed {line!r}"
        pending.append(amounts(m.group(1)))
        if m.group(2):
            customer = m.group(2)[len(receivable) + 1:]
            for value, currency in pending:
                if value:
                    got[(customer, currency)] = value
            pending = []
    assert not pending, out
    return got


def hledger_balances(path, receivable):
    out = run(["hledger", "-f", path, "bal", "--flat", "--no-total", "-O", "csv", "--layout=bare",
               "^" + receivable + ":"])
    got = {}
    for row in list(csvrows(out))[1:]:
        account, commodity, value = row
        value = Decimal(value.replace(",", ""))
        if value:
            got[(account[len(receivable) + 1:], commodity)] = value
    return got


def csvrows(text):
    import csv
    import io
    return csv.reader(io.StringIO(text))


def beancount_balances(path, receivable, customers):
    run(["bean-check", path])
    prefix = capitalised(receivable) + ":"
    by_name = {prefix + beancount_component(c): c for c in customers}
    assert len(by_name) == len(customers), "two customers share a beancount account"
    out = run(["bean-query", "-f", "csv", path,
               "SELECT account, currency, sum(number) AS total GROUP BY account, currency"])
    got = {}
    for row in list(csvrows(out))[1:]:
        account, currency, value = (cell.strip() for cell in row)
        if not account.startswith(prefix):
            continue
        assert account in by_name, f"bean-query shows an account of no customer: {account}"
        if Decimal(value):
            got[(by_name[account], currency)] = Decimal(value)
    return got


def transactions(binary, root, args):
    """What the journal holds, as `export --format json` says: (date, customer, invoice)."""
    out = json.loads(run([binary, "-C", root, "export", "--format", "json"] + args))
    return [(t["date"], t["customer"], t["invoice"] or "") for t in out["transactions"]]


def hledger_transactions(path):
    """(date, customer tag, invoice tag) of each transaction hledger reads: hostile text in a
    description or tag did not start a transaction, a posting or a tag of its own."""
    out = []
    for t in json.loads(run(["hledger", "-f", path, "print", "-O", "json"])):
        tags = dict(t["ttags"])
        out.append((t["tdate"], tags.get("customer", ""), tags.get("invoice", "")))
    return out


def beancount_transactions(path, receivable):
    """The same from bean-query: each transaction has one receivable posting."""
    out = run(["bean-query", "-f", "csv", path,
               "SELECT date, account, ANY_META('customer') AS c, ANY_META('invoice') AS i"])
    prefix = capitalised(receivable) + ":"
    return [(d, c.strip(), i.strip()) for d, a, c, i in list(csvrows(out))[1:]
            if a.strip().startswith(prefix)]


def check_ledger(binary, root, today, work, accounts, customers, froms):
    """Returns how many exports were checked."""
    want = expected_balances(binary, root, today)
    receivable = accounts.get("receivable", DEFAULT_ACCOUNTS["receivable"])
    checked = 0
    for start in [None] + froms:
        args = ["--today", today] + (["--from", start] if start else [])
        listed = transactions(binary, root, args)
        n = len(listed)
        for fmt in ["ledger", "hledger", "beancount"]:
            path = os.path.join(work, f"export-{start or 'all'}.{fmt}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(run([binary, "-C", root, "export", "--format", fmt] + args))
            if fmt == "ledger":
                got = ledger_balances(path, receivable)
                printed = run(["ledger", "-f", path, "print"])
                seen = len(re.findall(r"^\d{4}[-/]\d\d[-/]\d\d", printed, re.M))
                assert seen == n, f"ledger reads {seen} transactions of {n} in {path}"
            elif fmt == "hledger":
                got = hledger_balances(path, receivable)
                stats = run(["hledger", "-f", path, "stats"])
                seen = int(re.search(r"Transactions\s*:\s*(\d+)", stats).group(1))
                assert seen == n, f"hledger reads {seen} transactions of {n} in {path}"
                assert hledger_transactions(path) == listed, f"hledger misreads {path}"
            else:
                got = beancount_balances(path, receivable, customers)
                assert beancount_transactions(path, receivable) == listed, f"bean-query misreads {path}"
            assert got == want, f"{fmt} {path}:\n got  {sorted(got.items())}\n want {sorted(want.items())}"
            checked += 1
    return checked, want


# ---------------------------------------------------------------------------------------------
# Generated ledgers

IDS = ["northwind", "acme.co_uk", "3m-uk", "b_and_q", "zeta.2", "kite-works", "o.k_ltd", "delta"]
HOSTILE = [
    'Design "phase 2"; see notes', "Line one\nLine two", "(code) *not a status*", "  leading spaces",
    "pipe | in the middle", "tab\there", "back\\slash\\", "a: b, c: d", "; only a comment",
    "Café — naïve ünïcode", "#hash ! bang", "trailing  ", "=2026-01-01 fake date", "x\r\ny",
]
CURRENCIES = [("GBP", 2), ("EUR", 2), ("JPY", 0)]


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def amount_text(rng, digits, low=50, high=9000):
    value = Decimal(rng.randint(low * 10 ** digits, high * 10 ** digits)) / 10 ** digits
    return f"{value:.{digits}f}"


def generate(root, rng, today):
    accounts = {}
    settings = ['[business]', 'name = "Export Check Ltd"', 'currency = "GBP"', 'jurisdiction = "uk"']
    if rng.random() < 0.5:
        accounts = {"receivable": rng.choice(["assets:debtors", "Assets:AR:Trade", "assets:receivable-2"]),
                    "income": "income:fees", "bank": "assets:current-account",
                    "credit_notes": "expenses:refunds", "opening": "equity:brought-forward"}
        settings += ["", "[export]"] + [f'{k} = "{v}"' for k, v in accounts.items()]
    os.makedirs(root)
    with open(os.path.join(root, "arcollect.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(settings) + "\n")
    customers = sorted(rng.sample(IDS, rng.randint(3, 6)))
    records = []
    for cid in customers:
        name = rng.choice(HOSTILE) if rng.random() < 0.4 else cid.title() + " Ltd"
        records.append(f'[[customer]]\nid = "{cid}"\nname = {toml_string(name)}\n')
    start = today - datetime.timedelta(days=400)
    invoices = []
    for n in range(rng.randint(10, 30)):
        cid = rng.choice(customers)
        currency, digits = rng.choice(CURRENCIES) if rng.random() < 0.4 else CURRENCIES[0]
        issued = start + datetime.timedelta(days=rng.randint(0, 430))  # some after today
        iid = f"INV-{n + 1:03d}"
        amount = amount_text(rng, digits)
        body = [f'[[invoice]]\nid = "{iid}"\ncustomer = "{cid}"\nissued = {issued}\namount = "{amount}"']
        if currency != "GBP":
            body.append(f'currency = "{currency}"')
        if rng.random() < 0.5:
            body.append(f"description = {toml_string(rng.choice(HOSTILE))}")
        if rng.random() < 0.3:
            body.append(f"po = {toml_string(rng.choice(HOSTILE + ['PO-1234']))}")
        if rng.random() < 0.1:
            body.append('dispute = "Wrong rate"')
        records.append("\n".join(body) + "\n")
        invoices.append((iid, cid, issued, Decimal(amount), currency, digits))
    for n in range(rng.randint(5, 25)):
        iid, cid, issued, amount, currency, digits = rng.choice(invoices)
        kind = "credit" if rng.random() < 0.15 else "payment"
        when = issued + datetime.timedelta(days=rng.randint(0, 90))
        share = rng.choice([Decimal(1), Decimal("0.5"), Decimal("0.3"), Decimal("1.2")])
        paid = (amount * share).quantize(Decimal(1).scaleb(-digits))
        body = [f"[[{kind}]]", f"date = {when}", f'customer = "{cid}"', f'amount = "{paid}"']
        if rng.random() < 0.7:
            body.append(f'invoice = "{iid}"')
        elif currency != "GBP":
            body.append(f'currency = "{currency}"')
        if rng.random() < 0.5:
            body.append(f"ref = {toml_string(rng.choice(HOSTILE) + f' #{n}')}")
        if kind == "credit":
            body.append(f"reason = {toml_string(rng.choice(HOSTILE))}")
        elif rng.random() < 0.2:
            body.append(f'bank_id = "TX-{n:05d}"')
        records.append("\n".join(body) + "\n")
    with open(os.path.join(root, "records.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(records))
    return accounts, customers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("example")
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    work = args.keep or tempfile.mkdtemp(prefix="export_check.")
    passed, failed, exports, balances = 0, 0, 0, 0

    def attempt(label, fn):
        nonlocal passed, failed, exports, balances
        try:
            n, want = fn()
            passed += 1
            exports += n
            balances += len(want)
            print(f"ok   {label}: {n} exports, {len(want)} customer balances equal")
        except AssertionError as e:
            failed += 1
            print(f"FAIL {label}: {e}")

    example = os.path.abspath(args.example)
    customers = [f[:-5] for f in os.listdir(os.path.join(example, "customers")) if f.endswith(".toml")]
    for today in ["2026-06-30", "2026-11-22"]:
        folder = os.path.join(work, f"example-{today}")
        os.makedirs(folder, exist_ok=True)
        attempt(f"example on {today}", lambda: check_ledger(
            binary, example, today, folder, {}, customers, ["2026-03-01", today]))
    today = datetime.date(2026, 11, 30)
    for k in range(args.count):
        seed = args.seed + k
        rng = random.Random(seed)
        root = os.path.join(work, f"ledger-{seed}")
        if os.path.exists(root):
            shutil.rmtree(root)

        def one():
            accounts, customers = generate(root, rng, today)
            check = subprocess.run([binary, "-C", root, "check"], capture_output=True, text=True)
            assert check.returncode == 0, f"check refuses the generated ledger:\n{check.stderr}"
            start = str(today - datetime.timedelta(days=rng.randint(30, 300)))
            return check_ledger(binary, root, str(today), root, accounts, customers, [start])

        attempt(f"random ledger, seed {seed}", one)
    if not args.keep:
        shutil.rmtree(work)
    print(f"{passed} passed, {failed} failed ({exports} exports read by ledger, hledger and "
          f"beancount; {balances} customer balances equal to aging)")
    return 1 if failed else 0


sys.exit(main())
