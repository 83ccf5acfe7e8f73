"""What there is to tell: groups (a story with all its versions) read from the database, and which a reader wants.

A unit because it is the digest's only read of the pipeline's tables (items, stories, translations,
events): everything after it works on these frozen records, never on rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import sqlite_utils

from pipeline.action_lines import REPORT_FROM, REPORT_SELECT, ActionLine, action_lines
from pipeline.digest.recipients import Recipient
from pipeline.records import LANGUAGES


@dataclass(frozen=True)
class SourceVersion:
    """One source's report (an item) within a group."""

    item_id: int
    source_id: str
    source_name: str
    official: bool
    language: str
    url: str
    title: str
    published_at: str | None
    revision: int


@dataclass(frozen=True)
class Event:
    action: str
    treaty_id: str | None
    treaty_names: Mapping[str, str]
    """Best name per language, "en" always present when the treaty is known."""
    states: tuple[str, ...]
    act_date: str | None
    """Dates that disagree are all given (" / ")."""
    legal_act: str | None
    confirmed: bool
    """The depositary lists the act (``treaties status``) or reported it itself."""
    treaty_key: str = ""
    """The treaty's language-free identity (events.treaty_key): reports in three languages are one line."""
    confirmed_by: tuple[str, ...] = ()
    """Official sources (by their name in sources.yaml) that reported the act themselves."""


@dataclass(frozen=True)
class Group:
    key: str
    """The story id, or ``item:<id>`` for a relevant item no story holds (yet)."""
    version: str
    """Changes when an item joins or is revised: the group is then sent again, marked "updated"."""
    versions: tuple[SourceVersion, ...]
    """Latest first."""
    events: tuple[Event, ...]
    topics: frozenset[str]
    translated_titles: Mapping[str, str]
    """Machine translations of the lead version's title, by language."""
    story_titles: Mapping[str, str] = field(default_factory=dict)
    changed_at: str = ""

    @property
    def lead(self) -> SourceVersion:
        return self.versions[0]


def load_groups(db: sqlite_utils.Database, since: str) -> list[Group]:
    """Groups with a relevant item first seen or changed at or after ``since`` (ISO UTC), newest first."""
    changed = db.execute(
        """
        SELECT i.id, si.story_id FROM items i LEFT JOIN story_items si ON si.item_id = i.id
        WHERE i.relevant = 1 AND i.duplicate_of IS NULL
          AND coalesce(i.last_changed_at, i.first_seen_at) >= ?
        """,
        [since],
    ).fetchall()
    story_ids = sorted({story for _, story in changed if story})
    members = _story_members(db, story_ids)
    keys: dict[str, list[int]] = {}
    for item_id, story_id in changed:
        if story_id:
            keys[story_id] = members.get(story_id, [item_id])
        else:
            keys[f"item:{item_id}"] = [item_id]
    item_ids = sorted({i for ids in keys.values() for i in ids})
    items = _items(db, item_ids)
    stories = _stories(db, story_ids)
    translations = _title_translations(db, item_ids)
    events = _events(db, item_ids, story_ids)
    groups = [
        _group(key, [items[i] for i in ids if i in items], stories.get(key), translations, events)
        for key, ids in keys.items()
    ]
    return sorted((g for g in groups if g.versions), key=lambda g: (g.changed_at, g.key), reverse=True)


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def _story_members(db: sqlite_utils.Database, story_ids: list[str]) -> dict[str, list[int]]:
    rows = db.execute(
        """
        SELECT si.story_id, si.item_id FROM story_items si JOIN items i ON i.id = si.item_id
        WHERE si.story_id IN (SELECT value FROM json_each(?)) AND i.duplicate_of IS NULL
        ORDER BY si.is_latest DESC, coalesce(i.published_at, i.first_seen_at) DESC, i.id DESC
        """,
        [json.dumps(story_ids)],
    ).fetchall()
    members: dict[str, list[int]] = {}
    for story_id, item_id in rows:
        members.setdefault(story_id, []).append(item_id)
    return members


def _items(db: sqlite_utils.Database, item_ids: list[int]) -> dict[int, dict[str, Any]]:
    rows = db.query(
        """
        SELECT i.id, i.source_id, coalesce(s.name, i.source_id) AS source_name, coalesce(s.official, 0) AS official,
          i.language, coalesce(i.canonical_url, i.fetched_url, i.url) AS link, i.title, i.published_at,
          i.revision, i.topics, coalesce(i.last_changed_at, i.first_seen_at) AS changed_at
        FROM items i LEFT JOIN sources s ON s.id = i.source_id
        WHERE i.id IN (SELECT value FROM json_each(?))
        """,
        [json.dumps(item_ids)],
    )
    return {row["id"]: row for row in rows}


