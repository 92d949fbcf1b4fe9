#!/usr/bin/env bash
# Two `arcollect log` processes started at once, 200 entries each, must leave 400 valid entries:
# the ledger lock and no-replace writes mean none is lost, overwritten or half-written.
# Usage: log_concurrency.sh ARCOLLECT
set -u
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" init "$dir/books" --today 2026-11-22 >/dev/null || exit 1
writer() {
  for i in $(seq 200); do
    "$bin" -C "$dir/books" log example --today 2026-11-22 --note "writer $1 entry $i" >/dev/null ||
      echo "writer $1 entry $i failed"
  done
}
writer a >"$dir/a.err" 2>&1 &
writer b >"$dir/b.err" 2>&1 &
wait
status=0
if [ -s "$dir/a.err" ] || [ -s "$dir/b.err" ]; then cat "$dir/a.err" "$dir/b.err"; status=1; fi
files=$(find "$dir/books/log" -name '*.toml' | wc -l)
notes=$(grep -rh '^note = ' "$dir/books/log" | sort -u | wc -l)
leftovers=$(find "$dir/books" -name '.*.toml.*' | wc -l)
"$bin" -C "$dir/books" check || status=1
echo "$files entry files, $notes distinct entries, $leftovers temporary files left"
[ "$files" = 400 ] && [ "$notes" = 400 ] && [ "$leftovers" = 0 ] || status=1
exit $status
