"""One line per treaty action, the same wherever the analyst reads it: the briefing (Datasette's front page),
the digest and Datasette's canned query, on one database the real pipeline wrote (``legalnews demo``, then
``legalnews treaties status``), each read through a connection of its own."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette

from pipeline import briefing, serve
from pipeline.action_lines import action_lines, confirmations
from pipeline.digest import load_groups, treaty_name
from pipeline.localise import state_label
from pipeline.samplesite import default_samples_root

from .conftest import DemoRun, copy_db
from .test_durability import SAMPLE_SOURCES, legalnews

STATUS_PAGE = default_samples_root() / "sites" / "treaties.un.test" / "Pages" / "ViewDetails.aspx"
STATUS_URL = "http://treaties.un.test/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"

Line = tuple[str, str, str, tuple[str, ...], str, str]
"""(story, action, treaty, states in English with the actor first, dates, who confirms it) as a reader sees it."""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def news_db(demo: DemoRun, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's database with the depositary's status page read, so some acts are confirmed by it."""
    path = tmp_path_factory.mktemp("lines") / "news.db"
    copy_db(demo.db, path)
    done = legalnews("treaties", "status", str(STATUS_PAGE), "--url", STATUS_URL, "-c", SAMPLE_SOURCES,
                     "--db", str(path))
    assert done.returncode == 0, done.stderr
    return path


def _briefing_lines(path: Path) -> list[Line]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        day = briefing.latest_day(conn)
        assert day is not None
        stories = briefing.day_actions(conn, day, "en")
    return [(str(s.story_id), a.action, a.treaty, a.states, a.act_date or "", ", ".join(a.confirmed_by))
            for s in stories for a in s.actions]


def _digest_lines(path: Path) -> list[Line]:
    groups = load_groups(sqlite_utils.Database(path), since="")
    return [(g.key, e.action, treaty_name(e, "en"), tuple(dict.fromkeys(state_label(s, "en") for s in e.states)),
             e.act_date or "", ", ".join(confirmations(e.confirmed_by, e.confirmed, "en")))
            for g in groups for e in g.events]


def _datasette_lines(path: Path) -> list[Line]:
    """Through Datasette's own app, with the package's metadata and plugin, as ``legalnews serve`` runs it."""
    app = Datasette([str(path)], metadata=serve.metadata_for(path), plugins_dir=str(serve.plugins_dir()))

    async def fetch() -> list[dict[str, Any]]:
        response = await app.client.get(f"/{path.stem}/treaty_actions.json?_shape=array&_size=max")
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    return [(r["story_id"], r["action"], r["treaty"],
             tuple(dict.fromkeys(state_label(s, "en") for s in json.loads(r["states"]))),
             r["act_dates"] or "", r["confirmed_by"] or "") for r in asyncio.run(fetch())]


def test_briefing_digest_and_datasette_tell_the_same_lines(news_db: Path) -> None:
    briefing_lines = _briefing_lines(news_db)
    digest_lines = _digest_lines(news_db)
    datasette_lines = _datasette_lines(news_db)
    assert Counter(briefing_lines) == Counter(digest_lines) == Counter(datasette_lines)
    # ... and they are worth comparing: acts told by many reports, confirmed by publishers and the depositary.
    reports = {(r["story_id"], r["action"]): r["n"] for r in sqlite_utils.Database(news_db).query(
        "select story_id, action, count(*) as n from events group by 1, 2")}
    assert max(reports.values()) >= 3
    assert len(briefing_lines) == len(set(briefing_lines)) == len(reports)  # one line per act of a story
    confirmed = [line[-1] for line in briefing_lines]
    assert any("President of Azerbaijan" in c for c in confirmed)
    assert any("the depositary (UN Treaty Collection)" in c for c in confirmed)
    assert not any(c.count("President of Azerbaijan") > 1 for c in confirmed)  # three editions, one publisher


def test_a_report_read_twice_counts_once_and_dates_that_disagree_are_both_told() -> None:
    def report(event_id: int, item_id: int, act_date: str, source: str, kind: str) -> dict[str, object]:
        return {"id": event_id, "story_id": "s", "item_id": item_id, "action": "ratified", "treaty_id": None,
                "treaty_name": "Agreement on road transport", "treaty_key": "agreement:AZ-KZ:road-transport",
                "actor": "KZ", "parties": '["AZ", "KZ"]', "states": '["KZ", "AZ"]', "act_date": act_date,
                "legal_act": None, "confirmed": 0, "source": source, "source_kind": kind, "evidence_language": "en",
                "treaty": "Agreement on road transport", "treaty_names": None}

    rows = [report(1, 10, "2026-03-10", "Trend (English edition)", "agency"),
            report(2, 11, "2026-03-11", "Milli Majlis (English)", "official"),
            report(3, 12, "2026-03-11", "Milli Majlis (Russian)", "official")]
    [line] = action_lines([*rows, rows[0]])  # the digest reads a report by its story and by its item
    assert line.event.item_ids == (10, 11, 12)
    assert line.event.states == ("KZ", "AZ")
    assert line.act_date == "2026-03-10 / 2026-03-11"
    assert line.confirmations("en") == ("Milli Majlis",)
