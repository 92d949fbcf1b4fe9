#!/usr/bin/python3
"""Every --format json document against its JSON Schema (schema/*.schema.json, arcollect-json(5)).

Usage: json_schemas.py BINARY REPO

Checks the schemas themselves; the documents in the golden cases' expected.stdout whose cmd
asks for json; the live output of each report kind on examples/studio at a few dates
(writing commands in a scratch copy); that every schema checked at least one document; and that
a broken document is rejected. Needs Debian's python3-jsonschema (4.10: RefResolver).
"""
import atexit
import collections
import copy
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator, RefResolver

BASE = "https://arcollect.invalid/schema/1/"
DATES = ["2026-01-15", "2026-06-30", "2026-11-22", "2026-12-07"]
# Kinds whose schema is still to be written (none now): while a kind's file is absent its
# documents are skipped, and such a schema that nothing validates is not a failure. A new kind
# goes here only until its schema lands, in the same series of commits.
SCHEMAS_TO_COME = set()

binary = os.path.abspath(sys.argv[1])
repo = pathlib.Path(sys.argv[2]).resolve()
failures = []
validated = collections.Counter()
skipped = collections.Counter()


def fail(where, path, message):
    failures.append(where)
    print(f"FAIL {where}: {path}: {message}")


def schema_file(command):
    """'due --holds' -> 'due-holds.schema.json'"""
    return command.replace(" --", "-").replace(" ", "-") + ".schema.json"


# a. The schemas themselves, each stored under its $id for the others' relative $refs.
schemas = {}
for path in sorted((repo / "schema").glob("*.schema.json")):
    try:
        schema = json.loads(path.read_text())
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # a JSON error or a SchemaError
        fail(path.name, "$", str(e).splitlines()[0])
        continue
    if schema.get("$id") != BASE + path.name:
        fail(path.name, "$.$id", f"should be {BASE + path.name}")
    schemas[path.name] = schema
store = {s["$id"]: s for s in schemas.values()}
validators = {name: Draft202012Validator(s, resolver=RefResolver.from_schema(s, store=store))
              for name, s in schemas.items() if name != "defs.schema.json"}
declared = {}  # the top-level keys a kind's schema declares, its allOf's included
for name, validator in validators.items():
    parts = [schemas[name]] + [validator.resolver.resolve(sub["$ref"])[1]
                               for sub in schemas[name].get("allOf", []) if "$ref" in sub]
    declared[name] = {key for part in parts for key in part.get("properties", {})}


