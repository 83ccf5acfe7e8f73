"""The whole harvest against the sample sites on loopback, checked against samples/expected.yaml."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from pipeline import discover, sources, store, urls
from pipeline.records import Config, Harvested
from pipeline.samplesite import Fault, SampleSites, default_samples_root

from .harvest_support import EXPECTED, expected_items, run_harvest


def _item(db: sqlite_utils.Database, url: str) -> dict:
    row = db.execute(
        "SELECT items.* FROM item_urls JOIN items ON items.id = item_urls.item_id WHERE item_urls.url = ?",
        [urls.identity(url)],
    ).fetchone()
    assert row is not None, f"{url} was not stored"
    columns = [c[0] for c in db.execute("SELECT * FROM items LIMIT 0").description]
    return dict(zip(columns, row, strict=True))


@pytest.mark.parametrize("expected", expected_items(), ids=lambda e: e["url"].split("//")[1][:60])
def test_every_sample_article_is_stored_as_expected(sample_db: Path, expected: dict) -> None:
    db = sqlite_utils.Database(sample_db)
    item = _item(db, expected["url"])
    assert item["url"] == expected["url"]
    assert item["source_id"] == expected["source"]
    assert item["title"] == expected["title"]
    assert item["published_at"] == expected["published"]
    assert item["updated_at"] == expected["updated"]
    assert item["language"] == expected["language"]
    assert sorted(json.loads(item["topics"])) == sorted(expected["topics"])
    assert item["revision"] == expected["revisions"]
    assert (item["extraction_method"] != "selectors") == expected["fallback"]
    for text in expected.get("body_contains", ()):
        assert text in item["body"], f"body of {expected['url']} lacks {text!r}"
    for variant in expected["variants"]:
        assert _item(db, variant)["id"] == item["id"], f"variant {variant} is a separate item"


def test_each_article_is_stored_once_and_nothing_else_is(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    stored = sorted(r["url"] for r in db["items"].rows)
    assert stored == sorted(e["url"] for e in expected_items())


def test_chrome_never_reaches_a_body(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    texts = {r["url"]: f"{r['lead']}\n{r['body']}" for r in db["items"].rows}
    for phrase in (p for phrases in EXPECTED["chrome_phrases"].values() for p in phrases):
        as_words = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
        found = [url for url, text in texts.items() if as_words.search(text)]
        assert not found, f"{phrase!r} in {found}"


def test_skipped_urls_are_recorded_with_their_reason_and_not_stored(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    recorded = {(r["url"], r["reason"]) for r in db["failures"].rows}
    for skipped in EXPECTED["skipped"]:
        assert (skipped["url"], skipped["reason"]) in recorded
        assert not db.execute("SELECT 1 FROM item_urls WHERE url = ?", [urls.identity(skipped["url"])]).fetchall()


def test_an_update_under_the_same_url_keeps_both_revisions(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    for expected in (e for e in expected_items() if e["revisions"] > 1):
        item = _item(db, expected["url"])
        titles = [r["title"] for r in db["revisions"].rows_where("item_id = ?", [item["id"]], order_by="revision")]
        assert titles == [expected.get("title_phase1", expected["title"]), expected["title"]]
        assert item["update_notice"] == expected["update_notice"]


def test_the_run_table_shows_both_runs_with_per_source_counts(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    runs = list(db["runs"].rows_where(order_by="id"))
    assert [r["status"] for r in runs] == ["ok", "ok"]
    afternoon = {r["source_id"]: r for r in db["run_sources"].rows_where("run_id = ?", [runs[1]["id"]])}
    new_in_phase2 = [e for e in expected_items() if e["phase"] == 2]
    assert sum(r["new"] for r in afternoon.values()) == len(new_in_phase2)
    assert sum(r["updated"] for r in afternoon.values()) == sum(e["revisions"] > 1 for e in expected_items())


def test_a_second_run_makes_only_conditional_requests_and_changes_nothing(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    db_path = tmp_path / "news.db"
    run_harvest(sample_config, db_path, fresh_sample_server)
    before = sqlite_utils.Database(db_path)["items"].rows_where(select="id, content_hash, revision")
    before = list(before)
    fresh_sample_server.clear_log()
    report = run_harvest(sample_config, db_path, fresh_sample_server)
    assert sum(r.new + r.updated + r.duplicates for r in report.sources) == 0
    pages = [r for r in fresh_sample_server.requests if r.path != "/robots.txt"]
    articles = [r for r in pages if r.status in (200, 304)]
    assert articles and all(r.status == 304 for r in articles), [r.path for r in articles if r.status != 304]
    assert all(r.if_none_match or r.if_modified_since for r in articles)
    after = list(sqlite_utils.Database(db_path)["items"].rows_where(select="id, content_hash, revision"))
    assert after == before


def test_outside_the_revisit_window_only_updates_the_feed_announces_are_refetched(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    db_path = tmp_path / "news.db"
    run_harvest(sample_config, db_path, fresh_sample_server, at=datetime(2026, 2, 23, 12, 0, tzinfo=UTC))
    fresh_sample_server.set_phase(2)
    fresh_sample_server.clear_log()
    a_month_later = datetime(2026, 3, 25, 9, 0, tzinfo=UTC)
    run_harvest(sample_config, db_path, fresh_sample_server, only=("trend-ru",), at=a_month_later)
    announced = "http://ru.trend.test/azerbaijan/politics/3834567.html"
    assert _item(sqlite_utils.Database(db_path), announced)["revision"] == 2
    article_requests = {r.path for r in fresh_sample_server.requests if r.path.endswith(".html")}
    assert article_requests == {"/azerbaijan/politics/3834567.html"}


def test_faults_are_recorded_and_the_rest_of_the_run_completes(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    server = fresh_sample_server
    flaky = "/azerbaijan/politics/3790112.html"
    broken = "/azerbaijan/politics/3826045.html"
    huge = "/en/foreign-policy/ilham-aliyev-signs-law-approving-un-convention-against-cybercrime-912360"
    server.inject("ru.trend.test", flaky, Fault.error(503, times=1))
    server.inject("ru.trend.test", broken, Fault.error(500, times=None))
    server.inject("apa.test", huge, Fault.huge(times=None))
    server.inject("report.test", "/rss/", Fault.error(503, times=None))
    slow, throttled, looping = "/azerbaijan/politics/4038876.html", "/azerbaijan/politics/4112345.html", \
        "/sport/football/4081102.html"
    server.inject("az.trend.test", slow, Fault.slow(3.0, times=None))
    server.inject("en.trend.test", throttled, Fault.error(429, retry_after="1"))
    server.inject("az.trend.test", looping, Fault.redirect(looping, times=None))
    settings = sample_config.settings
    config = Config(
        settings=replace(settings, backoff=0.01, max_bytes=2_000_000, timeout=1.0, retries=1),
        sources=sample_config.sources, path=sample_config.path,
    )
    report = run_harvest(config, tmp_path / "news.db", server)
    db = sqlite_utils.Database(tmp_path / "news.db")
    failures = {(r["url"].split("/", 3)[3], r["reason"]) for r in db["failures"].rows}
    assert (broken.lstrip("/"), "http_error") in failures
    assert (huge.lstrip("/"), "too_large") in failures
    assert (slow.lstrip("/"), "timeout") in failures
    assert (looping.lstrip("/"), "too_many_redirects") in failures
    assert _item(db, f"http://ru.trend.test{flaky}")["title"]
    assert _item(db, f"http://en.trend.test{throttled}")["title"], "429 with Retry-After: 1 is retried"
    throttled_requests = [r for r in server.requests if r.path == throttled]
    assert [r.status for r in throttled_requests] == [429, 200]
    assert throttled_requests[1].started - throttled_requests[0].finished >= 0.9
    by_source = {r.source_id: r for r in report.sources}
    assert not by_source["report-az"].ok and "rss" in by_source["report-az"].errors[0]
    assert report.exit_code == 1
    stored = db["items"].count
    assert stored >= len([e for e in expected_items() if e["phase"] == 1]) - 10


def test_a_source_whose_layout_changed_is_reported_not_silently_empty(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Trend</title></channel></rss>'
    trend_ru = next(s for s in sample_config.sources if s.id == "trend-ru")
    for feed in trend_ru.discovery.feeds:
        fresh_sample_server.inject("ru.trend.test", urls.clean_url(feed).split("ru.trend.test")[1],
                                   Fault.replace_body(empty, "application/rss+xml", times=None))
    redesigned = Fault.replace_body(b"<html><body>redesigned</body></html>", "text/html", times=None)
    for listing in trend_ru.discovery.listings:
        for page in (listing.url, *discover.listing_page_urls(listing)):
            fresh_sample_server.inject("ru.trend.test", page.split("ru.trend.test")[1], redesigned)
    report = run_harvest(sample_config, tmp_path / "news.db", fresh_sample_server, only=("trend-ru",))
    (trend,) = report.sources
    assert not trend.ok
    assert trend.errors and all("no article links found (has the site's layout changed?)" in e for e in trend.errors)


def test_killing_a_run_and_starting_again_loses_and_duplicates_nothing(
    tmp_path: Path, sample_config: Config
) -> None:
    """SIGKILL a real ``legalnews harvest`` mid-run; the next run completes the database exactly."""
    db_path = tmp_path / "news.db"
    with SampleSites(default_samples_root(), latency=0.03) as server:
        resolve = [f"--resolve={host}={address}" for host, address in server.resolve_map().items()]
        command = [sys.executable, "-m", "pipeline", "harvest", "-q", "-c", sample_config.path,
                   "--db", str(db_path), *resolve]
        victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _count(db_path) < 10 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        assert 10 <= _count(db_path) < len(expected_items(phase=1)), "the run was not cut off part-way"
        run_harvest(sample_config, db_path, server)
    db = sqlite_utils.Database(db_path)
    stored = sorted(r["url"] for r in db["items"].rows)
    assert stored == sorted(e["url"] for e in expected_items(phase=1))
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == len(stored)
    assert [r["status"] for r in db["runs"].rows_where(order_by="id")] == ["interrupted", "ok"]


def _count(db_path: Path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_the_database_is_readable_while_nothing_else_holds_it(sample_db: Path) -> None:
    with sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sample_sources_file_is_valid() -> None:
    config = sources.load_config(default_samples_root() / "sources.yaml")
    assert {s.id for s in config.sources} >= {e["source"] for e in expected_items()}


RUNAWAY = (b"<html><head><title>Runaway</title></head><body><h1>Runaway</h1>" + b"<div>nested " * 60_000)
"""600 KB of unclosed nested <div>s: minutes of parsing (85 s at 800 KB before the budget existed)."""


def test_a_runaway_page_is_abandoned_and_named_while_the_other_sources_complete(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    runaway = "/azerbaijan/politics/3790112.html"
    fresh_sample_server.inject("ru.trend.test", runaway, Fault.replace_body(RUNAWAY, "text/html", times=None))
    # One second of the worker's CPU (the runaway needs ~11): a loaded machine stretches it in wall time, so
    # the limit below leaves room for a tenth of a core.
    config = replace(sample_config, settings=replace(sample_config.settings, page_budget=1.0))
    started = time.monotonic()
    report = run_harvest(config, tmp_path / "news.db", fresh_sample_server)
    assert time.monotonic() - started < 30, "the run waited for the runaway page"
    db = sqlite_utils.Database(tmp_path / "news.db")
    skips = {(e["url"], e["reason"]) for e in EXPECTED["skipped"]}
    failures = [
        (r["url"], r["stage"], r["reason"]) for r in db["failures"].rows if (r["url"], r["reason"]) not in skips
    ]
    assert failures == [(f"http://ru.trend.test{runaway}", "extract", "too_slow")]
    stored = {r["url"] for r in db["items"].rows}
    phase1 = {e["url"] for e in expected_items(phase=1)}
    assert stored == phase1 - {f"http://ru.trend.test{runaway}"}
    by_source = {r.source_id: r for r in report.sources}
    assert by_source["trend-ru"].failed == 1 and by_source["trend-ru"].ok
    assert sum(r.new for r in report.sources) == len(stored)


def _stored_items(db_path: Path) -> list[dict]:
    """Every stored item as a user sees it: keyed by URL, without row ids and fetch times."""
    db = sqlite_utils.Database(db_path)
    urls_by_id = {r["id"]: r["url"] for r in db["items"].rows}
    rows = []
    for row in db["items"].rows_where(order_by="url"):
        row["duplicate_of"] = urls_by_id.get(row["duplicate_of"])
        rows.append({k: v for k, v in row.items() if k != "id"})
    return rows


def test_a_pooled_run_stores_exactly_what_a_single_process_run_stores(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    morning = datetime(2026, 2, 23, 12, 0, tzinfo=UTC)
    afternoon = datetime(2026, 2, 23, 14, 30, tzinfo=UTC)
    for name, pool in (("single", False), ("pooled", True)):
        for phase, at in ((1, morning), (2, afternoon)):
            fresh_sample_server.set_phase(phase)
            run_harvest(sample_config, tmp_path / f"{name}.db", fresh_sample_server, at=at, pool=pool)
        fresh_sample_server.reset()
    single, pooled = _stored_items(tmp_path / "single.db"), _stored_items(tmp_path / "pooled.db")
    assert len(single) == len(expected_items())
    assert pooled == single


def test_within_the_window_only_relevant_items_are_asked_again(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config
) -> None:
    db_path = tmp_path / "news.db"
    morning = datetime(2026, 2, 23, 12, 0, tzinfo=UTC)
    run_harvest(sample_config, db_path, fresh_sample_server, at=morning)
    fresh_sample_server.clear_log()
    run_harvest(sample_config, db_path, fresh_sample_server, at=morning.replace(hour=13))
    db = sqlite_utils.Database(db_path)
    relevant = {urls.identity(r["fetched_url"]) for r in db["items"].rows_where("relevant = 1")}
    irrelevant = {urls.identity(r["fetched_url"]) for r in db["items"].rows_where("relevant = 0")}
    asked = {urls.identity(f"http://{r.host}{r.path}") for r in fresh_sample_server.requests}
    assert relevant and irrelevant
    assert asked & (relevant | irrelevant) == relevant


def test_an_unexpected_error_in_one_article_is_that_urls_failure_and_the_report_counts_what_was_stored(
    tmp_path: Path, fresh_sample_server: SampleSites, sample_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "http://ru.trend.test/azerbaijan/politics/3790112.html"
    store_article = store.store_article

    def failing_for_one(db: sqlite_utils.Database, h: Harvested, *args: object, **kwargs: object) -> object:
        if h.article.url == broken:
            raise RuntimeError("disk says no")
        return store_article(db, h, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "store_article", failing_for_one)
    report = run_harvest(sample_config, tmp_path / "news.db", fresh_sample_server)
    db = sqlite_utils.Database(tmp_path / "news.db")
    (failure,) = db["failures"].rows_where("reason = 'internal_error'")
    assert (failure["url"], failure["stage"]) == (broken, "harvest")
    assert "RuntimeError: disk says no" in failure["message"]
    stored = {r["url"] for r in db["items"].rows}
    assert stored == {e["url"] for e in expected_items(phase=1)} - {broken}
    assert sum(r.new for r in report.sources) == len(stored)
    trend = next(r for r in report.sources if r.source_id == "trend-ru")
    assert trend.failed == 1 and trend.ok
