"""Crash tests (issue 13): kill -9 at every write step of `log`, `pay`, `plan --write` and
`remind --send --record`, through the test hook ARCOLLECT_FAULT_AT=N (the Nth fault point of
the run kills the process with SIGKILL). After each kill:

- the ledger still loads with no error (`check`);
- each record is there whole or not at all: the record files are those from before the run,
  plus some of those a clean run writes, byte for byte (an email's record may still carry its
  `sending = true` mark);
- no email went out without a record, and no record says sent for an email that did not go;
- `plan --write` run again writes nothing twice: the ledger ends as after one clean run.

  crash_writes.py ARCOLLECT EXAMPLES_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ARCOLLECT, EXAMPLES = sys.argv[1], Path(sys.argv[2])
TODAY = "2026-11-23"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def records(ledger):
    """Every visible file of the ledger, by relative path (hidden temporary files are not read
    as records, so they do not count)."""
    out = {}
    for path in ledger.rglob("*"):
        rel = path.relative_to(ledger)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[str(rel)] = path.read_bytes()
    return out


def run(ledger, args, env, fault=None):
    env = dict(env)
    if fault is not None:
        env["ARCOLLECT_FAULT_AT"] = str(fault)
    return subprocess.run([ARCOLLECT, "-C", str(ledger)] + args, env=env,
                          capture_output=True).returncode


def unmarked(data):
    return b"\n".join(line for line in data.split(b"\n") if line.strip() != b"sending = true")


def scenario(name, args, work, env, rerun_same=False, outbox=None):
    base = work / f"{name}-base"
    shutil.copytree(EXAMPLES / "studio", base)
    before = records(base)
    clean = work / f"{name}-clean"
    shutil.copytree(base, clean)
    if outbox:
        outbox.unlink(missing_ok=True)
    check(run(clean, args, env) == 0, f"{name}: the clean run fails")
    after = records(clean)
    written = {k: v for k, v in after.items() if before.get(k) != v}
    check(written, f"{name}: the clean run wrote nothing")
    for fault in range(1, 60):
        ledger = work / f"{name}-{fault}"
        shutil.copytree(base, ledger)
        if outbox:
            outbox.unlink(missing_ok=True)
        code = run(ledger, args, env, fault)
        state = records(ledger)
        where = f"{name}, killed at step {fault}"
        check(run(ledger, ["check"], env) == 0, f"{where}: the ledger does not load cleanly")
        for path, data in state.items():
            if path in before:
                check(data == before[path], f"{where}: {path} changed")
            elif path in written:
                check(unmarked(data) == unmarked(written[path]), f"{where}: {path} is partial")
            else:
                check(False, f"{where}: {path} is not what a clean run writes")
        if outbox:
            sent = outbox.read_bytes() if outbox.exists() else b""
            for path in written:
                if path.startswith("log/"):
                    data = state.get(path)
                    message_id = [l for l in written[path].split(b"\n")
                                  if l.startswith(b"message_id")][0].split(b'"')[1]
                    went = message_id in sent
                    check(not went or data is not None, f"{where}: {path} sent, not recorded")
                    check(went or data is None or b"sending = true" in data,
                          f"{where}: {path} says sent, but the email did not go")
        if rerun_same:
            run(ledger, args, env)
            check(records(ledger) == after, f"{where}: a second run wrote something twice")
        shutil.rmtree(ledger)
        if code != -9:
            check(code == 0, f"{where}: exit {code} without being killed")
            check(state == after, f"{where}: finished, but not as a clean run")
            print(f"{name}: {fault - 1} write steps, each killed and checked")
            return
    check(False, f"{name}: still killed after 59 steps")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        outbox = work / "outbox"
        # Seeded file-name suffixes: a killed run names its files as the clean run does.
        env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME=str(work / "config"),
                   ARCOLLECT_NAME_SEED="crash-writes",
                   ARCOLLECT_SENDMAIL=f"dd of={outbox} oflag=append conv=notrunc status=none")
        env.pop("ARCOLLECT_DIR", None)
        scenario("log", ["log", "kestrel", "--note", "crash test", "--today", TODAY], work, env)
        scenario("pay", ["pay", "northwind", "2500", "--invoice", "INV-2026-036", "--ref", "X",
                         "--today", TODAY], work, env)
        scenario("plan", ["plan", "northwind", "--down", "25%", "--installments", "6",
                          "--charges", "add", "--write", "--today", TODAY], work, env,
                 rerun_same=True)
        scenario("remind-send", ["remind", "--send", "--today", TODAY], work, env,
                 outbox=outbox)
        scenario("remind-record", ["remind", "--record", "--out", str(work / "drafts"),
                                   "--today", TODAY], work, env)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
