#!/usr/bin/env python3
"""Replays working days of collection on generated ledgers, doing each morning what
`arcollect due` says, and checks every day that the loop due -> act -> record -> due closes.

For each seed, a ledger is generated in a temporary folder: 6-8 customers (an individual, one
whose accounts-payable contact has only a phone, one with a credit limit, one that pays on the
last Friday of the month), 20-30 invoices issued in the months before the start day (plus a few
issued during the replay), named and unnamed payments, a credit note, a disputed invoice, steps
and promises in the contact log, and two payment plans whose installments sum to what their
invoices owed when they were agreed. `arcollect check` must pass on it.

Then each calendar day from the start day until --days working days have been replayed:
  1. `due --format json` lists the day's actions. For each customer listed, `due --explain
     CUSTOMER --format json` must list the same actions (kind, step, channel) and give for each
     the command that records it; that command is run (binary for "arcollect", `-C DIR` after
     it, `--today D` appended) and must exit 0. On a day off `due` must list nothing.
  2. The customers act, by seeded chance: unnamed payments (some partial), promises through
     `log --promise`, installments of their plans (some plans are kept to the end, some break),
     new plans written with `plan --write` after a hold, a new dispute and its resolution, and a
     credit note.
  3. On each working day, after all that is recorded:
     a. steps: for each customer, every step that `due --explain` reports done has a log entry
        naming it (`step = ...`) on that date, in the file it names, and the date is the latest
        entry naming the step since the ladder of the debt now chased started (the due date of
        its oldest chased invoice, moved back by the ladder's first day when that is negative);
        a step no entry names is not done.
     b. charges: in `interest --format json`, each customer's totals are the sums over its
        invoices not waived by a plan; an invoice of a plan that `plan --status` reports live
        (on track, installment due, installment late) is waived by that plan, and no invoice is
        waived by a plan that is not live; `notice CUSTOMER` for a customer with a live plan
        names none of that plan's invoices (or drafts nothing, having nothing else to claim).
     c. plans: no invoice of a plan `plan --status` reports completed has a balance in
        `aging --by invoice`.
     d. totals: per currency, `aging` total == `forecast` outstanding; and (every 5th working
        day) sum over customers of the `statement` closing balance == aging total - aging
        credit, customer by customer too (see check_statements for why the credit).
     e. and what the simulation knows: no unnamed payment pays a disputed invoice; money
        applied to an invoice stays applied (a settled invoice does not reopen, what an invoice
        has been paid never goes down: nothing here is ever taken back); a plan whose every
        installment was paid by its date is never broken and is completed after the last; a
        plan whose installment went unpaid is no longer live once its grace is over; `plan
        --write` records the plan it proposes.
  On the 5th working day a customer disputes an invoice that money has reached, and resolves
  the dispute on the 25th, so that (e) is tried on every seed.
Usage: daily_loop.py ARCOLLECT [--days N] [--seeds 1,2,3] [--start YYYY-MM-DD] [--keep DIR]
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
import tomllib
from collections import defaultdict
from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")
LIVE = {"on-track", "installment-due", "installment-late"}


def money(x):
    return Decimal(x).quantize(CENT)


def text(x):
    return f"{money(x):.2f}"


def iso(d):
    return d.isoformat()


def days(d, n):
    return d + datetime.timedelta(days=n)


class CommandFailed(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# The generated ledger


class Ledger:
    """What the generator wrote, kept for the checks and the simulated customers."""

    def __init__(self, root):
        self.root = root
        self.customers = {}  # id -> dict(kind, terms, name, contacts)
        self.invoices = {}  # id -> dict(customer, issued, due, amount, dispute)


def write(root, rel, body):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    assert not os.path.exists(path), path
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)


NAMES = {
    "alder": ("Alder Joinery Ltd", "Nia Alder"),
    "birch": ("Birch & Co Printers Ltd", "Owen Birch"),
    "cedar": ("Cedar Dental Practice LLP", "Maya Cedar"),
    "hazel": ("Hazel Street Bakery Ltd", "Ravi Hazel"),
    "juniper": ("Juniper Events Ltd", "Lena Juniper"),
    "larch": ("Larch Logistics Ltd", "Tariq Larch"),
    "rowan": ("Rowan Veterinary Group Ltd", "Ellis Rowan"),
    "willow": ("Willow Lane Hotels Ltd", "Greta Willow"),
}
PEOPLE = ["Priya Shah", "Martin Cole", "Hannah Price", "Dana Pryce", "Sam Tobin", "Ruth Okafor",
          "Aisha Malik", "Chris Dale", "Jo Reed", "Lukas Wolf", "Fiona Lamb", "Omar Haddad",
          "Beth Nolan", "Ivan Petrov", "Kemi Ade", "Tom Fairley", "Ana Silva", "Will Grant",
          "Zara Khan", "Ben Hughes", "Meg Lowe", "Raj Patel", "Eve Marsh", "Dan Frost"]  # 7 x 3


def generate(root, rng, start):
    """Writes a ledger whose records all date before `start` (but a few invoices issued later)."""
    led = Ledger(root)
    write(root, "arcollect.toml", f"""# Generated by tests/daily_loop.py
