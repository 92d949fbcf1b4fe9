"""Three clones record at random, merge, and agree with one clone that recorded it all (issue 19).

From a fixed seed, 3 x --commands recording commands whose files depend only on their arguments
(never on what a clone has seen: every log names its --step and --channel, every payment its
invoice, ref and date, every invoice its --id), dealt round-robin to clones A, B and C of
examples/studio. Each clone runs its share in order and commits; A merges B and C, and B and
C take A's merge. Then:

- every merge ends cleanly (exit 0, nothing unmerged) and the three trees are one;
- the merged clone holds the same records as a fourth folder that ran all the commands in
  their global order, byte for byte, file names aside from their random suffix;
- aging (per customer and per invoice), every customer's statement and check's diagnostics
  are the same in both, and check finds nothing: the generator makes no double, not even the
  same ladder step twice on one day, which check would warn of (step_recorded_twice).

ARCOLLECT_NAME_SEED is not set: the suffixes are really random, as in use.

  merge_property.py ARCOLLECT EXAMPLES_DIR [--seed N] [--commands 50]
"""
import argparse
import collections
import difflib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from datetime import date, timedelta
from pathlib import Path

TODAY = "2026-11-23"
FIRST_DAY = date(2026, 11, 2)  # the commands' dates: the three weeks to TODAY
STEPS = ["courtesy", "reminder", "call-ap", "firm", "call-finance", "buyer", "hold", "final",
         "notice", "agency", "none"]
CHANNELS = ["call", "email", "letter", "visit", "sms", "meeting", "internal"]
CLONES = "ABC"

parser = argparse.ArgumentParser()
parser.add_argument("arcollect")
parser.add_argument("examples", type=Path)
parser.add_argument("--seed", type=int, default=19)
parser.add_argument("--commands", type=int, default=50, help="per clone")
args = parser.parse_args()
calls = 0


def run(ledger, argv):
    global calls
    calls += 1
    return subprocess.run([args.arcollect, "-C", str(ledger)] + argv + ["--today", TODAY],
                          capture_output=True, text=True)


def git(repo, *argv):
    return subprocess.run(["git", "-C", str(repo)] + list(argv), capture_output=True, text=True)


def cents(text):
    units, _, frac = text.partition(".")
    return int(units) * 100 + int((frac + "00")[:2])


def money(minor):
    return f"{minor // 100}.{minor % 100:02d}"


