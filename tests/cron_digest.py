"""End to end: the cron digest (examples/cron) through msmtp into a real SMTP server
(aiosmtpd), parsed back with Python's email package.

  cron_digest.py ARCOLLECT EXAMPLES_DIR

1. On Monday 23 November 2026 arcollect-digest mails one digest of the studio example, with
   the agenda's 7 actions and the overdue total in its subject.
2. On Sunday the 22nd nothing is due: the script exits 0 and sends nothing.
3. A usage error exits 2 and a failing arcollect exits with its status; neither sends anything.
4. The crontab example sets a full PATH and runs arcollect-digest on weekdays.
"""

import email
import email.policy
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller

from smtp_sink import Sink, check, finish, free_port

ARCOLLECT, EXAMPLES = os.path.abspath(sys.argv[1]), Path(sys.argv[2]).resolve()
SCRIPT = EXAMPLES / "cron" / "arcollect-digest"


def wait_for(sink, count, seconds):
    """msmtp returns once the server has accepted the message, so this rarely waits; the
    poll only guards against a slow handler thread."""
    deadline = time.monotonic() + seconds
    while len(sink.received) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(sink.received)


def digest(args, env, today):
    result = subprocess.run([str(SCRIPT)] + args, capture_output=True,
                            env=dict(env, ARCOLLECT_TODAY=today) if today else env)
    out, err = (text.decode(errors="replace") for text in (result.stdout, result.stderr))
    return result.returncode, out, err


def tree(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def main():
    work = Path(tempfile.mkdtemp(prefix="arcollect-cron-"))
    # A copy, though due --format eml writes nothing: the test checks that too.
    ledger = work / "studio"
    shutil.copytree(EXAMPLES / "studio", ledger)
    before = tree(ledger)
    (work / "bin").mkdir()
    os.symlink(ARCOLLECT, work / "bin" / "arcollect")
    port = free_port()
    conf = work / "msmtprc"
    conf.write_text(f"account default\nhost 127.0.0.1\nport {port}\nauth off\ntls off\n"
                    "from accounts@harpervale.example\n")
    conf.chmod(0o600)  # msmtp refuses a configuration others can read
    env = dict(os.environ, PATH=f"{work / 'bin'}:{os.environ.get('PATH', '/usr/bin:/bin')}",
               HOME=str(work), TZ="UTC", XDG_CONFIG_HOME=str(work / "config"),
               SENDMAIL=f"msmtp -C {conf}")
    for name in ["ARCOLLECT_DIR", "ARCOLLECT_SENDMAIL", "ARCOLLECT_TODAY", "NO_COLOR"]:
        env.pop(name, None)
    address = "you@harpervale.example"
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        # 1. A working Monday: one digest.
        status, out, err = digest([str(ledger), address], env, "2026-11-23")
        check(status == 0, f"Monday: exit {status}, stderr {err!r}")
        check(out == "", f"Monday: the script prints nothing itself: {out!r}")
        wait_for(sink, 1, 5)
        time.sleep(0.2)  # a second message, were one sent, would show by now
        check(len(sink.received) == 1, f"Monday: one message arrived, not {len(sink.received)}")
        if sink.received:
            _, rcpts, raw = sink.received[0]
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            check(not msg.defects, f"the digest parses without defects: {msg.defects}")
            check(rcpts == [address], f"envelope recipients: {rcpts}")
            subject = str(msg["Subject"])
            check(subject.startswith("arcollect: 7 actions, "), f"Subject: {subject!r}")
            check("overdue (Harper & Vale Studio Ltd)" in subject, f"Subject: {subject!r}")
            check("£" in subject, f"Subject decodes to a pound sign: {subject!r}")
            check([a.addr_spec for a in msg["To"].addresses] == [address], f"To: {msg['To']}")
            check([a.addr_spec for a in msg["From"].addresses] == ["accounts@harpervale.example"],
                  f"From: {msg['From']}")
            body = msg.get_content()
            for text in ["Agenda for 2026-11-23", "greystone"]:
                check(text in body, f"the body has {text!r}")

        # 2. Sunday: nothing falls due, so no mail at all.
        sink.received.clear()
        status, out, err = digest([str(ledger), address], env, "2026-11-22")
        check(status == 0, f"Sunday: exit {status}, stderr {err!r}")
        check(wait_for(sink, 1, 1) == 0, f"Sunday: no message, got {len(sink.received)}")

        # 3. Errors send nothing, and say so by the exit status.
        sink.received.clear()
        status, _, err = digest([str(ledger)], env, "2026-11-23")
        check(status == 2 and "usage: arcollect-digest" in err, f"usage error: {status} {err!r}")
        status, _, err = digest([str(work / "missing"), address], env, "2026-11-23")
        check(status == 1 and "arcollect.toml" in err,
              f"arcollect's failure passes through: {status} {err!r}")
        check(wait_for(sink, 1, 1) == 0, f"errors sent nothing, got {len(sink.received)}")
        check(tree(ledger) == before, "the digest wrote nothing into the ledger")
    finally:
        controller.stop()
        shutil.rmtree(work)

    # 4. The crontab example, read as text.
    lines = [l.strip() for l in (EXAMPLES / "cron" / "crontab").read_text().splitlines()]
    active = [l for l in lines if l and not l.startswith("#")]
    check(any(l.startswith("PATH=") and "/usr/local/bin" in l for l in active),
          f"the crontab sets a full PATH: {active}")
    jobs = [l for l in active if "arcollect-digest" in l]
    check(len(jobs) == 1 and jobs[0].split()[:5] == ["0", "8", "*", "*", "1-5"],
          f"the crontab runs arcollect-digest at 08:00 on weekdays: {jobs}")

    finish("cron digest")


if __name__ == "__main__":
    main()
