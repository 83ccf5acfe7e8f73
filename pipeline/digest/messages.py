"""Messages: one email per recipient with what is new or updated for them, the outbox, and digest_sent.

A unit because it decides what counts as already sent: a group goes out again only when its version
changed, and only a delivered message is recorded in ``digest_sent`` (a dry run records nothing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from pipeline.database import unit_of_work
from pipeline.digest.groups import interested, load_groups
from pipeline.digest.recipients import Recipient, RecipientsFile
from pipeline.digest.views import _templates, digest_view, local_time, render

# A first digest (new recipient, or the first after an outage) carries a week of news, not the archive.
LOOKBACK_DAYS = 7


@dataclass(frozen=True)
class DigestMessage:
    recipient: Recipient
    sender: str
    subject: str
    text: str
    html: str | None
    groups: tuple[tuple[str, str], ...]
    """(group key, version) pairs marked sent once the message is delivered."""
    message_id: str
    date: datetime

    def to_email(self) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        # Address quotes the display name: "Doe, John" stays one recipient, not two.
        message["To"] = Address(display_name=self.recipient.name, addr_spec=self.recipient.email)
        message["Subject"] = self.subject
        message["Date"] = format_datetime(self.date)
        message["Message-ID"] = self.message_id
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: autoresponders must not reply
        message.set_content(self.text)
        if self.html is not None:
            message.add_alternative(self.html, subtype="html")
        return message


def sent_versions(db: sqlite_utils.Database, recipient: str) -> dict[str, str]:
    return dict(db.execute("SELECT story_id, story_version FROM digest_sent WHERE recipient = ?",
                           [recipient]).fetchall())


def build_digests(db: sqlite_utils.Database, recipients: RecipientsFile, now: datetime) -> list[DigestMessage]:
    """One message per recipient with something new or updated since their last digest (none otherwise)."""
    since = (now - timedelta(days=LOOKBACK_DAYS)).astimezone(UTC).isoformat()
    groups = load_groups(db, since)
    domain = parseaddr(recipients.sender)[1].rpartition("@")[2] or "legalnews.invalid"
    env = _templates()
    messages = []
    for recipient in recipients.recipients:
        sent = sent_versions(db, recipient.email)
        chosen = [(g, g.key in sent) for g in groups if interested(recipient, g) and sent.get(g.key) != g.version]
        if not chosen:
            continue
        view = digest_view(recipient, chosen, now)
        text, html = render(view, env)
        messages.append(DigestMessage(
            recipient=recipient, sender=recipients.sender, subject=view.subject, text=text,
            html=html if recipient.format == "html" else None,
            groups=tuple((g.key, g.version) for g, _ in chosen),
            message_id=make_msgid("digest", domain=domain), date=now,
        ))
    return messages


def mark_sent(db: sqlite_utils.Database, message: DigestMessage, now: datetime) -> None:
    rows = [{"recipient": message.recipient.email, "story_id": key, "story_version": version,
             "sent_at": now.astimezone(UTC).isoformat()} for key, version in message.groups]
    with unit_of_work(db, "digest"):
        db.table("digest_sent").upsert_all(rows, pk=("recipient", "story_id"))


def eml_name(email: str) -> str:
    """A file name for an address, distinct for distinct addresses: anything but letters, digits and
    ``@+._-`` is percent-encoded, so ``a=b@``, ``a_b@`` and ``a/b@`` (all valid) get three files."""
    return quote(email, safe="@+")


def write_eml(messages: Iterable[DigestMessage], outbox: str | Path, now: datetime) -> list[Path]:
    """Write each message to ``outbox/<date>/<recipient>.eml`` (for --dry-run); nothing is marked sent."""
    folder = Path(outbox) / local_time(now.isoformat(), with_time=False)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for message in messages:
        path = folder / (eml_name(message.recipient.email) + ".eml")
        path.write_bytes(message.to_email().as_bytes())
        paths.append(path)
    return paths
