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


def one_story(make, editions, day: str) -> None:
    """The editions (language, headline, lead), published an hour apart on ``day`` (an ISO time with "{}" for
    the hour and minute), end as one story."""
    options, fp = make
    prints = [fp(n, language, headline, lead, at=day.format(f"1{n}:00"))
              for n, (language, headline, lead) in enumerate(editions, 1)]
    assert len(stories_of(options, prints)) == 1


def apart(make, one, other, day: str) -> None:
    """Two items (language, headline, lead) half an hour apart on ``day`` may not be one story."""
    options, fp = make
    assert similarity(fp(1, *one, at=day.format("11:00")), fp(2, *other, at=day.format("11:30")), options) is None
