"""End to end: a source added with feeds only (no ``article:`` section) gets titles, bodies and dates right.

Every sample source loses its ``article:`` section, the real ``legalnews harvest`` process crawls the
loopback sample sites (morning, then afternoon), and the stored rows are read from a separate connection.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils
import yaml

from pipeline import urls
from pipeline.samplesite import Fault, SampleSites, default_samples_root

from .harvest_support import EXPECTED, expected_items

ROOT = Path(__file__).resolve().parent.parent
# A page of the APA English feed, served without any date of its own: only its feed entry has one.
UNDATED_PATH = "/en/sports/azerbaijani-wrestlers-win-three-medals-at-zagreb-open-912290"
UNDATED_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Azerbaijani wrestlers win three medals | APA</title>
</head><body><nav><a href="/en/">Home</a> <a href="/en/sports/">Sports</a></nav>
<h1>Azerbaijani wrestlers win three medals at Zagreb Open</h1>
<div class="story"><p>Azerbaijani wrestlers won one gold and two bronze medals at the Zagreb Open ranking
tournament, the national federation said.</p>
<p>The gold went to the 77 kg Greco-Roman wrestler, who beat the European champion in the final.</p></div>
</body></html>"""


def _harvest(config: Path, db: Path, server: SampleSites) -> None:
    resolve = [f"--resolve={host}={address}" for host, address in server.resolve_map().items()]
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "harvest", "-q", "-c", str(config), "--db", str(db), *resolve],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr  # 1: the sample sites' deliberate faults (404s, robots)


@pytest.fixture(scope="module")
def feeds_only_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("feeds-only")
    config = yaml.safe_load((default_samples_root() / "sources.yaml").read_text(encoding="utf-8"))
    for source in config["sources"]:
        source.pop("article", None)
    (folder / "sources.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    db = folder / "news.db"
    with SampleSites() as server:
        undated = Fault.replace_body(UNDATED_PAGE.encode(), "text/html; charset=utf-8", times=None)
        server.inject("apa.test", UNDATED_PATH, undated)
        for phase in (1, 2):
            server.set_phase(phase)
            _harvest(folder / "sources.yaml", db, server)
    return db


def _row(db: sqlite_utils.Database, url: str) -> dict:
    found = db.execute(
        "SELECT items.title, items.body, items.lead, items.published_at FROM item_urls "
        "JOIN items ON items.id = item_urls.item_id WHERE item_urls.url = ?",
        [urls.identity(url)],
    ).fetchone()
    assert found is not None, f"{url} was not stored"
    return dict(zip(("title", "body", "lead", "published_at"), found, strict=True))


# The UN status page is a table, not an article; the undated page has its own test.
ARTICLES = [e for e in expected_items() if e["source"] != "untc" and not e["url"].endswith(UNDATED_PATH)]


@pytest.mark.parametrize("expected", ARTICLES, ids=lambda e: e["url"].split("//")[1][:60])
def test_a_source_without_selectors_gets_title_body_and_date(feeds_only_db: Path, expected: dict) -> None:
    row = _row(sqlite_utils.Database(feeds_only_db), expected["url"])
    assert row["title"] == expected["title"]
    for text in expected.get("body_contains", ()):
        assert text in f"{row['lead']}\n{row['body']}"
    assert row["published_at"] == expected["published"]


def test_a_page_without_any_date_takes_its_feed_entrys(feeds_only_db: Path) -> None:
    row = _row(sqlite_utils.Database(feeds_only_db), "http://apa.test" + UNDATED_PATH)
    # <pubDate>Mon, 23 Feb 2026 13:45:00 +0400</pubDate> in /en/rss
    assert datetime.fromisoformat(row["published_at"]) == datetime.fromisoformat("2026-02-23T09:45:00+00:00")
    assert "Zagreb Open ranking tournament" in row["body"]


def test_site_chrome_never_reaches_a_body_without_selectors(feeds_only_db: Path) -> None:
    db = sqlite_utils.Database(feeds_only_db)
    texts = {r["url"]: f"{r['lead']}\n{r['body']}" for r in db["items"].rows if "treaties.un" not in r["url"]}
    for phrase in (p for phrases in EXPECTED["chrome_phrases"].values() for p in phrases):
        as_words = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
        assert not [url for url, text in texts.items() if as_words.search(text)], phrase
