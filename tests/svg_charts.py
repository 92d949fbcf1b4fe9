#!/usr/bin/env python3
"""The three charts as SVG (issue 15): aging, forecast and kpi --by month --format svg on the
example studio. Each must parse as XML with an <svg> root; its bars must match the figures the
text report gives (one rectangle per non-zero part, each customer's bar labelled, the largest
first), and nothing in it may be a script. Each is rendered to PNG with
rsvg-convert into OUT_DIR, for a person to look at.

Usage: svg_charts.py ARCOLLECT EXAMPLES_DIR OUT_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    failures += 0 if ok else 1


def run(binary, *args, ledger):
    out = subprocess.run([binary, "-C", ledger, *args], capture_output=True, text=True,
                         env={**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC"})
    if out.returncode != 0:
        raise SystemExit(f"FAIL: arcollect {' '.join(args)} exited {out.returncode}: {out.stderr}")
    return out.stdout


def main():
    binary, examples, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp()
    try:
        ledger = os.path.join(work, "studio")
        shutil.copytree(os.path.join(examples, "studio"), ledger)
        charts = {
            "aging": run(binary, "aging", "--today", "2026-11-22", "--format", "svg",
                         ledger=ledger),
            "forecast": run(binary, "forecast", "--today", "2026-11-22", "--format", "svg",
                            ledger=ledger),
            "kpi": run(binary, "kpi", "--today", "2026-11-22", "--by", "month", "--format",
                       "svg", ledger=ledger),
        }
        roots = {}
        for name, text in charts.items():
            try:
                roots[name] = ET.fromstring(text)
            except ET.ParseError as e:
                check(False, f"{name}: not XML: {e}")
                continue
            check(roots[name].tag == NS + "svg", f"{name}: the root is <svg>")
            check("<script" not in text, f"{name}: no script")
        aging = roots.get("aging")
        if aging is not None:
            labels = [t.text for t in aging.iter(NS + "text")]
            order = [l for l in labels if l in {"northwind", "greystone", "elmstead", "dunmore",
                                                 "bluefin", "copperleaf", "fairwind", "kestrel"}]
            check(order == ["northwind", "greystone", "elmstead", "dunmore", "bluefin",
                            "copperleaf", "fairwind", "kestrel"],
                  f"aging: one bar per customer, largest first per currency: {order}")
            # northwind owes in four buckets (current, 1-30, 31-60, 61-90): four rectangles.
            parts = [r for r in aging.iter(NS + "rect")
                     if (r.findtext(NS + "title") or "").endswith(": northwind")]
            check(len(parts) == 4, f"aging: northwind's bar has 4 parts ({len(parts)})")
            check("11,230.00" in labels, "aging: northwind's total is written beside its bar")
        forecast = roots.get("forecast")
        if forecast is not None:
            texts = [t.text for t in forecast.iter(NS + "text")]
            check("7,560.00 (3,500.00 to 9,310.00)" in texts,
                  "forecast: week 1 shows expected within its low-high range")
        kpi = roots.get("kpi")
        if kpi is not None:
            lines = list(kpi.iter(NS + "polyline"))
            check(len(lines) >= 3, f"kpi: DSO, countback DSO and CEI are drawn ({len(lines)} lines)")
        # (Escaping of ledger text is unit-tested in test_render_chart.cpp.)
        for name, text in charts.items():
            path = os.path.join(out_dir, f"{name}.svg")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            png = os.path.join(out_dir, f"{name}.png")
            result = subprocess.run(["rsvg-convert", "-o", png, path], capture_output=True,
                                    text=True)
            check(result.returncode == 0 and os.path.getsize(png) > 1000,
                  f"{name}: rendered to {png}")
    finally:
        shutil.rmtree(work)
    print(f"svg_charts: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
