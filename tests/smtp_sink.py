"""What the mail tests share: a local SMTP server (aiosmtpd) that keeps what it receives, a free
port for it, and a failure list that the test reports at the end."""

import socket
import sys

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


class Sink:
    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def finish(name):
    """Exits 1 when a check failed, else says that all passed."""
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"{name}: all checks passed")
