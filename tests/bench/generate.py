#!/usr/bin/env python3
"""Writes one synthetic set of books in several layouts, for benchmarks (issue 17 item 1).

    python3 tests/bench/generate.py OUT N [--layout invoice|customer|month|all] [--journal]

With neither option it writes all three layouts and the journal; with --layout only the layouts
asked for (and the journal only with --journal); with --journal alone, only the journal.

    OUT/invoice/    the `arcollect init` layout: customers/ID.toml, invoices/YEAR/ID.toml,
                    payments/YEAR/*.toml, log/YEAR/MONTH/*.toml and plans/ID.toml, one record a file
    OUT/customer/   one file per customer, ID.toml, holding the customer and all its records
    OUT/month/      customers/ID.toml, then one file per customer-month, YYYY-MM/ID.toml, holding
                    the invoices issued, payments and contacts dated and plans agreed that month
    OUT/books.journal  the same books for ledger(1) and hledger(1): per invoice, a transaction
                    debiting assets:receivable:CUSTOMER (against income:sales); per payment, one
                    crediting it (against assets:bank); amounts as "GBP 123.45", read alike by both
    OUT/totals.json    what is owed as of TODAY, in pence: in all and per customer

Every folder is a whole ledger with its own arcollect.toml. The records are byte-for-byte the same
in all three (a file of many records joins them with blank lines), so the layouts differ only in
how many files the reader opens. Run every command with the fixed day the books are built around:

    python3 tests/bench/generate.py /tmp/books 100000
    build/arcollect -C /tmp/books/month aging --today 2026-12-01 --format json
    ledger -f /tmp/books/books.journal bal assets:receivable --flat      # or hledger -f ...

The data model (random.Random(17), so two runs write the same bytes):
- N invoices INV-0000001.. numbered in issue order over N/50 customers c00000..; issued uniformly
  over the 730 days before TODAY = 2026-12-01 (never on TODAY), net 30 (the default terms),
  50.00 to 20,000.00 GBP.
- 70% are paid in full and 10% in part (10% to 90% of it), each by one payment naming it, 1 to 90
  days after issue but never after TODAY, so aging as of TODAY and the journal count the same money.
- A contact log: an invoice paid late got a reminder (email, step "reminder") the day after it
  fell due, and a call (step "call-ap") a week after when it was still unpaid; a customer's
  open overdue debt climbs the default ladder from its oldest due date at the 5-day cooldown,
  up to "final" at most (the hold is an "internal" entry), stopping early now and then.
  Entries of one customer, day and step are one entry naming all their invoices (two would be
  "step-recorded-twice").  About one in four of those customers' last ladder calls ended in a
  promise (mostly broken by now) and one in ten made a recent promise still pending; 5% of customers
  agreed a plan over one wholly unpaid invoice, in three monthly installments adding up to it.

tests/bench/generate_single.py writes the books of one customer (many invoices, many contacts, a
long plan) with these same records, for the benchmark's linearity cases.
"""
import argparse
import datetime
import json
import os
import random

TODAY = datetime.date(2026, 12, 1)
DAYS = 730
TERMS = 30
# The default ladder's steps after the due date (design.md): name, day, channel, role called, note.
LADDER = [("reminder", 1, "email", "ap", "Polite reminder sent"), ("call-ap", 7, "call", "ap", "Voicemail left"),
          ("firm", 14, "email", "ap", "Firm reminder, finance in copy"),
          ("call-finance", 21, "call", "finance", "Says it is with the CFO"),
          ("buyer", 28, "email", "buyer", "Asked the buyer to help"),
          ("hold", 30, "internal", None, "Account on hold"), ("final", 45, "letter", "finance", "Final demand sent")]
COOLDOWN = 5
FIRST = ["Priya", "Martin", "Hannah", "Tom", "Aisha", "Dan", "Ruth", "Chris", "Jana", "Owen",
         "Leila", "Sam", "Grace", "Ravi", "Nina", "Ben"]
LAST = ["Shah", "Cole", "Price", "Fairley", "Malik", "Hughes", "Okafor", "Dale", "Becker",
        "Evans", "Khan", "Wright", "Moss", "Patel", "Reid", "Lowe"]
