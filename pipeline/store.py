"""The SQLite store (sqlite-utils): items, revisions, fetch state, runs, and the run lock.

Every article is written in one transaction together with its fetch state, so a run killed at any moment
leaves either the whole article or nothing; the next run refetches what is missing and finds by URL
identity what is there, so nothing is lost and nothing is stored twice.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import sqlite_utils

from . import dedupe, schema, urls
from .errors import DatabaseCorrupt, LockedError, StorageError
from .records import (
    FetchResult,
    Harvested,
    NotModified,
    Page,
    Source,
    SourceReport,
    StoreOutcome,
    Validators,
)

log = logging.getLogger(__name__)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


# SQLite result codes meaning the file itself cannot be used (as opposed to a bad statement or a constraint).
_UNUSABLE = ("SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")
_HINTS = {  # the first matching prefix wins
    "SQLITE_READONLY_DBMOVED": "the file was moved or deleted while this run used it: put it back and run again",
    "SQLITE_READONLY": "the file or its folder is read-only: check their owner and permissions",
    "SQLITE_FULL": "the disk is full: free some space and run again",
    "SQLITE_CORRUPT": "the file is damaged: restore it from a backup (or move it aside to start afresh)",
}


def storage_error(path: str | Path, stage: str, error: sqlite3.Error) -> StorageError | None:
    """A StorageError (corrupt, read-only, full, unreadable file) for ``error``; None for any other error."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return DatabaseCorrupt(f"{path}: {stage}: {text} ({_HINTS['SQLITE_CORRUPT']})")
    if name.startswith(_UNUSABLE):
        hint = next((h for key, h in _HINTS.items() if name.startswith(key)), "check the disk and the permissions")
        return StorageError(f"{path}: {stage}: {text} ({hint})")
    return None


class Database(sqlite_utils.Database):
    """sqlite-utils on a connection that never opens a transaction by itself, so nothing can stay uncommitted.

    Python's sqlite3 module, left to itself, silently BEGINs before the first INSERT of any raw
    ``conn.execute``; everything after it (sqlite-utils' own ``atomic()`` blocks become savepoints inside)
    is then lost when the connection closes. Here the driver is in autocommit mode (``isolation_level=None``):
    a statement outside a unit of work commits on its own, and every multi-statement write is a
    ``unit_of_work`` (what ``atomic()`` is too), which BEGINs IMMEDIATE and COMMITs or rolls back.

    ``stage`` names the code writing (``translate``, ``digest`` ...), for the errors below: closing with a
    transaction still open is a StorageError naming it, never a silent rollback.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.stage = "open"
        self.in_unit_of_work = False
        """An outer ``unit_of_work`` is open: it will index the items queued in it before committing."""
        self.search_index_deferred = False
        """Items stored in this transaction wait in ``items_unindexed`` (see ``schema.index_deferred_items``)."""
        super().__init__(sqlite3.connect(self.path, isolation_level=None))

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """sqlite-utils' writers (insert, upsert ...) and ours go through the same unit of work."""
        with unit_of_work(self, self.stage):
            yield self

    def close(self) -> None:
        if self.conn.in_transaction:
            self.conn.close()  # SQLite rolls back what was never committed: say so, loudly
            raise StorageError(f"{self.path}: {self.stage}: closed with a transaction still open; "
                               "its writes were rolled back (a writer outside store.unit_of_work?)")
        self.conn.close()


