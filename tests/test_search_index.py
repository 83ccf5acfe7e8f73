"""The items' search indexes filled once per harvest batch find exactly what indexing each article at once finds.

Searches are run the way analysts run them, from another connection to the file: Datasette's table search on
the word index (``items_fts``) and the "search all forms" canned query on the trigram index.
"""

import sqlite3
from datetime import timedelta

import pytest
import sqlite_utils

from pipeline import serve, store
from pipeline.records import NotModified
from tests.test_store import AFTERNOON, DOMAINS, MORNING, harvested, stored_at_version

AZ_URL = "http://az.trend.test/politics/1.html"
WORDS = ("конвенции", "ратификации", "утверждении", "təsdiq", "Prezident", "İlham", "Закон")
"""Whole words, as typed into Datasette's search box over the items table."""
FORMS = ("ратификация", "Конвенция", "konvensiya", "imzalanıb İlham", "подписал закон", "утверждение")
"""Words whose every inflected form the canned query finds (trigram substrings of their stems)."""


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
    db = store.open_db(path)
    db["sources"].insert({"id": "trend-ru"})
    with store.unit_of_work(db, "harvest"):
        for kind, article in _writes():
            try:
                with store.unit_of_work(db, "harvest"):
                    _write(db, kind, article)
            except Rollback:
                pass
        # Inside the transaction the new items wait for the batch's end, the only point where they are indexed.
        assert db.execute("SELECT count(*) FROM items_unindexed").fetchone()[0] > 0
    db.close()


def _one_by_one(path):
    """The reference: any other writer (here a plain sqlite-utils connection) indexes each row as it goes."""
    store.open_db(path).close()
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
    conn.execute("INSERT INTO items_trigram (items_trigram) VALUES ('integrity-check')")
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
    db = store.open_db(path)
    db["sources"].insert({"id": "trend-ru"})
    with pytest.raises(Rollback), store.unit_of_work(db, "harvest"):
        with store.unit_of_work(db, "harvest"):
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
    db = store.open_db(path)
    with store.unit_of_work(db, "harvest"):
        store.store_article(db, harvested(url=AZ_URL, body=("Konvensiya təsdiq edildi.",)), DOMAINS)
        store.store_article(db, harvested(body=("Закон о ратификации.",), fetched_at=AFTERNOON), DOMAINS)
    db.close()
    seen = _seen(path)
    assert seen["words"][WORDS.index("ратификации")] == [1]
    assert seen["words"][WORDS.index("утверждении")] == []
    assert seen["words"][WORDS.index("təsdiq")] == [2]
