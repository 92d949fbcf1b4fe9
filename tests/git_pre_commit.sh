#!/usr/bin/env bash
# The git pre-commit hook (examples/git/pre-commit) and init --git, in real repositories
# (issue 16 item 7). Checks:
#
# - init --git makes a repository whose first commit holds the new ledger, with the example's
#   hook, word for word, installed and executable, and nothing left unstaged;
# - the hook checks what is staged, not the working tree: a good staged change commits although
#   the working copy has since been broken, and a bad staged one is refused although the
#   working copy has since been mended, the message naming the file;
# - a ledger in a folder of a larger repository is checked too, and only staged ledgers count;
# - without arcollect on PATH the hook refuses, saying so.
#
# Usage: git_pre_commit.sh ARCOLLECT EXAMPLES_DIR
set -u
bin=$(realpath "$1") examples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/config" "$work/bin"
ln -s "$bin" "$work/bin/arcollect"
export TZ=UTC LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/config" PATH="$work/bin:$PATH"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.com
unset ARCOLLECT_DIR ARCOLLECT_NAME_SEED NO_COLOR
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

cd "$work"
arcollect init --git books --today 2026-12-07 >/dev/null 2>"$work/err" || fail "init --git: $(cat "$work/err")"
check "init --git makes one commit" '[ "$(git -C books rev-list --count HEAD)" = 1 ]'
check "it commits the whole new ledger" '[ -z "$(git -C books status --porcelain)" ]'
check "the hook is the example's" 'cmp -s books/.git/hooks/pre-commit "$examples/git/pre-commit"'
check "and executable" '[ -x books/.git/hooks/pre-commit ]'

cd books
# A good change staged, then the working copy broken without staging it: the commit goes in.
printf '[[customer]]\nid = "acme"\nname = "Acme Ltd"\n' >customers/acme.toml
git add customers/acme.toml
printf '[[customer]]\nid = "acme"\nname = \n' >customers/acme.toml
if git commit -q -m "Acme" 2>"$work/err"; then
  pass "a good staged change commits though the working copy is broken"
else
  fail "a good staged change was refused: $(cat "$work/err")"
fi
# A bad change staged, then the working copy mended without staging it: the commit is refused.
printf '[[invoice]]\nid = "INV-9"\ncustomer = "nobody"\nissued = 2026-12-01\ndue = 2026-12-31\namount = 10\n' \
  >invoices/INV-9.toml
git add invoices/INV-9.toml
printf '[[customer]]\nid = "acme"\nname = "Acme Ltd"\n' >customers/acme.toml
sed -i 's/"nobody"/"acme"/' invoices/INV-9.toml
if git commit -q -m "INV-9" 2>"$work/err"; then
  fail "a bad staged change committed"
else
  check "a bad staged change is refused though the working copy is mended" \
    'grep -q "invoices/INV-9.toml" "$work/err" && grep -q "has errors as staged" "$work/err"'
fi
# Staged as mended, it commits.
git add -A
check "once the mended files are staged, it commits" 'git commit -q -m "INV-9" 2>"$work/err"'
# Without arcollect on PATH the hook refuses and says why.
echo "# note" >>arcollect.toml
git add arcollect.toml
if PATH=/usr/bin:/bin git commit -q -m "note" 2>"$work/err"; then
  fail "the hook let a commit through without arcollect"
else
  check "without arcollect on PATH the hook refuses, saying so" \
    'grep -q "arcollect is not on PATH" "$work/err"'
fi
git reset -q --hard HEAD

# A ledger in a folder of a larger repository, and another repository file besides.
cd "$work"
git init -q big
cp -R "$examples/studio" big/books
echo "notes" >big/README
cp "$examples/git/pre-commit" big/.git/hooks/pre-commit
git -C big add -A
check "a good ledger in a folder commits" 'git -C big commit -q -m "books" 2>"$work/err"'
sed -i 's/^name = .*/name = /' big/books/customers/*.toml
git -C big add -A
if git -C big commit -q -m "broken" 2>"$work/err"; then
  fail "a bad ledger in a folder committed"
else
  check "a bad ledger in a folder is refused, naming it" 'grep -q "ledger in books has errors" "$work/err"'
fi
git -C big reset -q --hard HEAD
echo "more notes" >>big/README
git -C big add README
check "a commit that stages no ledger file still checks the ledger as staged and passes" \
  'git -C big commit -q -m "notes" 2>"$work/err"'

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
