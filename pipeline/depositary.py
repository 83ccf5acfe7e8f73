"""The depositary's record: UN Treaty Collection status pages, and which reported events they bear out.

The UN Treaty Collection publishes one status page per treaty with a participants table; ``parse_status_page``
reads it into ``TreatyStatus`` and ``store_status`` writes it to ``treaty_status``, keyed by the gazetteer's
treaty id (pipeline/treaties.py), where events are checked against it (``depositary_confirms``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import sqlite_utils
from selectolax.lexbor import LexborHTMLParser

from pipeline.dates import month_number
from pipeline.errors import ConfigError, PipelineError
from pipeline.fetch import make_client
from pipeline.records import Settings
from pipeline.treaties import Gazetteer

__all__ = [
    "Participation",
    "TreatyStatus",
    "depositary_confirms",
    "fetch_status_page",
    "parse_status_page",
    "read_status",
    "store_status",
]


@dataclass(frozen=True)
class Participation:
    participant: str
    """As printed by the depositary, footnote markers removed ("Azerbaijan", "Russian Federation")."""
    signature: date | None
    action: str | None
    """ratification, accession, acceptance, approval or succession."""
    action_date: date | None


@dataclass(frozen=True)
class TreatyStatus:
    depositary_id: str
    title: str
    url: str
    participants: tuple[Participation, ...]


# UNTC marks the kind of instrument with a letter after the date; no letter means ratification.
_INSTRUMENTS = {"": "ratification", "a": "accession", "A": "acceptance", "AA": "approval", "d": "succession"}
_UNTC_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(AA|A|a|d)\b)?")
_DEPOSITARY_NUMBER = re.compile(r"\b([IVXL]+-\d+(?:-[a-z])?)\b")
_FOOTNOTES = re.compile(r"[\s,]*\d+(?:\s*,\s*\d+)*\s*$")


def parse_status_page(html: str, url: str) -> TreatyStatus:
    """Read the participants table of a UNTC ``ViewDetails.aspx`` page.

    Raises ``ValueError`` naming the URL when the page has no participants table (the site changed, or the
    page is not a status page), so a layout change is reported instead of producing an empty status.
    """
    tree = LexborHTMLParser(html)
    table = next((t for t in tree.css("table") if _is_participants_table(t)), None)
    if table is None:
        raise ValueError(f"{url}: no participants table (a table whose first row names 'Participant')")
    rows = table.css("tr")
    header = [_cell_text(c) for c in rows[0].css("th, td")]
    signature_col = next((i for i, h in enumerate(header) if h.lower().startswith("signature")), None)
    action_col = next((i for i, h in enumerate(header) if re.search(r"ratification|accession", h, re.I)), None)
    participants = []
    for row in rows[1:]:
        cells = [_cell_text(c) for c in row.css("th, td")]
        if not cells or not cells[0]:
            continue
        signature = _untc_date(_column(cells, signature_col))
        action, action_date = _untc_action(_column(cells, action_col))
        participant = _FOOTNOTES.sub("", cells[0]).strip()
        participants.append(Participation(participant, signature[0] if signature else None, action, action_date))
    heading = next((node for selector in ("h1", "h2", "title") if (node := tree.css_first(selector))), None)
    title = " ".join(heading.text().split()) if heading else ""
    return TreatyStatus(_depositary_id(url, tree.text()), title, url, tuple(participants))


async def fetch_status_page(url: str, client: httpx.AsyncClient) -> TreatyStatus:
    """Download and read a status page; HTTP problems become ``PipelineError`` naming the URL."""
    try:
        response = await client.get(url)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise PipelineError(f"{url}: cannot fetch the status page ({exc})") from exc
    try:
        return parse_status_page(response.text, str(response.url))
    except ValueError as exc:
        raise PipelineError(str(exc)) from exc


def _column(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _is_participants_table(table: object) -> bool:
    first_row = table.css_first("tr")  # type: ignore[attr-defined]
    return first_row is not None and _cell_text(first_row).lower().startswith("participant")


def _cell_text(node: object) -> str:
    # Footnote markers are <sup> elements: drop them before reading the text.
    for sup in node.css("sup"):  # type: ignore[attr-defined]
        sup.decompose()
    return " ".join(node.text(separator=" ").split())  # type: ignore[attr-defined]


def _untc_date(text: str) -> tuple[date, str] | None:
    match = _UNTC_DATE.search(text)
    month = month_number(match[2]) if match else None
    if match is None or month is None:
        return None
    try:
        return date(int(match[3]), month, int(match[1])), match[4] or ""
    except ValueError:
        return None


def _untc_action(text: str) -> tuple[str | None, date | None]:
    found = _untc_date(text)
    if found is None:
        return None, None
    return _INSTRUMENTS[found[1]], found[0]


def _depositary_id(url: str, page_text: str) -> str:
    number = parse_qs(urlsplit(url).query).get("mtdsg_no")
    if number:
        return number[0]
    match = _DEPOSITARY_NUMBER.search(page_text)
    if match is None:
        raise ValueError(f"{url}: no mtdsg_no in the URL and no depositary number (like XVIII-16) on the page")
    return match[1]


def read_status(
    source: str, settings: Settings, page_url: str | None = None, transport: httpx.AsyncBaseTransport | None = None
) -> TreatyStatus:
    """A status page from an http(s) URL or a saved file; ``page_url`` is the address a saved page came from
    (its ``mtdsg_no`` names the treaty when the page does not)."""
    if source.startswith(("http://", "https://")):

        async def fetch() -> TreatyStatus:
            async with make_client(settings, transport) as client:
                return await fetch_status_page(source, client)

        return asyncio.run(fetch())
    try:
        html = Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read the status page ({exc.strerror})") from exc
    try:
        return parse_status_page(html, page_url or Path(source).resolve().as_uri())
    except ValueError as exc:
        raise PipelineError(str(exc)) from exc


def store_status(
    db: sqlite_utils.Database, status: TreatyStatus, gazetteer: Gazetteer, fetched_at: datetime | None = None
) -> str:
    """Replace the stored participants of one treaty; returns the treaty id used.

    A treaty missing from the gazetteer is stored under its depositary number, so nothing read is lost
    and ``treaties unknown`` style curation can add it later.
    """
    treaty = gazetteer.by_depositary_id(status.depositary_id)
    treaty_id = treaty.id if treaty else status.depositary_id
    at = (fetched_at or datetime.now(UTC)).isoformat()
    with db.atomic():
        db.execute("delete from treaty_status where treaty_id = ?", [treaty_id])
        db.table("treaty_status").insert_all(
            (
                {
                    "treaty_id": treaty_id,
                    "participant": p.participant,
                    "signature": p.signature.isoformat() if p.signature else None,
                    "action": p.action,
                    "action_date": p.action_date.isoformat() if p.action_date else None,
                    "source_url": status.url,
                    "fetched_at": at,
                }
                for p in status.participants
            ),
            pk=("treaty_id", "participant"),
            replace=True,
        )
    return treaty_id


# Which depositary record confirms which reported action. A domestic law approving or ratifying a treaty
# comes before the instrument is deposited, so those match a deposit on or after the act's date.
_CONFIRMED_BY: Mapping[str, tuple[str, ...]] = {
    "ratified": ("ratification", "acceptance", "approval"),
    "approved_by_law": ("ratification", "acceptance", "approval"),
    "acceded": ("accession",),
}


def depositary_confirms(action: str, act_date: date | None, participation: Participation) -> bool:
    """Whether the depositary's record for a state bears out an event reported for that state."""
    if action == "signed":
        return participation.signature is not None and (act_date is None or participation.signature == act_date)
    kinds = _CONFIRMED_BY.get(action)
    if not kinds or participation.action not in kinds or participation.action_date is None:
        return False
    return act_date is None or participation.action_date >= act_date