def money_order(value, path="$"):
    """Money objects' keys in the contract's order: [(path, keys)] of those that are not."""
    out = []
    if isinstance(value, dict):
        if set(value) == {"amount", "currency"} and list(value) != ["amount", "currency"]:
            out.append((path, list(value)))
        for key, item in value.items():
            out += money_order(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += money_order(item, f"{path}[{i}]")
    return out


def validate(where, doc):
    if not isinstance(doc, dict) or doc.get("schema") != "arcollect/1":
        fail(where, "$", 'no "schema": "arcollect/1" (an old shape?)')
        return
    if list(doc)[:3] != ["schema", "command", "as_of"]:
        fail(where, "$", f"the first keys are {list(doc)[:3]}, not schema, command, as_of")
    name = schema_file(str(doc.get("command")))
    if name not in validators:
        if name.removesuffix(".schema.json") in SCHEMAS_TO_COME:
            skipped[name] += 1
        else:
            fail(where, "$.command", f"no schema {name} for {doc.get('command')!r}")
        return
    validated[name] += 1
    for error in sorted(validators[name].iter_errors(doc), key=lambda e: e.json_path):
        if error.validator == "unevaluatedProperties":
            # jsonschema 4.10 also counts a key whose value failed as unevaluated: name only
            # the keys no schema declares.
            unknown = [key for key in doc if key not in declared[name]]
            if not unknown:
                continue
            error.message = f"keys no schema declares: {', '.join(unknown)}"
        fail(where, error.json_path, error.message[:300])
    for path, keys in money_order(doc):
        fail(where, path, f"money object keys in the order {keys}")


def documents(text):
    """The JSON documents in a golden's stdout: each starts with a line that is exactly '{'."""
    decoder, docs, offset = json.JSONDecoder(), [], 0
    for line in text.splitlines(keepends=True):
        if line.rstrip("\n") == "{":
            try:
                docs.append(decoder.raw_decode(text, offset)[0])
            except json.JSONDecodeError as e:
                docs.append(e)
        offset += len(line)
    return docs


# b. The golden cases that ask for --format json (or loop over formats, json among them).
for case in sorted((repo / "tests" / "cli").iterdir()):
    cmd, expected = case / "cmd", case / "expected.stdout"
    if not cmd.is_file() or "json" not in cmd.read_text() or not expected.is_file():
        continue
    for n, doc in enumerate(documents(expected.read_text()), 1):
        where = f"golden {case.name} #{n}"
        if isinstance(doc, json.JSONDecodeError):
            fail(where, "$", f"not JSON: {doc}")
        else:
            validate(where, doc)

# c. The live output on examples/studio.
scratch = pathlib.Path(tempfile.mkdtemp(prefix="json-schemas-"))
atexit.register(shutil.rmtree, scratch, True)
env = {k: v for k, v in os.environ.items()
       if k not in ("ARCOLLECT_DIR", "ARCOLLECT_SENDMAIL", "ARCOLLECT_PAGER")}
env.update(TZ="UTC", LC_ALL="C.UTF-8", XDG_CONFIG_HOME=str(scratch / "config"), PAGER="cat")
(scratch / "config").mkdir()
studio = repo / "examples" / "studio"
last = {}  # command -> the last document of that kind


def run(ledger, today, *args, codes=(0, 3)):
    """Runs arcollect on `ledger` (an absolute path, so that a path not made relative to the
    ledger shows) and validates its document; returns it, or None."""
    words = [binary, "-C", str(ledger), "--today", today, *args]
    where = "arcollect " + " ".join(words[3:])
    try:
        result = subprocess.run(words, capture_output=True, text=True, env=env, cwd=scratch)
    except OSError as e:
        fail(where, "$", str(e))
        return None
    if result.returncode not in codes:
        fail(where, "$", f"exit {result.returncode}: {result.stderr.strip()[:300]}")
        return None
    try:
        doc = json.loads(result.stdout)
    except json.JSONDecodeError as e:
        fail(where, "$", f"not one JSON document: {e}")
        return None
    validate(where, doc)
    last[doc.get("command")] = doc
    return doc


J = ("--format", "json")
for today in DATES:
    for args in (["aging"], ["aging", "--by", "invoice"], ["aging", "--basis", "issued"],
                 ["due", "--upcoming", "14"], ["due"], ["due", "--holds"], ["plan", "--status"],
                 ["interest"], ["kpi"], ["kpi", "--by", "month"], ["forecast"],
                 ["forecast", "--by", "invoice"], ["segment"], ["export"]):
        run(studio, today, *args, *J)
    listed = run(studio, today, "customer", "list", *J)
    for customer in [c["customer"] for c in (listed or {}).get("customers", [])]:
        run(studio, today, "statement", customer, *J)
        run(studio, today, "due", "--explain", customer, *J)
        run(studio, today, "kpi", "--customer", customer, *J)
today = DATES[-1]
run(studio, today, "rates", "--series", "all", *J)
run(studio, today, "config", *J)
run(studio, today, "check", *J)
# Commands that write: a dry run, and then for real, in a copy of the example.
run(studio, today, "customer", "add", "newco", "--name", "New Co", "--dry-run", *J)
run(studio, today, "plan", "northwind", "--installments", "4", *J)  # without --write: no file
ledger = scratch / "studio"
shutil.copytree(studio, ledger)
statements = repo / "examples" / "import"
for extra in (["--dry-run"], []):
    run(ledger, today, "customer", "add", "acme", "--name", "Acme Widgets Ltd", "--terms-days",
        "14", "--credit-limit", "5000", "--email", "ap@acme.example", "--address", "2 Mill Road",
        "--contact", "Jo Bloggs <jo@acme.example>", "--role", "ap", *extra, *J)
    run(ledger, today, "invoice", "northwind", "1200", "--po", "PO-9", *extra, *J)
    run(ledger, today, "rates", "add", "boe", "2027-02-04", "3.25", "--source",
        "https://example.org/feb", *extra, *J)
    run(ledger, today, "import", str(statements / "uk-bank.csv"), "--rules", "uk-bank", *extra,
        *J)
run(ledger, today, "import", str(statements / "de-bank.csv"), "--rules", "de-bank", *J)
run(ledger, today, "import", str(statements / "bank.ofx"), *J)
run(ledger, today, "notice", "greystone", *J)
run(ledger, today, "plan", "greystone", "--installments", "3", "--charges", "add", "--write", *J)
for extra in (["--dry-run"], []):
    run(ledger, today, "pay", "northwind", "100", "--ref", "NW 1", *extra, *J)
    run(ledger, today, "log", "northwind", "--promise", "2026-12-20:500", *extra, *J)
agenda = run(ledger, today, "due", *J) or {}
for action in agenda.get("actions", []):
    if action["record"][1:3] == ["due", "--done"]:
        run(ledger, today, *action["record"][1:], *J)
        break
else:
    fail("arcollect due", "$.actions", "no step to mark done")
run(ledger, today, "remind", "--record", *J)
run(scratch / "fresh", today, "init", "--name", "Fresh Ltd", *J)
run(ledger, today, "check", *J)
# An early-payment discount on the invoice; a ledger with problems for check to list.
settings = ledger / "arcollect.toml"
settings.write_text(settings.read_text().replace(
    "terms_days = 30\n", "terms_days = 30\nearly_discount = { percent = 2, days = 10 }\n", 1))
discounted = run(ledger, today, "invoice", "bluefin", "1000", "--dry-run", *J)
if discounted and discounted.get("early_discount") is None:
    fail("arcollect invoice bluefin 1000", "$.early_discount", "no discount offered")
(ledger / "customers" / "bad.toml").write_text('[[customer]]\nid = "bad"\nnmae = "Typo"\n')
run(ledger, today, "check", *J, codes=(1,))

# d. Every schema checked something: one that nothing checks is untested.
for name in sorted(validators):
    if not validated[name] and name.removesuffix(".schema.json") not in SCHEMAS_TO_COME:
        fail(name, "$", "no document was validated against this schema")

# e. It can fail: an aging document without "schema", and one with a money number.
aging = last.get("aging")
if aging is None or not aging["currencies"] or not validators["aging.schema.json"].is_valid(aging):
    fail("self-test", "$", "no valid aging document with amounts to break")
else:
    unmarked = copy.deepcopy(aging)
    del unmarked["schema"]
    numbered = copy.deepcopy(aging)
    total = numbered["currencies"][0]["totals"]
    total["total"] = float(total["total"])
    for label, broken in (('without "schema"', unmarked), ("with a money number", numbered)):
        if validators["aging.schema.json"].is_valid(broken):
            fail("self-test", "$", f"an aging document {label} was accepted")

# f. The summary.
kinds = ", ".join(f"{name.removesuffix('.schema.json')} {n}"
                  for name, n in sorted(validated.items()))
print(f"{sum(validated.values())} documents validated against {len(schemas)} schemas ({kinds})")
if skipped:
    print(f"{sum(skipped.values())} documents skipped, their schemas still to come: "
          + ", ".join(f"{name} {n}" for name, n in sorted(skipped.items())))
print(f"{len(failures)} failure{'s' if len(failures) != 1 else ''}"
      + (f" in {len(set(failures))} documents or files" if failures else ""))
sys.exit(1 if failures else 0)
