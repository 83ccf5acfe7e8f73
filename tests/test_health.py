"""Source health: verdicts from recorded runs, the same in the CLI's library call and the Datasette SQL."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from pipeline import cli, database, health

NOW = datetime(2026, 2, 23, 6, 0, tzinfo=UTC)


class History:
    """Writes a source's runs as the harvest records them: one ``run_sources`` row per run, failures."""

    def __init__(self, db: sqlite_utils.Database, now: datetime = NOW) -> None:
        self.db = db
        self.now = now
        self.item_count = 0

    def source(self, source_id: str, kind: str = "agency") -> None:
        self.db["sources"].insert({"id": source_id, "name": source_id.title(), "language": "ru", "kind": kind,
                                   "official": int(kind != "agency"), "enabled": 1})

    def run(self, days_ago: float, source_id: str, *, discovered: int = 20, fetched: int = 10, new: int = 3,
            unchanged: int = 0, http_errors: int = 0, extract_failures: int = 0,
            errors: tuple[str, ...] = ()) -> None:
        started = self.now - timedelta(days=days_ago)
        existing = self.db.execute("SELECT id FROM runs WHERE started_at = ?", [started.isoformat()]).fetchone()
        run_id = existing[0] if existing else self.db["runs"].insert(
            {"started_at": started.isoformat(), "finished_at": (started + timedelta(minutes=5)).isoformat(),
             "status": "ok"}).last_pk
        self.db["run_sources"].insert({
            "run_id": run_id, "source_id": source_id, "discovered": discovered, "fetched": fetched, "new": new,
            "updated": 0, "unchanged": unchanged, "duplicates": 0, "failed": http_errors + extract_failures,
            "skipped": 0, "fallbacks": 0, "errors": json.dumps(list(errors)),
            "finished_at": (started + timedelta(minutes=5)).isoformat(),
        })
        failures = [("fetch", "http_error", 403)] * http_errors + [("extract", "no_body", None)] * extract_failures
        for n, (stage, reason, status) in enumerate(failures):
            self.db["failures"].insert({"run_id": run_id, "source_id": source_id, "url": f"http://x.test/{n}",
                                        "stage": stage, "reason": reason, "message": reason, "status": status,
                                        "at": started.isoformat()})
        for _ in range(new):
            self.item_count += 1
            self.db["items"].insert({
                "source_id": source_id, "url": f"http://{source_id}.test/{self.item_count}", "title": "t",
                "content_hash": str(self.item_count), "revision": 1, "first_seen_at": started.isoformat()})


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return database.open_db(tmp_path / "health.db")


def by_source(results: list[health.SourceHealth]) -> dict[str, health.SourceHealth]:
    return {r.source_id: r for r in results}


def test_a_source_that_delivers_every_day_is_ok_and_its_daily_counts_are_reported(db):
    h = History(db)
    h.source("trend_ru")
    for days_ago in range(6, -1, -1):
        h.run(days_ago + 0.1, "trend_ru", new=days_ago + 1)
    [result] = health.source_health(db, NOW)
    assert result.verdict == "ok" and result.reasons == ()
    # Runs at 05:36 UTC are 09:36 in Baku: one per Baku day, oldest first, today last.
    assert result.items_per_day == (7, 6, 5, 4, 3, 2, 1)
    assert result.last_success_at == (NOW - timedelta(days=0.1) + timedelta(minutes=5)).isoformat()
    assert health.exit_code([result]) == 0


def test_a_source_that_blocks_us_is_broken_for_failed_runs_and_http_errors(db):
    h = History(db)
    h.source("apa")
    h.run(3, "apa")
    h.run(2, "apa")
    h.run(1, "apa", fetched=0, new=0, discovered=0, http_errors=6, errors=("http://apa.test/: HTTP 403",))
    h.run(0, "apa", fetched=0, new=0, discovered=0, http_errors=6, errors=("http://apa.test/: HTTP 403",))
    [result] = health.source_health(db, NOW)
    assert result.broken and result.failed_runs == 2
    assert any("read nothing" in r for r in result.reasons)
    assert any("HTTP errors or timeouts on 12 of 32 requests" in r for r in result.reasons)
    assert health.exit_code([result]) == 1


def test_a_changed_article_layout_is_broken_for_extraction_but_one_bad_page_is_not(db):
    h = History(db)
    h.source("report")
    h.source("azertag")
    for days_ago in (3, 2):
        h.run(days_ago, "report")
        h.run(days_ago, "azertag")
    for days_ago in (1, 0):
        h.run(days_ago, "report", fetched=10, new=1, extract_failures=8)
        h.run(days_ago, "azertag", fetched=10, new=3, extract_failures=1)
    results = by_source(health.source_health(db, NOW))
    assert results["report"].broken and results["report"].runs_extraction_failing == 2
    assert results["report"].reasons == ("most pages failed extraction in the last 2 runs (article layout changed?)",)
    assert results["azertag"].verdict == "ok"


