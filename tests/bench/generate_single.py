#!/usr/bin/env python3
"""Writes the books of ONE customer, for the linearity cases of issue 17 item 3.

    python3 tests/bench/generate_single.py OUT CASE K [--layout invoice|customer|month|all]

    invoices   one customer with K invoices (the issue: 200,000): generate.py's books, N = K,
               all of them one customer's, with its payments, contact log, promises and plans
    contacts   one customer with K contact-log entries (the issue: 100,000): generate.py's books
               of 200 invoices, one customer (with their 190 entries climbing the ladder), and K
               entries more, dated over the two years, on every channel, some naming one invoice,
               some none (all open ones), a few calls ending in a promise; none names a ladder
               step, so no step is recorded twice on a day
    plan       one customer with a plan of K installments (the issue: 10,000): generate.py's books
               of 200 invoices, one customer, without their plans, plus one invoice of K x 10.00
               the plan covers, agreed K/100 + 1 days before TODAY, one installment of 10.00 a day
               from the day after; each one fallen due is paid on its day (a payment naming the
               invoice), so the plan is live and kept on TODAY

It writes OUT/LAYOUT/ (the month layout unless --layout says otherwise, as in generate.py: every
folder a whole ledger with its own arcollect.toml) and OUT/totals.json, what is owed as of TODAY.
No journal: the peers are not timed on these. Deterministic (random.Random(17)), like generate.py,
whose records, settings and writer it reuses, so the records are written exactly as it writes them.

    python3 tests/bench/generate_single.py /tmp/one-plan plan 10000
    build/arcollect -C /tmp/one-plan/month forecast --today 2026-12-01
"""
import argparse
import bisect
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True     # no __pycache__ in the work tree
from generate import DAYS, TERMS, TODAY, Books, day, money, write_layouts, write_totals  # noqa: E402

CASES = {"invoices": 200_000, "contacts": 100_000, "plan": 10_000}   # K as the issue gives it
BASE = 200            # invoices of the contacts and plan cases
INSTALLMENT = 1000    # pence: 10.00 each
# Channel, role spoken to, outcomes to draw from (a promise on calls only), note.
CHANNELS = [("email", "ap", ["none"], "Statement sent"), ("call", "ap", ["no-answer", "none", "promise"], "Called AP"),
            ("call", "finance", ["no-answer", "none"], "Called finance"), ("sms", "ap", ["none"], "Text sent"),
            ("letter", "finance", ["none"], "Letter sent"), ("meeting", "buyer", ["none"], "Met the buyer")]


def contact_text(date, cid, ids, channel, who, outcome, note, promise=None):
    """A [[contact]] as generate.py writes it; without `invoices` when ids is empty (all open ones)."""
    lines = ["[[contact]]", f"date = {date}", f'customer = "{cid}"']
    if ids:
        lines.append("invoices = [" + ", ".join(f'"{i}"' for i in ids) + "]")
    lines += [f'channel = "{channel}"', f'with = "{who}"', f'outcome = "{outcome}"']
    if promise:
        lines += [f"promise_date = {promise[0]}", f"promise_amount = {money(promise[1])}"]
    lines.append(f'note = "{note}"')
    return "\n".join(lines) + "\n"


def many_contacts(k):
    books = Books(BASE, customers=1)
    cid = books.cids[0]
    rng = random.Random(1717)
    names = books.customer[cid][1]
    invoices = sorted((r[0], r[2]) for r in books.recs[cid][0])    # (issued, id), oldest first
    issue_days = [when for when, _ in invoices]
    contacts = books.recs[cid][2]
    for ago in sorted((rng.randint(1, DAYS) for _ in range(k)), reverse=True):
        date = day(ago)
        channel, role, outcomes, note = rng.choice(CHANNELS)
        issued = bisect.bisect_right(issue_days, str(date))    # invoices issued by that day
        ids = [invoices[rng.randrange(issued)][1]] if issued and rng.random() < 0.5 else []
        outcome = rng.choice(outcomes)
        promise = None
        if outcome == "promise":
            promise = (date + datetime.timedelta(days=14), rng.randint(100, 500) * 100)
            note = "Promised a part in the next pay run"
        contacts.append((str(date), contact_text(date, cid, ids, channel, names[role], outcome, note, promise),
                         channel))
    contacts.sort(key=lambda r: r[0])    # stable: the base books' entries of a day stay first
    return books, BASE


def long_plan(k):
    books = Books(BASE, customers=1)
    cid = books.cids[0]
    invoices, payments, _, plans = books.recs[cid]
    plans.clear()                        # one live plan only (two would be two-live-plans)
    past = max(1, k // 100)              # installments fallen due before TODAY, each paid
    if past >= k:
        sys.exit(f"plan: K = {k} is too few installments (at least 2)")
    agreed = day(past + 1)
    issued = day(past + 1 + TERMS + 30)  # fell due a month before the plan was agreed
    iid, pence = f"INV-{BASE + 1:07d}", k * INSTALLMENT
    invoices.append((str(issued), f'[[invoice]]\nid = "{iid}"\ncustomer = "{cid}"\nissued = {issued}\n'
                     f'amount = {money(pence)}\ndescription = "Design work, job {iid[4:]}"\n', iid))
    books.journal.append((str(issued), f"{issued} Invoice {iid} {cid}\n    assets:receivable:{cid}  "
                          f"GBP {money(pence)}\n    income:sales\n"))
    dues = [agreed + datetime.timedelta(days=1 + j) for j in range(k)]
    for j, date in enumerate(dues[:past]):
        payments.append((str(date), f'[[payment]]\ndate = {date}\ncustomer = "{cid}"\ninvoice = "{iid}"\n'
                         f'amount = {money(INSTALLMENT)}\nref = "BACS plan {j + 1}"\n', iid))
        books.journal.append((str(date), f"{date} Payment {iid} {cid}\n    assets:bank  GBP {money(INSTALLMENT)}\n"
                              f"    assets:receivable:{cid}\n"))
    payments.sort(key=lambda r: r[0])
    books.owed[cid] += pence - past * INSTALLMENT
    inst = ",\n".join(f"  {{ due = {d}, amount = {money(INSTALLMENT)} }}" for d in dues)
    plans.append((str(agreed), f'[[plan]]\nid = "{cid}-{agreed}"\ncustomer = "{cid}"\ninvoices = ["{iid}"]\n'
                  f'agreed = {agreed}\ninstallments = [\n{inst},\n]\n', f"{cid}-{agreed}"))
    return books, BASE + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("case", choices=list(CASES))
    ap.add_argument("k", type=int)
    ap.add_argument("--layout", choices=["invoice", "customer", "month", "all"], default="month")
    args = ap.parse_args()
    if args.k < 1:
        ap.error("K must be at least 1")
    layouts = ["invoice", "customer", "month"] if args.layout == "all" else [args.layout]
    for layout in layouts:    # old files would stay in the books and break the totals
        if os.path.exists(os.path.join(args.out, layout)):
            ap.error(f"{os.path.join(args.out, layout)} exists: remove it first")
    if args.case == "invoices":
        books, invoices = Books(args.k, customers=1), args.k
    elif args.case == "contacts":
        books, invoices = many_contacts(args.k)
    else:
        books, invoices = long_plan(args.k)
    os.makedirs(args.out, exist_ok=True)
    write_layouts(books, args.out, layouts)
    recs = books.recs[books.cids[0]]
    write_totals(books, args.out, invoices, case=args.case, k=args.k, payments=len(recs[1]),
                 contacts=len(recs[2]), installments=sum(r[1].count("{ due =") for r in recs[3]))


if __name__ == "__main__":
    main()
