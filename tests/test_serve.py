"""Datasette for analysts: a real Datasette on 127.0.0.1 over a sample database, checked through its JSON API."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlite_utils

from pipeline import schema, serve
from pipeline.errors import ConfigError

from . import analyst_data as sample
from .browser import HTMLParser, needs_chromium, render, visible_text

STARTUP_SECONDS = 30
CHECKED_AT = "2099-01-01T05:00:00+00:00"


def add_todays_event(db: sqlite_utils.Database) -> None:
    """A ratification reported now, for the canned query's default day (today in Baku)."""
    now = datetime.now(UTC).isoformat()
    db["items"].insert({"id": 20, "source_id": "trend_ru", "url": "https://trend_ru.example/news/20",
                        "title": "Милли Меджлис одобрил соглашение сегодня", "body": "", "language": "ru",
                        "topics": '["ratification"]', "relevant": 1, "content_hash": "h20", "revision": 1,
                        "first_seen_at": now, "published_at": now})
    db["events"].insert({"id": 20, "item_id": 20, "action": "adopted_by_parliament", "treaty_name": "Today Agreement",
                         "states": '["Azerbaijan"]', "act_date": None, "confirmed": 0})


class Datasette:
    def __init__(self, base: str, database: str) -> None:
        self.base = base
        self.database = database
        self.client = httpx.Client(base_url=base, trust_env=False, timeout=10)

    def rows(self, path: str, **params: str) -> list[dict[str, object]]:
        response = self.client.get(f"/{self.database}/{path}.json", params={**params, "_shape": "array"})
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]


