import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

from pipeline import database, dedupe, schema, serve, store
from pipeline.records import (
    Article,
    FailureReason,
    FetchFailure,
    Harvested,
    LanguageGuess,
    NotModified,
    StoreOutcome,
    Validators,
)

DOMAINS = ("trend.test",)
MORNING = datetime(2026, 2, 23, 11, 50, tzinfo=UTC)
AFTERNOON = datetime(2026, 2, 23, 12, 30, tzinfo=UTC)
URL = "http://ru.trend.test/azerbaijan/politics/3834567.html"


def harvested(url=URL, body=("Президент подписал закон об утверждении Конвенции.",), title="Закон утвержден",
              canonical=None, fetched_at=MORNING, source="trend-ru", topics=("approval",)):
    article = Article(url=url, title=title, lead="БАКУ /Trend/ - Закон подписан.", body=body,
                      published=MORNING, canonical_url=canonical)
    content_hash, body_hash = dedupe.fingerprints(article)
    return Harvested(source_id=source, article=article, language=LanguageGuess("ru", 0.99),
                     language_mismatch=False, foreign_paragraphs=(), topics=topics,
                     validators=Validators(etag='"abc"'), fetched_at=fetched_at,
                     content_hash=content_hash, body_hash=body_hash)


@pytest.fixture
def db(tmp_path):
    opened = database.open_db(tmp_path / "news.db")
    opened["sources"].insert_all([{"id": "trend-ru"}, {"id": "apa-ru"}])
    return opened


def test_new_article_is_stored_with_revision_and_fetch_state(db):
    outcome, item_id = store.store_article(db, harvested(), DOMAINS)
    assert outcome is StoreOutcome.NEW
    item = db["items"].get(item_id)
    assert (item["url"], item["revision"], json.loads(item["topics"]), item["relevant"]) == (URL, 1, ["approval"], 1)
    assert db["revisions"].count == 1
    assert store.validators_for(db, URL + "?utm_source=rss") == Validators(etag='"abc"')


def test_same_content_again_is_unchanged_and_url_variants_collapse(db):
    store.store_article(db, harvested(), DOMAINS)
    outcome, _ = store.store_article(db, harvested(url=URL + "?utm_source=rss#x", fetched_at=AFTERNOON), DOMAINS)
    assert outcome is StoreOutcome.UNCHANGED
    assert db["items"].count == 1 and db["revisions"].count == 1


def test_changed_body_becomes_a_new_revision_keeping_history(db):
    _, item_id = store.store_article(db, harvested(), DOMAINS)
    updated = harvested(body=("Президент подписал закон.", "Добавлены подробности о полномочных органах."),
                        title="Закон утвержден (Дополнено)", fetched_at=AFTERNOON)
    outcome, same_id = store.store_article(db, updated, DOMAINS)
    assert (outcome, same_id) == (StoreOutcome.UPDATED, item_id)
    assert db["items"].get(item_id)["title"] == "Закон утвержден (Дополнено)"
    titles = [r["title"] for r in db["revisions"].rows_where("item_id = ?", [item_id], order_by="revision")]
    assert titles == ["Закон утвержден", "Закон утвержден (Дополнено)"]


def test_same_body_at_another_url_is_linked_not_stored_twice(db):
    _, first = store.store_article(db, harvested(), DOMAINS)
    copy = harvested(url="http://apa.test/ru/politics/zakon-1", source="apa-ru")
    outcome, second = store.store_article(db, copy, ("apa.test",))
    assert outcome is StoreOutcome.DUPLICATE
    row = db["items"].get(second)
    assert (row["duplicate_of"], row["body"], row["source_id"]) == (first, "", "apa-ru")
    assert db["revisions"].count == 1


def test_declared_canonical_finds_the_item_from_another_path(db):
    _, item_id = store.store_article(db, harvested(url=URL + "?amp=1", canonical=URL), DOMAINS)
    assert db["items"].get(item_id)["url"] == URL
    outcome, again = store.store_article(db, harvested(fetched_at=AFTERNOON), DOMAINS)
    assert (outcome, again) == (StoreOutcome.UNCHANGED, item_id)