@contextmanager
def unit_of_work(db: sqlite_utils.Database, stage: str) -> Iterator[sqlite_utils.Database]:
    """The one way to write: BEGIN IMMEDIATE ... COMMIT, rolled back on any error (Ctrl-C included).

    IMMEDIATE takes the write lock at BEGIN, so a concurrent writer waits there (busy_timeout) instead
    of failing half-way. Nested units are savepoints of the outer one. A file that cannot be written
    (read-only, full, corrupt) raises StorageError naming the file and ``stage``.
    """
    conn = db.conn
    outer = getattr(db, "stage", None)
    if isinstance(db, Database):
        db.stage = stage
    try:
        if conn.in_transaction:
            # One name for every level: ROLLBACK TO and RELEASE act on the most recent savepoint of that
            # name, which is this unit's, since the units within it have ended. (A name of its own per
            # unit made each statement new to the driver's statement cache, twice per article.)
            conn.execute("SAVEPOINT unit")
            try:
                yield db
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute("ROLLBACK TO unit")
                    conn.execute("RELEASE unit")
                raise
            conn.execute("RELEASE unit")
            return
        conn.execute("BEGIN IMMEDIATE")
        ours = db if isinstance(db, Database) else None
        if ours is not None:
            ours.in_unit_of_work = True
        try:
            yield db
            if ours is not None and ours.search_index_deferred:
                schema.index_deferred_items(ours)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if ours is not None:
                ours.in_unit_of_work = ours.search_index_deferred = False
    except sqlite3.Error as error:
        unusable = storage_error(getattr(db, "path", "database"), stage, error)
        if unusable is None:
            raise
        raise unusable from error
    finally:
        if isinstance(db, Database) and outer is not None:
            db.stage = outer


def open_db(path: str | Path, stage: str = "open") -> Database:
    """Open (creating or upgrading) the database at ``path``, in WAL mode so readers never block a run.

    A corrupt file, a file that is not a database, or a folder that cannot be written raise StorageError
    (DatabaseCorrupt for the first two) with the path and what to do.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"{path}: cannot open the database: {error}") from error
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        if db.journal_mode != "wal":
            db.enable_wal()
        # In WAL mode NORMAL never corrupts and survives a killed process; only a power cut may drop the
        # last commits (refetched next run). FULL would fsync every article: the harvest's bottleneck.
        db.execute("PRAGMA synchronous = NORMAL")
        schema.migrate(db)
    except sqlite3.Error as error:
        db.conn.close()
        unusable = storage_error(path, "open", error) or StorageError(f"{path}: cannot open the database: {error}")
        raise unusable from error
    db.stage = stage
    return db


@contextmanager
def run_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the database's run lock, or raise LockedError naming the holder.

    An OS file lock dies with its process, so the lock of a killed run is simply taken over; the pid
    written into the file is only there for the message.
    """
    lock_path = Path(f"{db_path}.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = lock_path.open("a+")
    except OSError as error:
        raise StorageError(f"{lock_path}: cannot create the run lock beside the database: {error.strerror}"
                           " (the folder must be writable by this user)") from error
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise LockedError(f"{db_path} is in use by a running harvest ({holder}); try again later") from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        yield
    finally:
        handle.truncate(0)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@contextmanager
def locked_db(db_path: str | Path, stage: str = "legalnews") -> Iterator[Database]:
    """The database opened under the run lock, for any command that writes; closed and released after.

    ``stage`` names the command in errors. Closing with a transaction open raises (see ``Database``),
    unless another error is already on its way out: that one is the cause, and is what the user sees.
    """
    with run_lock(db_path):
        db = open_db(db_path, stage)
        try:
            yield db
        except BaseException:
            try:
                db.close()
            except StorageError as error:
                log.error("%s", error)
            raise
        db.close()


# --------------------------------------------------------------------------------------------------
# Sources and runs


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, object]) -> int:
    pk = db.table(table).insert(row).last_pk
    assert pk is not None, f"insert into {table} gave no key"
    return int(pk)


def sync_sources(db: sqlite_utils.Database, sources: tuple[Source, ...]) -> None:
    rows = [
        {
            "id": s.id, "name": s.name, "language": s.language, "kind": s.kind, "official": int(s.official),
            "homepage": next(iter(s.allowed_domains), ""), "enabled": int(s.enabled), "note": s.note,
            "config": json.dumps(asdict(s), ensure_ascii=False, default=str),
        }
        for s in sources
    ]
    with unit_of_work(db, "harvest"):
        db.table("sources").upsert_all(rows, pk="id")


def start_run(db: sqlite_utils.Database, command: str, now: datetime) -> int:
    """Record a new run; runs left 'running' by a killed process are marked interrupted."""
    with unit_of_work(db, command):
        db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        return _insert(db, "runs", {"started_at": iso(now), "status": "running", "pid": os.getpid(),
                                    "hostname": socket.gethostname(), "command": command})


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, now: datetime) -> None:
    with unit_of_work(db, "harvest"):
        db.table("runs").update(run_id, {"status": status, "finished_at": iso(now)})


