"""Hand-made items for the stories and events tests: a real SQLite file with the project schema."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from pipeline.schema import migrate
from pipeline.stories import cluster, similarity

SOURCES = {
    "trend-ru": ("ru", "agency"),
    "trend-az": ("az", "agency"),
    "apa-en": ("en", "agency"),
    "president-en": ("en", "official"),
}


def new_db(path: Path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    migrate(db)
    db["sources"].insert_all(
        {"id": sid, "name": sid, "language": lang, "kind": kind, "official": int(kind != "agency")}
        for sid, (lang, kind) in SOURCES.items()
    )
    return db


def add_item(
    db: sqlite_utils.Database,
    item_id: int,
    source: str,
    title: str,
    paragraphs: tuple[str, ...],
    published: str,
    *,
    notice: str | None = None,
    relevant: int = 1,
) -> int:
    """Store an item as the harvest would (lead = first paragraph); ``published`` in UTC."""
    language = SOURCES[source][0]
    db["items"].insert(
        {
            "id": item_id,
            "source_id": source,
            "url": f"http://{source}.test/{item_id}",
            "title": title,
            "lead": paragraphs[0],
            "body": "\n\n".join(paragraphs[1:]),
            "language": language,
            "published_at": published,
            "first_seen_at": f"2026-03-01T00:00:{item_id:02d}+00:00",
            "update_notice": notice,
            "topics": json.dumps([]),
            "relevant": relevant,
            "content_hash": str(item_id),
            "revision": 1,
        }
    )
    return item_id


def stories_of(options, items) -> set[str]:
    """The story ids the clusterer gives ``items`` (fingerprints), all in one run."""
    return {a.story_id for a in cluster(items, options)}


def _pair(one, other) -> str:
    """A failure message: the two items and the fact keys they share (what joined them, or too little)."""
    return f"items {one.item_id} and {other.item_id}, sharing {sorted(one.weights.keys() & other.weights.keys())}"


def meets(options, one, *others) -> None:
    """Each of ``others`` (fingerprints) may be one story with ``one``."""
    for other in others:
        assert similarity(one, other, options) is not None, f"apart: {_pair(one, other)}"


def kept_apart(options, one, *others) -> None:
    """None of ``others`` (fingerprints) may be one story with ``one``."""
    for other in others:
        assert similarity(one, other, options) is None, f"joined: {_pair(one, other)}"


DAY = "2026-05-12T{}:00+04:00"
"""The day of the ``make`` fixture's default publication time, with "{}" for the hour and minute."""
NEXT_DAY = "2026-05-13T{}:00+04:00"
"""The day after ``DAY``: an edition told the next morning."""


def one_story(make, editions, day: str = DAY) -> list:
    """The editions ((language, headline) or (language, headline, lead)), published an hour apart from 11:00
    on ``day`` (an ISO time with "{}" for the hour and minute), end as one story; their fingerprints (item
    ids 1, 2, ...), for the look-alikes that must stay apart from them."""
    options, fp = make
    prints = [fp(n, *edition, at=day.format(f"1{n}:00")) for n, edition in enumerate(editions, 1)]
    assignments = cluster(prints, options)
    assert len({a.story_id for a in assignments}) == 1, {a.item_id: a.story_id for a in assignments}
    return prints


def _two(make, one, other, day: str) -> tuple:
    options, fp = make
    return options, fp(1, *one, at=day.format("11:00")), fp(2, *other, at=day.format("11:30"))


def together(make, one, other, day: str = DAY) -> None:
    """Two items ((language, headline) or (language, headline, lead)) half an hour apart on ``day`` may be one
    story."""
    meets(*_two(make, one, other, day))


def apart(make, one, other, day: str = DAY) -> None:
    """Two items ((language, headline) or (language, headline, lead)) half an hour apart on ``day`` may not be
    one story."""
    kept_apart(*_two(make, one, other, day))
