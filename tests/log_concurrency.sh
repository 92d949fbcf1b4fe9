#!/usr/bin/env bash
# Four `arcollect log` processes started at once, 250 entries each, must leave 1,000 valid
# entries: the ledger lock and no-replace writes mean none is lost, overwritten or half-written.
# Usage: log_concurrency.sh ARCOLLECT
set -u
bin=$1
writers=4 entries=250
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" init "$dir/books" --today 2026-11-22 >/dev/null || exit 1
writer() {
  for i in $(seq $entries); do
    "$bin" -C "$dir/books" log example --today 2026-11-22 --note "writer $1 entry $i" >/dev/null ||
      echo "writer $1 entry $i failed"
  done
}
for w in $(seq $writers); do writer "$w" >"$dir/$w.err" 2>&1 & done
wait
status=0
for w in $(seq $writers); do
  if [ -s "$dir/$w.err" ]; then cat "$dir/$w.err"; status=1; fi
done
expected=$((writers * entries))
files=$(find "$dir/books/log" -name '*.toml' | wc -l)
notes=$(grep -rh '^note = ' "$dir/books/log" | sort -u | wc -l)
leftovers=$(find "$dir/books" -name '.*.toml.*' | wc -l)
"$bin" -C "$dir/books" check || status=1
echo "$files entry files, $notes distinct entries, $leftovers temporary files left"
[ "$files" = "$expected" ] && [ "$notes" = "$expected" ] && [ "$leftovers" = 0 ] || status=1
exit $status
