"""The events of one story folded together: one line per (action, treaty) for the analyst.

Items of a story report one act in several languages and versions; their per-item events share a
``treaty_key`` (identity.py), so they fold on (action, treaty_key). The acting state comes first in
``states``; dates that disagree are kept with the items that reported them, for the analyst to look at.

An edition may name less of a treaty than the others: no subject the glossary knows ("Минкультуры ... подписали
меморандум": memorandum:AZ-UZ: where the az and en editions give memorandum:AZ-UZ:culture), or no parties
("the declaration was signed"). Its key then joins the one fuller key of the story it fits (``joined_keys``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from pipeline.events.records import MergedEvent
from pipeline.treaties import fold

__all__ = ["joined_keys", "merge_events", "story_events"]


def merge_events(rows: Iterable[Mapping[str, Any]]) -> tuple[MergedEvent, ...]:
    """Fold per-item event rows (``events`` table shape) into one event per action and treaty."""
    keyed = [(row, _treaty_key(row)) for row in rows]
    joined = joined_keys((row["item_id"], key) for row, key in keyed)
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row, key in keyed:
        groups.setdefault((row["action"], joined.get(key, key)), []).append(row)
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


def joined_keys(reported: Iterable[tuple[object, str]]) -> dict[str, str]:
    """Which keys of one story's events (``(item, treaty_key)`` pairs) name less of a treaty another key names
    in full, mapped to that key: one type, and each of parties and subject either left empty or the same
    ("memorandum:AZ-UZ:" and "memorandum:AZ-UZ:culture"; "declaration::" and "declaration:AZ-KG-KZ-TR-UZ:").
    Only where the story has one such fuller key: with two ("agreement:AZ-GE:border", "...:bridges") which one
    is not said. Never where one item reports both keys: that item told two treaties apart. Gazetteer ids and
    names (no ``type:PARTIES:subject`` shape) are left as they are."""
    in_items: dict[str, set[object]] = {}
    for item, key in reported:
        in_items.setdefault(key, set()).add(item)
    parts = {key: match.groups() for key in in_items if (match := _KEY_PARTS.fullmatch(key))}
    joined = {}
    for key, mine in parts.items():
        if all(mine[1:]):
            continue
        fuller = [other for other, theirs in parts.items() if other != key and _fits(mine, theirs)]
        widest = [other for other in fuller if not any(_fits(parts[other], parts[wider]) for wider in fuller
                                                       if wider != other)]
        if len(widest) == 1 and not any(in_items[key] & in_items[other] for other in fuller):
            joined[key] = widest[0]
    return joined


# A key made by identity.treaty_key: type, parties (ISO codes) and subject concepts, any of the last two empty.
_KEY_PARTS = re.compile(r"([a-z_]+):([A-Z]{2}(?:-[A-Z]{2})*|):([a-z0-9_+]*)")


def _fits(partial: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a key's parts name less of the treaty the other's parts name: same type, each other part empty
    or the same."""
    kind, *named = partial
    return kind == full[0] and all(not mine or mine == theirs for mine, theirs in zip(named, full[1:], strict=True))


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