def test_pages_that_all_declare_the_home_page_canonical_stay_separate_items(db):
    first = harvested(url="http://ru.trend.test/a/1.html", canonical="http://ru.trend.test/")
    second = harvested(url="http://ru.trend.test/a/2.html", canonical="http://ru.trend.test/", title="Другое",
                       body=("Совсем другой текст.",))
    assert store.store_article(db, first, DOMAINS)[0] is StoreOutcome.NEW
    assert store.store_article(db, second, DOMAINS)[0] is StoreOutcome.NEW
    assert db["items"].count == 2


def test_full_text_search_finds_cyrillic_and_azerbaijani_words(db):
    store.store_article(db, harvested(), DOMAINS)
    az = harvested(url="http://az.trend.test/politics/1.html", title="Konvensiya təsdiq edildi",
                   body=("Azərbaycan Respublikası Konvensiyanı təsdiq edib.",), source="trend-ru")
    store.store_article(db, az, DOMAINS)
    assert [r["title"] for r in db["items"].search("конвенции")] == ["Закон утвержден"]
    assert [r["title"] for r in db["items"].search("təsdiq")] == ["Konvensiya təsdiq edildi"]


def _index_pages(db_path):
    """The word index's stored pages, read from another connection."""
    with sqlite3.connect(db_path) as conn:
        return {"items_fts_data": conn.execute("SELECT id, block FROM items_fts_data ORDER BY id").fetchall()}


@pytest.mark.parametrize("upgraded", [False, True], ids=["new database", "upgraded from version 4"])
def test_a_304_does_not_re_index_the_article_but_a_revision_does(tmp_path, upgraded):
    path = tmp_path / "news.db"
    if upgraded:
        schema.migrate(sqlite_utils.Database(path), target=4)
    db = database.open_db(path)
    db["sources"].insert_all([{"id": "trend-ru"}])
    store.store_article(db, harvested(), DOMAINS)
    db.conn.commit()
    indexed = _index_pages(path)
    assert store.mark_not_modified(db, URL, "trend-ru", NotModified(URL, Validators(etag='"abc"'), AFTERNOON))
    db.conn.commit()
    assert _index_pages(path) == indexed
    store.store_article(db, harvested(body=("Президент подписал закон о ратификации Протокола.",),
                                      fetched_at=AFTERNOON), DOMAINS)
    db.conn.commit()
    assert _index_pages(path)["items_fts_data"] != indexed["items_fts_data"]
    assert [r["revision"] for r in db["items"].search("ратификации")] == [2]
    assert not list(db["items"].search("утверждении"))


def test_a_304_records_when_the_item_was_checked_or_says_no_item_backs_the_url(tmp_path):
    db = database.open_db(tmp_path / "news.db")
    db["sources"].insert({"id": "trend-ru"})
    store.store_article(db, harvested(), DOMAINS)
    later = AFTERNOON + timedelta(hours=2)
    assert store.mark_not_modified(db, URL + "?utm_source=rss", "trend-ru", NotModified(URL, Validators(), later))
    unknown = "http://ru.trend.test/azerbaijan/politics/1.html"
    assert not store.mark_not_modified(db, unknown, "trend-ru", NotModified(unknown, Validators(), later))
    db.close()
    with sqlite3.connect(tmp_path / "news.db") as conn:
        # The item's row keeps its last download; the check is in item_checks, as analysts see it.
        assert conn.execute("SELECT last_fetched_at, first_seen_at FROM items").fetchall() == [
            (MORNING.isoformat(), MORNING.isoformat())]
        assert conn.execute("SELECT item_id, last_fetched_at, last_checked_at FROM item_checks").fetchall() == [
            (1, MORNING.isoformat(), later.isoformat())]
        # One row per URL identity, the 200's validators kept.
        assert conn.execute("SELECT url, status, outcome, fetched_at, item_id, etag FROM fetch_state").fetchall() == [
            (URL.removeprefix("http:"), 304, "not_modified", later.isoformat(), 1, '"abc"')]
    # A failed fetch afterwards is no check: the item was last seen answering at ``later``.
    db = database.open_db(tmp_path / "news.db")
    failed = FetchFailure(URL, FailureReason.CONNECTION, f"{URL}: refused")
    store.record_fetch(db, URL, "trend-ru", failed, later + timedelta(hours=1))
    db.close()
    with sqlite3.connect(tmp_path / "news.db") as conn:
        assert conn.execute("SELECT last_checked_at FROM item_checks").fetchall() == [(later.isoformat(),)]


