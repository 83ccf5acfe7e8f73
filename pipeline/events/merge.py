"""The events of one story folded together: one line per (action, treaty) for the analyst.

Items of a story report one act in several languages and versions; their per-item events share a
``treaty_key`` (identity.py), so they fold on (action, treaty_key). The acting state comes first in
``states``; dates that disagree are kept with the items that reported them, for the analyst to look at.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from pipeline.events.records import MergedEvent
from pipeline.treaties import fold

__all__ = ["merge_events", "story_events"]


def merge_events(rows: Iterable[Mapping[str, Any]]) -> tuple[MergedEvent, ...]:
    """Fold per-item event rows (``events`` table shape) into one event per action and treaty."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["action"], _treaty_key(row)), []).append(row)
    merged = []
    for (action, key), members in groups.items():
        dates: dict[str, list[int]] = {}
        for row in members:
            if row["act_date"]:
                dates.setdefault(row["act_date"], []).append(row["item_id"])
        actors = [row.get("actor") for row in members if row.get("actor")]
        actor = max(set(actors), key=actors.count) if actors else None
        parties = dict.fromkeys(s for row in members for s in _json_list(row.get("parties") or row.get("states")))
        named = next((r for r in members if r["treaty_id"]), None) or max(members, key=lambda r: len(r["treaty_name"]))
        merged.append(
            MergedEvent(
                action=action,
                treaty_id=named["treaty_id"],
                treaty_name=named["treaty_name"],
                treaty_key=key,
                actor=actor,
                states=tuple(dict.fromkeys(s for s in (actor, *sorted(parties)) if s)),
                act_dates=tuple((d, tuple(sorted(ids))) for d, ids in sorted(dates.items())),
                legal_acts=tuple(dict.fromkeys(r["legal_act"] for r in members if r["legal_act"])),
                item_ids=tuple(sorted({r["item_id"] for r in members})),
                confirmed=any(r["confirmed"] for r in members),
            )
        )
    return tuple(merged)


def _treaty_key(row: Mapping[str, Any]) -> str:
    """Rows written before treaty keys existed fall back to the gazetteer id or the name as printed."""
    return str(row.get("treaty_key") or row["treaty_id"] or fold(row["treaty_name"]))


def _json_list(value: object) -> list[str]:
    if isinstance(value, list):
        return value
    return list(json.loads(value)) if isinstance(value, str) and value else []


def story_events(db: sqlite_utils.Database, story_id: str) -> tuple[MergedEvent, ...]:
    rows = db.query("select * from events where story_id = ? order by item_id, id", [story_id])
    return merge_events(rows)
