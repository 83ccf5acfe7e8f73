"""The database schema as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a database has had; ``migrate`` applies the rest, each in
its own transaction, so opening an older database upgrades it and an interrupted upgrade is redone whole.
Never edit a migration that has shipped: append a new one.

    1  harvest      sources, items, item_urls, revisions, fetch_state, runs, run_sources, failures, FTS
    2  translation  translations, translation_cache, translation_pending, FTS over translations
    3  stories      stories, story_items, treaties, events, treaty_status
    4  analyst      digest_sent, trigram search indexes for inflected ru/az forms
    5  treaty keys  events.treaty_key, actor, parties (a treaty's language-free identity and who acted)
    6  queue        triggers queueing every new or changed relevant item for translation as it is stored
    7  merges       story_merges, story_items.compared (the text an item was grouped on)
    8  fts_updates  word indexes re-indexed only when the indexed text changes (not on a 304's timestamp)
    9  deferred     items' search indexes filled once per transaction by the harvest (``index_deferred_items``)
   10  no trigrams  the trigram indexes dropped: "search all forms" is a prefix query on the word indexes
   11  revisits     a covering index for choosing the articles to revisit (``store.revisit_urls``)
"""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils

from .records import LANGUAGES

# unicode61 folds case for Cyrillic and Latin alike and keeps ə, ğ, ı, ö, ü, ç, ş as letters.
WORD_TOKENIZER = "unicode61"
QUEUED = "stored, not translated yet"
"""translation_pending.reason of an item queued when stored (a missing model replaces it with its own)."""