def stored_at_version(path, version):
    """A database file at an older schema ``version`` holding one article, written as that version wrote it."""
    old = sqlite_utils.Database(path)
    schema.migrate(old, target=version)
    old["sources"].insert({"id": "trend-ru"})
    store.store_article(old, harvested(), DOMAINS)
    old.close()


def test_opening_an_older_database_upgrades_it_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    stored_at_version(path, 1)
    upgraded = database.open_db(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert upgraded["items"].count == 1
    assert {"translations", "stories", "events", "digest_sent"} <= set(upgraded.table_names())


def test_runs_left_running_by_a_killed_process_are_marked_interrupted(db):
    first = store.start_run(db, "harvest", MORNING)
    second = store.start_run(db, "harvest", AFTERNOON)
    assert db["runs"].get(first)["status"] == "interrupted"
    assert db["runs"].get(second)["status"] == "running"


def test_an_article_cut_off_half_way_leaves_nothing_behind(db, monkeypatch):
    """Item, URLs, revision and fetch state go in together or not at all (a crash between them is a rerun)."""
    insert = store._insert_row

    def crash_at_the_revision(db, table, row):
        if table == "revisions":
            raise KeyboardInterrupt
        return insert(db, table, row)

    monkeypatch.setattr(store, "_insert_row", crash_at_the_revision)
    with pytest.raises(KeyboardInterrupt):
        store.store_article(db, harvested(), DOMAINS)
    monkeypatch.undo()
    assert (db["items"].count, db["item_urls"].count, db["fetch_state"].count) == (0, 0, 0)
    outcome, _ = store.store_article(db, harvested(), DOMAINS)
    assert outcome is StoreOutcome.NEW


# --------------------------------------------------------------------------------------------------
# Search indexes filled once per harvest batch find exactly what indexing each article at once finds.
# Searches are run as analysts run them, from another connection to the file: Datasette's table search on
# the word index (items_fts) and the "search all forms" canned query (prefix queries on the same index).

AZ_URL = "http://az.trend.test/politics/1.html"
WORDS = ("конвенции", "ратификации", "утверждении", "təsdiq", "Prezident", "İlham", "Закон")
"""Whole words, as typed into Datasette's search box over the items table."""
FORMS = ("ратификация", "Конвенция", "konvensiya", "imzalanıb İlham", "подписал закон", "утверждение")
"""Words whose every inflected form the canned query finds (the words beginning with their stems)."""


class Rollback(Exception):
    pass


def _writes():
    """What one harvest batch writes: new articles, one updated within the batch, a duplicate, a 304."""
    first = harvested()
    return [
        ("store", first),
        ("store", harvested(url=AZ_URL, title="Konvensiya təsdiq edildi", source="trend-ru",
                            body=("İlham Əliyev Konvensiyanı təsdiq edib.", "Prezident sazişi imzalanıb."))),
        ("store", harvested(url="http://ru.trend.test/a/2.html", title="Ратификация протокола",
                            body=("Милли Меджлис ратифицировал протокол.",))),
        ("fail", harvested(url="http://ru.trend.test/a/3.html", title="Отменено",
                           body=("Этот текст откатывается вместе со своей точкой сохранения.",))),
        ("store", harvested(body=("Президент подписал закон о ратификации Конвенции.",), fetched_at=AFTERNOON)),
        ("store", harvested(url="http://ru.trend.test/copy.html", body=("Милли Меджлис ратифицировал протокол.",),
                            title="Ратификация протокола")),
        ("304", harvested(url=AZ_URL)),
        ("delete", harvested(url="http://ru.trend.test/a/4.html", title="Удалено",
                             body=("Удаленная статья с ратификацией конвенции.",))),
    ]


def _write(db, kind, article):
    if kind == "304":
        store.mark_not_modified(db, article.article.url, article.source_id,
                                NotModified(article.article.url, article.validators, AFTERNOON + timedelta(hours=1)))
        return
    _, item_id = store.store_article(db, article, DOMAINS)
    if kind == "delete":
        db.execute("DELETE FROM item_urls WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM fetch_state WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM revisions WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM translation_pending WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM items WHERE id = ?", [item_id])
    if kind == "fail":
        raise Rollback


def _batched(path):
    """As the harvest's writer: one transaction, each write in a savepoint; a failing write is undone alone."""
    db = database.open_db(path)
    db["sources"].insert({"id": "trend-ru"})
    with database.unit_of_work(db, "harvest"):
        for kind, article in _writes():
            try:
                with database.unit_of_work(db, "harvest"):
                    _write(db, kind, article)
            except Rollback:
                pass
        # Inside the transaction the new items wait for the batch's end, the only point where they are indexed.
        assert db.execute("SELECT count(*) FROM items_unindexed").fetchone()[0] > 0
    db.close()


def _one_by_one(path):
    """The reference: any other writer (here a plain sqlite-utils connection) indexes each row as it goes."""
    database.open_db(path).close()
    db = sqlite_utils.Database(path)
    for kind, article in _writes():
        if kind != "fail":
            with db.atomic():
                _write(db, kind, article)
    db.close()


def _seen(path):
    """Rows, word searches and all-forms searches, through a new connection as Datasette would."""
    conn = sqlite3.connect(path)
    conn.create_function("inflected_query", 1, serve.inflected_query, deterministic=True)
    canned = serve.metadata_for(path)["databases"][path.stem]["queries"]["search_inflected"]["sql"]
    table_search = [[row["id"] for row in sqlite_utils.Database(conn)["items"].search(word, columns=["id"])]
                    for word in WORDS]
    seen = {
        "items": conn.execute("SELECT * FROM items ORDER BY id").fetchall(),
        "words": table_search,
        "forms": [conn.execute(canned, {"q": form}).fetchall() for form in FORMS],
        "waiting": conn.execute("SELECT (SELECT count(*) FROM items_unindexed),"
                                " (SELECT count(*) FROM items_search_deferred)").fetchone(),
    }
    # The word index against the items' text itself (an external-content index can be checked against it).
    conn.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    return seen


def test_a_batch_indexed_at_its_end_is_found_by_every_search_like_articles_indexed_one_by_one(tmp_path):
    _batched(tmp_path / "batched.db")
    _one_by_one(tmp_path / "reference.db")
    batched, reference = _seen(tmp_path / "batched.db"), _seen(tmp_path / "reference.db")
    assert batched == reference
    assert batched["waiting"] == (0, 0)
    # The searches are not vacuous: the updated text is found, the replaced and the undone ones are not.
    words = dict(zip(WORDS, batched["words"], strict=True))
    assert words["ратификации"] == [1] and words["утверждении"] == [] and words["təsdiq"] == [2]
    forms = {form: [row[0] for row in rows] for form, rows in zip(FORMS, batched["forms"], strict=True)}
    assert sorted(forms["ратификация"]) == [1, 3] and forms["imzalanıb İlham"] == [2]
    assert len(batched["items"]) == 4  # the duplicate is an item pointing at the first copy; the undone one is not


def test_a_batch_that_fails_leaves_neither_items_nor_a_queue(tmp_path):
    path = tmp_path / "news.db"
    db = database.open_db(path)
    db["sources"].insert({"id": "trend-ru"})
    with pytest.raises(Rollback), database.unit_of_work(db, "harvest"):
        with database.unit_of_work(db, "harvest"):
            store.store_article(db, harvested(), DOMAINS)
        raise Rollback
    store.store_article(db, harvested(url=AZ_URL, fetched_at=MORNING), DOMAINS)  # a unit of its own
    db.close()
    seen = _seen(path)
    assert seen["waiting"] == (0, 0)
    assert [row[0] for row in seen["items"]] == [1]
    assert seen["words"][WORDS.index("конвенции")] == [1]


def test_a_database_from_before_the_queue_is_upgraded_with_its_search_intact(tmp_path):
    path = tmp_path / "old.db"
    stored_at_version(path, 8)
    db = database.open_db(path)
    with database.unit_of_work(db, "harvest"):
        store.store_article(db, harvested(url=AZ_URL, body=("Konvensiya təsdiq edildi.",)), DOMAINS)
        store.store_article(db, harvested(body=("Закон о ратификации.",), fetched_at=AFTERNOON), DOMAINS)
    db.close()
    seen = _seen(path)
    assert seen["words"][WORDS.index("ратификации")] == [1]
    assert seen["words"][WORDS.index("утверждении")] == []
    assert seen["words"][WORDS.index("təsdiq")] == [2]


def test_a_database_with_trigram_indexes_is_upgraded_without_them_and_finds_the_same_forms(tmp_path):
    path = tmp_path / "old.db"
    stored_at_version(path, 9)
    with sqlite3.connect(path) as conn:
        trigram = "SELECT count(*) FROM sqlite_master WHERE name LIKE '%trigram%'"
        assert conn.execute(trigram).fetchone()[0] == 16  # 2 indexes, their 8 shadow tables, 6 triggers
        before = conn.execute("SELECT * FROM items").fetchall()
    db = database.open_db(path)
    with database.unit_of_work(db, "harvest"):
        store.store_article(db, harvested(url=AZ_URL, title="Konvensiya təsdiq edildi",
                                          body=("İlham Əliyev sazişi imzalayıb.",)), DOMAINS)
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        # The indexes, their shadow tables and the triggers that filled them are gone.
        assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%trigram%'").fetchall() == []
    after = _seen(path)
    assert after["items"][:1] == before  # the article stored before the upgrade is kept as it was
    forms = {form: [row[0] for row in rows] for form, rows in zip(FORMS, after["forms"], strict=True)}
    assert forms["утверждение"] == [1] and forms["Конвенция"] == [1]
    assert forms["imzalanıb İlham"] == [2]  # "imzala-" and "ilham" in the article stored after the upgrade
    assert after["words"][WORDS.index("təsdiq")] == [2]


def test_choosing_the_articles_to_revisit_reads_an_index_not_the_bodies(tmp_path):
    db = database.open_db(tmp_path / "news.db")
    db["sources"].insert_all([{"id": "trend-ru"}, {"id": "apa-ru"}])
    store.store_article(db, harvested(), DOMAINS)  # relevant (topic "approval")
    store.store_article(db, harvested(url=AZ_URL, body=("Футбол.",), title="Спорт", topics=()), DOMAINS)
    store.store_article(db, harvested(url="http://ru.trend.test/a/old.html", body=("Старое.",), title="Старое",
                                      fetched_at=MORNING - timedelta(days=3)), DOMAINS)
    three_days_ago = (MORNING - timedelta(days=3)).isoformat()
    db.execute("UPDATE items SET published_at = ? WHERE url LIKE '%old.html'", [three_days_ago])
    db.close()
    reader = database.open_db(tmp_path / "news.db")
    since = MORNING - timedelta(hours=1)
    assert store.revisit_urls(reader, "trend-ru", since, 10) == [URL]
    assert sorted(store.revisit_urls(reader, "trend-ru", since, 10, relevant_only=False)) == [AZ_URL, URL]
    assert store.revisit_urls(reader, "apa-ru", since, 10) == []
    asked: list[str] = []  # the statements revisit_urls runs, with their values (expanded by SQLite)
    reader.conn.set_trace_callback(asked.append)
    store.revisit_urls(reader, "trend-ru", since, 10)
    store.revisit_urls(reader, "trend-ru", since, 10, relevant_only=False)
    reader.conn.set_trace_callback(None)
    plans = [reader.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall() for sql in asked]
    assert len(plans) == 2 and all("COVERING INDEX items_revisit" in str(plan) for plan in plans), plans
    reader.close()
