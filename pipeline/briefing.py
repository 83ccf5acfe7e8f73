"""The morning briefing: one day's treaty actions by story, read from the database for Datasette's front page.

    database ──day_actions──▶ StoryBrief…   (one per story, its actions deduplicated, confirmations named)

An action (signed, ratified ...) reported by several sources is told once per story, with every state
that acted. It is *confirmed* by the official sources (the President, the Milli Majlis, the legal-acts
database) that reported it themselves, and by the depositary when ``treaties status`` matched it: the
briefing names which, instead of a bare flag.

Times are stored in UTC; analysts read Baku time (UTC+4 all year since 2016), labelled as such.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from . import digest
from .action_lines import REPORT_FROM, REPORT_SELECT, action_lines
from .localise import LABELS, source_label, state_label

LOCAL_ZONE = "Baku, UTC+4"


@dataclass(frozen=True)
class ActionBrief:
    action: str
    treaty: str
    treaty_id: str | None
    states: tuple[str, ...]
    """English names (stored as ISO codes or as names: one state once either way)."""
    act_date: str | None
    """Dates that disagree are all given (" / ")."""
    legal_act: str | None
    confirmed_by: tuple[str, ...]
    """Official sources that reported it themselves, and the depositary when it lists the act."""
    reported_by: tuple[str, ...]


@dataclass(frozen=True)
class SourceBrief:
    name: str
    language: str
    official: bool
    url: str
    item_id: int
    published: str
    """Publication time in Baku time with its zone, or "" when the page printed none."""


@dataclass(frozen=True)
class StoryBrief:
    story_id: str | None
    """None for a report no story holds (yet)."""
    title: str
    title_language: str
    languages: tuple[str, ...]
    actions: tuple[ActionBrief, ...]
    sources: tuple[SourceBrief, ...]
    last_seen: str
    """When the harvest last stored or changed one of its reports, Baku time with zone."""


def local_time(iso: str | None, language: str = "") -> str:
    """``2026-02-23T06:00:00+00:00`` → ``2026-02-23 10:00 (Baku, UTC+4)`` (the zone in ``language`` when
    given); a date or naive time is kept as written (its zone is unknown), and so is text that is not a time."""
    local = digest.local_time(iso)
    zone = LABELS[language].zone if language in LABELS else LOCAL_ZONE
    return f"{local} ({zone})" if local and local != iso else local


def _title(titles: dict[str, str], items: list[dict[str, object]], language: str) -> tuple[str, str]:
    """(title, its language): the story's title in ``language``, a report in it, a report's machine
    translation into it, else the latest report's original."""
    if titles.get(language):
        return titles[language], language
    for item in reversed(items):
        if item["language"] == language:
            return str(item["title"]), language
    for item in reversed(items):
        if item["translated_title"]:
            return str(item["translated_title"]), language
    latest = items[-1] if items else {"title": "", "language": ""}
    return str(latest["title"]), str(latest["language"])


def local_today(now: datetime | None = None) -> str:
    return digest.local_time((now or datetime.now(UTC)).isoformat(), with_time=False)


_DAY_EVENTS = f"""
    select {REPORT_SELECT} from {REPORT_FROM}
    where date(i.first_seen_at, '+4 hours') = :day or e.act_date = :day
    order by e.id
"""


def latest_day(conn: sqlite3.Connection) -> str | None:
    """The last Baku day on which a treaty action was reported, for a morning with nothing new yet."""
    row = conn.execute(
        "select max(date(i.first_seen_at, '+4 hours')) from events e join items i on i.id = e.item_id"
    ).fetchone()
    return row[0] if row else None


def _rows(conn: sqlite3.Connection, sql: str, params: dict[str, object] | Sequence[object]) -> list[dict[str, object]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _actions(events: list[dict[str, object]], language: str) -> tuple[ActionBrief, ...]:
    """The story's action lines (``action_lines``: one per act however many reports and languages tell it)
    in ``language``: states (the actor first), dates, who confirms it and who reported it."""
    return tuple(
        ActionBrief(
            action=line.event.action, treaty=line.treaty(language), treaty_id=line.event.treaty_id,
            states=_unique([state_label(s, language) for s in line.event.states]),
            act_date=line.act_date, legal_act=next(iter(line.event.legal_acts), None),
            confirmed_by=line.confirmations(language),
            reported_by=_unique([source_label(name, language) for name in line.reported_by]),
        )
        for line in action_lines(events)
    )


def day_actions(conn: sqlite3.Connection, day: str | date, language: str = "en") -> list[StoryBrief]:
    """Stories with a treaty action reported (stored) on ``day`` (Baku) or dated that day, the one with the
    latest report first; names, titles and times for a reader of ``language``."""
    events = _rows(conn, _DAY_EVENTS, {"day": str(day)})
    by_story: dict[str, list[dict[str, object]]] = {}
    for event in events:
        by_story.setdefault(str(event["story_id"] or f"item:{event['item_id']}"), []).append(event)
    briefs = [_story(conn, key, story_events, language) for key, story_events in by_story.items()]
    return [brief for _, brief in sorted(briefs, key=lambda pair: pair[0], reverse=True)]


def _story(
    conn: sqlite3.Connection, key: str, events: list[dict[str, object]], language: str
) -> tuple[str, StoryBrief]:
    """The story's brief, with its latest report's time (publication, else storage; UTC) to order by."""
    story_id = None if key.startswith("item:") else key
    if story_id:
        members = "select item_id from story_items where story_id = :member"
        params: list[object] = [story_id]
    else:
        members, params = "select :member", [int(key.removeprefix("item:"))]
    items = _rows(conn, f"""
        select i.id, i.language, i.title, coalesce(i.canonical_url, i.fetched_url, i.url) as url, i.published_at,
          (select text from translations where item_id = i.id and field = 'title' and language = :language
             and text != '') as translated_title,
          coalesce(i.last_changed_at, i.first_seen_at) as seen, coalesce(s.name, i.source_id) as source,
          coalesce(s.official, 0) as official
        from items i left join sources s on s.id = i.source_id
        where i.id in ({members}) and i.duplicate_of is null
        order by coalesce(i.published_at, i.first_seen_at), i.id
    """, {"language": language, "member": params[0]})
    titles: dict[str, str] = {}
    if story_id:
        row = conn.execute("select titles from stories where id = ?", [story_id]).fetchone()
        try:
            titles = json.loads(row[0]) if row and row[0] else {}
        except ValueError:
            titles = {}
    title, title_language = _title(titles, items, language)
    latest_report = max((str(i["published_at"] or i["seen"]) for i in items), default="")
    return latest_report, StoryBrief(
        story_id=story_id, title=title, title_language=title_language,
        languages=_unique([str(i["language"]) for i in items]),
        actions=_actions(events, language),
        sources=tuple(SourceBrief(name=source_label(str(i["source"]), language), language=str(i["language"]),
                                  official=bool(i["official"]), url=str(i["url"]), item_id=int(str(i["id"])),
                                  published=local_time(str(i["published_at"] or ""), language)) for i in items),
        last_seen=local_time(max((str(i["seen"]) for i in items), default=""), language),
    )
