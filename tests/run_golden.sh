#!/usr/bin/env bash
# Runs one golden case: tests/{cli,errors}/NAME/cmd is a bash snippet run in a scratch copy of
# the case folder, with `arcollect` on PATH, TZ=UTC, no ARCOLLECT_DIR, ARCOLLECT_SENDMAIL or
# NO_COLOR, and XDG_CONFIG_HOME an empty folder of the scratch copy (no user config); its
# stdout, stderr and exit status must equal expected.stdout, expected.stderr, expected.exit.
# With UPDATE_GOLDEN=1 the expectations are rewritten instead.
# With --code NAME the case must also make `arcollect -C ledger check --format json` report
# a diagnostic with that code (tests/errors: one reproducer per code); --code accepted: report
# no error (inputs that look odd but are valid, such as CRLF line ends). That check runs as of
# the date in the case's file `today`, if it has one (a diagnostic that depends on the day).
set -u
bin=$1 case=$2 code=${4:-}
[ "${3:-}" = "--code" ] || code=""
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/bin" "$scratch/case" "$scratch/config"
ln -s "$bin" "$scratch/bin/arcollect"
cp -R "$case/." "$scratch/case/"
rm -f "$scratch/case"/expected.*
cd "$scratch/case"
export PATH="$scratch/bin:$PATH" TZ=UTC EXAMPLES="$repo/examples" LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$scratch/config"
unset ARCOLLECT_DIR ARCOLLECT_SENDMAIL ARCOLLECT_PAGER NO_COLOR
# Cases that give arcollect a terminal (script) test colour, not the pager; one sets its own.
export PAGER=cat
# Record files get a random suffix (ledger/record_name); a seed makes them reproducible here.
export ARCOLLECT_NAME_SEED=golden
bash -c "$(cat cmd)" >"$scratch/stdout" 2>"$scratch/stderr"
echo $? >"$scratch/exit"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  for f in stdout stderr exit; do cp "$scratch/$f" "$case/expected.$f"; done
  echo "updated $case"
  exit 0
fi
status=0
for f in exit stdout stderr; do
  if ! diff -u --label "expected.$f" --label "actual $f" "$case/expected.$f" "$scratch/$f"; then
    status=1
  fi
done
if [ "$code" = accepted ]; then
  if ! arcollect -C ledger check --format json | grep -q '"errors": 0'; then
    echo "the ledger of $case has errors, but it should be accepted"
    status=1
  fi
elif [ -n "$code" ]; then
  as_of=()
  [ -f today ] && as_of=(--today "$(cat today)")
  if ! arcollect -C ledger check --format json "${as_of[@]}" | grep -q "\"code\": \"$code\""; then
    echo "the ledger of $case does not produce a diagnostic with code $code"
    status=1
  fi
fi
exit $status