WORDS = ["Northwind", "Copperleaf", "Bluefin", "Elmstead", "Greystone", "Kestrel", "Dunmore",
         "Fairwind", "Ashby", "Harbour", "Millbrook", "Oakridge", "Redcliff", "Stonegate"]
TRADES = ["Traders", "Foods", "Brewing", "Logistics", "Studios", "Partners", "Retail", "Print"]
SETTINGS = """[business]
name = "Bench Studio Ltd"
email = "accounts@bench.example"
address = ["1 Test Street", "Leeds LS1 1AA"]
currency = "GBP"
jurisdiction = "uk"
payment_details = "Sort code 20-00-00, account 12345678"

[defaults]
terms_days = 30
late_fee = { percent = 5 }
notice_days = 7

[aging]
basis = "due"
buckets = [30, 60, 90]
"""


def money(pence):
    return f"{pence // 100}.{pence % 100:02d}"


def day(n):
    return TODAY - datetime.timedelta(days=n)


class Books:
    """Every record as TOML text, kept per customer and kind in the order the files list them."""

    def __init__(self, n, seed=17, customers=None):
        """n invoices over `customers` customers (N/50 unless given: generate_single.py gives 1)."""
        rng = self.rng = random.Random(seed)
        self.cids = [f"c{c:05d}" for c in range(customers or max(1, n // 50))]
        self.customer = {}    # cid -> (text, {role: contact name})
        self.recs = {cid: ([], [], [], []) for cid in self.cids}   # invoices, payments, contacts, plans
        self.owed = dict.fromkeys(self.cids, 0)
        self.journal = []     # (date, text)
        self.open = {cid: [] for cid in self.cids}                  # (due, id, owed, paid_any)
        # (cid, date, step) -> [invoice ids]: one contact each, so that no customer has one step
        # logged twice on a day, which check warns of (step-recorded-twice) in the one-file layout.
        self.late = {}
        self.promised = {}    # (cid, date, step) -> (promise_date, pence): that contact's promise
        for cid in self.cids:
            self.add_customer(cid)
        # Issue days drawn first and sorted, so invoice numbers rise with the date, as in real books.
        for i, ago in enumerate(sorted((rng.randint(1, DAYS) for _ in range(n)), reverse=True), 1):
            self.add_invoice(f"INV-{i:07d}", rng.choice(self.cids), day(ago))
        for cid in self.cids:
            self.chase(cid)
        steps = {s[0]: s for s in LADDER}
        for (cid, date, step), ids in self.late.items():
            _, _, channel, role, note = steps[step]
            promise = self.promised.get((cid, date, step))
            outcome = "promise" if promise else "no-answer" if step == "call-ap" else "none"
            note = "Promised it for the next pay run" if promise else note
            self.contact(cid, date, list(dict.fromkeys(ids)), channel, role, step, outcome, note, promise)
        for lists in self.recs.values():
            for recs in lists[1:3]:
                recs.sort(key=lambda r: r[0])   # payments and contacts in date order, stable

    def add_customer(self, cid):
        rng = self.rng
        names = {role: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for role in ("ap", "finance", "buyer")}
        lines = ["[[customer]]", f'id = "{cid}"',
                 f'name = "{rng.choice(WORDS)} {rng.choice(TRADES)} Ltd"', 'kind = "business"',
                 f'email = "ap@{cid}.example"', f'address = ["{rng.randint(1, 200)} High Street", "Leeds LS2 9JT"]']
        if rng.random() < 0.25:
            lines.append(f'payment_run = "{rng.choice(["last friday", "25", "1,15", "every tuesday"])}"')
        for role, who in names.items():
            user = who.lower().replace(" ", ".")
            lines += ["", "[[customer.contact]]", f'name = "{who}"', f'role = "{role}"',
                      f'email = "{user}@{cid}.example"', f'phone = "+44 113 {rng.randint(0, 999999):06d}"']
        self.customer[cid] = ("\n".join(lines) + "\n", names)

    def add_invoice(self, iid, cid, issued):
        rng = self.rng
        pence = rng.randint(5000, 2000000)
        due = issued + datetime.timedelta(days=TERMS)
        self.recs[cid][0].append((str(issued), f'[[invoice]]\nid = "{iid}"\ncustomer = "{cid}"\nissued = {issued}\n'
                                  f'amount = {money(pence)}\ndescription = "Design work, job {iid[4:]}"\n', iid))
        self.journal.append((str(issued), f"{issued} Invoice {iid} {cid}\n    assets:receivable:{cid}  GBP {money(pence)}\n"
                             "    income:sales\n"))
        fate = rng.random()
        if fate >= 0.8:
            self.owed[cid] += pence
            self.open[cid].append((due, iid, pence, False))
            return
        # Never after TODAY, so that the journal (which has no as-of day) and aging agree.
        date = issued + datetime.timedelta(days=rng.randint(1, min(90, (TODAY - issued).days)))
        paid = pence if fate < 0.7 else rng.randint(pence // 10, pence * 9 // 10)
        self.recs[cid][1].append((str(date), f'[[payment]]\ndate = {date}\ncustomer = "{cid}"\ninvoice = "{iid}"\n'
                                  f'amount = {money(paid)}\nref = "BACS {iid[4:]}"\n', iid))
        self.journal.append((str(date), f"{date} Payment {iid} {cid}\n    assets:bank  GBP {money(paid)}\n"
                             f"    assets:receivable:{cid}\n"))
        if paid < pence:
            self.owed[cid] += pence - paid
            self.open[cid].append((due, iid, pence - paid, True))
        for step, after in (("reminder", 1), ("call-ap", 7)):     # chased while it was late
            if due + datetime.timedelta(days=after) < date:
                self.late.setdefault((cid, due + datetime.timedelta(days=after), step), []).append(iid)

    def contact(self, cid, date, ids, channel, role, step, outcome, note, promise=None):
        who = self.customer[cid][1].get(role)
        lines = ["[[contact]]", f"date = {date}", f'customer = "{cid}"',
                 "invoices = [" + ", ".join(f'"{i}"' for i in ids) + "]", f'channel = "{channel}"']
        lines += [f'with = "{who}"'] if who else []
        lines += [f'step = "{step}"'] if step else []
        lines.append(f'outcome = "{outcome}"')
        if promise:
            lines += [f"promise_date = {promise[0]}", f"promise_amount = {money(promise[1])}"]
        lines.append(f'note = "{note}"')
        self.recs[cid][2].append((str(date), "\n".join(lines) + "\n", channel))

    def chase(self, cid):
        """The customer's open debt, overdue as of TODAY, climbs the ladder from its oldest due date."""
        rng = self.rng
        overdue = [o for o in self.open[cid] if o[0] < TODAY]
        if not overdue:
            return
        last, calls = None, []
        for step, after, channel, role, _ in LADDER:
            date = overdue[0][0] + datetime.timedelta(days=after)
            if last and channel != "internal":
                date = max(date, last + datetime.timedelta(days=COOLDOWN))
            if date >= TODAY or (last and rng.random() < 0.15):
                break
            ids = [o[1] for o in overdue if o[0] < date]
            if channel == "call":
                calls.append((date, step))
            self.late.setdefault((cid, date, step), []).extend(ids)
            last = date if channel != "internal" else last
        if calls and rng.random() < 0.25:      # the last call ended in a promise, mostly broken by now
            date, step = calls[-1]
            self.promised[(cid, date, step)] = (date + datetime.timedelta(days=14), overdue[0][2])
        if rng.random() < 0.1:                 # a recent promise, still pending on TODAY
            date = day(rng.randint(1, 10))
            self.contact(cid, date, [overdue[-1][1]], "call", "ap", None, "promise", "Will pay this invoice",
                         (TODAY + datetime.timedelta(days=rng.randint(3, 20)), overdue[-1][2]))
        unpaid = [o for o in overdue if not o[3]]
        if unpaid and rng.random() < 0.05:     # a plan over one wholly unpaid invoice
            due, iid, pence, _ = rng.choice(unpaid)
            # Agreed lately, first installment two weeks on: most plans are on track on TODAY.
            agreed = max(due + datetime.timedelta(days=1), day(rng.randint(0, 20)))
            parts = [pence // 3, pence // 3, pence - 2 * (pence // 3)]
            inst = ",\n".join(f"  {{ due = {agreed + datetime.timedelta(days=14 + 30 * k)}, amount = {money(p)} }}"
                              for k, p in enumerate(parts))
            self.recs[cid][3].append((str(agreed), f'[[plan]]\nid = "{cid}-{agreed}"\ncustomer = "{cid}"\n'
                                      f'invoices = ["{iid}"]\nagreed = {agreed}\ninstallments = [\n{inst},\n]\n',
                                      f"{cid}-{agreed}"))


class Writer:
    """os.open/os.write (twice as fast as open() for millions of small files), each folder made once:
    os.makedirs per file costs more than the write."""

    def __init__(self):
        self.made = set()

    def __call__(self, path, text):
        folder = os.path.dirname(path)
        if folder not in self.made:
            os.makedirs(folder, exist_ok=True)
            self.made.add(folder)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            data = text.encode("ascii")
            while data:           # a regular file takes it all at once, but write may be short
                data = data[os.write(fd, data):]
        finally:
            os.close(fd)


def write_layouts(books, out, layouts):
    write = Writer()
    for layout in layouts:
        root = os.path.join(out, layout)
        write(os.path.join(root, "arcollect.toml"), SETTINGS)
        for cid in books.cids:
            text = books.customer[cid][0]
            invoices, payments, contacts, plans = books.recs[cid]
            if layout == "customer":
                write(os.path.join(root, cid + ".toml"),
                      "\n".join([text] + [r[1] for kind in books.recs[cid] for r in kind]))
                continue
            write(os.path.join(root, "customers", cid + ".toml"), text)
            if layout == "month":
                months = {}
                for kind in books.recs[cid]:
                    for r in kind:
                        months.setdefault(r[0][:7], []).append(r[1])
                for month, texts in months.items():
                    write(os.path.join(root, month, cid + ".toml"), "\n".join(texts))
                continue
            for date, text, iid in invoices:
                write(f"{root}/invoices/{date[:4]}/{iid}.toml", text)
            for date, text, iid in payments:
                write(f"{root}/payments/{date[:4]}/{date}-{cid}-{iid}.toml", text)
            for k, (date, text, channel) in enumerate(contacts):
                write(f"{root}/log/{date[:4]}/{date[5:7]}/{date}-{cid}-{channel}-{k}.toml", text)
            for date, text, pid in plans:
                write(f"{root}/plans/{pid}.toml", text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--layout", choices=["invoice", "customer", "month", "all"])
    ap.add_argument("--journal", action="store_true")
    args = ap.parse_args()
    if args.layout is None and not args.journal:
        args.layout, args.journal = "all", True
    layouts = {"all": ["invoice", "customer", "month"], None: []}.get(args.layout, [args.layout])
    for layout in layouts:    # old files would stay in the books and break the totals
        if os.path.exists(os.path.join(args.out, layout)):
            ap.error(f"{os.path.join(args.out, layout)} exists: remove it first")
    books = Books(args.n)
    os.makedirs(args.out, exist_ok=True)
    write_layouts(books, args.out, layouts)
    if args.journal:
        books.journal.sort(key=lambda t: t[0])      # stable: an invoice stays before its payment
        with open(os.path.join(args.out, "books.journal"), "w", encoding="ascii") as f:
            f.write("\n".join(t[1] for t in books.journal))
    write_totals(books, args.out, args.n)


def write_totals(books, out, invoices, **extra):
    """OUT/totals.json: what is owed as of TODAY, in pence, in all and per customer."""
    owed = {cid: p for cid, p in books.owed.items() if p}
    totals = {"today": str(TODAY), "currency": "GBP", "invoices": invoices, "customers": len(books.cids),
              **extra, "receivable_minor": sum(owed.values()), "receivable": money(sum(owed.values())),
              "per_customer_minor": owed}
    with open(os.path.join(out, "totals.json"), "w") as f:
        json.dump(totals, f, indent=1)
        f.write("\n")
    print(f"receivable {money(totals['receivable_minor'])} GBP over {len(owed)} customers; "
          f"run arcollect with --today {TODAY}")


if __name__ == "__main__":
    main()