[business]
name = "Loop Test Studio Ltd"
email = "accounts@loop.example"
address = ["1 Test Street", "Leeds LS1 1AA"]
currency = "GBP"
jurisdiction = "uk"
payment_details = "Sort code 20-00-00, account 12345678, reference: your invoice number"

[defaults]
terms_days = 30
late_fee = {{ percent = 5 }}
notice_days = 7

[aging]
basis = "due"
buckets = [30, 60, 90]
""")
    ids = sorted(rng.sample(sorted(NAMES), rng.randint(6, 8)))
    roles = ids[:]
    rng.shuffle(roles)
    individual, phone_only, limited, last_friday, slow_terms = roles[:5]
    people = PEOPLE[:]
    rng.shuffle(people)
    for cid in ids:
        name, owner = NAMES[cid]
        terms = 45 if cid == slow_terms else 30
        c = {"kind": "business", "terms": terms, "name": name}
        lines = ["[[customer]]", f'id = "{cid}"']
        if cid == individual:
            c["kind"] = "individual"
            lines += [f'name = "{owner}"', 'kind = "individual"', "terms_days = 14",
                      f'email = "{owner.split()[0].lower()}@{cid}.example"']
            c["terms"] = 14
        else:
            lines += [f'name = "{name}"', 'kind = "business"']
            if terms != 30:
                lines.append(f"terms_days = {terms}")
            if cid == limited:
                lines.append("credit_limit = 3000")
            if cid == last_friday:
                lines.append('payment_run = "last friday"')
            if cid != phone_only:  # its only way in is the AP phone
                lines.append(f'email = "accounts@{cid}.example"')
        lines.append(f'address = ["{rng.randint(1, 99)} High Street", "York YO1 {rng.randint(1, 9)}AA"]')
        contacts = [("ap", owner)] if cid == individual else [
            ("ap", people.pop()), ("finance", people.pop()), ("buyer", people.pop())]
        for role, person in contacts:
            user = person.split()[0].lower()
            lines += ["", "[[customer.contact]]", f'name = "{person}"', f'role = "{role}"']
            if not (cid == phone_only and role == "ap"):
                lines.append(f'email = "{user}@{cid}.example"')
            lines.append(f'phone = "+44 1904 {rng.randint(100000, 999999)}"')
        c["contacts"] = contacts
        write(root, f"customers/{cid}.toml", "\n".join(lines) + "\n")
        led.customers[cid] = c

    # Who plays which part in the history.
    others = [c for c in ids if c != individual]
    rng.shuffle(others)
    plan_kept, plan_broken, unnamed_payer, disputer, creditor = others[:5]
    plan_customers = (plan_kept, plan_broken)

    # Invoices: two per customer (four early ones for the plan customers), the rest at random.
    issued = []
    for cid in ids:
        for k in range(4 if cid in plan_customers else 2):
            back = rng.randint(75, 130) if cid in plan_customers else rng.randint(5, 150)
            issued.append((days(start, -back), cid))
    for _ in range(rng.randint(20, 26) - len(issued)):
        issued.append((days(start, -rng.randint(5, 150)), rng.choice(ids)))
    later = [(days(start, rng.randint(10, 110)), rng.choice(ids)) for _ in range(rng.randint(3, 4))]
    by_year = defaultdict(int)
    balance = {}
    for when, cid in sorted(issued) + sorted(later):
        by_year[when.year] += 1
        iid = f"INV-{when.year}-{by_year[when.year]:03d}"
        amount = money(Decimal(rng.randint(3000, 48000)) / 10)
        due = days(when, led.customers[cid]["terms"])
        led.invoices[iid] = {"customer": cid, "issued": when, "due": due, "amount": amount,
                             "dispute": None}
        balance[iid] = amount
    mine = {cid: sorted((i for i, v in led.invoices.items() if v["customer"] == cid),
                        key=lambda i: (led.invoices[i]["due"], i)) for cid in ids}
    before = {cid: [i for i in mine[cid] if led.invoices[i]["issued"] < start] for cid in ids}

    # The disputed invoices: an unpaid one of the disputer, and the oldest of the customer who
    # keeps its plan (so an unnamed payment applied oldest first would reach it).
    disputed = before[disputer][-1]
    led.invoices[disputed]["dispute"] = "The second batch was delivered late and incomplete"
    led.invoices[before[plan_kept][0]]["dispute"] = "Charged for a cancelled session"
    reserved = {disputed} | {before[cid][0] for cid in plan_customers}  # left unpaid

    def pay_file(date, cid, amount, invoice=None, kind="payment", reason=None):
        nonlocal nth
        nth += 1
        body = [f"[[{kind}]]", f"date = {iso(date)}", f'customer = "{cid}"']
        if invoice:
            body.append(f'invoice = "{invoice}"')
        body += [f'amount = "{text(amount)}"', f'ref = "{kind.upper()} {nth:04d}"']
        if reason:
            body.append(f'reason = "{reason}"')
        write(root, f"payments/{date.year}/{iso(date)}-{cid}-{invoice or kind}-{nth}.toml",
              "\n".join(body) + "\n")

    nth = 0
    # Plans: agreed a few days before the start over two old invoices of each plan customer
    # (not its oldest, which stays open outside the plan), part paid first; the installments run
    # into the replay and sum to what was owed when agreed.
    plans, planned = [], set()
    for cid in plan_customers:
        agreed = days(start, -rng.randint(2, 10))
        covered = [i for i in before[cid] if led.invoices[i]["due"] < agreed][1:3]
        first = covered[0]
        part = money(led.invoices[first]["amount"] * Decimal(rng.choice([20, 30, 40])) / 100)
        pay_file(days(agreed, -rng.randint(10, 20)), cid, part, first)
        balance[first] -= part
        owed = sum(balance[i] for i in covered)
        n = rng.randint(3, 5)
        each = (owed / n).quantize(CENT, rounding=ROUND_DOWN)
        step = rng.choice([7, 14])
        first_due = days(start, rng.randint(3, 10))
        inst = [(days(first_due, k * step), each if k < n - 1 else owed - each * (n - 1))
                for k in range(n)]
        assert sum(a for _, a in inst) == owed
        pid = f"{cid}-{agreed.year}-{agreed.month:02d}"
        rows = "\n".join(f"  {{ due = {iso(d)}, amount = {text(a)} }}," for d, a in inst)
        write(root, f"plans/{pid}.toml", f"""# Agreed by phone: {n} installments of {text(each)}.