def save_source_report(db: sqlite_utils.Database, run_id: int, report: SourceReport, now: datetime) -> None:
    row = {k: v for k, v in asdict(report).items() if k != "errors"}
    row.update(run_id=run_id, errors=json.dumps(report.errors, ensure_ascii=False), finished_at=iso(now))
    with unit_of_work(db, "harvest"):
        db.table("run_sources").upsert(row, pk=("run_id", "source_id"))


def record_failure(
    db: sqlite_utils.Database, run_id: int, source_id: str, url: str, stage: str, reason: str,
    message: str, now: datetime, status: int | None = None,
) -> None:
    with unit_of_work(db, "harvest"):
        db.table("failures").insert(
            {"run_id": run_id, "source_id": source_id, "url": url, "stage": stage, "reason": reason,
             "message": message, "status": status, "at": iso(now)}
        )


# --------------------------------------------------------------------------------------------------
# Fetch state


def validators_for(db: sqlite_utils.Database, url: str) -> Validators | None:
    row = db.execute(
        "SELECT etag, last_modified FROM fetch_state WHERE url = ? AND outcome IN ('ok', 'not_modified')",
        [urls.identity(url)],
    ).fetchone()
    return Validators(etag=row[0], last_modified=row[1]) if row else None


# SQLite's default limit on host parameters is 999 in older builds; stay well below it.
_IN_CHUNK = 500


def known_identities(db: sqlite_utils.Database, source_id: str, keys: Iterable[str]) -> dict[str, datetime]:
    """Of these URL identities, those this source's articles were fetched under successfully, with the
    last fetch time. Asks only for the links at hand: a source's whole history grows every day."""
    wanted = list(dict.fromkeys(keys))
    known: dict[str, datetime] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        rows = db.execute(
            f"""SELECT url, fetched_at FROM fetch_state WHERE source_id = ? AND outcome IN ('ok', 'not_modified')
                AND url IN ({",".join("?" * len(chunk))})""",
            [source_id, *chunk],
        )
        known.update((url, datetime.fromisoformat(at)) for url, at in rows)
    return known


def revisit_urls(
    db: sqlite_utils.Database, source_id: str, since: datetime, limit: int, *, relevant_only: bool = True
) -> list[str]:
    """Fetched URLs of this source's items first seen or published since ``since``: they may be updated.
    ``relevant_only``: only items tagged with a treaty topic, the ones whose updates an analyst reads."""
    relevant = "AND relevant = 1" if relevant_only else ""
    rows = db.execute(
        f"""SELECT fetched_url FROM items WHERE source_id = ? {relevant}
            AND max(coalesce(published_at, ''), first_seen_at) >= ? ORDER BY first_seen_at DESC LIMIT ?""",
        [source_id, iso(since), limit],
    )
    return [r[0] for r in rows]


def _fetch_state_row(url: str, source_id: str, result: FetchResult, now: datetime) -> dict[str, object]:
    row: dict[str, object] = {"url": urls.identity(url), "source_id": source_id, "fetched_at": iso(now)}
    if isinstance(result, Page):
        row.update(etag=result.validators.etag, last_modified=result.validators.last_modified,
                   status=result.status, outcome="ok", error=None, fetched_at=iso(result.fetched_at))
    elif isinstance(result, NotModified):
        row.update(status=304, outcome="not_modified", error=None, fetched_at=iso(result.fetched_at))
    else:
        # A failure keeps the validators of the last good fetch: they are still right.
        row.update(status=result.status, outcome=result.reason.value, error=result.message)
    return row


