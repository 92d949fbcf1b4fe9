#!/usr/bin/env bash
# The Debian package as a user gets it (issue 16 item 5): apt-get installs the .deb with what
# it depends on; then arcollect runs from PATH, `man arcollect-due` opens its page, the examples
# are in /usr/share/doc/arcollect, and the installed bash completion offers the example ledger's
# customer ids. The package is removed again at the end. Needs root: .ci/run runs it.
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
echo "deb install: $(basename "$deb") installs, runs, has its manual and completes ids"
