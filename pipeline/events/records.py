"""The records the events stage reads and writes: small frozen values, no behaviour beyond naming."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

__all__ = ["ACTIONS", "BAKU", "Event", "ItemText", "MergedEvent"]

ACTIONS = (
    "signed", "ratified", "approved_by_law", "acceded", "adopted_by_parliament", "submitted_to_parliament",
    "entered_into_force", "denounced", "reservations_declarations", "authorities_designated",
)
BAKU = ZoneInfo("Asia/Baku")


@dataclass(frozen=True)
class ItemText:
    """What extraction and story grouping read of an item."""

    id: int
    language: str
    title: str
    lead: str
    body: str
    """Paragraphs joined by a blank line."""
    published: datetime | None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in (self.title, self.lead, *self.body.split("\n\n")) if p.strip()]


@dataclass(frozen=True)
class Event:
    """One treaty action an item reports as its news."""

    action: str
    treaty_id: str | None
    """Gazetteer id; None when the treaty is not in the gazetteer (``treaty_name`` is then as printed)."""
    treaty_name: str
    """The fullest name the item prints for the treaty."""
    treaty_key: str
    """Language-free identity: the gazetteer id, else ``type:PARTIES:concepts`` ("agreement:AZ-KZ:road-transport"),
    so a title and a body sentence, and ru/az/en reports of one treaty, give one key."""
    actor: str | None
    """ISO code of the acting state; None when the parties act together (a joint signing)."""
    parties: tuple[str, ...]
    """ISO codes of the treaty's parties named or known (empty for an open multilateral convention)."""
    act_date: date | None
    legal_act: str | None
    legal_act_date: date | None
    evidence: str
    evidence_language: str

    @property
    def states(self) -> tuple[str, ...]:
        """The acting state first, then the other parties (how the digest and Datasette print them)."""
        return tuple(dict.fromkeys(s for s in (self.actor, *self.parties) if s))


@dataclass(frozen=True)
class MergedEvent:
    """The events of one story about one (action, treaty): one line for the analyst."""

    action: str
    treaty_id: str | None
    treaty_name: str
    treaty_key: str
    actor: str | None
    states: tuple[str, ...]
    """The acting state first, then the other parties."""
    act_dates: tuple[tuple[str, tuple[int, ...]], ...]
    """Each date reported (ISO) with the items reporting it; more than one is a conflict to look at."""
    legal_acts: tuple[str, ...]
    item_ids: tuple[int, ...]
    confirmed: bool

    @property
    def conflicting_dates(self) -> bool:
        return len(self.act_dates) > 1