def _stories(db: sqlite_utils.Database, story_ids: list[str]) -> dict[str, dict[str, str]]:
    rows = db.execute("SELECT id, titles FROM stories WHERE id IN (SELECT value FROM json_each(?))",
                      [json.dumps(story_ids)]).fetchall()
    return {story_id: _json(titles, {}) for story_id, titles in rows}


def _title_translations(db: sqlite_utils.Database, item_ids: list[int]) -> dict[int, dict[str, str]]:
    rows = db.execute(
        "SELECT item_id, language, text FROM translations WHERE field = 'title' AND text != ''"
        " AND item_id IN (SELECT value FROM json_each(?))",
        [json.dumps(item_ids)],
    ).fetchall()
    found: dict[int, dict[str, str]] = {}
    for item_id, language, text in rows:
        found.setdefault(item_id, {})[language] = text
    return found


def treaty_name(event: Event, language: str) -> str:
    """The treaty's name in ``language``, else in English, else as any report wrote it."""
    names = event.treaty_names
    return (names.get(language) or names.get("en") or next(iter(names.values()), None) or event.treaty_id
            or "?")


def _events(
    db: sqlite_utils.Database, item_ids: list[int], story_ids: list[str]
) -> dict[int | str, list[dict[str, Any]]]:
    """Event rows (``action_lines``' columns and the treaty's names) keyed by item id and by story id."""
    rows = db.query(
        f"""
        SELECT {REPORT_SELECT} FROM {REPORT_FROM}
        WHERE e.item_id IN (SELECT value FROM json_each(?)) OR e.story_id IN (SELECT value FROM json_each(?))
        """,
        [json.dumps(item_ids), json.dumps(story_ids)],
    )
    found: dict[int | str, list[dict[str, Any]]] = {}
    for row in rows:
        for key in {row["story_id"], row["item_id"]} - {None}:
            found.setdefault(key, []).append(row)
    return found


def _event(line: ActionLine) -> Event:
    """A line as the digest tells it, with the treaty's name for a reader of each language."""
    return Event(
        action=line.event.action, treaty_id=line.event.treaty_id,
        treaty_names=MappingProxyType({language: line.treaty(language) for language in LANGUAGES}),
        states=line.event.states, act_date=line.act_date, legal_act=next(iter(line.event.legal_acts), None),
        confirmed=line.depositary, treaty_key=line.event.treaty_key, confirmed_by=line.confirmed_by,
    )


def _group(
    key: str, rows: list[dict[str, Any]], story_titles: dict[str, str] | None,
    translations: dict[int, dict[str, str]], events: dict[int | str, list[dict[str, Any]]],
) -> Group:
    versions = tuple(
        SourceVersion(
            item_id=r["id"], source_id=r["source_id"], source_name=r["source_name"], official=bool(r["official"]),
            language=r["language"] or "other", url=r["link"], title=r["title"], published_at=r["published_at"],
            revision=r["revision"] or 1,
        )
        for r in rows
    )
    translated: dict[str, str] = {}
    for version in versions:  # the lead's translations win; others fill languages it lacks
        for language, text in translations.get(version.item_id, {}).items():
            translated.setdefault(language, text)
    keys: tuple[int | str, ...] = (key, *(v.item_id for v in versions))
    lines = action_lines(row for k in keys for row in events.get(k, []))
    return Group(
        key=key,
        version=",".join(f"{v.item_id}.{v.revision}" for v in sorted(versions, key=lambda v: v.item_id)),
        versions=versions,
        events=tuple(sorted((_event(line) for line in lines), key=lambda e: e.act_date or "")),
        topics=frozenset(t for r in rows for t in _json(r["topics"], [])),
        translated_titles=MappingProxyType(translated),
        story_titles=MappingProxyType(story_titles or {}),
        changed_at=max(r["changed_at"] or "" for r in rows),
    )


def interested(recipient: Recipient, group: Group) -> bool:
    """A recipient with neither topics nor treaties gets everything; otherwise a topic or a treaty must match."""
    if not recipient.topics and not recipient.treaties:
        return True
    if group.topics & set(recipient.topics):
        return True
    wanted = [t.casefold() for t in recipient.treaties]
    for event in group.events:
        names = [n.casefold() for n in event.treaty_names.values()]
        if any(w == (event.treaty_id or "").casefold() or any(w in n for n in names) for w in wanted):
            return True
    return False
