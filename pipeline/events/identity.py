"""A treaty's language-free identity (``Event.treaty_key``).

The gazetteer id where the gazetteer knows the treaty; otherwise ``type:PARTIES:concepts``, e.g.
"agreement:AZ-KZ:road_transport": the treaty type, the ISO codes of its parties sorted, and the subject
concepts of the shared glossary (pipeline/glossary.py) sorted. The parts are the same whatever the
language or wording of the report, so a title and a body sentence, and ru/az/en reports, give one key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["TreatyIdentity", "treaty_key"]

# Types whose treaties are between named states: with one party named, the other is the actor or home.
BILATERAL_TYPES = frozenset({"agreement", "memorandum", "protocol", "treaty", "accord", "pact"})


@dataclass(frozen=True)
class TreatyIdentity:
    kind: str
    parties: frozenset[str]
    concepts: frozenset[str]
    gazetteer_id: str | None = None
    words: frozenset[str] = frozenset()
    """Stems of the mention's own words besides the treaty noun: tells apart, within one item, two treaties
    the glossary has no concept for; empty for a bare "the agreement"."""
    short_title: bool = False
    """Named only by capitalised words, with no subject or parties ("Hague Convention", "Makolin Konvensiyası")."""

    @property
    def key(self) -> str:
        return treaty_key(self.kind, self.parties, self.concepts, self.gazetteer_id)

    def same_treaty(self, other: TreatyIdentity) -> bool:
        """Whether two mentions in one item name one treaty: one type, concepts that agree (or one side
        names none: "the agreement"), and parties that agree (or one side names none)."""
        if self.gazetteer_id and other.gazetteer_id:
            return self.gazetteer_id == other.gazetteer_id
        if (self.gazetteer_id or other.gazetteer_id) and self.kind == other.kind:
            unknown = other if self.gazetteer_id else self
            if not unknown.concepts and not unknown.parties:
                return True  # the item names its treaty twice, once as the gazetteer knows it
        if self.kind != other.kind:
            return False
        if self.concepts and other.concepts:
            concepts = bool(self.concepts & other.concepts)
        elif not self.words or not other.words:
            concepts = True  # a bare "the agreement" is the one named before
        else:
            concepts = bool(self.words & other.words)  # the glossary knows one side's subject only
        parties = (not self.parties or not other.parties
                   or self.parties <= other.parties or other.parties <= self.parties)
        return concepts and parties

    def fuller(self, other: TreatyIdentity) -> TreatyIdentity:
        """The identity that says most of one treaty named twice."""
        return TreatyIdentity(
            self.kind,
            self.parties | other.parties,
            self.concepts | other.concepts,
            self.gazetteer_id or other.gazetteer_id,
            self.words | other.words,
            self.short_title and other.short_title,
        )


def treaty_key(kind: str, parties: Iterable[str], concepts: Iterable[str], gazetteer_id: str | None = None) -> str:
    if gazetteer_id:
        return gazetteer_id
    return f"{kind}:{'-'.join(sorted(parties))}:{'+'.join(sorted(concepts))}"
