"""End to end: arcollect's emails through msmtp into a real SMTP server (aiosmtpd), parsed back
with Python's email package.

  smtp_e2e.py ARCOLLECT EXAMPLES_DIR

1. `remind --format eml --out drafts` on the studio ledger; each draft goes through
   `msmtp -t` and must be accepted and parse cleanly.
2. `remind --send` with msmtp named in the user's own config.toml: every message arrives with the
   headers and body expected, each is logged with its Message-ID, and `due` moves on.
3. A second letter to the same customer is a reply in the thread (In-Reply-To, References),
   and a non-ASCII contact name arrives as RFC 2047 encoded-words that decode back.
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

ARCOLLECT, EXAMPLES = sys.argv[1], Path(sys.argv[2])


def run(args, env, stdin=None, expect=0):
    result = subprocess.run(args, input=stdin, capture_output=True, env=env)
    if result.returncode != expect:
        print("command:", args, "exit", result.returncode)
        print(result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace"))
        sys.exit(1)
    return result.stdout.decode()


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def main():
    work = Path(tempfile.mkdtemp(prefix="arcollect-smtp-"))
    ledger = work / "studio"
    shutil.copytree(EXAMPLES / "studio", ledger)
    port = free_port()
    msmtp = f"msmtp --host=127.0.0.1 --port={port} --auth=off --tls=off --read-envelope-from"
    env = dict(os.environ, HOME=str(work), TZ="UTC", XDG_CONFIG_HOME=str(work / "config"))
    env.pop("ARCOLLECT_SENDMAIL", None)
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        # 1. Drafts written to a folder, each sent as it stands.
        out = run([ARCOLLECT, "-C", str(ledger), "remind", "--today", "2026-11-23",
                   "--format", "eml", "--out", str(work / "drafts")], env)
        drafts = sorted((work / "drafts").glob("*.eml"))
        check([d.name for d in drafts] == ["2026-11-23-greystone-firm.eml",
                                           "2026-11-23-kestrel-firm.eml"],
              f"drafts written: {[d.name for d in drafts]}")
        check(out.count("Wrote ") == len(drafts), "one 'Wrote' line per draft")
        for draft in drafts:
            run(msmtp.split() + ["-t"], env, stdin=draft.read_bytes())
        check(len(sink.received) == len(drafts), "every draft accepted by the SMTP server")
        for (_, rcpts, raw), draft in zip(sink.received, drafts):
            msg = parse(raw)
            check(not msg.defects, f"{draft.name} parses without defects: {msg.defects}")
            check(msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8", "text/plain; charset=utf-8")
            check(msg["MIME-Version"] == "1.0", "MIME-Version")
            check(msg["Date"].datetime.isoformat() == "2026-11-23T00:00:00+00:00", "Date")
            check(str(msg["From"]) == '"Harper & Vale Studio Ltd" <accounts@harpervale.example>'
                  or msg["From"].addresses[0].display_name == "Harper & Vale Studio Ltd",
                  "From")
        greystone = parse(sink.received[0][2])
        check(greystone["To"].addresses[0].addr_spec == "aisha.malik@greystone.example", "To")
        check(greystone["Cc"].addresses[0].addr_spec == "robert@greystone.example", "Cc")
        check(sorted(sink.received[0][1]) == ["aisha.malik@greystone.example",
                                              "robert@greystone.example"],
              f"envelope recipients: {sink.received[0][1]}")
        # The pound sign crosses SMTP as an RFC 2047 word in the subject, UTF-8 in the body.
        check(greystone["Subject"] == "Overdue account: £6,150.00, 82 days late",
              f"Subject: {greystone['Subject']}")
        body = greystone.get_content()
        for text in ["Dear Aisha Malik,", "INV-2026-029", "£3,400.00", "Overdue: £6,150.00",
                     "Please pay by 30 November 2026", "Sort code 20-00-00"]:
            check(text in body, f"greystone body has {text!r}")
        check("INV-2026-019" not in body, "another customer's invoice is not in the body")

        # 2. remind --send through msmtp, named in the user's own config.toml (never the
        # ledger's): sent, logged, and the ladder moves on.
        sink.received.clear()
        config = Path(env["XDG_CONFIG_HOME"]) / "arcollect" / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(f'[mail]\nsendmail_command = "{msmtp} -t -i"\n')
        kestrel = ledger / "customers" / "kestrel.toml"
        kestrel.write_text(kestrel.read_text().replace("Jana Becker", "Jana Bäcker-Größe"))
        out = run([ARCOLLECT, "-C", str(ledger), "remind", "--today", "2026-11-23", "--send"],
                  env)
        check(out.count("Sent firm to ") == 2, f"two sent: {out}")
        check(len(sink.received) == 2, "two messages arrived")
        ids = []
        for _, rcpts, raw in sink.received:
            msg = parse(raw)
            check(not msg.defects, f"sent message parses: {msg.defects}")
            ids.append(msg["Message-ID"])
        kestrel_msg = parse(sink.received[1][2])
        check(kestrel_msg["To"].addresses[0].display_name == "Jana Bäcker-Größe",
              f"encoded-word display name decodes: {kestrel_msg['To']}")
        raw_to = [l for l in sink.received[1][2].split(b"\n") if l.startswith(b"To:")][0]
        check(b"=?utf-8?B?" in raw_to and max(map(len, sink.received[1][2].split(b"\n")[:12])) <= 78,
              f"non-ASCII header as encoded-words, lines folded: {raw_to!r}")
        logged = "".join(p.read_text() for p in (ledger / "log").rglob("*.toml"))
        for mid in ids:
            check(f'message_id = "{mid}"' in logged, f"{mid} logged")
        run([ARCOLLECT, "-C", str(ledger), "check"], env)
        due = run([ARCOLLECT, "-C", str(ledger), "due", "--today", "2026-11-23"], env)
        check("Emails" not in due and "greystone" not in due, "the firm emails are done once sent")

        # 3. The next letter replies in the thread.
        sink.received.clear()
        run([ARCOLLECT, "-C", str(ledger), "remind", "greystone", "--step", "final",
             "--today", "2026-11-30", "--send"], env)
        check(len(sink.received) == 1, "the final demand arrived")
        final = parse(sink.received[0][2])
        check(final["In-Reply-To"] == ids[0], f"In-Reply-To {final['In-Reply-To']} is {ids[0]}")
        check(ids[0] in final["References"], "References holds the thread")
        check("Late-payment fee" in final.get_content(), "the final demand charges the fee")
    finally:
        controller.stop()
        shutil.rmtree(work)
    finish("smtp end-to-end")


if __name__ == "__main__":
    main()
