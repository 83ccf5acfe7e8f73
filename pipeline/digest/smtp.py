"""SMTP: settings from the environment, and sending each message on its own connection.

A unit because it is the only code that talks to a mail server, and the only place a password is read.
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from pipeline.digest.messages import DigestMessage, mark_sent
from pipeline.errors import ConfigError

MAX_PORT = 65535


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    starttls: bool = True
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0


def smtp_settings(environ: Mapping[str, str] | None = None) -> SmtpSettings:
    """SMTP settings from the environment (never from a file in the repository)."""
    env = os.environ if environ is None else environ
    host = env.get("LEGALNEWS_SMTP_HOST", "").strip()
    problems = [] if host else ["LEGALNEWS_SMTP_HOST is not set: export the mail server's host name"]
    port, timeout = env.get("LEGALNEWS_SMTP_PORT", "587"), env.get("LEGALNEWS_SMTP_TIMEOUT", "30")
    starttls = env.get("LEGALNEWS_SMTP_STARTTLS", "1").strip().lower()
    # Out of range, smtplib raises OverflowError (not OSError) mid-send; zero would make the socket non-blocking.
    if not port.isdigit() or not 0 < int(port) <= MAX_PORT:
        problems.append(f"LEGALNEWS_SMTP_PORT must be a port number, got {port!r}")
    if not re.fullmatch(r"\d+(\.\d+)?", timeout) or float(timeout) == 0:
        problems.append(f"LEGALNEWS_SMTP_TIMEOUT must be a number of seconds, got {timeout!r}")
    if starttls not in ("1", "0", "true", "false", "yes", "no"):
        problems.append(f"LEGALNEWS_SMTP_STARTTLS must be 1 or 0, got {starttls!r}")
    user, password = env.get("LEGALNEWS_SMTP_USER") or None, env.get("LEGALNEWS_SMTP_PASSWORD") or None
    if user and not password:
        problems.append("LEGALNEWS_SMTP_USER is set but LEGALNEWS_SMTP_PASSWORD is not")
    if user and starttls in ("0", "false", "no"):
        problems.append("refusing to send LEGALNEWS_SMTP_USER's password unencrypted: set LEGALNEWS_SMTP_STARTTLS=1")
    if problems:
        raise ConfigError("SMTP settings: " + "; ".join(problems), tuple(problems))
    return SmtpSettings(host=host, port=int(port), starttls=starttls in ("1", "true", "yes"), user=user,
                        password=password, timeout=float(timeout))


@dataclass(frozen=True)
class Delivery:
    recipient: str
    ok: bool
    error: str = ""


def _deliver(message: DigestMessage, smtp: SmtpSettings) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
        if smtp.starttls:
            client.starttls(context=ssl.create_default_context())
        if smtp.user:
            client.login(smtp.user, smtp.password or "")
        client.send_message(message.to_email())


def send_digests(
    db: sqlite_utils.Database, messages: Sequence[DigestMessage], smtp: SmtpSettings, now: datetime
) -> list[Delivery]:
    """Send each message on its own connection; mark it sent only once the server accepted it.

    A refused recipient or a dropped connection fails that message alone: it stays unmarked, so the next
    run sends it again, and the other recipients still get theirs.
    """
    deliveries = []
    for message in messages:
        try:
            _deliver(message, smtp)
        except (smtplib.SMTPException, OSError) as error:
            reason = f"{smtp.host}:{smtp.port}: {type(error).__name__}: {error}"
            deliveries.append(Delivery(message.recipient.email, ok=False, error=reason))
            continue
        mark_sent(db, message, now)
        deliveries.append(Delivery(message.recipient.email, ok=True))
    return deliveries
