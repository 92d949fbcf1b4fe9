#!/usr/bin/env bash
# The Debian package as a user gets it (issue 16 item 5): apt-get installs the .deb with what
# it depends on; then arcollect runs from PATH, `man arcollect-due` opens its page, the examples
# are in /usr/share/doc/arcollect, the JSON schemas in /usr/share/arcollect/schema, and the
# installed bash completion offers the example ledger's customer ids. The package is removed again at the end. Needs root: .ci/run runs it.
#   deb_install.sh PACKAGE.deb
set -euo pipefail
deb=$(realpath "$1")
apt-get install -y "$deb" >/dev/null
trap 'apt-get remove -y arcollect >/dev/null' EXIT
fail() { echo "FAIL: $*"; exit 1; }

[ "$(command -v arcollect)" = /usr/bin/arcollect ] || fail "arcollect is not /usr/bin/arcollect"
[[ $(arcollect --version) == "arcollect "* ]] || fail "arcollect --version"
# Whole outputs into variables: grep -q would stop reading early, and pipefail would then
# blame man's SIGPIPE.
page=$(MANPAGER=cat MANWIDTH=80 man arcollect-due) || fail "man arcollect-due"
[[ $page == *"ranked collection agenda"* ]] || fail "man arcollect-due shows another page"
man -w arcollect-ledger >/dev/null || fail "man arcollect-ledger (section 5)"
studio=/usr/share/doc/arcollect/examples/studio
[ -x /usr/share/doc/arcollect/examples/cron/arcollect-digest ] || fail "examples/cron"
agenda=$(arcollect -C "$studio" due --today 2026-11-23) || fail "due on the example"
[[ $agenda == *"7 actions"* ]] || fail "due on the example: $agenda"

# Tab after "arcollect -C STUDIO pay nor", with the script bash-completion loads.
source /usr/share/bash-completion/completions/arcollect
COMP_WORDS=(arcollect -C "$studio" pay nor)
COMP_CWORD=4
_arcollect
[[ " ${COMPREPLY[*]} " == *" northwind "* ]] || fail "completion offers: ${COMPREPLY[*]}"
[ -f /usr/share/zsh/vendor-completions/_arcollect ] || fail "zsh completion"
[ -f /usr/share/fish/vendor_completions.d/arcollect.fish ] || fail "fish completion"
# The JSON contract's schemas, and the installed program's document against its own.
schemas=/usr/share/arcollect/schema
[ -f $schemas/defs.schema.json ] && [ -f $schemas/aging.schema.json ] || fail "schemas"
man -w arcollect-json >/dev/null || fail "man arcollect-json"
arcollect -C "$studio" aging --today 2026-11-23 --format json | /usr/bin/python3 -c '
import json, pathlib, sys
from jsonschema import Draft202012Validator, RefResolver
d = pathlib.Path(sys.argv[1])
store = {s["$id"]: s for s in (json.loads(p.read_text()) for p in d.glob("*.json"))}
schema = json.loads((d / "aging.schema.json").read_text())
Draft202012Validator(schema, resolver=RefResolver.from_schema(schema, store=store)).validate(
    json.load(sys.stdin))' $schemas || fail "aging against the installed schema"
echo "deb install: $(basename "$deb") installs, runs, has its manual and schemas, and completes ids"