def start(db_path: Path, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = sample.free_port()
    command = serve.datasette_command(db_path, serve.write_metadata(db_path, folder),
                                      serve.ServeOptions(port=port))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited: {process.stdout.read().decode() if process.stdout else ''}")
        try:
            if httpx.get(f"{base}/-/versions.json", trust_env=False, timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"datasette did not answer on {base} within {STARTUP_SECONDS} s")


@pytest.fixture(scope="module")
def datasette(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Datasette]:
    folder = tmp_path_factory.mktemp("serve")
    db_path = folder / "legalnews.db"
    db = sample.build(db_path)
    add_todays_event(db)
    db["not_modified"].insert({"item_id": 20, "answered_at": CHECKED_AT})  # a later run's 304 for it
    process, base = start(db_path, folder)
    try:
        yield Datasette(base, "legalnews")
    finally:
        process.terminate()
        process.wait(timeout=10)


# --------------------------------------------------------------------------------------------------
# Canned queries


def test_todays_ratification_events_default_to_today_in_baku(datasette):
    [today] = datasette.rows("ratification_events")
    assert (today["treaty"], today["action"]) == ("Today Agreement", "adopted_by_parliament")
    rows = datasette.rows("ratification_events", day="2026-02-23")
    # The President's own text confirms the act, and the depositary lists it: both are named, as in the digest.
    assert [(r["action"], r["legal_act"], r["confirmed_by"], r["source"]) for r in rows] == [
        ("approved_by_law", "Law No. 123-VIIQ", "President of Azerbaijan, the depositary (UN Treaty Collection)",
         "President of Azerbaijan")]
    # The Georgia agreement was signed, not ratified: never listed.
    [agency_only] = datasette.rows("ratification_events", day="2026-02-22")
    assert (agency_only["action"], agency_only["confirmed_by"]) == ("ratified", None)


def test_a_story_shows_every_version_with_titles_in_three_languages(datasette):
    rows = datasette.rows("story", story_id="s-cybercrime")
    assert [(r["item_id"], r["source"], r["revision"]) for r in rows] == [
        (1, "Trend (ru)", 1), (2, "Trend (az)", 1), (3, "President of Azerbaijan", 2)]
    president = rows[2]
    assert president["title_az"].startswith("Birləşmiş Millətlər Təşkilatının")  # original
    assert president["title_ru"] == "Закон об утверждении Конвенции ООН против киберпреступности"
    assert president["title_en"] == "Law on the approval of the United Nations Convention against Cybercrime"
    assert rows[1]["title_en"] is None  # no translation yet: empty, not invented


def test_one_treaty_over_time_by_id_or_by_a_name_in_any_language(datasette):
    by_id = datasette.rows("treaty_timeline", treaty="un-cybercrime")
    assert [(r["date"], r["action"], r["source"]) for r in by_id] == [
        ("2026-02-20", "ratified", "Trend (ru)"), ("2026-02-23", "approved_by_law", "President of Azerbaijan")]
    assert datasette.rows("treaty_timeline", treaty="Kibercinayətkarlığa") == by_id


def test_item_checks_say_when_an_item_was_last_checked_a_304_included(datasette):
    checks = {row["item_id"]: row for row in datasette.rows("item_checks")}
    assert checks[20]["last_checked_at"] == checks[20]["last_not_modified_at"] == CHECKED_AT
    others = [row for item_id, row in checks.items() if item_id != 20]
    assert others and all(row["last_checked_at"] == row["last_fetched_at"] and row["last_not_modified_at"] is None
                          for row in others)


def test_items_awaiting_translation(datasette):
    rows = datasette.rows("awaiting_translation")
    # Item 20 was stored just now (add_todays_event) and nothing has translated it yet: it is queued.
    assert sorted((r["item_id"], r["from_language"], r["to_language"]) for r in rows) == [
        (5, "en", "az"), (5, "en", "ru"), (20, "ru", "az"), (20, "ru", "en")]


def test_source_health_view_names_the_broken_source_and_why(datasette):
    rows = {r["source_id"]: r for r in datasette.rows("source_health")}
    assert set(rows) == {"trend_ru", "trend_az", "apa_en", "president"}
    president = rows["president"]
    assert president["verdict"] == "broken" and president["failed_runs"] == 2
    assert "read nothing and reported errors" in president["reasons"]
    assert json.loads(president["items_per_day"]) == [0] * 7


# --------------------------------------------------------------------------------------------------
# Search


@pytest.mark.parametrize("word", ["ратификация", "ратифицировал", "РАТИФИКАЦИИ"])
def test_russian_search_finds_every_inflected_form_in_originals_and_translations(datasette, word):
    rows = {r["id"]: r["matched_in"] for r in datasette.rows("search_inflected", q=word)}
    # 1: "ратифицировал" / "ратификации" in the original; 2 and 4: in their Russian translations.
    assert rows == {1: "original", 2: "translation ru", 4: "translation ru"}


@pytest.mark.parametrize("word", ["konvensiya", "Konvensiyası", "KONVENSİYANIN"])
def test_azerbaijani_search_finds_every_inflected_form(datasette, word):
    rows = {r["id"]: r["matched_in"] for r in datasette.rows("search_inflected", q=word)}
    # 2 and 3 are Azerbaijani originals; 1 has an Azerbaijani translation; 7 duplicates 2 and is left out.
    assert rows == {1: "translation az", 2: "original", 3: "original"}


def test_search_needs_every_word_and_folds_the_dotted_capital_i(datasette):
    assert [r["id"] for r in datasette.rows("search_inflected", q="imzalanıb İlham")] == [3]
    assert datasette.rows("search_inflected", q="imzalanıb Карабах") == []
    assert datasette.rows("search_inflected", q="и в") == []


def test_search_reads_azerbaijani_case_endings_and_folds_case_but_not_inside_words(datasette):
    # "BMT-nin": 2's title and 1's Azerbaijani translation (7 is 2's duplicate); the dotted capital İ of
    # "İlham" is found by a lowercase query, and "İLHAM" by it in turn, as the word index folds both.
    rows = {r["id"]: r["matched_in"] for r in datasette.rows("search_inflected", q="BMT-nin")}
    assert rows == {1: "translation az", 2: "original"}
    assert [r["id"] for r in datasette.rows("search_inflected", q="ilham")] == [3]
    assert [r["id"] for r in datasette.rows("search_inflected", q="İLHAM")] == [3]
    # A stem inside another word is not a form of it: "cession" does not find 5's "accession".
    assert [r["id"] for r in datasette.rows("search_inflected", q="accession")] == [5]
    assert datasette.rows("search_inflected", q="cession") == []


def test_the_search_box_uses_the_word_index_of_originals_and_translations(datasette):
    items = datasette.rows("items", _search="Конвенцию", _col="title")
    assert sorted(r["id"] for r in items) == [1, 8]  # "Конвенцию" and "конвенцию": case folded
    translations = datasette.rows("translations", _search="Cybercrime")
    assert sorted(r["item_id"] for r in translations) == [1, 3]


# --------------------------------------------------------------------------------------------------
# Read-only, metadata


def test_analysts_cannot_write(datasette):
    response = datasette.client.get("/legalnews.json", params={"sql": "delete from items"})
    assert response.status_code == 400 and "SELECT" in response.text
    # Past Datasette's SELECT check, SQLite itself refuses: the file is opened read-only (mode=ro).
    response = datasette.client.get("/legalnews.json", params={"sql": "with x as (select 1) delete from items"})
    assert response.status_code == 400 and "readonly database" in response.text
    assert len(datasette.rows("items", _col="id")) == len(sample.ITEMS) + 1


def test_the_served_metadata_titles_the_database_and_describes_its_tables(datasette):
    metadata = datasette.client.get("/-/metadata.json").json()
    assert metadata["title"] == "Legal news: treaties in the South Caucasus"
    assert "events" in metadata["databases"]["legalnews"]["tables"]


def test_every_table_and_column_is_described_and_no_query_writes(tmp_path):
    db = sqlite_utils.Database(tmp_path / "described.db")
    schema.migrate(db)
    metadata = serve.metadata_for(tmp_path / "described.db")
    tables = metadata["databases"]["described"]["tables"]
    hidden = {t for t in db.table_names() if t.endswith("_fts") or "_fts_" in t}
    for table in set(db.table_names()) - hidden:
        assert tables.get(table, {}).get("description"), f"table {table} has no description"
        described = set(tables[table].get("columns", {}))
        actual = {c.name for c in db[table].columns}
        assert described == actual, f"{table}: undescribed {actual - described}, unknown {described - actual}"
    queries = metadata["databases"]["described"]["queries"]
    assert not any(q.get("write") for q in queries.values())
    assert "WITH" in queries["source_health"]["sql"]


def test_inflected_query_cuts_words_to_stems():
    assert serve.inflected_query("ратификация Конвенции") == '"ратифи"* "Конвен"*'
    assert serve.inflected_query("BMT-nin İmzaladı закона") == '"BMT"* "İmzala"* "закон"*'
    assert serve.inflected_query("и в") == '""'
    assert serve.inflected_query(None) == '""'
    # Quoted words, as pasted from an article, are searched too (not silently dropped).
    assert serve.inflected_query('«Конвенции» "ratification" (BMT-nin)') == '"Конвен"* "ratifi"* "BMT"*'


def test_serving_a_missing_database_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigError, match="no such database"):
        serve.serve(tmp_path / "missing.db")


