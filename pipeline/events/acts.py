"""An act as read from one sentence: what the item-level folding (item.py) needs to know about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.events.identity import TreatyIdentity

__all__ = ["Act"]


@dataclass(frozen=True)
class Act:
    """One act read in one sentence, before the item's acts are folded into events (item.py)."""

    action: str
    identity: TreatyIdentity
    name: str
    actor: str | None
    actor_guessed: bool
    """The actor is the home state by default, not a state the sentence names: a named one wins."""
    parties: frozenset[str]
    act_date: date | None
    dated: bool
    """The act date is printed (or "yesterday"), not the publication day taken for want of one."""
    legal_act: tuple[str, date | None] | None
    evidence: str
    weak: bool
    """Read from a law's title alone, with no verb: yields to an act reported by a verb."""
    in_title: bool = False
    stateless: bool = False
    reading: str = ""
    """The verb's reading ("ratify", "sign", ...): a "ratified" read from "ratify" itself may be a parliament's vote."""
    implemented: bool = False
    """Read from the title of a law a decree puts into practice (laws.implemented): that law's act, done before. It
    is no event of its own, but its provisions are the law's and it may retell a headline's approval (item.py)."""
    co_actors: tuple[str, ...] = ()
    """States that perform the same one-sided act beside ``actor`` as its joint subject ("Russia and Belarus quit
    ..."): each is the actor of an event of its own (parties.co_actors)."""
