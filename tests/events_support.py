"""Shared helpers of the events tests: items as the extractor reads them, and the shipped rules."""

from __future__ import annotations

from datetime import datetime

from pipeline.events.extract import extract_events
from pipeline.events.records import Event, ItemText
from pipeline.events.rules import load_rules
from pipeline.treaties import load_gazetteer

RULES = load_rules()
GAZETTEER = load_gazetteer()
UN = "un-cybercrime-convention"


def item(language: str, title: str, *paragraphs: str, published: str = "2026-02-23T12:00:00+04:00") -> ItemText:
    """An item: the first paragraph is the lead, the rest the body."""
    lead = paragraphs[0] if paragraphs else ""
    return ItemText(1, language, title, lead, "\n\n".join(paragraphs[1:]), datetime.fromisoformat(published))


def events_of(language: str, title: str, *paragraphs: str,
              published: str = "2026-02-23T12:00:00+04:00") -> tuple[Event, ...]:
    return extract_events(item(language, title, *paragraphs, published=published), RULES, GAZETTEER)


def summary(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(e.action, e.treaty_id, e.act_date.isoformat() if e.act_date else None, e.legal_act) for e in events}


def acts(events: tuple[Event, ...]) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(action, actor, parties) of each event."""
    return {(e.action, e.actor, e.parties) for e in events}


def acts_of(language: str, title: str, *paragraphs: str,
            published: str = "2026-11-25T12:00:00+04:00") -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(action, actor, parties) of each event of an item."""
    return acts(events_of(language, title, *paragraphs, published=published))


def actions_and_actors(language: str, title: str, *paragraphs: str,
                       published: str = "2026-11-25T12:00:00+04:00") -> set[tuple[str, str | None]]:
    """(action, actor) of each event of an item: what a construction test asserts."""
    return {(e.action, e.actor) for e in events_of(language, title, *paragraphs, published=published)}
