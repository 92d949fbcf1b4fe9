#!/usr/bin/env python3
"""Every exit code a man page documents is one the real binary gives, and no other (issue 16).

The convention, from arcollect(1): 0 success; 1 an error in the ledger or its data, an id the
ledger does not know (customer, invoice, step) among them; 2 a usage error (a bad option or
value); 3 a command's "something to report" (`due --exit-code` with work to do, `import` with
unmatched lines). For each command the codes named in the EXIT STATUS section of
man/arcollect-CMD.1 must be exactly the codes of its cases below, and each case must exit with
its code when run in a fresh copy of examples/studio.
Usage: exit_codes.py ARCOLLECT REPO_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = ["--today", "2026-11-23"]
# A case with this reason runs in a copy whose customers/northwind.toml no longer parses: the
# one way to reach "the ledger has errors" that every command shares.
LEDGER_ERRORS = "the ledger has errors"
# And this one with a config.toml that has an unknown key: it stops every command.
CONFIG_ERRORS = "config.toml has errors"

# (command, expected code, argv, why). Each runs with the ledger copy as the working folder,
# so no -C is needed; {examples} is REPO_DIR/examples (the bank statements live there).
CASES = [
    ("arcollect", 0, ["--version"], "version"),
    ("arcollect", 0, ["--help"], "help"),
    ("arcollect", 0, [], "the overview"),
    ("arcollect", 0, ["version"], "version"),
    ("arcollect", 2, ["help", "nosuch"], "help for an unknown command"),
    ("arcollect", 1, ["-C", "nowhere", "aging"], "no ledger in that folder"),
    ("arcollect", 2, ["--bogus-option"], "unknown option"),
    ("arcollect", 2, ["--bogus-option", "check"], "unknown option before the command"),
    ("arcollect", 2, ["nosuchcommand"], "unknown command"),
    ("arcollect", 3, ["due", "--exit-code", *TODAY], "due: work to do"),
    ("arcollect", 3, ["import", "{examples}/import/uk-bank.csv", "--rules", "uk-bank",
                      "--dry-run", *TODAY], "import: unmatched lines"),

    ("init", 0, ["init", "fresh", "--name", "Fresh Ltd", *TODAY], "a new ledger"),
    ("init", 1, ["init", "."], "a ledger exists here already"),
    ("init", 2, ["init", "fresh", "--currency", "xx"], "not an ISO 4217 code"),

    ("check", 0, ["check", "--strict", *TODAY], "the example is clean"),
    ("check", 1, ["check", *TODAY], LEDGER_ERRORS),
    ("check", 1, ["-C", "nowhere", "check"], "no ledger found"),
    ("check", 2, ["check", "--format", "xml"], "bad --format"),

    ("aging", 0, ["aging", *TODAY], "the report"),
    ("aging", 1, ["aging", *TODAY], LEDGER_ERRORS),
    ("aging", 1, ["aging", "--customer", "nobody", *TODAY], "unknown customer"),
    ("aging", 2, ["aging", "--format", "xml", *TODAY], "bad --format"),

    ("due", 0, ["due", *TODAY], "the agenda"),
    ("due", 1, ["due", *TODAY], LEDGER_ERRORS),
    ("due", 1, ["due", "--done", "reminder", "nobody", *TODAY], "--done: unknown customer"),
    ("due", 1, ["due", "--done", "nosuch", "northwind", *TODAY], "--done: unknown step"),
    ("due", 1, ["due", "--explain", "nobody", *TODAY], "--explain: unknown customer"),
    ("due", 2, ["due", "--explain", "northwind", "--format", "csv", *TODAY], "--explain as csv"),
    ("due", 2, ["due", "--format", "eml", *TODAY], "eml without --to"),
    ("due", 3, ["due", "--exit-code", *TODAY], "work to do"),

    ("log", 0, ["log", "northwind", "--note", "called", "--dry-run", *TODAY], "printed"),
    ("log", 1, ["log", "northwind", "--note", "called", *TODAY], LEDGER_ERRORS),
    ("log", 1, ["log", "nobody", "--note", "called", *TODAY], "unknown customer"),
    ("log", 1, ["log", "northwind", "--invoice", "NOPE", "--note", "x", *TODAY], "unknown invoice"),
    ("log", 1, ["log", "northwind", "--step", "nosuch", "--note", "x", *TODAY], "unknown step"),
    ("log", 2, ["log", "northwind", "--promise", "notadate", *TODAY], "bad --promise date"),

    ("interest", 0, ["interest", "northwind", *TODAY], "the charges"),
    ("interest", 1, ["interest", *TODAY], LEDGER_ERRORS),
    ("interest", 1, ["interest", "nobody", *TODAY], "unknown customer"),
    ("interest", 1, ["interest", "INV-2026-999", *TODAY], "unknown invoice"),
    ("interest", 2, ["interest", "--format", "xml", *TODAY], "bad --format"),

    ("rates", 0, ["rates"], "the rates"),
    ("rates", 0, ["rates", "add", "boe", "2026-11-01", "4.00", "--source",
                  "https://example.org/rate", "--dry-run"], "a rate, printed"),
    ("rates", 1, ["rates"], LEDGER_ERRORS),
    # A series is arcollect's own list, not an id of the ledger: a bad value, so 2.
    ("rates", 2, ["rates", "--series", "nope"], "unknown series"),

    ("customer", 0, ["customer", "list", *TODAY], "the list"),
    ("customer", 0, ["customer", "add", "newco", "--name", "New Co", "--dry-run"], "printed"),
    ("customer", 1, ["customer", "list", *TODAY], LEDGER_ERRORS),
    ("customer", 1, ["customer", "add", "northwind", "--name", "Other"], "the id is taken"),
    ("customer", 2, ["customer", "add", "bad id", "--name", "X"], "bad id"),

    ("invoice", 0, ["invoice", "northwind", "100", "--dry-run", *TODAY], "printed"),
    ("invoice", 1, ["invoice", "northwind", "100", *TODAY], LEDGER_ERRORS),
    ("invoice", 1, ["invoice", "nobody", "100", *TODAY], "unknown customer"),
    ("invoice", 1, ["invoice", "northwind", "100", "--id", "INV-2026-001", *TODAY], "number taken"),
    ("invoice", 2, ["invoice", "northwind", "abc", *TODAY], "bad amount"),

    ("pay", 0, ["pay", "northwind", "10", "--dry-run", *TODAY], "printed"),
    ("pay", 1, ["pay", "northwind", "10", *TODAY], LEDGER_ERRORS),
    ("pay", 1, ["pay", "nobody", "10", *TODAY], "unknown customer"),
    ("pay", 1, ["pay", "northwind", "10", "--invoice", "NOPE", *TODAY], "unknown invoice"),
    ("pay", 1, ["pay", "northwind", "10", "--invoice", "INV-2026-001", *TODAY],
     "another customer's invoice"),
    ("pay", 2, ["pay", "northwind", "-5", *TODAY], "amount not positive"),

    ("import", 0, ["import", "{examples}/import/bank.ofx", "--rules", "uk-bank", "--dry-run",
                   *TODAY], "every line matched"),
    ("import", 1, ["import", "{examples}/import/bank.ofx", *TODAY], LEDGER_ERRORS),
    ("import", 1, ["import", "{examples}/import/missing.csv", "--rules", "uk-bank", *TODAY],
     "statement cannot be read"),
    ("import", 1, ["import", "{examples}/import/uk-bank.csv", "--rules", "lloyds", *TODAY],
     "rules file missing"),
    ("import", 2, ["import", "{examples}/import/uk-bank.csv", *TODAY], "CSV without --rules"),
    ("import", 2, ["import", "{examples}/import/uk-bank.csv", "--rules", "Lloyds", *TODAY],
     "no rules name"),
    ("import", 3, ["import", "{examples}/import/uk-bank.csv", "--rules", "uk-bank", "--dry-run",
                   *TODAY], "unmatched lines"),

    ("plan", 0, ["plan", "northwind", "--installments", "3", *TODAY], "a proposal"),
    ("plan", 0, ["plan", "--status", *TODAY], "the plans"),
    ("plan", 1, ["plan", "--status", *TODAY], LEDGER_ERRORS),
    ("plan", 1, ["plan", "bluefin", "--installments", "3", *TODAY], "nothing overdue"),
    ("plan", 1, ["plan", "nobody", "--installments", "3", *TODAY], "unknown customer"),
    ("plan", 1, ["plan", "northwind", "--installments", "3", "--invoice", "NOPE", *TODAY],
     "unknown invoice"),
    ("plan", 1, ["plan", "northwind", "--installments", "3", "--invoice", "INV-2026-001", *TODAY],
     "another customer's invoice"),
    ("plan", 2, ["plan", "northwind", *TODAY], "neither --installments nor --amount"),
    ("plan", 2, ["plan", "copperleaf-2026-10", "--installments", "3", "--format", "eml", *TODAY],
     "a plan id with --installments"),

    ("statement", 0, ["statement", "northwind", *TODAY], "the statement"),
    ("statement", 1, ["statement", "northwind", *TODAY], LEDGER_ERRORS),
    ("statement", 1, ["statement", "nobody", *TODAY], "unknown customer"),
    ("statement", 2, ["statement", "northwind", "--format", "xml", *TODAY], "bad --format"),

    ("remind", 0, ["remind", *TODAY], "the drafts"),
    ("remind", 1, ["remind", *TODAY], LEDGER_ERRORS),
    ("remind", 1, ["remind", "northwind", "--step", "nosuch", *TODAY], "unknown step"),
    ("remind", 2, ["remind", "--format", "eml", *TODAY], "several letters, one message"),
    ("remind", 2, ["remind", "--print-template", "xx/reminder"], "unknown language"),

    ("notice", 0, ["notice", "northwind", *TODAY], "the notice"),
    ("notice", 1, ["notice", "northwind", *TODAY], LEDGER_ERRORS),
    ("notice", 1, ["notice", "nobody", *TODAY], "unknown customer"),
    ("notice", 1, ["notice", "bluefin", *TODAY], "nothing overdue"),
    ("notice", 2, ["notice", "northwind", "--format", "xml", *TODAY], "bad --format"),

    ("kpi", 0, ["kpi", *TODAY], "the figures"),
    ("kpi", 1, ["kpi", *TODAY], LEDGER_ERRORS),
    ("kpi", 1, ["kpi", "--customer", "nobody", *TODAY], "unknown customer"),
    ("kpi", 2, ["kpi", "--chart", *TODAY], "--chart without --by month"),

    ("segment", 0, ["segment", *TODAY], "the segments"),
    ("segment", 1, ["segment", *TODAY], LEDGER_ERRORS),
    ("segment", 2, ["segment", "--segment", "nope", *TODAY], "unknown segment"),

    ("forecast", 0, ["forecast", *TODAY], "the forecast"),
    ("forecast", 1, ["forecast", *TODAY], LEDGER_ERRORS),
    ("forecast", 1, ["forecast", "--customer", "nobody", *TODAY], "unknown customer"),
    ("forecast", 2, ["forecast", "--weeks", "x", *TODAY], "bad --weeks"),

    ("export", 0, ["export", *TODAY], "the journal"),
    ("export", 1, ["export", *TODAY], LEDGER_ERRORS),
    ("export", 2, ["export", "--from", "2026-12-01", "--to", "2026-01-01", *TODAY],
     "--from after --to"),

    ("config", 0, ["config"], "the settings"),
    ("config", 1, ["config"], CONFIG_ERRORS),
    ("config", 2, ["config", "--format", "xml"], "an unknown format"),
]


def commands(binary):
    """The names under "Subcommands:" in --help, so a new command cannot go unchecked. The list
    ends at the first blank line (examples may follow); deeper-indented lines are wrapped
    summaries."""
    out = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    names, listing = [], False
    for line in out.splitlines():
        if line.startswith("Subcommands:"):
            listing = True
        elif listing and not line.strip():
            break
        elif listing and (m := re.match(r"  (\S+)\s", line)):
            names.append(m.group(1))
    return names


def documented_codes(man_page):
    """The codes 0-3 named in the EXIT STATUS section, with mdoc macros and escapes removed
    (so `.Xr arcollect-pay 1` or "18 digits" name no code); None without that section."""
    m = re.search(r"^\.Sh EXIT STATUS\n(.*?)(?=^\.Sh |\Z)", man_page.read_text(), re.M | re.S)
    if not m:
        return None
    words = []
    for line in m.group(1).splitlines():
        if line.startswith('.\\"'):
            continue
        if line.startswith("."):
            line = re.sub(r"\bXr \S+ \d\w*", "", line[1:])
            line = " ".join(w for w in line.split() if not re.fullmatch(r"[A-Z][a-z]{1,2}", w))
        words.append(re.sub(r"\\\(..|\\.", " ", line))
    return {int(c) for c in re.findall(r"(?<![\w.])[0-3](?![\w]|\.\d)", " ".join(words))}


def run_case(binary, repo, argv, why):
    with tempfile.TemporaryDirectory() as tmp:
        ledger, config = Path(tmp, "ledger"), Path(tmp, "config")
        shutil.copytree(repo / "examples/studio", ledger)
        config.mkdir()
        if why == LEDGER_ERRORS:
            with open(ledger / "customers/northwind.toml", "a") as f:
                f.write("oops = \n")
        if why == CONFIG_ERRORS:
            (config / "arcollect").mkdir()
            (config / "arcollect/config.toml").write_text("[output]\nshade = 1\n")
        env = {k: v for k, v in os.environ.items() if k not in ("ARCOLLECT_DIR", "ARCOLLECT_SENDMAIL")}
        env.update(TZ="UTC", XDG_CONFIG_HOME=str(config), NO_COLOR="1")
        args = [a.replace("{examples}", str(repo / "examples")) for a in argv]
        # stdin closed: nothing may wait for a person; the timeout catches one that would.
        return subprocess.run([binary, *args], cwd=ledger, env=env, capture_output=True,
                              text=True, stdin=subprocess.DEVNULL, timeout=120)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.rstrip().splitlines()[-1])
    binary, repo = os.path.abspath(sys.argv[1]), Path(sys.argv[2]).resolve()
    failures = []
    names = commands(binary)
    if not names:
        failures.append(f"{binary} --help lists no subcommands")

    # (a) the table covers exactly what each man page documents.
    tabled = {}
    for command, code, _, _ in CASES:
        tabled.setdefault(command, set()).add(code)
    for command in ["arcollect", *names]:
        page = repo / "man" / ("arcollect.1" if command == "arcollect" else f"arcollect-{command}.1")
        if not page.exists():
            failures.append(f"{command}: no man page {page.name}")
            continue
        documented = documented_codes(page)
        if documented is None:
            if command != "arcollect":
                failures.append(f"{command}: {page.name} has no EXIT STATUS section")
            continue
        have = tabled.get(command, set())
        if documented - have:
            failures.append(f"{command}: {page.name} documents {sorted(documented - have)}, "
                            "which no case here checks")
        if have - documented:
            failures.append(f"{command}: cases here exit {sorted(have - documented)}, "
                            f"which {page.name} does not document")
    for command in tabled.keys() - {"arcollect", *names}:
        failures.append(f"{command}: has cases here but is not in --help")

    # (b) each case exits as the table says.
    for command, code, argv, why in CASES:
        p = run_case(binary, repo, argv, why)
        if p.returncode != code:
            first = (p.stderr.strip().splitlines() or [""])[0]
            failures.append(f"{command}: `arcollect {' '.join(argv)}` ({why}): expected {code}, "
                            f"got {p.returncode}: {first}")

    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        return 1
    print(f"exit codes: {len(CASES)} cases, all match their man pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