[[plan]]
id = "{pid}"
customer = "{cid}"
invoices = [{", ".join(f'"{i}"' for i in covered)}]
agreed = {iso(agreed)}
installments = [
{rows}
]
""")
        plans.append(pid)
        planned.update(covered)

    # Named payments: most old invoices paid, some in part (not the disputed one, not the plans').
    for cid in ids:
        if cid == unnamed_payer:
            continue
        for i in before[cid]:
            inv = led.invoices[i]
            if i in reserved or i in planned or inv["due"] > days(start, -3):
                continue
            r = rng.random()
            if r < 0.55:
                amount = balance[i]
            elif r < 0.75:
                amount = money(balance[i] * Decimal(rng.randint(20, 70)) / 100)
            else:
                continue
            when = min(days(inv["due"], rng.randint(-5, 25)), days(start, -1))
            pay_file(max(when, inv["issued"]), cid, amount, i)
            balance[i] -= amount
    # Unnamed payments: the unnamed payer clears its oldest invoices and part of the next.
    old = [i for i in before[unnamed_payer] if led.invoices[i]["due"] < days(start, -10)]
    led.part_paid = None  # the invoice an unnamed payment paid in part
    if old:
        k = rng.randint(1, len(old))
        amount = sum(balance[i] for i in old[:k - 1]) + money(balance[old[k - 1]] / 2)
        pay_file(days(led.invoices[old[k - 1]]["due"], 3), unnamed_payer, amount)
        led.part_paid = old[k - 1]
        for i in old[:k]:  # oldest due first
            used = min(amount, balance[i])
            balance[i] -= used
            amount -= used
    # A credit note on an open invoice of the creditor.
    open_ = [i for i in before[creditor] if balance[i] > 0 and i not in reserved]
    if open_:
        i = open_[0]
        amount = money(balance[i] * Decimal("0.25"))
        pay_file(max(led.invoices[i]["issued"], days(start, -7)), creditor, amount, i, "credit",
                 "Discount agreed for a late delivery")
        balance[i] -= amount

    for iid, inv in led.invoices.items():
        body = ["[[invoice]]", f'id = "{iid}"', f'customer = "{inv["customer"]}"',
                f"issued = {iso(inv['issued'])}", f'amount = "{text(inv["amount"])}"',
                f'description = "Work order {iid[-3:]}"']
        if rng.random() < 0.3:
            body.append(f'po = "PO-{rng.randint(10000, 99999)}"')
        if inv["dispute"]:
            body.append(f'dispute = "{inv["dispute"]}"')
        write(root, f"invoices/{inv['issued'].year}/{iid}.toml", "\n".join(body) + "\n")

    # The contact log: a reminder step done, a call that names no step, a promise kept into the
    # replay, an old broken promise.
    nlog = 0

    def log_file(date, cid, fields):
        nonlocal nlog
        nlog += 1
        body = ["[[contact]]", f"date = {iso(date)}", f'customer = "{cid}"'] + fields
        write(root, f"log/{date.year}/{date.month:02d}/{iso(date)}-{cid}-{nlog}.toml",
              "\n".join(body) + "\n")

    promises = []
    for cid in ids:
        if cid in plan_customers:
            continue
        overdue = [i for i in before[cid] if balance[i] > 0 and i not in reserved
                   and led.invoices[i]["due"] < days(start, -12)]
        if not overdue:
            continue
        due = led.invoices[overdue[0]]["due"]
        contact = led.customers[cid]["contacts"][0][1]
        if rng.random() < 0.6:
            log_file(days(due, 1), cid, ['channel = "email"', f'with = "{contact}"',
                                          'step = "reminder"', 'note = "Polite reminder sent"'])
        if rng.random() < 0.5:
            log_file(days(due, 4), cid, ['channel = "call"', f'with = "{contact}"',
                                          'outcome = "no-answer"'])
    promisers = [c for c in ids if c not in plan_customers and any(
        balance[i] > 0 and i not in reserved and led.invoices[i]["due"] < start for i in before[c])]
    for cid in rng.sample(promisers, min(2, len(promisers))):
        owed = sum(balance[i] for i in before[cid]
                   if i not in reserved and led.invoices[i]["due"] < start)
        amount = money(owed * Decimal(rng.choice([40, 60, 100])) / 100)
        when = days(start, -rng.randint(1, 4))
        pdate = days(start, rng.randint(2, 8))
        log_file(when, cid, ['channel = "call"', f'with = "{led.customers[cid]["contacts"][0][1]}"',
                             'outcome = "promise"', f"promise_date = {iso(pdate)}",
                             f'promise_amount = "{text(amount)}"',
                             'note = "Said it goes out in the next run"'])
        promises.append((cid, pdate, amount))
    cid = promisers[-1] if promisers else ids[0]
    log_file(days(start, -30), cid, ['channel = "email"', 'outcome = "promise"',
                                     f"promise_date = {iso(days(start, -20))}",
                                     'note = "Will pay this month"'])
    led.plans_at_start = plans
    led.plan_behaviour = {plans[0]: "keep", plans[1]: "break"}
    led.promises_at_start = promises
    led.stone = rng.choice([c for c in ids if c not in plan_customers])  # never pays unasked
    return led


# ---------------------------------------------------------------------------------------------
# The replay


class Replay:
    def __init__(self, binary, root, seed, led, rng, every_statement=5):
        self.binary, self.root, self.seed, self.led, self.rng = binary, root, seed, led, rng
        self.failures = []
        self.stats = defaultdict(int)
        self.logs = {}  # path -> [(customer, date, step)]
        self.every_statement = every_statement
        self.plans = {}  # id -> dict(customer, invoices, installments, behaviour, next, limit, ...)
        self.promises = []  # [customer, date, amount, keep]
        self.aging_rows = []  # the last aging --by invoice rows
        self.status = {}  # plan id -> state, as last read
        self.broke = set()  # plans seen broken
        self.checked_on = None  # the last day checked
        self.scheduled = None  # (customer, invoice) disputed on the 5th working day
        self.resolved = set()  # customers whose disputes were resolved since then
        self.today = None

    # -- running arcollect --------------------------------------------------------------------

    def run(self, *args, ok=(0,)):
        self.stats["commands"] += 1
        argv = [self.binary, "-C", self.root, *args]
        p = subprocess.run(argv, capture_output=True, text=True)
        if p.returncode not in ok:
            raise CommandFailed(f"`{' '.join(argv[1:])}` exited {p.returncode}: "
                                f"{p.stderr.strip()[:400]}")
        return p

    def json(self, *args):
        out = self.run(*args, "--today", self.today, "--format", "json").stdout
        return json.loads(out) if out.strip() else {}

    def fail(self, what):
        self.failures.append(f"seed {self.seed} day {self.today}: {what}")

    def check(self, ok, what):
        self.stats["checks"] += 1
        if not ok:
            self.fail(what)
        return ok

    # -- the ledger as files ------------------------------------------------------------------

    def read_logs(self):
        for base, dirs, files in os.walk(os.path.join(self.root, "log")):
            for name in files:
                path = os.path.join(base, name)
                if not name.endswith(".toml") or path in self.logs:
                    continue
                with open(path, "rb") as f:
                    data = tomllib.load(f)
                self.logs[path] = [(e["customer"], e["date"], e.get("step"))
                                   for e in data.get("contact", [])]

    def read_plans(self):
        for name in sorted(os.listdir(os.path.join(self.root, "plans"))):
            with open(os.path.join(self.root, "plans", name), "rb") as f:
                for p in tomllib.load(f).get("plan", []):
                    if p["id"] in self.plans:
                        continue
                    behaviour = self.led.plan_behaviour.get(p["id"]) or (
                        "keep" if self.rng.random() < 0.55 else "break")
                    n = len(p["installments"])
                    self.plans[p["id"]] = {
                        "customer": p["customer"], "invoices": list(p["invoices"]),
                        "installments": [(i["due"], money(i["amount"])) for i in p["installments"]],
                        "behaviour": behaviour, "next": 0,
                        "limit": n if behaviour == "keep" else self.rng.randint(0, n - 1),
                        "early": self.rng.randint(0, 3), "short": False}

    # -- one day ------------------------------------------------------------------------------

    def day(self, d):
        """Replays day `d`; returns whether it was a working day."""
        self.today = iso(d)
        try:
            agenda = self.json("due").get("actions", [])
            probe = self.json("due", "--explain", sorted(self.led.customers)[0])
        except CommandFailed as e:
            self.fail(str(e))
            self.stats["working days"] += 1  # so that the replay ends even if every day fails
            return True
        if probe["day_off"]:
            self.check(not agenda, f"`due` lists {len(agenda)} actions on a day off")
            return False
        try:
            contacted = self.record(agenda)
            self.customers_act(d, contacted)
        except CommandFailed as e:
            self.fail(str(e))
        self.stats["working days"] += 1
        for check in (self.check_steps, self.check_charges_and_plans, self.check_totals):
            try:
                check()
            except CommandFailed as e:
                self.fail(str(e))
        if self.stats["working days"] % self.every_statement == 0:
            try:
                self.check_statements()
            except CommandFailed as e:
                self.fail(str(e))
        return True

    def record(self, agenda):
        """Carries out the agenda: records each action with the command --explain gives."""
        listed = defaultdict(list)
        for a in agenda:
            listed[a["customer"]].append(a)
        contacted = defaultdict(list)
        for cid, actions in listed.items():
            x = self.json("due", "--explain", cid)
            want = sorted((a["kind"], a["step"] or "", a["action"]) for a in actions)
            got = sorted((t["kind"], t["step"] or "", t["action"]) for t in x["today"])
            self.check(want == got, f"`due --explain {cid}` today {got} but `due` lists {want}")
            for t in x["today"]:
                argv = t["record"]
                if not self.check(argv[:1] == ["arcollect"], f"{cid}: record command {argv}"):
                    continue
                self.stats["checks"] += 1
                p = self.run(*argv[1:], "--today", self.today, ok=range(256))
                if p.returncode != 0:
                    self.fail(f"{cid}: `{' '.join(argv)} --today {self.today}` (for {t['kind']} "
                              f"{t['step']}) exited {p.returncode}: {p.stderr.strip()[:300]}")
                    continue
                self.stats["actions recorded"] += 1
                contacted[cid].append((t["kind"], t["step"]))
        return contacted

    # -- the customers ------------------------------------------------------------------------

    def owed(self, cid):
        """What the customer can be asked for: open, undisputed, as of the last check."""
        return sum((Decimal(r["balance"]) for r in self.aging_rows
                    if r["customer"] == cid and r["dispute"] is None), Decimal(0))

    def overdue(self, cid):
        return sum((Decimal(r["balance"]) for r in self.aging_rows
                    if r["customer"] == cid and r["dispute"] is None and r["days"] > 0), Decimal(0))

    def pay(self, cid, amount, left, why):
        """An unnamed payment of `amount`, or of all the customer owes if that is less."""
        amount = min(money(amount), left[cid])
        if amount <= 0:
            return Decimal(0)
        self.run("pay", cid, text(amount), "--today", self.today, "--ref", why)
        left[cid] -= amount
        self.stats["payments"] += 1
        if why == "partial":
            self.stats["partial payments"] += 1
        return amount

    def customers_act(self, d, contacted):
        rng = self.rng
        self.read_plans()
        left = {cid: self.owed(cid) for cid in self.led.customers}
        # Plans: installments paid up to a few days early, until the plan's behaviour stops.
        for pid, p in self.plans.items():
            if self.status.get(pid, "on-track") not in LIVE:
                continue
            while p["next"] < p["limit"] and p["next"] < len(p["installments"]):
                due, amount = p["installments"][p["next"]]
                if (due - d).days > p["early"]:
                    break
                if self.pay(p["customer"], amount, left, "installment") < amount:
                    p["short"] = True  # it owed less: the plan's invoices were paid otherwise
                p["next"] += 1
        # A customer whose plan is going to break pays nothing else while it is live.
        struggling = {p["customer"] for q, p in self.plans.items()
                      if p["behaviour"] == "break" and self.status.get(q, "on-track") in LIVE}
        # Promises: most are kept, on their day or just before.
        for pr in self.promises:
            cid, when, amount, keep = pr
            if keep and (when - d).days <= 1 and cid not in struggling:
                self.pay(cid, amount, left, "promised")
                pr[3] = False
        self.promises = [pr for pr in self.promises if pr[3] or pr[1] >= d]
        paid = {cid for cid in left if left[cid] < self.owed(cid)}
        for cid in sorted(self.led.customers):
            overdue = min(self.overdue(cid), left[cid])
            if overdue <= 0 or cid in struggling:
                continue
            asked = any(kind not in ("credit-hold", "resolve-dispute")
                        for kind, _ in contacted.get(cid, []))
            chance = (0.12 if asked else 0.015) * (0 if cid == self.led.stone else 1)
            if cid in paid:
                pass
            elif rng.random() < chance:
                if rng.random() < 0.5:
                    self.pay(cid, left[cid], left, "in full")
                else:
                    self.pay(cid, overdue * Decimal(rng.randint(20, 70)) / 100, left, "partial")
            elif asked and rng.random() < 0.15:
                when = days(d, rng.randint(3, 10))
                amount = money(overdue * Decimal(rng.choice([50, 100])) / 100)
                self.run("log", cid, "--promise", f"{iso(when)}:{text(amount)}",
                         "--today", self.today)
                self.promises.append([cid, when, amount, rng.random() < 0.6])
                self.stats["promises"] += 1
            if cid not in paid and left[cid] == self.owed(cid) and rng.random() < 0.5 and any(
                    step == "hold" for _, step in contacted.get(cid, [])):
                live = [q for q, p in self.plans.items()
                        if p["customer"] == cid and self.status.get(q) in LIVE]
                if not live:
                    argv = ["plan", cid, "--write", "--installments", str(rng.randint(2, 4)),
                            "--today", self.today]
                    p = self.run(*argv, ok=range(256))
                    self.stats["plans written"] += p.returncode == 0
                    self.check(p.returncode == 0, f"`{' '.join(argv)}` (after a hold, with "
                               f"{text(overdue)} overdue) exited {p.returncode}: "
                               f"{p.stderr.strip()[:300]}")
        # Disputes: on the 5th working day the customer disputes an invoice that money has
        # reached (the one the unnamed payment paid in part, if still open), and resolves it on
        # the 25th; besides, now and then one is resolved, and once in a while one is raised.
        planned = {i for p in self.plans.values() for i in p["invoices"]}
        if self.stats["working days"] == 4:
            rows = sorted((r for r in self.aging_rows if Decimal(r["paid"]) > 0 and
                           r["dispute"] is None and r["invoice"] not in planned),
                          key=lambda r: (r["invoice"] != self.led.part_paid, r["invoice"]))
            if rows:
                r = rows[0]
                self.run("log", r["customer"], "--dispute", "Not what was ordered", "--invoice",
                         r["invoice"], "--today", self.today)
                self.stats["disputes raised"] += 1
                self.scheduled = (r["customer"], r["invoice"])
        if self.stats["working days"] == 24 and self.scheduled:
            cid, invoice = self.scheduled
            self.run("log", cid, "--resolved", "--invoice", invoice, "--today", self.today)
            self.stats["disputes resolved"] += 1
            self.resolved.add(cid)
        for cid, acts in contacted.items():
            if any(kind == "resolve-dispute" for kind, _ in acts) and rng.random() < 0.1:
                self.run("log", cid, "--resolved", "--today", self.today)
                self.resolved.add(cid)
                self.stats["disputes resolved"] += 1
        # Neither a new dispute nor a credit note touches an invoice under a plan.
        disputed = set()
        if rng.random() < 0.02:
            rows = [r for r in self.aging_rows
                    if r["dispute"] is None and r["days"] > 0 and r["invoice"] not in planned]
            if rows:
                r = rng.choice(rows)
                self.run("log", r["customer"], "--dispute", "Queried the hours billed",
                         "--invoice", r["invoice"], "--today", self.today)
                self.stats["disputes raised"] += 1
                disputed.add(r["invoice"])
        if rng.random() < 0.02:
            rows = [r for r in self.aging_rows
                    if r["dispute"] is None and r["invoice"] not in planned | disputed]
            if rows:
                r = rng.choice(rows)
                amount = min(money(Decimal(r["balance"]) / 5), left[r["customer"]])
                if amount > 0:
                    self.run("pay", r["customer"], text(amount), "--credit", "--invoice",
                             r["invoice"], "--reason", "Goodwill", "--today", self.today)
                    left[r["customer"]] -= amount
                    self.stats["credit notes"] += 1
        self.read_plans()

    # -- the checks ---------------------------------------------------------------------------

    def check_steps(self):
        """a. A step is done only by an entry that names it, on the day and in the file given."""
        self.read_logs()
        named = defaultdict(list)  # (customer, step) -> [(date, path)]
        for path, entries in self.logs.items():
            for cid, date, step in entries:
                if step:
                    named[(cid, step)].append((date, os.path.realpath(path)))
        today = datetime.date.fromisoformat(self.today)
        for cid in sorted(self.led.customers):
            x = self.json("due", "--explain", cid)
            start = datetime.date.min
            if x["chased_invoices"] and x["steps"]:
                first = min(x["chased_invoices"], key=lambda i: (self.led.invoices[i]["due"], i))
                start = days(self.led.invoices[first]["due"], min(0, x["steps"][0]["day"]))
            for s in x["steps"]:
                entries = [(date, path) for date, path in named[(cid, s["step"])]
                           if start <= date <= today]
                if s["done"] is None:
                    self.check(not entries, f"`due --explain {cid}`: step {s['step']} not done, "
                               f"but entries name it: {sorted(entries)}")
                    continue
                done = datetime.date.fromisoformat(s["done"])
                # Documents give paths relative to the ledger (arcollect-json(5)).
                here = (done, os.path.realpath(os.path.join(self.root, s["file"] or "")))
                self.check(here in entries,
                           f"`due --explain {cid}`: step {s['step']} done {s['done']} in "
                           f"{s['file']}, but no entry there names it on that day")
                self.check(done == max(entries)[0] if entries else False,
                           f"`due --explain {cid}`: step {s['step']} done {s['done']}, but the "
                           f"latest entry naming it since {start} is "
                           f"{max(entries)[0] if entries else None}")

    def check_charges_and_plans(self):
        """b. No charge on a kept plan's invoices; c. a completed plan's invoices are settled."""
        self.read_plans()
        status = self.json("plan", "--status").get("plans", [])
        self.status = {p["plan"]: p["state"] for p in status}
        self.broke |= {pid for pid, state in self.status.items() if state == "broken"}
        for pid in self.plans:
            self.check(pid in self.status, f"`plan --status` does not list plan {pid}")
        aging = self.json("aging", "--by", "invoice")
        was = {r["invoice"]: r for r in self.aging_rows}
        self.aging_rows = [r for b in aging.get("currencies", []) for r in b["rows"]]
        open_ = {r["invoice"]: Decimal(r["balance"]) for r in self.aging_rows}
        rows = {r["invoice"]: r for r in self.aging_rows}
        if self.checked_on:
            # No unnamed payment pays a disputed invoice (and no payment here names one): while
            # its dispute stands, what it has been paid stays as it was.
            for i, then in was.items():
                now = rows.get(i)
                if then["dispute"] is None or (now is not None and now["dispute"] is None) or (
                        now is None and then["customer"] in self.resolved):
                    continue  # not disputed, or resolved today
                self.check(now is not None and now["paid"] == then["paid"],
                           f"disputed {i} of {then['customer']}: paid {then['paid']} on "
                           f"{self.checked_on}, {now['paid'] if now else 'all of it'} now, and no "
                           f"payment named it")
            # History is not rewritten: money applied to an invoice stays applied to it. An
            # invoice settled on the last day checked is not open now, and what an open one has
            # been paid never goes down (no payment here is ever taken back).
            last = datetime.date.fromisoformat(self.checked_on)
            for i, now in rows.items():
                if i not in was and self.led.invoices[i]["issued"] <= last:
                    self.check(False, f"`aging --by invoice`: {i} of {now['customer']} was "
                               f"settled on {self.checked_on} but is open now, {now['balance']} "
                               f"owed (paid {now['paid']})")
                elif i in was:
                    self.check(Decimal(now["paid"]) >= Decimal(was[i]["paid"]),
                               f"`aging --by invoice`: {i} of {now['customer']} paid "
                               f"{was[i]['paid']} on {self.checked_on}, {now['paid']} now")
        self.checked_on, self.resolved = self.today, set()
        for pid, state in self.status.items():
            if state == "completed":
                left = {i: str(open_[i]) for i in self.plans[pid]["invoices"] if i in open_}
                self.check(not left, f"`plan --status`: {pid} completed, but `aging --by invoice` "
                           f"shows balances {left}")
        # What the customers did with their plans shows in the plans' states: a plan whose every
        # installment was paid by its date is never broken, and is completed once the last is
        # paid; a plan whose installment went unpaid is no longer live once the grace (3 days)
        # is over (broken; or completed, if its invoices were paid since).
        today = datetime.date.fromisoformat(self.today)
        for pid, p in self.plans.items():
            state, n = self.status.get(pid), len(p["installments"])
            if p["behaviour"] == "keep":
                self.check(state != "broken", f"`plan --status`: {pid} broken, but every "
                           f"installment due was paid by its date ({p['installments']})")
                if p["next"] == n and not p["short"]:
                    self.check(state == "completed", f"`plan --status`: {pid} {state} after all "
                               f"{n} installments were paid (`aging --by invoice`: "
                               f"{ {i: str(open_.get(i, 0)) for i in p['invoices']} })")
            elif p["next"] < n and today >= days(p["installments"][p["next"]][0], 4):
                due = p["installments"][p["next"]][0]
                self.check(state not in LIVE, f"`plan --status`: {pid} {state}, but its "
                           f"installment due {due} was not paid")
        charges = self.json("interest")
        fields = ("balance", "interest", "compensation", "late_fee")
        for c in charges.get("customers", []):
            sums = defaultdict(lambda: defaultdict(Decimal))
            for inv in c["invoices"]:
                waiver = inv["waived_by_plan"]
                plan = [p for p, v in self.plans.items() if inv["invoice"] in v["invoices"]
                        and self.status.get(p) in LIVE]
                self.check(waiver == (plan[0] if plan else None),
                           f"`interest`: {inv['invoice']} of {c['customer']} waived_by_plan "
                           f"{waiver}, but the live plan covering it is {plan or None} "
                           f"(plan --status: {self.status})")
                if waiver is None:
                    for f in fields:
                        sums[inv["currency"]][f] += Decimal(inv[f])
            totals = {t["currency"]: t for t in c["totals"]}
            for cur in set(totals) | set(sums):
                want = {f: text(sums[cur][f]) for f in fields}
                got = {f: totals[cur][f] for f in fields} if cur in totals else None
                self.check(got == want, f"`interest`: {c['customer']} {cur} totals {got}, but its "
                           f"invoices not waived by a plan sum to {want}")
        for pid, p in sorted(self.plans.items()):
            if self.status.get(pid) not in LIVE:
                continue
            cid = p["customer"]
            self.stats["checks"] += 1
            n = self.run("notice", cid, "--today", self.today, ok=(0, 1))
            if n.returncode == 1:
                self.check("nothing overdue to claim" in n.stderr,
                           f"`notice {cid} --today {self.today}` exited 1: {n.stderr.strip()}")
                continue
            self.stats["notices drafted"] += 1
            claimed = [i for i in p["invoices"] if re.search(rf"\b{re.escape(i)}\b", n.stdout)]
            self.check(not claimed, f"`notice {cid}` claims {claimed}, under plan {pid} which "
                       f"`plan --status` says is {self.status[pid]}")

    def check_totals(self):
        """d. aging and forecast agree on what is outstanding, per currency."""
        aging = self.json("aging")
        self.aging_totals = {b["currency"]: b["totals"] for b in aging.get("currencies", [])}
        self.aging_customers = {(b["currency"], r["customer"]): r
                                for b in aging.get("currencies", []) for r in b["rows"]}
        forecast = self.json("forecast")
        outstanding = {b["currency"]: b["outstanding"] for b in forecast.get("currencies", [])}
        for cur in set(outstanding) | set(self.aging_totals):
            total = self.aging_totals.get(cur, {}).get("total", "0.00")
            self.check(Decimal(outstanding.get(cur, "0")) == Decimal(total),
                       f"{cur}: `forecast` outstanding {outstanding.get(cur)} but `aging` total "
                       f"{total}")

    def check_statements(self):
        """d. The statements add up to aging.

        A statement's closing balance is every invoice issued by the day less every payment and
        credit note received by it, so money paid beyond what is owed makes it lower (even
        negative). Aging's total counts only open invoice balances and keeps that unapplied money
        apart as "credit". So, per customer and currency: closing == aging total - aging credit,
        and summed over customers the same holds for aging's currency totals.
        """
        closing = defaultdict(Decimal)
        for cid in sorted(self.led.customers):
            s = self.json("statement", cid, "--no-history")
            for a in s.get("accounts", []):
                cur = a["currency"]
                closing[cur] += Decimal(a["closing"])
                row = self.aging_customers.get((cur, cid))
                want = Decimal(row["total"]) - Decimal(row["credit"]) if row else Decimal(0)
                self.check(Decimal(a["closing"]) == want,
                           f"`statement {cid}` {cur} closing {a['closing']}, but `aging` shows "
                           f"total {row and row['total']} - credit {row and row['credit']}")
        for cur in set(closing) | set(self.aging_totals):
            t = self.aging_totals.get(cur, {"total": "0", "credit": "0"})
            want = Decimal(t["total"]) - Decimal(t["credit"])
            self.check(closing[cur] == want, f"{cur}: statements close at {closing[cur]} in all, "
                       f"but `aging` total {t['total']} - credit {t['credit']} = {want}")


def replay(binary, seed, working_days, start, keep):
    rng = random.Random(seed)
    scratch = tempfile.mkdtemp(prefix=f"daily-loop-{seed}-")
    try:
        root = os.path.join(scratch, "books")
        led = generate(root, rng, start)
        r = Replay(binary, root, seed, led, rng)
        r.today = iso(start)
        p = r.run("check", ok=range(256))
        if p.returncode != 0 or p.stdout.strip():
            r.fail(f"`check` on the generated ledger exited {p.returncode}: "
                   f"{(p.stdout + p.stderr).strip()[:800]}")
            return r
        r.promises = [[c, d, a, rng.random() < 0.6] for c, d, a in led.promises_at_start]
        r.read_plans()
        r.check_charges_and_plans()  # the plans' state and the balances, before the first day
        d, calendar = start, 0
        while r.stats["working days"] < working_days:
            r.day(d)
            d = days(d, 1)
            calendar += 1
        r.stats["calendar days"] = calendar
        final = r.json("plan", "--status").get("plans", [])
        r.final_plans = {p["plan"]: p["state"] for p in final}
        return r
    finally:
        if keep:
            target = os.path.join(keep, f"seed-{seed}")
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(os.path.join(scratch, "books"), target)
        shutil.rmtree(scratch)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("arcollect")
    ap.add_argument("--days", type=int, default=120, help="working days to replay (120)")
    ap.add_argument("--seeds", default="1,2,3", help="comma-separated seeds (1,2,3)")
    ap.add_argument("--start", default="2026-09-01", help="the first day (2026-09-01)")
    ap.add_argument("--keep", help="copy each seed's final ledger into this folder")
    args = ap.parse_args()
    binary = os.path.abspath(args.arcollect)
    start = datetime.date.fromisoformat(args.start)
    failures = []
    for seed in (int(s) for s in args.seeds.split(",") if s.strip()):
        r = replay(binary, seed, args.days, start, args.keep)
        s = r.stats
        plans = getattr(r, "final_plans", {})
        completed = sum(1 for p, state in plans.items() if state == "completed" and p not in r.broke)
        print(f"seed {seed}: {s['working days']} working days replayed "
              f"({s['calendar days']} calendar), {s['actions recorded']} actions recorded, "
              f"{s['payments']} payments ({s['partial payments']} partial), "
              f"{s['promises']} promises, {s['credit notes']} credit notes, "
              f"{s['disputes raised']}/{s['disputes resolved']} disputes raised/resolved; "
              f"plans: {len(plans)} ({s['plans written']} written in the replay), "
              f"{completed} completed, {len(r.broke)} broken; "
              f"{s['notices drafted']} notices drafted; {s['checks']} checks run "
              f"({s['commands']} commands), {len(r.failures)} failed")
        failures += r.failures
    for line in failures[:60]:
        print("FAIL " + line)
    if len(failures) > 60:
        print(f"... and {len(failures) - 60} more")
    if failures:
        print(f"daily loop: {len(failures)} checks failed")
        return 1
    print("daily loop: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