def record_fetch(
    db: sqlite_utils.Database, url: str, source_id: str, result: FetchResult, now: datetime,
    item_id: int | None = None,
) -> None:
    """Remember a URL's validators and last outcome (feeds, listings, articles, failures alike).

    Plain SQL, as ``_insert_row``: the table helper's upsert read the schema on every call, 0.25 ms for
    each discovery page of every run (a sixth of the pages a harvest asks for, #13). Only the columns in
    the row are set, so a failure keeps the validators of the last good fetch."""
    row = _fetch_state_row(url, source_id, result, now)
    if item_id is not None:
        row["item_id"] = item_id
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in row if column != "url")
    with unit_of_work(db, "harvest"):
        db.execute(f"{_insert_statement('fetch_state', row)} ON CONFLICT (url) DO UPDATE SET {updates}",
                   list(row.values()))


# --------------------------------------------------------------------------------------------------
# Items


def _stored(db: sqlite_utils.Database, sql: str, params: list[object]) -> dedupe.Stored | None:
    row = db.execute(sql, params).fetchone()
    return dedupe.Stored(item_id=row[0], content_hash=row[1], revision=row[2]) if row else None


def _insert_row(db: sqlite_utils.Database, table: str, row: dict[str, object]) -> int:
    """Plain INSERT: the table helpers read the schema (sqlite_master, PRAGMA table_info) on every call,
    a dozen queries per article on the harvest's hot path."""
    cursor = db.execute(_insert_statement(table, row), list(row.values()))
    assert cursor.lastrowid is not None, f"insert into {table} gave no key"
    return int(cursor.lastrowid)


def _insert_statement(table: str, row: dict[str, object]) -> str:
    columns = ", ".join(f'"{c}"' for c in row)
    return f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})'


def _item_row(h: Harvested, canonical: str, body: str) -> dict[str, object]:
    a = h.article
    return {
        "source_id": h.source_id, "url": canonical, "fetched_url": a.url, "canonical_url": a.canonical_url,
        "title": a.title, "lead": a.lead, "body": body, "language": h.language.language,
        "language_confidence": h.language.confidence, "language_mismatch": int(h.language_mismatch),
        "foreign_paragraphs": json.dumps(list(h.foreign_paragraphs)), "published_at": iso(a.published),
        "updated_at": iso(a.updated), "update_notice": "\n".join(a.update_notices) or None,
        "author": a.author, "topics": json.dumps(list(h.topics)), "relevant": int(bool(h.topics)),
        "extraction_method": a.method, "content_hash": h.content_hash, "body_hash": h.body_hash,
        "last_fetched_at": iso(h.fetched_at),
    }


def _revision_row(item_id: int, revision: int, h: Harvested, body: str) -> dict[str, object]:
    a = h.article
    return {
        "item_id": item_id, "revision": revision, "title": a.title, "lead": a.lead, "body": body,
        "update_notice": "\n".join(a.update_notices) or None, "published_at": iso(a.published),
        "updated_at": iso(a.updated), "content_hash": h.content_hash, "fetched_at": iso(h.fetched_at),
    }


def _defer_search_index(db: Database) -> None:
    """Queue this transaction's new items for indexing at its commit: one FTS statement per batch, not one
    segment flush per article (FTS5 flushes at every savepoint; see ``schema._deferred_item_indexes``).
    Set in the article's own savepoint, so an article rolled back takes its queue entry and flag with it."""
    db.execute("INSERT OR IGNORE INTO items_search_deferred (flag) VALUES (1)")
    db.search_index_deferred = True