def test_silence_is_broken_only_for_a_source_that_usually_brings_items(db):
    h = History(db)
    h.source("trend_az")
    h.source("president", kind="official")
    for days_ago in (6, 5, 4):
        h.run(days_ago, "trend_az", new=6)
        h.run(days_ago, "president", new=0 if days_ago != 5 else 1)
    for days_ago in (2, 1, 0):
        h.run(days_ago, "trend_az", new=0)
        h.run(days_ago, "president", new=0)
    results = by_source(health.source_health(db, NOW))
    assert results["trend_az"].reasons == ("no new items in the last 3 runs, though it usually brings 6.0 per run",)
    assert results["president"].verdict == "ok"
    # Broken sources come first, so the top of cron mail is what needs attention.
    assert [r.source_id for r in health.source_health(db, NOW)] == ["trend_az", "president"]


def test_no_links_stale_and_never_run_sources_are_broken(db):
    h = History(db)
    for source_id in ("meclis", "un", "new_source"):
        h.source(source_id)
    h.run(2, "meclis")
    no_links = ("http://meclis.test/: no article links found (has the site's layout changed?)",)
    h.run(1, "meclis", discovered=0, fetched=0, new=0, unchanged=2, errors=no_links)
    h.run(0, "meclis", discovered=0, fetched=0, new=0, unchanged=2, errors=no_links)
    h.run(4, "un")
    results = by_source(health.source_health(db, NOW))
    assert results["meclis"].reasons == (
        "no article links found in the last 2 runs (feed gone or listing layout changed?)",)
    assert results["un"].reasons[0].startswith("no successful run since 2026-02-19T06:05")
    assert results["new_source"].reasons == ("no successful run yet",)
    report = health.format_report(list(results.values()))
    assert "meclis" in report and "    - no successful run yet" in report
    assert "new/day (7d)" in report.splitlines()[0]
    assert "new/day (3d)" in health.format_report(health.source_health(db, NOW, days=3)).splitlines()[0]


def test_the_moment_of_the_check_may_be_given_in_baku_time(db):
    h = History(db)
    h.source("trend_ru")
    h.run(0.1, "trend_ru")  # 03:36 UTC, before NOW (06:00 UTC, 10:00 in Baku)
    h.run(-1 / 12, "trend_ru")  # 08:00 UTC: after the moment checked, so not yet part of its history
    baku = NOW.astimezone(timezone(timedelta(hours=4)))
    assert health.source_health(db, baku) == health.source_health(db, NOW)
    assert health.source_health(db, baku)[0].runs == 1


def test_the_datasette_view_gives_the_same_verdicts_as_the_library(db):
    now = datetime.now(UTC)
    h = History(db, now)
    h.source("ok_source")
    h.source("blocked")
    for days_ago in (2, 1, 0.01):
        h.run(days_ago, "ok_source")
        h.run(days_ago, "blocked", fetched=0, new=0, http_errors=5, errors=("HTTP 429",))
    library = [(r.source_id, r.verdict, r.reasons) for r in health.source_health(db, now)]
    rows = db.query(health.datasette_sql())
    view = [(r["source_id"], r["verdict"], tuple(filter(None, r["reasons"].split("; ")))) for r in rows]
    assert view == library
    assert library[0][:2] == ("blocked", "broken")


def test_json_output_carries_verdicts_and_reasons(db):
    h = History(db)
    h.source("apa")
    [result] = json.loads(health.to_json(health.source_health(db, NOW)))
    assert result["verdict"] == "broken" and result["reasons"] == ["no successful run yet"]


def test_the_health_command_exits_non_zero_when_a_source_is_broken(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # the CLI's log handlers die with the test
    db_path = tmp_path / "cli.db"
    h = History(database.open_db(db_path), datetime.now(UTC))
    h.source("trend_ru")
    h.source("apa")
    h.run(0.01, "trend_ru")
    h.run(0.01, "apa", fetched=0, new=0, errors=("HTTP 403",))
    h.run(1, "apa", fetched=0, new=0, errors=("HTTP 403",))
    config = str(Path(__file__).parent.parent / "samples" / "sources.yaml")
    assert cli.main(["health", "--db", str(db_path), "-c", config]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("apa ") and "read nothing" in out
    assert cli.main(["health", "--db", str(db_path), "-c", config, "--json"]) == 1
    verdicts = {r["source_id"]: r["verdict"] for r in json.loads(capsys.readouterr().out)}
    assert verdicts == {"apa": "broken", "trend_ru": "ok"}


def test_feeds_answering_304_are_not_a_source_without_links(db):
    h = History(db)
    h.source("president", kind="official")
    h.run(3, "president", new=3)
    for days_ago in (2, 1, 0):  # nothing new on the site: feed and listing say 304, revisits unchanged
        h.run(days_ago, "president", discovered=0, fetched=0, new=0, unchanged=3)
    assert by_source(health.source_health(db, NOW))["president"].verdict == "ok"


def test_runs_minutes_apart_without_new_items_are_not_silence(db):
    h = History(db)
    h.source("trend_az")
    h.run(0.01, "trend_az", new=6)
    for minutes in (8, 6, 4, 2):
        h.run(minutes / 1440, "trend_az", new=0, unchanged=6)
    assert by_source(health.source_health(db, NOW))["trend_az"].verdict == "ok"