class Generator:
    """Commands that can run in any clone that holds what they name, whatever else it holds:
    payments stay below what their invoice owes (no clone pays one off, so none overpays and
    none is closed), refs and ids are unique, and no two entries share a (customer, day, step)
    or put two promises or two dispute changes of one invoice on one day, which would be
    ordered by the files' random names."""

    def __init__(self, rng, open_invoices):
        self.rng = rng
        self.invoices = open_invoices  # id -> customer, issued, left (minor units), owner
        self.customers = {}  # id -> the clone that added it (None: the example's)
        for inv in open_invoices.values():
            self.customers[inv["customer"]] = None
        self.taken = set()
        self.serial = 0

    def day(self, not_before=FIRST_DAY):
        first = max(not_before, FIRST_DAY)
        return first + timedelta(self.rng.randrange((date(2026, 11, 23) - first).days + 1))

    def unique(self, key):
        if key in self.taken:
            return False
        self.taken.add(key)
        return True

    def command(self, clone):
        self.serial += 1
        n, rng = self.serial, self.rng
        mine = [c for c, owner in self.customers.items() if owner in (None, clone)]
        payable = [i for i, inv in self.invoices.items()
                   if inv["owner"] in (None, clone) and inv["left"] >= 400]
        kind = rng.choices(["log", "promise", "dispute", "pause", "pay", "credit", "invoice",
                            "customer"], [30, 8, 6, 3, 30, 3, 12, 8])[0]
        if kind == "customer" and sum(o is not None for o in self.customers.values()) < 4:
            cid = f"new{n:03d}"
            self.customers[cid] = clone
            argv = ["customer", "add", cid, "--name", f"Customer {n} Ltd"]
            if rng.random() < 0.5:
                argv += ["--terms-days", str(rng.choice([7, 14, 60]))]
            return "customer add", argv + ["--contact", f"Sam Example {n} <sam{n}@example.com>",
                                           "--role", "ap"]
        if kind == "invoice":
            cid = rng.choice(mine)
            iid = f"P{args.seed}-{n:03d}"
            issued = self.day()
            amount = rng.randrange(10000, 300000)
            self.invoices[iid] = {"customer": cid, "issued": issued, "left": amount,
                                  "owner": clone}
            return "invoice", ["invoice", cid, money(amount), "--id", iid, "--issued", str(issued),
                               "--description", f"Work order {n}"]
        if kind in ("pay", "credit") and payable:
            iid = rng.choice(payable)
            inv = self.invoices[iid]
            amount = rng.randrange(100, min(inv["left"] // 3, 50000))
            inv["left"] -= amount
            argv = ["pay", inv["customer"], money(amount), "--invoice", iid,
                    "--ref", f"{kind.upper()}-{args.seed}-{n}", "--date",
                    str(self.day(inv["issued"]))]
            if kind == "credit":
                return "pay --credit", argv + ["--credit", "--reason", f"Goodwill {n}"]
            return "pay", argv
        # A contact-log entry, about one or two of the customer's open invoices (or, for a new
        # customer without any, the default: the same in every clone, since only its own clone
        # writes anything of it).
        cid = rng.choice(mine)
        own = [i for i, inv in self.invoices.items()
               if inv["customer"] == cid and inv["owner"] in (None, clone)]
        about = rng.sample(own, min(len(own), rng.choice([1, 1, 2])))
        when = self.day(max([self.invoices[i]["issued"] for i in about], default=FIRST_DAY))
        step = rng.choice(STEPS)
        while not self.unique((cid, when, step)) and step != "none":
            step = rng.choice(STEPS)
        argv = ["log", cid, "--date", str(when), "--step", step, "--channel", rng.choice(CHANNELS)]
        for i in about:
            argv += ["--invoice", i]
        if rng.random() < 0.5:
            argv += ["--with", rng.choice(["Priya Shah", "Martin Cole", "Jo", "the office"])]
        if rng.random() < 0.7:
            argv += ["--note", f"entry {n}: " + rng.choice(["left a voicemail", "sent a copy",
                                                             "said next week", "no reply"])]
        if kind == "promise" and about and self.unique(("promise", cid, when)):
            by = when + timedelta(rng.randrange(1, 20))
            amount = f":{rng.randrange(50, 900)}" if rng.random() < 0.6 else ""
            return "log --promise", argv + ["--promise", f"{by}{amount}"]
        if kind == "dispute" and about and all(self.unique(("dispute", i, when)) for i in about):
            if rng.random() < 0.6:
                return "log --dispute", argv + ["--dispute", f"Disputed in entry {n}"]
            return "log --resolved", argv + ["--resolved"]
        if kind == "pause" and self.unique(("pause", cid, when)):
            return "log --pause-until", argv + ["--pause-until",
                                               str(when + timedelta(rng.randrange(3, 30)))]
        return "log", argv + ["--outcome", rng.choice(["none", "no-answer", "paid"])]


def records(ledger):
    """The record files: their path without the random suffix, and their bytes, as a multiset."""
    out = collections.Counter()
    for path in ledger.rglob("*.toml"):
        rel = path.relative_to(ledger)
        if ".git" not in rel.parts:
            out[(re.sub(r"-[0-9a-z]{12}\.toml$", ".toml", str(rel)), path.read_bytes())] += 1
    return out


def report(ledger, argv):
    result = run(ledger, argv + ["--format", "json"])
    try:
        d = json.loads(result.stdout)
    except ValueError:
        return f"exit {result.returncode}: {result.stderr}"
    # A statement lists one day's lines in an order of their content, never of the files'
    # random names, so it is compared as it is. Diagnostics name files: their codes are.
    if "diagnostics" in d:
        d = sorted(f"{x['severity']} {x['code']}" for x in d["diagnostics"])
    return json.dumps(d, indent=1, sort_keys=True)


def main():
    failures = []
    rng = random.Random(args.seed)
    print(f"seed {args.seed}, {args.commands} commands per clone")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ.update(TZ="UTC", LC_ALL="C.UTF-8", XDG_CONFIG_HOME=str(work / "config"),
                          GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
        for name in ("ARCOLLECT_DIR", "ARCOLLECT_NAME_SEED", "ARCOLLECT_SENDMAIL"):
            os.environ.pop(name, None)
        seed = work / "seed"
        shutil.copytree(args.examples / "studio", seed)
        result = run(seed, ["aging", "--by", "invoice", "--format", "json"])
        if result.returncode != 0:
            print(f"FAIL: aging of the example exits {result.returncode}: {result.stderr}")
            return 1
        aging = json.loads(result.stdout)
        # A payment that names an invoice records on it what it owes that day, and the rest
        # without one. A customer's payments that name none (greystone's, copperleaf's) go to
        # its oldest invoices, and a payment named on one of those sends them on to the next:
        # what a later invoice owes then depends on the payments a clone has seen. So no
        # payment is made on such a customer's invoices (left = 0).
        spill = {item["customer"] for path in (seed / "payments").rglob("*.toml")
                 for items in tomllib.loads(path.read_text()).values()
                 for item in items if "invoice" not in item}
        open_invoices = {row["invoice"]: {"customer": row["customer"],
                                          "issued": date.fromisoformat(row["issued"]),
                                          "left": 0 if row["customer"] in spill else
                                          cents(row["balance"]), "owner": None}
                         for block in aging["currencies"] for row in block["rows"]}
        gen = Generator(rng, open_invoices)
        for path in (seed / "log").rglob("*.toml"):  # the example's steps are taken too
            gen.taken.update((e["customer"], e["date"], e.get("step"))
                             for e in tomllib.loads(path.read_text())["contact"])
        plan = [(CLONES[i % 3],) + gen.command(CLONES[i % 3]) for i in range(3 * args.commands)]
        kinds = collections.Counter(kind for _, kind, _ in plan)
        print("commands:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))

        git(seed, "init", "-q")
        git(seed, "symbolic-ref", "HEAD", "refs/heads/main")
        git(seed, "add", "-A")
        git(seed, "-c", "user.name=seed", "-c", "user.email=seed@example.com", "commit", "-qm", "s")
        git(work, "clone", "-q", "--bare", "seed", "origin.git")
        for c in CLONES:
            git(work, "clone", "-q", "origin.git", c)
            git(work / c, "config", "user.name", c)
            git(work / c, "config", "user.email", f"{c}@example.com")
        single = work / "single"
        shutil.copytree(args.examples / "studio", single)

        # Each clone runs its share, the single folder all, in the same global order.
        for clone, _, argv in plan:
            for ledger in (work / clone, single):
                result = run(ledger, argv)
                if result.returncode != 0:
                    failures.append(f"{ledger.name}: arcollect {' '.join(argv)} exited "
                                    f"{result.returncode}: {result.stderr.strip()}")
        for c in CLONES:
            git(work / c, "add", "-A")
            git(work / c, "commit", "-qm", f"clone {c}")
        for c in "BC":
            git(work / c, "push", "-q", "origin", f"main:{c}")
        git(work / "A", "fetch", "-q", "origin")

        def merge(clone, branch):
            result = git(work / clone, "merge", "--no-edit", branch)
            unmerged = git(work / clone, "diff", "--name-only", "--diff-filter=U").stdout
            if result.returncode != 0 or unmerged:
                failures.append(f"{clone}: git merge {branch} failed: {result.stdout}"
                                f"{result.stderr}{unmerged}")
        merge("A", "origin/B")
        merge("A", "origin/C")
        git(work / "A", "push", "-q", "origin", "main")
        for c in "BC":
            git(work / c, "fetch", "-q", "origin")
            merge(c, "origin/main")
        trees = {git(work / c, "rev-parse", "HEAD^{tree}").stdout for c in CLONES}
        clean = all(not git(work / c, "status", "--porcelain").stdout for c in CLONES)
        if len(trees) != 1 or not clean:
            failures.append("the three clones' trees differ after the merges")
        print(f"merged: A took B and C, B and C took A: {len(trees)} tree(s), "
              f"{'nothing' if clean else 'something'} uncommitted")

        merged = work / "A"
        mine, theirs = records(merged), records(single)
        if mine != theirs:
            for (path, _), n in sorted((mine - theirs).items()):
                failures.append(f"records: {path} only in the merged clone ({n})")
            for (path, _), n in sorted((theirs - mine).items()):
                failures.append(f"records: {path} only in the single folder ({n})")
        print(f"records: {sum(mine.values())} files in the merged clone, "
              f"{sum(theirs.values())} in the single folder")

        customers = sorted(gen.customers)
        reports = [["check"], ["aging"], ["aging", "--by", "invoice"]]
        reports += [["statement", c] for c in customers]
        for argv in reports:
            want, got = report(single, argv), report(merged, argv)
            # The generator makes no double, not even a step twice on one day (the one a merge
            # may add): the example is clean, and so must both folders be.
            if argv == ["check"] and got != "[]":
                failures.append(f"check of the merged clone: {got}")
            if want != got:
                diff = difflib.unified_diff(want.splitlines(), got.splitlines(),
                                            "single", "merged", lineterm="", n=2)
                failures.append(f"{' '.join(argv)} differs:\n" + "\n".join(list(diff)[:60]))
        print(f"compared check, aging, aging --by invoice and {len(customers)} statements")

    for failure in failures:
        print("FAIL:", failure)
    print(f"merge_property: seed {args.seed}, {calls} arcollect runs, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
