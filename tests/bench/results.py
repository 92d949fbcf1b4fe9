"""What tests/bench/run measures, and RESULTS.md from its measurements: the issue's targets (issue
17 item 3), each met or not, then every case's median, range, peak memory and ratios."""
import collections
import os
import platform
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TODAY = "2026-12-01"
REPORTS = ["check", "aging", "due", "kpi", "forecast"]
LAYOUTS = ["invoice", "customer", "month"]
# The reports the peers' `bal assets:receivable` does comparable work to, and the issue's targets
# name: the peers' ratio columns are filled on these rows only.
COMPARABLE = ["aging", "due", "kpi"]
PEERS = ["ledger", "hledger"]
# The floor's buckets and arcollect's for [aging] buckets = [30, 60, 90]: days past due, from-to.
BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"]
RANGES = [[None, 0], [1, 30], [31, 60], [61, 90], [91, None]]
SINGLE = {"invoices": (200_000, "one customer with {:,} invoices"),
          "contacts": (100_000, "one customer with {:,} contact-log entries"),
          "plan": (10_000, "one plan of {:,} installments")}
Timing = collections.namedtuple("Timing", "median low high rss")


def out(*args):
    return subprocess.run(args, text=True, capture_output=True, check=True).stdout


def machine():
    cpu = re.search(r"Model name:\s*(.*)", out("lscpu"))
    mem = re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text())
    osr = re.search(r'PRETTY_NAME="([^"]*)"', Path("/etc/os-release").read_text())
    versions = [out(tool, "--version").splitlines()[0] for tool in ("ledger", "hledger", "hyperfine")]
    return (f"{cpu.group(1) if cpu else platform.processor()}, {os.cpu_count()} cores, "
            f"{int(mem.group(1)) // 1024 // 1024} GiB, {osr.group(1) if osr else ''}, "
            f"Linux {platform.release()}; " + "; ".join(versions))