def _harvest(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {
            "id": str, "name": str, "language": str, "kind": str, "official": int,
            "homepage": str, "enabled": int, "note": str, "config": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("items").create(
        {
            "id": int,
            "source_id": str,
            "url": str,  # canonical key (see urls.canonical_key)
            "fetched_url": str,
            "canonical_url": str,
            "title": str,
            "lead": str,
            "body": str,  # paragraphs joined by a blank line
            "language": str,
            "language_confidence": float,
            "language_mismatch": int,
            "foreign_paragraphs": str,  # JSON list of paragraph indices
            "published_at": str,  # ISO 8601 UTC
            "updated_at": str,
            "update_notice": str,
            "author": str,
            "topics": str,  # JSON list
            "relevant": int,
            "extraction_method": str,
            "content_hash": str,  # title + lead + body: a change is a new revision
            "body_hash": str,  # lead + body: the same text at another URL is a duplicate
            "revision": int,
            "duplicate_of": int,
            "first_seen_at": str,
            "last_fetched_at": str,
            "last_changed_at": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("duplicate_of", "items", "id")],
        not_null={"source_id", "url", "title", "content_hash", "revision", "first_seen_at"},
        defaults={"revision": 1, "relevant": 0, "language_mismatch": 0},
        if_not_exists=True,
    )
    db.table("items").create_index(["url"], unique=True, if_not_exists=True)
    db.table("items").create_index(["source_id", "published_at"], if_not_exists=True)
    db.table("items").create_index(["body_hash"], if_not_exists=True)
    db.table("item_urls").create(
        {"url": str, "item_id": int, "first_seen_at": str},
        pk="url",
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db.table("revisions").create(
        {
            "id": int, "item_id": int, "revision": int, "title": str, "lead": str, "body": str,
            "update_notice": str, "published_at": str, "updated_at": str, "content_hash": str,
            "fetched_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db.table("revisions").create_index(["item_id", "revision"], unique=True, if_not_exists=True)
    db.table("fetch_state").create(
        {
            "url": str, "source_id": str, "etag": str, "last_modified": str, "status": int,
            "outcome": str, "error": str, "fetched_at": str, "item_id": int,
        },
        pk="url",
        if_not_exists=True,
    )
    db.table("runs").create(
        {
            "id": int, "started_at": str, "finished_at": str, "status": str, "pid": int,
            "hostname": str, "command": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("run_sources").create(
        {
            "run_id": int, "source_id": str, "discovered": int, "fetched": int, "new": int,
            "updated": int, "unchanged": int, "duplicates": int, "failed": int, "skipped": int,
            "fallbacks": int, "errors": str, "finished_at": str,
        },
        pk=("run_id", "source_id"),
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )
    db.table("failures").create(
        {
            "id": int, "run_id": int, "source_id": str, "url": str, "stage": str, "reason": str,
            "message": str, "status": int, "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )
    db.table("failures").create_index(["source_id", "at"], if_not_exists=True)
    db.table("items").enable_fts(["title", "lead", "body"], create_triggers=True, tokenize=WORD_TOKENIZER, replace=True)


def _translation(db: sqlite_utils.Database) -> None:
    db.table("translations").create(
        {
            "id": int, "item_id": int, "field": str, "language": str, "source_language": str,
            "text": str, "model": str, "model_version": str, "pivot": str, "flags": str,
            "source_hash": str, "translated_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db.table("translations").create_index(["item_id", "field", "language"], unique=True, if_not_exists=True)
    db.table("translation_cache").create(
        {
            "key": str, "source_language": str, "target_language": str, "models": str,
            "source": str, "target": str, "created_at": str,
        },
        pk="key",
        if_not_exists=True,
    )
    db.table("translation_pending").create(
        {"item_id": int, "language": str, "reason": str, "since": str},
        pk=("item_id", "language"),
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db.table("translations").enable_fts(["text"], create_triggers=True, tokenize=WORD_TOKENIZER, replace=True)


def _stories(db: sqlite_utils.Database) -> None:
    db.table("stories").create(
        {
            "id": str, "first_seen_at": str, "last_updated_at": str, "languages": str, "sources": str,
            "titles": str, "latest_item_id": int, "official_confirmed": int, "item_count": int,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("story_items").create(
        {"item_id": int, "story_id": str, "joined_at": str, "similarity": float, "is_latest": int},
        pk="item_id",
        foreign_keys=[("item_id", "items", "id"), ("story_id", "stories", "id")],
        if_not_exists=True,
    )
    db.table("story_items").create_index(["story_id"], if_not_exists=True)
    db.table("treaties").create(
        {"id": str, "name_en": str, "names": str, "depositary_id": str, "url": str},
        pk="id",
        if_not_exists=True,
    )
    db.table("events").create(
        {
            "id": int, "story_id": str, "item_id": int, "action": str, "treaty_id": str,
            "treaty_name": str, "states": str, "act_date": str, "legal_act": str,
            "legal_act_date": str, "evidence": str, "evidence_language": str, "confirmed": int,
            "extracted_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("treaty_id", "treaties", "id")],
        if_not_exists=True,
    )
    db.table("events").create_index(["treaty_id", "act_date"], if_not_exists=True)
    db.table("treaty_status").create(
        {
            "treaty_id": str, "participant": str, "signature": str, "action": str, "action_date": str,
            "source_url": str, "fetched_at": str,
        },
        pk=("treaty_id", "participant"),
        if_not_exists=True,
    )


TRIGRAM_TEXT = "replace(coalesce({}, ''), 'İ', 'i')"
"""What a trigram index holds of a column ``{}``: SQLite folds case but not the Azerbaijani capital İ."""


def _trigram_index(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> None:
    """A contentless trigram FTS5 index ``<table>_trigram`` beside the word index, kept by triggers.

    Trigrams match any substring of three letters or more, so a stem such as ``ратифи`` or ``konven``
    finds every inflected form (``ратификации``, ``ратифицировал``, ``Konvensiyası``). SQLite folds
    case but leaves the Azerbaijani capital ``İ`` alone, so it is indexed as ``i``; the index is
    contentless because it only needs to answer MATCH with rowids (the text lives in ``table``).
    """
    index = f"{table}_trigram"
    names = ", ".join(columns)

    def values(row: str) -> str:
        return ", ".join(TRIGRAM_TEXT.format(f"{row}.{c}") for c in columns)

    delete = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {values('old')});"
    insert = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {values('new')});"
    db.executescript(f"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5({names}, content='', tokenize='trigram');
        CREATE TRIGGER IF NOT EXISTS {index}_ai AFTER INSERT ON {table} BEGIN {insert} END;
        CREATE TRIGGER IF NOT EXISTS {index}_ad AFTER DELETE ON {table} BEGIN {delete} END;
        CREATE TRIGGER IF NOT EXISTS {index}_au AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END;
        INSERT INTO {index}({index}) VALUES ('delete-all');
        INSERT INTO {index}(rowid, {names}) SELECT id, {values(table)} FROM {table};
    """)


def _analyst(db: sqlite_utils.Database) -> None:
    db.table("digest_sent").create(
        {"recipient": str, "story_id": str, "story_version": str, "sent_at": str},
        pk=("recipient", "story_id"),
        if_not_exists=True,
    )
    _trigram_index(db, "items", ("title", "lead", "body"))
    _trigram_index(db, "translations", ("text",))


def _treaty_keys(db: sqlite_utils.Database) -> None:
    events = db.table("events")
    for column in ("treaty_key", "actor", "parties"):
        if column not in events.columns_dict:
            events.add_column(column, str)
    events.create_index(["treaty_key", "action"], if_not_exists=True)


def _translation_queue(db: sqlite_utils.Database) -> None:
    """Queue a relevant item for translation in the same transaction that stores it.

    The harvest hands the items it changed to the translate step in memory; a run killed or interrupted
    in between (Ctrl-C, kill -9, a crash) stored items nobody would ever translate. A row in
    ``translation_pending`` per target language is written with the item instead, and removed by
    ``translate`` once the translation is stored; the items relevant but never translated so far are
    queued now.
    """
    languages = json.dumps(list(LANGUAGES))
    queue = f"""INSERT OR IGNORE INTO translation_pending (item_id, language, reason, since)
        SELECT new.id, value, '{QUEUED}', new.last_fetched_at FROM json_each('{languages}')
        WHERE value != new.language;"""
    translatable = f"new.relevant = 1 AND new.language IN (SELECT value FROM json_each('{languages}'))"
    db.executescript(f"""
        CREATE TRIGGER IF NOT EXISTS items_translation_queue_ai AFTER INSERT ON items
        WHEN {translatable} BEGIN {queue} END;
        CREATE TRIGGER IF NOT EXISTS items_translation_queue_au AFTER UPDATE OF content_hash, relevant ON items
        WHEN {translatable} AND (new.content_hash IS NOT old.content_hash OR old.relevant IS NOT 1)
        BEGIN {queue} END;
        INSERT OR IGNORE INTO translation_pending (item_id, language, reason, since)
        SELECT items.id, languages.value, '{QUEUED}', items.last_fetched_at
        FROM items, json_each('{languages}') AS languages
        WHERE items.relevant = 1 AND items.language IN (SELECT value FROM json_each('{languages}'))
          AND languages.value != items.language
          AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.item_id = items.id);
    """)


def _story_merges(db: sqlite_utils.Database) -> None:
    db.table("story_merges").create(
        {"merged": str, "merged_into": str, "item_id": int, "similarity": float, "merged_at": str},
        pk="merged",
        if_not_exists=True,
    )
    if "compared" not in db.table("story_items").columns_dict:
        db.table("story_items").add_column("compared", str)


def _word_index_on_text_updates(db: sqlite_utils.Database) -> None:
    """sqlite-utils' FTS update triggers fire on any UPDATE of the row, so refreshing ``last_fetched_at``
    after a 304 deleted and re-inserted the whole body into the index (~85 disk I/Os per unchanged page).
    Recreated to fire only when an indexed column is updated, as the trigram triggers already do."""
    for table, columns in (("items", ("title", "lead", "body")), ("translations", ("text",))):
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        db.executescript(f"""
            DROP TRIGGER IF EXISTS "{table}_au";
            CREATE TRIGGER "{table}_au" AFTER UPDATE OF {names} ON "{table}" BEGIN
              INSERT INTO "{table}_fts" ("{table}_fts", rowid, {names}) VALUES ('delete', old.rowid, {old});
              INSERT INTO "{table}_fts" (rowid, {names}) VALUES (new.rowid, {new});
            END;
        """)


ITEM_INDEXED = ("title", "lead", "body")


def _deferred_item_indexes(db: sqlite_utils.Database) -> None:
    """Let the harvest index its articles once per transaction instead of once per article.

    FTS5 writes its pending terms out as a new segment at every savepoint, and the harvest's writer stores
    each article in a savepoint of its batch: each article cost a flush and the merging of a tiny segment
    into the index (a third of the CPU an article cost to store: bench/stages.py). A writer
    that sets the flag in ``items_search_deferred`` (inside its transaction, so no other connection ever
    sees it) has its new items queued in ``items_unindexed`` by the insert trigger instead, and indexes
    the queue with one statement per index before it commits (``index_deferred_items``). Every other
    writer indexes at once, as before. An item still queued has nothing in the indexes yet, so updating or
    deleting it must not remove index entries: the update and delete triggers skip queued items (the
    queue's own rows are dropped at the flush; a deleted item is simply no longer there to be indexed).
    """
    deferred = "EXISTS (SELECT 1 FROM items_search_deferred)"
    indexed = "old.id NOT IN (SELECT id FROM items_unindexed)"
    statements = [
        "CREATE TABLE IF NOT EXISTS items_search_deferred (flag INTEGER PRIMARY KEY CHECK (flag = 1))",
        "CREATE TABLE IF NOT EXISTS items_unindexed (id INTEGER PRIMARY KEY)",
        f"""CREATE TRIGGER IF NOT EXISTS items_unindexed_ai AFTER INSERT ON items WHEN {deferred}
            BEGIN INSERT OR IGNORE INTO items_unindexed (id) VALUES (new.id); END""",
    ]
    names = ", ".join(ITEM_INDEXED)
    # The indexes as they were at this migration (migration 10 drops the trigram one).
    for index, reading in {"items_fts": "{}", "items_trigram": TRIGRAM_TEXT}.items():
        def values(row: str, reading: str = reading) -> str:
            return ", ".join(reading.format(f"{row}.{c}") for c in ITEM_INDEXED)

        trigger = "items" if index == "items_fts" else index  # sqlite-utils names the word index's triggers items_*
        delete = f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {values('old')});"
        insert = f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {values('new')});"
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger}_ai",
            f"DROP TRIGGER IF EXISTS {trigger}_ad",
            f"DROP TRIGGER IF EXISTS {trigger}_au",
            f"CREATE TRIGGER {trigger}_ai AFTER INSERT ON items WHEN NOT {deferred} BEGIN {insert} END",
            f"CREATE TRIGGER {trigger}_ad AFTER DELETE ON items WHEN {indexed} BEGIN {delete} END",
            f"CREATE TRIGGER {trigger}_au AFTER UPDATE OF {names} ON items WHEN {indexed} BEGIN {delete} {insert} END",
        ]
    for statement in statements:
        db.execute(statement)


def index_deferred_items(db: sqlite_utils.Database) -> None:
    """Index the items queued while ``items_search_deferred`` was set, and clear the flag: call it in the
    same transaction, before its commit, so no reader ever sees an item its searches cannot find."""
    names = ", ".join(ITEM_INDEXED)
    db.execute(f"""INSERT INTO items_fts (rowid, {names})
                   SELECT id, {names} FROM items WHERE id IN (SELECT id FROM items_unindexed) ORDER BY id""")
    db.execute("DELETE FROM items_unindexed")
    db.execute("DELETE FROM items_search_deferred")


def _drop_trigram_indexes(db: sqlite_utils.Database) -> None:
    """The trigram indexes existed only so that "search all forms" found inflected Russian and Azerbaijani
    words by their stem. Both languages inflect by suffix, so a prefix query on the word index (``"ратифи"*``,
    ``serve.inflected_query``) finds the same forms; the trigram index cost more to fill than the word
    index (most of storing an article) and as much disk again. What only the trigrams found was the stem
    inside another word (``signed`` in ``resigned``, ``Иран`` in ``вымирания``). Their pages go to the
    file's free list and are reused by new rows (``VACUUM`` would shrink the file but cannot run in a
    migration's transaction)."""
    for table in ("items", "translations"):
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_trigram_{trigger}")
        db.execute(f"DROP TABLE IF EXISTS {table}_trigram")


def _revisit_index(db: sqlite_utils.Database) -> None:
    """Every run asks, per source, which stored articles are young enough to revisit. Without an index
    holding the columns it reads, SQLite read every item the source ever stored, and since the dates come
    after the body in the row, every page of every body (a year of news read at each run)."""
    db.execute("""CREATE INDEX IF NOT EXISTS items_revisit
                  ON items (source_id, first_seen_at, published_at, relevant, fetched_url)""")


def _item_checks(db: sqlite_utils.Database) -> None:
    """When each item was last checked: its last download (``items.last_fetched_at``) or a later 304.

    A 304 used to set ``items.last_fetched_at``, and SQLite rebuilds a row whole, body included, to change
    one column: 35-70 µs of every unchanged article of every run (#13). It now writes a row of two
    columns in ``not_modified``; ``item_checks`` puts the two times together for analysts.
    """
    db.execute("""CREATE TABLE IF NOT EXISTS not_modified (
                      item_id INTEGER PRIMARY KEY REFERENCES items(id), answered_at TEXT NOT NULL)""")
    db.execute("""CREATE VIEW IF NOT EXISTS item_checks AS
                  SELECT items.id AS item_id, items.source_id, items.fetched_url, items.title,
                         items.last_fetched_at, not_modified.answered_at AS last_not_modified_at,
                         nullif(max(coalesce(items.last_fetched_at, ''), coalesce(not_modified.answered_at, '')),
                                '') AS last_checked_at
                  FROM items LEFT JOIN not_modified ON not_modified.item_id = items.id""")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _harvest,
    _translation,
    _stories,
    _analyst,
    _treaty_keys,
    _translation_queue,
    _story_merges,
    _word_index_on_text_updates,
    _deferred_item_indexes,
    _drop_trigram_indexes,
    _revisit_index,
    _item_checks,
)


def migrate(db: sqlite_utils.Database, target: int | None = None) -> int:
    """Bring ``db`` to ``target`` migrations (default: all). Returns the version reached.

    Each migration and its ``user_version`` bump are one transaction (``PRAGMA user_version`` is part of
    the file's header, so it commits with the tables), so an interrupted upgrade leaves the version before.
    """
    target = len(MIGRATIONS) if target is None else target
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, target):
        with db.conn:  # BEGIN ... COMMIT, ROLLBACK on error
            db.conn.execute("BEGIN IMMEDIATE")
            MIGRATIONS[number](db)
            db.conn.execute(f"PRAGMA user_version = {number + 1}")
    return max(version, target)
