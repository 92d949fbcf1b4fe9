#!/usr/bin/env bash
# Shell completion as bash runs it: the script `arcollect completion bash` prints is sourced,
# `complete -p` shows it registered, and _arcollect is called with COMP_WORDS and COMP_CWORD
# set as bash sets them on Tab. It must offer the commands, a command's options, the ledger's
# customer ids (from -C, ARCOLLECT_DIR or the folder), a customer's invoices, ladder steps,
# --format's choices and paths where a file is wanted. zsh and fish check their script's syntax
# where installed.
#   completion.sh ARCOLLECT EXAMPLES_DIR
set -u
bin=$1 examples=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" && ln -s "$bin" "$work/bin/arcollect"
export PATH="$work/bin:$PATH"
unset ARCOLLECT_DIR
failures=0

source <(arcollect completion bash)
if ! complete -p arcollect | grep -q -- '-F _arcollect'; then
  echo "FAIL: complete -p arcollect: $(complete -p arcollect 2>&1)"
  failures=$((failures + 1))
fi

# offers "WORD..." TYPED: Tab after TYPED (words; the last one is being completed).
offers() {
  local want=$1
  shift
  COMP_WORDS=(arcollect "$@")
  COMP_CWORD=$#
  COMPREPLY=()
  _arcollect
  local got=" ${COMPREPLY[*]} " word
  for word in $want; do
    if [[ $got != *" $word "* ]]; then
      echo "FAIL: arcollect $* <Tab> does not offer '$word'; it offers:${got}"
      failures=$((failures + 1))
    fi
  done
}
refuses() {
  local unwanted=$1
  shift
  offers "" "$@"
  if [[ " ${COMPREPLY[*]} " == *" $unwanted "* ]]; then
    echo "FAIL: arcollect $* <Tab> offers '$unwanted'"
    failures=$((failures + 1))
  fi
}

S="$examples/studio"
offers "aging due pay help" ""
offers "due" du
offers "--upcoming --explain --format --quiet" due --
offers "northwind greystone kestrel" -C "$S" pay ""
offers "northwind" -C "$S" pay nor
refuses "greystone" -C "$S" pay nor
offers "INV-2026-027 INV-2026-036" -C "$S" pay northwind 100 --invoice ""
refuses "INV-2026-029" -C "$S" pay northwind 100 --invoice ""
offers "firm call-finance hold" -C "$S" due --done ""
offers "northwind" -C "$S" due --done firm nor
offers "text json csv eml" due --format ""
offers "copperleaf copperleaf-2026-10" -C "$S" plan copp
offers "boe ecb" rates add ""
offers "add list" customer ""
offers "pay" help p
offers "bash zsh fish" completion ""
refuses "aging" version ""
refuses "aging" frobnicate ""
# -C as a shell would take it: ~ for $HOME, -CDIR and --dir=DIR.
HOME="$examples" offers "northwind" -C "~/studio" pay nor
offers "northwind" "--dir=$S" pay nor
offers "northwind" "-C$S" pay nor
# The ledger is found as every command finds it: ARCOLLECT_DIR, or upwards from here.
export ARCOLLECT_DIR="$S"
offers "elmstead" statement elm
unset ARCOLLECT_DIR
cd "$S/invoices" && offers "fairwind" remind fair
# Where a file or folder is wanted, the shell lists paths.
touch "$work/statement.ofx"
cd "$work" && offers "statement.ofx" import stat
# An id is other people's text: "$(...)" or "*" in one is offered as it is, never run.
mkdir -p "$work/hostile/invoices"
printf '[business]\nname = "T"\ncurrency = "GBP"\n' >"$work/hostile/arcollect.toml"
printf '[[customer]]\nid = "acme"\nname = "A"\n' >"$work/hostile/acme.toml"
printf '[[invoice]]\nid = "X$(touch %s)"\ncustomer = "acme"\nissued = 2026-01-01\namount = 1\n' \
  "$work/ran" >"$work/hostile/invoices/a.toml"
printf '[[invoice]]\nid = "X*"\ncustomer = "acme"\nissued = 2026-01-01\namount = 1\n' \
  >"$work/hostile/invoices/b.toml"
offers "X*" -C "$work/hostile" pay acme 1 --invoice X
if [ -e "$work/ran" ]; then
  echo "FAIL: completing an invoice id ran the command in it"
  failures=$((failures + 1))
fi
if [[ " ${COMPREPLY[*]} " != *' X$(touch '* ]]; then
  echo "FAIL: the id holding \$(...) is not offered as it is: ${COMPREPLY[*]}"
  failures=$((failures + 1))
fi

# No ledger: no ids, and nothing on the terminal.
offers "" pay "" 2>"$work/stderr"
if [ ${#COMPREPLY[@]} != 0 ] || [ -s "$work/stderr" ]; then
  echo "FAIL: without a ledger: offers '${COMPREPLY[*]}', prints '$(cat "$work/stderr")'"
  failures=$((failures + 1))
fi

if command -v zsh >/dev/null; then
  arcollect completion zsh | zsh -n || { echo "FAIL: zsh -n"; failures=$((failures + 1)); }
fi
if command -v fish >/dev/null; then
  arcollect completion fish | fish -n || { echo "FAIL: fish -n"; failures=$((failures + 1)); }
fi
[ "$failures" = 0 ] && echo "completion: all checks passed"
exit $((failures > 0))
