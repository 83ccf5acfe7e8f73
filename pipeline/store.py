"""What a crawl writes and reads: sources, runs, failures, fetch state, articles and their 304 checks.

Every article is written in one transaction together with its fetch state, so a run killed at any moment
leaves either the whole article or nothing; the next run refetches what is missing and finds by URL
identity what is there, so nothing is lost and nothing is stored twice. How the file is opened, locked and
written transactionally is ``database``; this module is the crawl's rows and the questions the crawl asks.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime

import sqlite_utils

from . import dedupe, urls
from .database import Database, unit_of_work
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


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


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
