#!/usr/bin/env python3
"""Printing with Chromium (issue 15). `arcollect statement copperleaf --format pdf` on the
example studio must be a 2-page A4 PDF whose text holds every line of the text statement, in
order, with "Page N of 2" on each page and the customer's address inside the window of a DL
envelope (DIN 5008 form B: 20-105 mm from the left, 45-90 mm from the top). A notice prints the
text notice's words in order; a German letter says "Seite 1 von 1"; --out writes a PDF per
letter. Page 1 of the statement and of the notice are rendered to PNG in OUT_DIR (pdftoppm) for
a person to look at.

Usage: print_pdf.py ARCOLLECT EXAMPLES_DIR OUT_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MM = 72 / 25.4  # PDF points per millimetre
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    failures += 0 if ok else 1


def run(binary, *args, ledger, binary_output=False):
    # No user config (a pdf_command of the developer's own) and a TMPDIR of the test's own.
    out = subprocess.run([binary, "-C", ledger, *args], capture_output=True,
                         env={**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC",
                              "XDG_CONFIG_HOME": os.path.join(ledger, "..", "config"),
                              "TMPDIR": os.path.join(ledger, "..", "tmp")})
    if out.returncode != 0:
        raise SystemExit(f"FAIL: arcollect {' '.join(args)} exited {out.returncode}: "
                         f"{out.stderr.decode()}")
    return out.stdout if binary_output else out.stdout.decode()


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pages(pdf):
    return int(re.search(r"^Pages:\s+(\d+)", tool("pdfinfo", pdf), re.M).group(1))


def in_order(needles, haystack):
    """The first of `needles` that is missing from `haystack` in order, or None."""
    at = 0
    for word in needles:
        try:
            at = haystack.index(word, at) + 1
        except ValueError:
            return word
    return None


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if old not in source:
        raise SystemExit(f"FAIL: {path} no longer holds {old!r}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source.replace(old, new))


def words_of(text):
    # A text table's rule (a line of dashes) has no counterpart on the page, which draws a line.
    return [w for line in text.splitlines() if not re.fullmatch(r"-+", line.strip())
            for w in line.split()]


def window_words(pdf):
    """Words on page 1 inside DIN 5008 form B's address field, as (word, xMin, yMin)."""
    xhtml = tool("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-")
    found = []
    for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            xhtml):
        if 20 * MM <= float(x0) and float(x1) <= 105 * MM and 45 * MM <= float(y0) and \
                float(y1) <= 90 * MM:
            found.append(word)
    return found


def main():
    binary, examples, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp()
    try:
        ledger = os.path.join(work, "studio")
        shutil.copytree(os.path.join(examples, "studio"), ledger)
        os.makedirs(os.path.join(work, "tmp"))
        today = ["--today", "2026-11-23"]

        # The statement.
        pdf = os.path.join(work, "statement.pdf")
        with open(pdf, "wb") as f:
            f.write(run(binary, "statement", "copperleaf", *today, "--format", "pdf",
                        ledger=ledger, binary_output=True))
        check(pages(pdf) == 2, "the statement prints on 2 pages")
        check("594.96 x 841.92 pts (A4)" in tool("pdfinfo", pdf), "on A4")
        printed = tool("pdftotext", "-raw", pdf, "-")
        text = run(binary, "statement", "copperleaf", *today, ledger=ledger)
        check("Page 1 of 2" in printed and "Page 2 of 2" in printed, "each page is numbered")
        # Less its head (letterhead, window and date, which a PDF holds after the flow) and its
        # page numbers, the page says what the text says, word for word, and nothing else.
        head = {"Harper & Vale Studio Ltd", "12 Mill Lane", "Leeds LS1 4AB",
                "accounts@harpervale.example", "+44 113 496 0718",
                "Harper & Vale Studio Ltd · 12 Mill Lane · Leeds LS1 4AB",
                "Copperleaf Cafés Ltd", "22 Market Street", "York YO1 8SS", "23 November 2026"}
        rest = [line for line in printed.splitlines()
                if line not in head and not re.fullmatch(r"Page \d+ of \d+", line)]
        check(" ".join(rest).split() == words_of(text),
              "the printed statement's text is the text statement's, word for word")
        window = window_words(pdf)
        check(in_order("Copperleaf Cafés Ltd 22 Market Street York YO1 8SS".split(),
                       window) is None,
              f"the customer's address is in the envelope's window (there: {window})")
        check("Mill" in window, "with the return address above it")
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", pdf,
                        os.path.join(out_dir, "statement")], check=True)

        # A notice: the text letter's words from its subject on, in order, on one page, to a
        # recipient of six lines, as many as the window shows.
        edit(os.path.join(ledger, "customers", "greystone.toml"),
             'address = ["9 Park Square", "Leeds LS1 2NE"]',
             'address = ["Floor 3", "9 Park Square", "Leeds", "LS1 2NE"]')
        pdf = os.path.join(work, "notice.pdf")
        with open(pdf, "wb") as f:
            f.write(run(binary, "notice", "greystone", *today, "--format", "pdf",
                        ledger=ledger, binary_output=True))
        letter = run(binary, "notice", "greystone", *today, ledger=ledger)
        body = letter[letter.index("Notice of intended legal action"):]
        printed = tool("pdftotext", "-raw", pdf, "-")
        missing = in_order(words_of(body), printed.split())
        check(missing is None, f"the notice prints the text notice's words in order "
                               f"(first missing: {missing!r})")
        check(pages(pdf) == 1 and "Page 1 of 1" in printed, "on one numbered page")
        window = window_words(pdf)
        check(in_order("Robert Greystone Greystone Legal LLP Floor 3 9 Park Square Leeds LS1 2NE"
                       .split(), window) is None, f"six lines in the window (there: {window})")
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", pdf,
                        os.path.join(out_dir, "notice")], check=True)

        # German, and one PDF per letter with --out.
        edit(os.path.join(ledger, "customers", "kestrel.toml"), 'name = "Kestrel Outdoor GmbH"\n',
             'name = "Kestrel Outdoor GmbH"\nlanguage = "de"\n')
        out = os.path.join(work, "letters")
        run(binary, "remind", *today, "--format", "pdf", "--out", out, ledger=ledger)
        names = sorted(os.listdir(out))
        check(names == ["2026-11-23-greystone-firm.pdf", "2026-11-23-kestrel-firm.pdf"],
              f"--out writes one PDF per letter ({names})")
        german = tool("pdftotext", "-raw", os.path.join(out, names[1]), "-")
        check("Seite 1 von 1" in german and "5.100,00 €" in german,
              "a German letter prints German page numbers and amounts")
        left = os.listdir(os.path.join(work, "tmp"))
        check(left == [], f"printing leaves nothing behind ({left})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{failures} failure(s); pages in {out_dir}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