def source(opts):
    """Which arcollect was timed, and from which commit."""
    git = lambda *a: subprocess.run(["git", "-C", str(ROOT), *a], text=True, capture_output=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = " with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
    built = (f"the binary given, `{opts.arcollect}`"
             if opts.arcollect and not getattr(opts, "built_here", False)
             else "a Release build of the work tree")
    built += f" (the work tree is at commit {commit}{dirty})"
    floor = f"the binary given, `{opts.floor}`" if opts.floor else "built in Release from tests/bench/floor"
    return f"arcollect: {built}. The floor: {floor}."


def verdict(ok):
    return "met" if ok else "**not met**"


def listed(values, unit="×", digits=2):
    return ", ".join(f"{name} {value:.{digits}f}{unit}" for name, value in values.items())


def targets(sections, ones, opts):
    """The issue's targets (item 3) as rows: what, measured, met or not."""
    rows, by_n = [], {s["n"]: s for s in sections}
    not_run = "not measured (size not run)"

    def to_floor(s, layout, reports=COMPARABLE):
        t = s["timed"]
        return {r: t[f"{r} {layout}"].median / t[f"floor {layout}"].median for r in reports}

    for n in (100_000, 1_000_000):
        for layout in ("customer", "month"):
            what = f"aging, due, kpi within 1.3× the floor: {n:,} invoices, {layout} layout"
            if n not in by_n:
                rows.append((what, "", not_run))
                continue
            ratios = to_floor(by_n[n], layout)
            rows.append((what, listed(ratios), verdict(max(ratios.values()) <= 1.3)))
    for peer, goals in (("ledger", (5, 15)), ("hledger", (20, 40))):
        for n, goal in zip((100_000, 1_000_000), goals):
            what = f"≥ {goal}× faster than {peer}: aging, due, kpi at {n:,} (customer and month layouts)"
            s = by_n.get(n)
            if not s or peer not in s["timed"]:
                rows.append((what, "", not_run if not s else "not measured (above --peers-up-to)"))
                continue
            t = s["timed"]
            ratios = {f"{r} {lay}": t[peer].median / t[f"{r} {lay}"].median
                      for lay in ("customer", "month") for r in COMPARABLE}
            least = min(ratios, key=ratios.get)
            rows.append((what, f"least {ratios[least]:.1f}× ({least}), most {max(ratios.values()):.1f}×",
                         verdict(ratios[least] >= goal)))
    what = "init (invoice) layout at 10,000 invoices: aging, due, kpi under 0.15 s"
    if 10_000 in by_n:
        secs = {r: by_n[10_000]["timed"][f"{r} invoice"].median for r in COMPARABLE}
        rows.append((what, listed(secs, " s", 3), verdict(max(secs.values()) < 0.15)))
    else:
        rows.append((what, "", not_run))
    what = "init (invoice) layout at 100,000 invoices: aging, due, kpi within 1.3× its floor"
    if 100_000 in by_n:
        ratios = to_floor(by_n[100_000], "invoice")
        rows.append((what, listed(ratios), verdict(max(ratios.values()) <= 1.3)))
    else:
        rows.append((what, "", not_run))
    # Memory where the books outweigh the program's own few MB: 100,000 invoices and more, and the
    # one-customer books of invoices and of contacts (the plan's are well under a megabyte).
    for n in (100_000, 1_000_000):
        what = f"peak memory under 3× the size on disk: {n:,} invoices, every report and layout"
        if n not in by_n:
            rows.append((what, "", not_run))
            continue
        s = by_n[n]
        worst = max((s["timed"][f"{r} {lay}"].rss / s["disk"][lay], f"{r} {lay}") for lay in LAYOUTS for r in REPORTS)
        rows.append((what, f"most {worst[0]:.2f}× ({worst[1]})", verdict(worst[0] < 3)))
    for case in ("invoices", "contacts"):
        full, shape = SINGLE[case]
        what = f"peak memory under 3× the size on disk: {shape.format(full)}, every report"
        o = next((o for o in ones if o["case"] == case), None)
        if not o:
            rows.append((what, "", "not measured (case not run)"))
            continue
        worst = max((o["timed"][f"{r} K"].rss / o["disk"]["K"], r) for r in REPORTS)
        ok = verdict(worst[0] < 3)
        rows.append((what, f"most {worst[0]:.2f}× ({worst[1]})" + ("" if o["k"] == full else f" (K = {o['k']:,})"),
                     ok if o["k"] == full else f"not measured at K = {full:,} (at {o['k']:,}: {ok})"))
    for layout in LAYOUTS:
        what = f"linear in N, 1,000,000 ≤ 11× 100,000: every report, {layout} layout"
        if 100_000 in by_n and 1_000_000 in by_n:
            big, small = by_n[1_000_000]["timed"], by_n[100_000]["timed"]
            ratios = {r: big[f"{r} {layout}"].median / small[f"{r} {layout}"].median for r in REPORTS}
            rows.append((what, listed(ratios, digits=1), verdict(max(ratios.values()) <= 11)))
        else:
            rows.append((what, "", not_run))
    for case, (full, shape) in SINGLE.items():
        what = f"linear for {shape.format(full)}: K ≤ 11× K/10, every report"
        o = next((o for o in ones if o["case"] == case), None)
        if not o:
            rows.append((what, "", "not measured (case not run)"))
            continue
        ratios = {r: o["timed"][f"{r} K"].median / o["timed"][f"{r} K/10"].median for r in REPORTS}
        ok = verdict(max(ratios.values()) <= 11)
        rows.append((what, listed(ratios, digits=1) + ("" if o["k"] == full else f" (K = {o['k']:,})"),
                     ok if o["k"] == full else f"not measured at K = {full:,} (at {o['k']:,}: {ok})"))
    return rows


def load_text(load):
    return ("load average (1, 5, 15 min) before " + " ".join(f"{x:.2f}" for x in load[0]) +
            ", after " + " ".join(f"{x:.2f}" for x in load[1]))


def commands(cases):
    return ["<details><summary>Commands</summary>", "", "```"] + \
        [f"{name}: {shlex.join(command)}" for name, command in cases] + ["```", "", "</details>", ""]


def build_lines(builds):
    times, load = builds
    return ["## Clean build (issue 17, item 5)", "",
            f"A clean Release build of the `arcollect` program on {os.cpu_count()} cores (`cmake --build "
            f"--target arcollect -j {os.cpu_count()}`, configuring excluded); {load_text(load)}. The "
            "target is under 3 minutes.", "", "| source | seconds | under 3 min |", "|---|---|---|"] + \
           [f"| {label} | {seconds:.0f} | {verdict(seconds < 180)} |" for label, seconds in times.items()] + [""]


def write_results(path, sections, ones, opts, builds=None):
    lines = ["# Benchmark results", "",
             "Written by `tests/bench/run` (issue 17); every figure below comes from one run of it.",
             "", f"Machine: {machine()}.", "", source(opts), "",
             f"Command: `{shlex.join(['tests/bench/run'] + sys.argv[1:])}`; books from "
             f"`tests/bench/generate.py` and `tests/bench/generate_single.py`, every command with "
             f"`--today {TODAY}` and `--format json`.", "",
             "## Targets (issue 17, item 3)", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {what} | {measured} | {status} |" for what, measured, status in targets(sections, ones, opts)]
    lines.append("")
    if builds:
        lines += build_lines(builds)
    for s in sections:
        n, timed = s["n"], s["timed"]
        sizes = ", ".join(f"{layout} layout {s['disk'][layout]:.0f} MB" for layout in LAYOUTS)
        warned = ", ".join(f"{w} in the {lay} layout" for lay, w in s["warnings"].items() if w) or "none"
        lines += [f"## {n:,} invoices", "", f"On disk: {sizes}. `check`: no errors; warnings: {warned}.", "",
                  f"Every reader finds {s['total'] / 100:,.2f} GBP owed; the floor and `arcollect aging` "
                  f"in every layout the same buckets: " +
                  ", ".join(f"{b} {v / 100:,.2f}" for b, v in zip(BUCKETS, s["buckets"])) + ".", "",
                  f"Timed with {opts.runs} runs after one warm-up; {load_text(s['load'])}.", "",
                  "| case | layout | median s | range s | peak MB | ÷ floor | ledger ÷ this | hledger ÷ this |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, t in timed.items():
            what, _, layout = name.partition(" ")
            floor = timed[f"floor {layout}"].median if layout and what != "floor" else None
            ratio = f"{t.median / floor:.2f}" if floor else ""
            peers = [f"{timed[p].median / t.median:.1f}" if p in timed and what in COMPARABLE else ""
                     for p in PEERS]
            lines.append(f"| {what} | {layout or 'journal'} | {t.median:.3f} | {t.low:.3f}–{t.high:.3f} | "
                         f"{t.rss:.0f} | {ratio} | {peers[0]} | {peers[1]} |")
        lines += [""] + commands(s["cases"])
    if ones:
        lines += ["## One customer: linear in the account's size", "",
                  "The books of one customer (`tests/bench/generate_single.py`, month layout), at K/10 "
                  f"and K, timed with {opts.single_runs} runs after one warm-up.", ""]
    for o in ones:
        k, timed = o["k"], o["timed"]
        warned = ", ".join(f"{w} at {label}" for label, w in o["warnings"].items() if w) or "none"
        lines += [f"### {SINGLE[o['case']][1].format(k)}", "",
                  f"On disk: {o['disk']['K/10']:.1f} MB at K/10 = {k // 10:,}, {o['disk']['K']:.1f} MB at K. "
                  f"`check`: no errors; warnings: {warned}. {load_text(o['load']).capitalize()}.", "",
                  "| case | K/10 median s | K median s | K range s | K ÷ K/10 | peak MB at K | ÷ floor at K |",
                  "|---|---|---|---|---|---|---|"]
        for what in ["floor"] + REPORTS:
            small, big = timed[f"{what} K/10"], timed[f"{what} K"]
            floor = "" if what == "floor" else f"{big.median / timed['floor K'].median:.2f}"
            lines.append(f"| {what} | {small.median:.3f} | {big.median:.3f} | {big.low:.3f}–{big.high:.3f} | "
                         f"{big.median / small.median:.1f} | {big.rss:.0f} | {floor} |")
        lines += [""] + commands(o["cases"])
    path.write_text("\n".join(lines))
    print(f"wrote {path}", file=sys.stderr)


