"""The events table: extraction run over stored items, and the depositary's confirmation of events."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from pipeline.depositary import Participation, depositary_confirms
from pipeline.events.extract import extract_events
from pipeline.events.records import Event, ItemText
from pipeline.events.rules import EventRules, load_rules
from pipeline.records import Settings
from pipeline.states import find_states
from pipeline.treaties import Gazetteer, load_gazetteer, sync_treaties

__all__ = ["EventsReport", "confirm_events", "item_text", "update_events"]


@dataclass(frozen=True)
class EventsReport:
    items: int
    events: int
    unknown_treaties: int
    confirmed: int


def update_events(
    db: sqlite_utils.Database,
    item_ids: Sequence[int] | None = None,
    *,
    rules: EventRules | None = None,
    gazetteer: Gazetteer | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> EventsReport:
    """Extract the events of relevant items again (all of them, or ``item_ids``) and re-check confirmations.

    Extraction is cheap (about a millisecond an item), so a run recomputes instead of tracking what
    changed; an item's events are replaced whole, which keeps revisions consistent.
    """
    settings = settings or Settings()
    rules = rules or load_rules(settings.events_file)
    gazetteer = gazetteer or load_gazetteer(settings.treaties_file)
    sync_treaties(db, gazetteer)
    at = (now or datetime.now(UTC)).isoformat()
    where, params = "relevant = 1", []
    if item_ids is not None:
        where += f" and id in ({', '.join('?' * len(item_ids))})"
        params = list(item_ids)
    items = [item_text(row) for row in db.query(f"select * from items where {where}", params)]
    stories = dict(db.execute("select item_id, story_id from story_items").fetchall())
    rows = [
        _event_row(event, item.id, stories.get(item.id), at)
        for item in items
        for event in extract_events(item, rules, gazetteer)
    ]
    with db.atomic():
        for item in items:
            db.execute("delete from events where item_id = ?", [item.id])
        if rows:
            db.table("events").insert_all(rows, pk="id")
    confirmed = confirm_events(db, gazetteer)
    return EventsReport(len(items), len(rows), sum(1 for r in rows if r["treaty_id"] is None), confirmed)


def item_text(row: Mapping[str, Any]) -> ItemText:
    """An ``items`` row as extraction reads it (the first-seen time stands in for a missing publication date)."""
    published = row.get("published_at") or row.get("first_seen_at")
    return ItemText(
        id=row["id"],
        language=row.get("language") or "other",
        title=row.get("title") or "",
        lead=row.get("lead") or "",
        body=row.get("body") or "",
        published=datetime.fromisoformat(published) if published else None,
    )


def _event_row(event: Event, item_id: int, story_id: str | None, at: str) -> dict[str, Any]:
    return {
        "story_id": story_id,
        "item_id": item_id,
        "action": event.action,
        "treaty_id": event.treaty_id,
        "treaty_name": event.treaty_name,
        "treaty_key": event.treaty_key,
        "actor": event.actor,
        "parties": list(event.parties),
        "states": list(event.states),
        "act_date": event.act_date.isoformat() if event.act_date else None,
        "legal_act": event.legal_act,
        "legal_act_date": event.legal_act_date.isoformat() if event.legal_act_date else None,
        "evidence": event.evidence,
        "evidence_language": event.evidence_language,
        "confirmed": 0,
        "extracted_at": at,
    }


def confirm_events(db: sqlite_utils.Database, gazetteer: Gazetteer | None = None) -> int:
    """Mark events the depositary's status table bears out; returns how many are confirmed.

    The depositary prints participants in English ("Russian Federation"); events name states by ISO code.
    """
    gazetteer = gazetteer or load_gazetteer()
    status: dict[tuple[str, str], Participation] = {}
    for row in db.query("select * from treaty_status"):
        participant = find_states(row["participant"], "en")
        state = participant[0].code if participant else row["participant"]
        status[(row["treaty_id"], state)] = Participation(
            row["participant"],
            date.fromisoformat(row["signature"]) if row["signature"] else None,
            row["action"],
            date.fromisoformat(row["action_date"]) if row["action_date"] else None,
        )
    updates = []
    for row in db.query("select id, action, treaty_id, states, act_date from events where treaty_id is not null"):
        act_date = date.fromisoformat(row["act_date"]) if row["act_date"] else None
        states = json.loads(row["states"]) if row["states"] else []
        records = [status.get((row["treaty_id"], s)) for s in states]
        ok = any(p is not None and depositary_confirms(row["action"], act_date, p) for p in records)
        updates.append((int(ok), row["id"]))
    with db.atomic():
        db.conn.executemany("update events set confirmed = ? where id = ?", updates)
    return sum(ok for ok, _ in updates)