def store_article(
    db: sqlite_utils.Database, h: Harvested, allowed_domains: tuple[str, ...], requested_url: str | None = None,
    article_pattern: str | None = None,
) -> tuple[StoreOutcome, int]:
    """Store one harvested article atomically and say what it was (new, updated, unchanged, duplicate).

    Every URL the article answered to (requested, after redirects, declared canonical) is remembered,
    so any of them finds the item next time. The fingerprints come with ``h`` (computed in the worker);
    the writes are plain SQL, so storing costs the rows and their indexes, not schema look-ups.
    """
    a = h.article
    canonical = urls.canonical_url(a.url, a.canonical_url, allowed_domains, article_pattern)
    keys = sorted({urls.identity(u) for u in (canonical, a.url, requested_url or a.url)})
    placeholders = ",".join("?" * len(keys))
    at_identity = _stored(
        db,
        f"""SELECT items.id, items.content_hash, items.revision FROM item_urls JOIN items ON items.id = item_id
            WHERE item_urls.url IN ({placeholders}) ORDER BY items.id LIMIT 1""",
        list(keys),
    )
    same_body = None
    if at_identity is None:
        same_body = _stored(
            db,
            "SELECT id, content_hash, revision FROM items WHERE body_hash = ? AND duplicate_of IS NULL LIMIT 1",
            [h.body_hash],
        )
    outcome = dedupe.classify(h.content_hash, at_identity, same_body)
    now = iso(h.fetched_at)
    with db.atomic():
        if isinstance(db, Database) and db.in_unit_of_work and outcome is not StoreOutcome.UNCHANGED:
            _defer_search_index(db)
        if outcome is StoreOutcome.UNCHANGED:
            assert at_identity is not None
            item_id = at_identity.item_id
            db.execute("UPDATE items SET last_fetched_at = ? WHERE id = ?", [now, item_id])
        else:
            body = "\n\n".join(a.body)
            row = _item_row(h, canonical, body)
            if outcome is StoreOutcome.UPDATED:
                assert at_identity is not None
                item_id, revision = at_identity.item_id, at_identity.revision + 1
                row.update(revision=revision, last_changed_at=now, duplicate_of=None)
                _insert_row(db, "revisions", _revision_row(item_id, revision, h, body))
                db.execute(f"UPDATE items SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
                           [*row.values(), item_id])
            else:
                row.update(first_seen_at=now, last_changed_at=now, revision=1)
                if same_body is not None:
                    # Keep who published it and when, not the text again.
                    row.update(duplicate_of=same_body.item_id, lead="", body="", relevant=0)
                item_id = _insert_row(db, "items", row)
                if outcome is StoreOutcome.NEW:
                    _insert_row(db, "revisions", _revision_row(item_id, 1, h, body))
        db.conn.executemany(
            "INSERT OR IGNORE INTO item_urls (url, item_id, first_seen_at) VALUES (?, ?, ?)",
            [(key, item_id, now) for key in keys],
        )
        db.conn.executemany(
            """INSERT INTO fetch_state (url, source_id, etag, last_modified, status, outcome, error, fetched_at,
                                        item_id)
               VALUES (?, ?, ?, ?, 200, 'ok', NULL, ?, ?)
               ON CONFLICT (url) DO UPDATE SET source_id = excluded.source_id, etag = excluded.etag,
                 last_modified = excluded.last_modified, status = 200, outcome = 'ok', error = NULL,
                 fetched_at = excluded.fetched_at, item_id = excluded.item_id""",
            [(key, h.source_id, h.validators.etag, h.validators.last_modified, now, item_id) for key in keys],
        )
    return outcome, item_id


def mark_not_modified(db: sqlite_utils.Database, url: str, source_id: str, result: NotModified) -> bool:
    """A 304 for an article: record when it was checked. False when no item backs the URL (then refetch).

    The time goes to ``not_modified`` (``item_checks`` shows it), not to ``items.last_fetched_at``:
    SQLite rebuilds a row whole, body included, to change one column (#13, migration ``_item_checks``).
    """
    key, at = urls.identity(url), iso(result.fetched_at)
    # Plain SQL: this runs for every unchanged article of every run, and table helpers introspect the
    # schema on each call.
    with db.atomic():
        row = db.execute("SELECT items.id FROM item_urls JOIN items ON items.id = item_id WHERE item_urls.url = ?",
                         [key]).fetchone()
        if row is None:
            return False
        db.execute("INSERT OR REPLACE INTO not_modified (item_id, answered_at) VALUES (?, ?)", [row[0], at])
        db.execute(
            """INSERT INTO fetch_state (url, source_id, status, outcome, error, fetched_at, item_id)
               VALUES (?, ?, 304, 'not_modified', NULL, ?, ?)
               ON CONFLICT (url) DO UPDATE SET source_id = excluded.source_id, status = 304,
                 outcome = 'not_modified', error = NULL, fetched_at = excluded.fetched_at,
                 item_id = excluded.item_id""",
            [key, source_id, at, row[0]],
        )
    return True