# --------------------------------------------------------------------------------------------------
# Browser


@needs_chromium
def test_the_front_page_is_the_briefing_of_the_day(datasette, tmp_path):
    page = visible_text(render(f"{datasette.base}/?day=2026-02-23", tmp_path, "front-page"))
    # What happened, to which treaty, by which state, when, reported and confirmed by whom, at what time (zone).
    assert "Treaty actions on 2026-02-23" in page
    assert "Azerbaijan ratifies the UN Convention against Cybercrime" in page
    assert ("Approval by law: United Nations Convention against Cybercrime — by Azerbaijan — 2026-02-23"
            " (Law No. 123-VIIQ) — confirmed by President of Azerbaijan, the depositary (UN Treaty Collection)") in page
    assert "Languages: ru, az" in page
    assert "President of Azerbaijan [az] official published 2026-02-23 06:50 (Baku time, UTC+4)" in page
    assert "Trend [ru] published 2026-02-22 13:50 (Baku time, UTC+4)" in page
    for query in ("Today's ratification events", "A story in three languages", "Source health"):
        assert query in page
    assert "select" not in page.casefold().split("look further")[0]  # no SQL before the news


@needs_chromium
def test_the_front_page_names_a_report_no_official_source_confirmed(datasette, tmp_path):
    dom = render(f"{datasette.base}/?day=2026-02-22", tmp_path, "front-page-unconfirmed")
    page = visible_text(dom)
    assert "Signature: Agreement on mutual legal assistance between Azerbaijan and Georgia" in page
    assert "reported by APA, not yet confirmed by an official source" in page
    assert 'href="/legalnews/story?story_id=s-georgia"' in dom and 'href="/legalnews/events?story_id=s-georgia"' in dom


@needs_chromium
@pytest.mark.parametrize(("language", "facts"), [
    ("ru", ("Действия с договорами 2026-02-23", "Азербайджан ратифицировал Конвенцию ООН против киберпреступности",
            "Утверждение законом: Конвенция Организации Объединённых Наций против киберпреступности — сторона:"
            " Азербайджан — 2026-02-23 (Law No. 123-VIIQ) — подтверждено: Президент Азербайджана, депозитарий",
            "Президент Азербайджана [az] официальный опубликовано 2026-02-23 06:50 (время бакинское, UTC+4)")),
    ("az", ("2026-02-23 tarixində müqavilələrlə bağlı hərəkətlər",
            "Qanunla təsdiq: Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyası — tərəf:"
            " Azərbaycan — 2026-02-23 (Law No. 123-VIIQ) — təsdiqləyib: Azərbaycan Prezidenti, depozitari",
            "Azərbaycan Prezidenti [az] rəsmi dərc edilib 2026-02-23 06:50 (Bakı vaxtı, UTC+4)")),
])
def test_the_front_page_reads_in_russian_and_azerbaijani(datasette, tmp_path, language, facts):
    page = visible_text(render(f"{datasette.base}/?day=2026-02-23&lang={language}", tmp_path, f"front-{language}"))
    for fact in facts:
        assert fact in page
    assert "Azerbaijan" not in page.split("Дальше")[0].split("Daha ətraflı")[0]  # no English state names


