"""Datasette plugin loaded by ``legalnews serve`` (``--plugins-dir``): what makes Datasette read like a briefing.

- ``/`` is the briefing: the day's treaty actions by story (``pipeline.briefing``), each with its languages,
  sources and confirmations, linking to the side-by-side story view and the story's events;
- cells: JSON lists shown as lists, UTC times shown in Baku time with the zone named, ISO state codes with
  their names, and story ids linking to the story and its events;
- the SQL function ``inflected_query`` for the "search all forms" query (``... MATCH inflected_query('ратификация')``);
- the SQL aggregate ``action_lines`` (``pipeline.action_lines``): the canned queries' one line per treaty action.
"""

from __future__ import annotations

import json
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from pipeline import briefing
from pipeline.action_lines import ActionLinesAggregate
from pipeline.localise import LABELS, PAGE_LABELS, capitalise
from pipeline.serve import inflected_query
from pipeline.states import state_name

TEMPLATE = Path(__file__).with_name("briefing.html")
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)")
STATE_CODE = re.compile(r"[A-Z]{2}")
DAY = re.compile(r"\d{4}-\d\d-\d\d")
STATE_COLUMNS = {"states", "parties", "actor", "who"}
TRANSLATED_TITLES = {"title_ru", "title_az", "title_en"}
"""Columns of the side-by-side story query: empty means the machine translation has not been made yet."""
# A table page opens on its column descriptions (a screen of them for items); folded, the rows come first.
FOLD_COLUMN_DESCRIPTIONS = """
for (const list of document.querySelectorAll("dl.column-descriptions")) {
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "What the columns mean";
  list.replaceWith(details);
  details.append(summary, list);
}
"""


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("inflected_query", 1, inflected_query, deterministic=True)
    # The canned queries' one line per treaty action: the briefing's and the digest's own definition.
    conn.create_aggregate("action_lines", 1, ActionLinesAggregate)  # type: ignore[arg-type]  # typeshed: int only


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    # Plugin routes come before Datasette's own, so this replaces the plain list of tables at "/".
    return [(r"^/$", briefing_page)]


async def briefing_page(datasette: Any, request: Any) -> Response:
    database = datasette.get_database()
    requested = request.args.get("day", "")
    language = request.args.get("lang", "") if request.args.get("lang", "") in PAGE_LABELS else "en"
    words = PAGE_LABELS[language]
    day = requested if DAY.fullmatch(requested) else briefing.local_today()
    stories = await database.execute_fn(lambda conn: briefing.day_actions(conn, day, language))
    note = ""
    if not stories and not requested:
        latest = await database.execute_fn(briefing.latest_day)
        if latest and latest != day:
            note = words.nothing_today.format(today=day, day=latest)
            day = latest
            stories = await database.execute_fn(lambda conn: briefing.day_actions(conn, day, language))
    queries = (datasette.metadata("queries", database=database.name) or {})
    template = datasette.jinja_env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    html = await datasette.render_template(template, {
        "metadata": datasette.metadata(), "database": database.name, "day": day, "note": note,
        "stories": stories, "actions": _action_names(language), "t": words, "labels": LABELS[language],
        "language": language,
        "languages": [(code, labels.language_name) for code, labels in PAGE_LABELS.items()],
        "queries": [(name, q.get("title", name)) for name, q in queries.items()],
    }, request=request)
    return Response.html(html)


@cache
def _action_names(language: str) -> dict[str, str]:
    return {key: capitalise(value, language) for key, value in LABELS[language].actions.items()}


def _state(value: str) -> str:
    return state_name(value, "en") if STATE_CODE.fullmatch(value) else value


@hookimpl
def extra_body_script() -> str:
    return FOLD_COLUMN_DESCRIPTIONS


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any,
                row: Any) -> Markup | None:
    if value is None and table is None and column in TRANSLATED_TITLES:
        return Markup('<span class="pending">translation pending</span>')
    if not isinstance(value, str) or not value:
        return None
    if column == "story_id":
        return _story_links(datasette, database, value)
    if table == "stories" and column == "titles":
        return _titles(datasette, database, value, row["id"])
    if ISO_TIME.fullmatch(value):
        return Markup(f'<time datetime="{escape(value)}" title="{escape(value)} (UTC)">'
                      f"{escape(briefing.local_time(value))}</time>")
    if value.startswith("[") and value.endswith("]"):
        return _json_list(value, column)
    if column in STATE_COLUMNS and STATE_CODE.fullmatch(value):
        return Markup(f"{escape(_state(value))} ({escape(value)})")
    return None


def _story_links(datasette: Any, database: str, story_id: str) -> Markup:
    side_by_side = datasette.urls.query(database, "story") + "?story_id=" + _quote(story_id)
    events = datasette.urls.table(database, "events") + "?story_id=" + _quote(story_id)
    return Markup(f'<a href="{escape(side_by_side)}" title="the story side by side in ru, az, en">'
                  f"{escape(story_id)}</a>"
                  f' (<a href="{escape(events)}">events</a>)')


def _titles(datasette: Any, database: str, value: str, story_id: Any) -> Markup | None:
    try:
        titles = json.loads(value)
    except ValueError:
        return None
    if not isinstance(titles, dict):
        return None
    lines = "".join(f'<li><b>{escape(lang)}</b>: <span lang="{escape(lang)}">{escape(str(text))}</span></li>'
                    for lang, text in titles.items())
    return Markup(f"<ul>{lines}</ul>") + _story_links(datasette, database, str(story_id))


def _json_list(value: str, column: str) -> Markup | None:
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list) or any(isinstance(i, (list, dict)) for i in items):
        return None
    if not items:
        return Markup('<span class="empty">none</span>')
    shown = [_state(str(i)) if column in STATE_COLUMNS else str(i) for i in items]
    return Markup('<ul class="json-list">' + "".join(f"<li>{escape(i)}</li>" for i in shown) + "</ul>")


def _quote(text: str) -> str:
    return quote(text, safe="")
