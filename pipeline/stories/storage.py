"""Story grouping against the database: read items and their translations, write stories, record merges.

A run assigns the items not yet in a story, and re-checks the items whose English translation arrived
since they were grouped (``story_items.compared`` says which text they were grouped on): with it they may
match another story, and the two merge. A merge keeps the older story's id, moves the other's items and
events to it, and is recorded in ``story_merges`` (merged id -> surviving id), so a link or a digest that
named the merged story still finds it (``resolve_story``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from pipeline.dates import find_time
from pipeline.events.records import BAKU
from pipeline.events.rules import EventRules, load_rules
from pipeline.events.store import item_text
from pipeline.records import Settings
from pipeline.stories.clustering import Clusterer, Merge
from pipeline.stories.fingerprints import Fingerprint, StoryItem, fingerprints, shingles
from pipeline.stories.options import StoryOptions, load_options
from pipeline.treaties import Gazetteer, load_gazetteer

__all__ = ["StoriesReport", "Version", "resolve_story", "supersedes", "update_stories"]


@dataclass(frozen=True)
class StoriesReport:
    items: int
    """Items assigned to a story in this run."""
    joined: int
    """Of those, items that joined a story (an existing one or one started in this run)."""
    new_stories: int
    stories_updated: int
    """Stories whose summary was recomputed (new, joined, merged, or with an updated item)."""
    rechecked: int = 0
    """Items compared again because their translation arrived since they were grouped."""
    merged: int = 0
    """Stories merged into an older one."""


def update_stories(
    db: sqlite_utils.Database,
    settings: Settings,
    item_ids: Sequence[int] | None = None,
    *,
    rebuild: bool = False,
    options: StoryOptions | None = None,
    rules: EventRules | None = None,
    gazetteer: Gazetteer | None = None,
    now: datetime | None = None,
) -> StoriesReport:
    """Put items not yet in a story into one, re-check the items whose translation arrived, merge the
    stories they join, and refresh the summaries of the stories touched.

    ``item_ids``: only these items (new ones are assigned, already assigned ones keep their story but
    their story's summary is refreshed, e.g. after an update). ``rebuild``: forget all stories first.
    """
    options = options or load_options(settings.stories_file)
    rules = rules or load_rules(settings.events_file)
    gazetteer = gazetteer or load_gazetteer(settings.treaties_file)
    at = (now or datetime.now(UTC)).isoformat()
    if rebuild:
        with db.atomic():
            db.execute("update events set story_id = null")
            db.execute("delete from story_items")
            db.execute("delete from story_merges")
            db.execute("delete from stories")
    pending = _pending(db, item_ids)
    new_fps = list(fingerprints(_story_items(db, pending), rules, gazetteer, options))
    recheck = set(_translated_since_grouped(db))
    existing = _context(db, new_fps, _published(db, recheck), options, rules, gazetteer)
    clusterer = Clusterer(options)
    for fp, story_id in existing:
        clusterer.add(fp, story_id)
    rechecked = [fp for fp, _ in existing if fp.item_id in recheck]
    for fp in rechecked:
        clusterer.recheck(fp)
    assignments = [clusterer.assign(fp) for fp in new_fps]
    # an assignment's story as it stands once every merge of the run is done
    story_of = {a.item_id: clusterer.resolve(a.story_id) for a in assignments}
    compared = {fp.item_id: fp.compared_language for fp in (*new_fps, *rechecked)}
    touched = set(story_of.values()) | {m.into for m in clusterer.merges}
    if item_ids:
        touched |= _stories_of(db, item_ids)
    with db.atomic():
        db.table("story_items").insert_all(
            ({"item_id": a.item_id, "story_id": story_of[a.item_id], "joined_at": at,
              "similarity": round(a.similarity, 4), "is_latest": 0, "compared": compared[a.item_id]}
             for a in assignments),
            pk="item_id",
            replace=True,
        )
        db.conn.executemany("update story_items set compared = ? where item_id = ?",
                            [(compared[fp.item_id], fp.item_id) for fp in rechecked])
        for merge in clusterer.merges:
            _record_merge(db, merge, at)
        touched = {resolve_story(db, story_id) for story_id in touched}
        for story_id in sorted(touched):
            _refresh_story(db, story_id, options)
        db.conn.executemany(
            "update events set story_id = ? where item_id = ?",
            [(story_of[a.item_id], a.item_id) for a in assignments],
        )
    new_stories = sum(story_of[a.item_id] == f"story-{a.item_id}" for a in assignments if a.new_story)
    return StoriesReport(
        len(assignments), len(assignments) - new_stories, new_stories, len(touched), len(rechecked),
        len(clusterer.merges),
    )


def resolve_story(db: sqlite_utils.Database, story_id: str) -> str:
    """The id a story has now: itself, or the story it was merged into (following later merges too)."""
    seen = {story_id}
    while True:
        row = db.execute("select merged_into from story_merges where merged = ?", [story_id]).fetchone()
        if row is None or row[0] in seen:
            return story_id
        story_id = row[0]
        seen.add(story_id)


def _record_merge(db: sqlite_utils.Database, merge: Merge, at: str) -> None:
    """Move a merged story's items, events and digest records to the story it merged into; remember it."""
    db.table("story_merges").insert(
        {"merged": merge.merged, "merged_into": merge.into, "item_id": merge.item_id,
         "similarity": round(merge.similarity, 4), "merged_at": at},
        pk="merged",
        replace=True,
    )
    moved = [merge.into, merge.merged]
    db.execute("update story_items set story_id = ? where story_id = ?", moved)
    db.execute("update events set story_id = ? where story_id = ?", moved)
    if db["digest_sent"].exists():
        # A recipient sent either story keeps that record under the surviving id; the merged story's
        # summary changed, so its version differs and the digest reports it as updated.
        db.execute("update or ignore digest_sent set story_id = ? where story_id = ?", moved)
        db.execute("delete from digest_sent where story_id = ?", [merge.merged])
    db.execute("delete from stories where id = ?", [merge.merged])


def _translated_since_grouped(db: sqlite_utils.Database) -> list[int]:
    """Items grouped on their original text that have an English translation now."""
    if not db["translations"].exists():
        return []
    sql = """
        select si.item_id from story_items si join items i on i.id = si.item_id
        where coalesce(si.compared, i.language) != 'en' and i.language != 'en'
          and exists (select 1 from translations t where t.item_id = si.item_id and t.language = 'en')
    """
    return [row[0] for row in db.execute(sql).fetchall()]


def _published(db: sqlite_utils.Database, item_ids: set[int]) -> list[datetime]:
    if not item_ids:
        return []
    rows = db.execute(
        "select coalesce(published_at, first_seen_at) from items where id in (select value from json_each(?))",
        [json.dumps(sorted(item_ids))],
    ).fetchall()
    return [datetime.fromisoformat(row[0]) for row in rows if row[0]]


def _pending(db: sqlite_utils.Database, item_ids: Sequence[int] | None) -> list[int]:
    sql = "select id from items where id not in (select item_id from story_items)"
    params: list[int] = []
    if item_ids is not None:
        sql += f" and id in ({', '.join('?' * len(item_ids))})"
        params = list(item_ids)
    # Publication order: within one run (items of one harvest arrive in no useful order) the first report
    # of an event founds its story and the others join it; across runs, earlier runs went first anyway.
    order = " order by coalesce(published_at, first_seen_at), id"
    return [row[0] for row in db.execute(sql + order, params).fetchall()]


# Items read per query: a rebuild reads every item, and all their text at once (or one SQL parameter per
# item, past the 32,766 of default SQLite builds) would not scale; fingerprinting streams anyway.
_READ_CHUNK = 500


def _story_items(db: sqlite_utils.Database, ids: Sequence[int]) -> Iterator[StoryItem]:
    """Items with their English translation when one is stored, in the order of ``ids``, a chunk at a time."""
    for start in range(0, len(ids), _READ_CHUNK):
        yield from _story_items_chunk(db, ids[start : start + _READ_CHUNK])


def _story_items_chunk(db: sqlite_utils.Database, ids: Sequence[int]) -> list[StoryItem]:
    marks = ", ".join("?" * len(ids))
    rows = {r["id"]: r for r in db.query(f"select * from items where id in ({marks})", list(ids))}
    english: dict[int, dict[str, str]] = {}
    if db["translations"].exists():
        for row in db.query(
            f"select item_id, field, text from translations where language = 'en' and item_id in ({marks})", list(ids)
        ):
            english.setdefault(row["item_id"], {})[row["field"]] = row["text"] or ""
    items = []
    for item_id in ids:
        row = rows[item_id]
        text = item_text(row)
        translated = english.get(item_id)
        if translated and text.language != "en":
            compared = "\n\n".join(translated.get(f, "") for f in ("title", "lead", "body"))
            language = "en"
        else:
            compared, language = "\n\n".join(text.paragraphs), text.language
        items.append(StoryItem(text, compared, language, row["source_id"], row.get("duplicate_of")))
    return items


def _context(
    db: sqlite_utils.Database,
    new: Sequence[Fingerprint],
    rechecked: Sequence[datetime],
    options: StoryOptions,
    rules: EventRules,
    gazetteer: Gazetteer,
) -> list[tuple[Fingerprint, str]]:
    """Items already in stories that were published within the window of the new and re-checked ones."""
    times = [fp.published for fp in new] + list(rechecked)
    if not times:
        return []
    start = (min(times) - options.window).isoformat()
    end = (max(times) + options.window).isoformat()
    rows = db.execute(
        """
        select s.item_id, s.story_id from story_items s join items i on i.id = s.item_id
        where coalesce(i.published_at, i.first_seen_at) between ? and ?
        order by coalesce(i.published_at, i.first_seen_at), i.id
        """,
        [start, end],
    ).fetchall()
    story_of = dict(rows)
    items = _story_items(db, [item_id for item_id, _ in rows])
    return [(fp, story_of[fp.item_id]) for fp in fingerprints(items, rules, gazetteer, options)]


def _stories_of(db: sqlite_utils.Database, item_ids: Sequence[int]) -> set[str]:
    marks = ", ".join("?" * len(item_ids))
    sql = f"select distinct story_id from story_items where item_id in ({marks})"
    return {row[0] for row in db.execute(sql, list(item_ids)).fetchall()}


def _refresh_story(db: sqlite_utils.Database, story_id: str, options: StoryOptions) -> None:
    """Recompute a story's summary and which of its items were superseded by a later version."""
    members = list(
        db.query(
            """
            select i.id, i.source_id, i.language, i.title, i.lead, i.body, i.update_notice, i.first_seen_at,
                   coalesce(i.last_changed_at, i.first_seen_at) as stored_at,
                   coalesce(i.updated_at, i.published_at, i.first_seen_at) as changed_at,
                   coalesce(i.published_at, i.first_seen_at) as published_at, coalesce(s.official, 0) as official
            from story_items si join items i on i.id = si.item_id left join sources s on s.id = i.source_id
            where si.story_id = ? order by i.first_seen_at, i.id
            """,
            [story_id],
        )
    )
    versions = [_version(row, options.shingle_words) for row in members]
    superseded = {old.item_id for old in versions for new in versions if supersedes(new, old, options)}
    latest_ids = {row["id"] for row in members} - superseded
    flags = [(int(r["id"] in latest_ids), r["id"]) for r in members]
    db.conn.executemany("update story_items set is_latest = ? where item_id = ?", flags)
    latest = max(members, key=lambda r: (r["changed_at"], r["id"]))
    db.table("stories").upsert(
        {
            "id": story_id,
            "first_seen_at": min(r["first_seen_at"] for r in members),
            # On the harvest's clock like first_seen_at, so it is never the earlier of the two; the sites' own
            # times are the reports' published_at/updated_at.
            "last_updated_at": max(r["stored_at"] for r in members),
            "languages": sorted({r["language"] for r in members if r["language"]}),
            "sources": list(dict.fromkeys(r["source_id"] for r in members)),
            "titles": _titles(members, latest_ids),
            "latest_item_id": latest["id"],
            "official_confirmed": int(any(r["official"] for r in members)),
            "item_count": len(members),
        },
        pk="id",
    )


@dataclass(frozen=True)
class Version:
    """What tells a re-publication under a new URL from another report by the same source."""

    item_id: int
    source_id: str
    published: datetime
    notice: str
    """The "updated" notice, which names the first version's time ("первая версия опубликована в 15:48")."""
    shingles: frozenset[str]


def _version(row: Mapping[str, Any], size: int) -> Version:
    text = "\n\n".join(row[f] or "" for f in ("title", "lead", "body"))
    return Version(
        row["id"],
        row["source_id"],
        datetime.fromisoformat(row["published_at"]),
        row["update_notice"] or "",
        frozenset(shingles(text, size)),
    )


def supersedes(new: Version, old: Version, options: StoryOptions) -> bool:
    """Whether ``new`` is a later version of ``old`` republished under another URL by the same source:
    its update notice names the time ``old`` was published (Baku time), or its text is mostly ``old``'s."""
    if new.item_id == old.item_id or new.source_id != old.source_id:
        return False
    first_version = find_time(new.notice) if new.notice else None
    published = old.published.astimezone(BAKU)
    if first_version is not None and (first_version.hour, first_version.minute) == (published.hour, published.minute):
        return True  # even when the new page repeats the first version's date as its own
    if new.published <= old.published:
        return False
    union = len(new.shingles | old.shingles)
    return union > 0 and len(new.shingles & old.shingles) / union >= options.republished_text


def _titles(members: Sequence[Mapping[str, Any]], latest_ids: set[int]) -> dict[str, str]:
    """One title per language: an official source's first, then the latest version, then the earliest report."""
    titles: dict[str, str] = {}
    ranked = sorted(members, key=lambda r: (-r["official"], r["id"] not in latest_ids, r["published_at"], r["id"]))
    for row in ranked:
        if row["language"]:
            titles.setdefault(row["language"], row["title"])
    return titles