@needs_chromium
def test_a_morning_with_nothing_new_shows_the_latest_day_and_says_so(tmp_path):
    db_path = tmp_path / "legalnews.db"
    sample.build(db_path).close()
    process, base = start(db_path, tmp_path)
    try:
        page = visible_text(render(f"{base}/", tmp_path, "front-page-quiet"))
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "showing 2026-02-23, the latest day with a treaty action" in page
    assert "Azerbaijan ratifies the UN Convention against Cybercrime" in page


@needs_chromium
def test_the_story_page_shows_three_languages_results_first_and_links_to_its_events(datasette, tmp_path):
    dom = render(f"{datasette.base}/legalnews/story?story_id=s-cybercrime", tmp_path, "story")
    page = visible_text(dom)
    assert "Закон об утверждении Конвенции ООН" in page
    assert "Kibercinayətkarlığa qarşı Konvensiyasının" in page
    assert "Law on the approval of the United Nations Convention against Cybercrime" in page
    assert "translation pending" in page  # Trend's az report has no English title yet
    assert "2026-02-23 06:50 (Baku, UTC+4)" in page
    assert "select i.id" not in page and "(show)" in page  # the SQL is one click away, not in the way
    assert 'href="/legalnews/events?story_id=s-cybercrime"' in dom


@needs_chromium
def test_the_event_list_shows_states_as_a_list_and_links_to_the_story(datasette, tmp_path):
    dom = render(f"{datasette.base}/legalnews/events?_sort=id", tmp_path, "events")
    page = visible_text(dom)
    assert '["Azerbaijan", "Georgia"]' not in page  # no raw JSON
    tree = HTMLParser(dom)
    georgia = tree.css_first("td.col-states ul.json-list")
    assert georgia is not None
    lists = [[li.text() for li in cell.css("li")] for cell in tree.css("td.col-states")]
    assert ["Azerbaijan", "Georgia"] in lists
    assert 'href="/legalnews/story?story_id=s-cybercrime"' in dom
    assert "What the columns mean" in page  # descriptions folded: the rows come first


@needs_chromium
def test_stories_show_titles_and_times_with_their_zone(datasette, tmp_path):
    page = visible_text(render(f"{datasette.base}/legalnews/stories", tmp_path, "stories"))
    assert "en: Azerbaijan ratifies the UN Convention against Cybercrime" in page
    assert '{"en"' not in page and '["ru", "az"]' not in page
    assert "(Baku, UTC+4)" in page


# --------------------------------------------------------------------------------------------------
# On the harvested sample sites (the integrator's ``sample_db`` fixture, when it exists)


def test_canned_queries_and_search_on_the_harvested_sample_sites(request, tmp_path):
    try:
        db_path = Path(request.getfixturevalue("sample_db"))
    except pytest.FixtureLookupError:
        pytest.skip("no sample_db fixture in conftest.py yet")
    import yaml

    expected = yaml.safe_load((Path(__file__).parent.parent / "samples" / "expected.yaml").read_text("utf-8"))
    urls = {row["url"]: row["id"] for row in sqlite_utils.Database(db_path).query("select id, url from items")}
    process, base = start(db_path, tmp_path)
    try:
        site = Datasette(base, db_path.stem)
        for name, params in (("ratification_events", {"day": expected["today"]}), ("awaiting_translation", {}),
                             ("story", {"story_id": "x"}), ("treaty_timeline", {"treaty": "cybercrime"})):
            site.rows(name, **params)  # each runs without an SQL error
        enabled = sqlite_utils.Database(db_path).execute("select count(*) from sources where enabled").fetchone()[0]
        assert len(site.rows("source_health")) == enabled
        for word, language, stem in (("Конвенции", "ru", "конвен"), ("Konvensiyası", "az", "konven")):
            found = {r["id"] for r in site.rows("search_inflected", q=word)}
            wanted = {urls[i["url"]] for i in expected["items"]
                      if i["language"] == language and stem in i["title"].casefold() and i["url"] in urls}
            assert wanted and wanted <= found, f"{word}: missing items {wanted - found}"
    finally:
        process.terminate()
        process.wait(timeout=10)
