"""Relevant items translated into the other two languages with Argos models, batched across a run.

argostranslate translates one text per call; a morning run has dozens of articles, so we gather the
sentences of every item first and send each model one stream, batched by tokens:

    items (relevant=1) ──plan──▶ jobs: (item, field, target language, route, sentences)
    jobs ──step by step along each route──▶ unique sentences per model
         ──translation_cache──▶ hits;  misses ──SentencePiece──▶ CTranslate2 translate_batch
    translated sentences ──reassemble, guards──▶ translations rows (FTS) ; no model ──▶ translation_pending

ru↔az has no model: the route goes ru→en→az and the English step is shared with the ru→en
translation (and cached). The cache key is the model name@version plus the normalised sentence, so a
revised article retranslates only its changed sentences and a rerun translates nothing.

Three modules: this one is the stage (relevant items in, translations and pending rows out, in chunks);
``translation_jobs`` plans the jobs, keeps the sentence cache and runs the jobs step by step;
``translation_engine`` runs the Argos models in token-budgeted batches.

A missing or broken model never raises out of ``translate_items``: the items are marked pending with
the reason, and ``legalnews translate --pending`` completes them once the model is installed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from pipeline import models as argos
from pipeline.database import unit_of_work
from pipeline.errors import TranslationError
from pipeline.records import LANGUAGES, Settings
from pipeline.translation_engine import Engine, EngineOptions, Progress
from pipeline.translation_jobs import (
    Existing,
    Pending,
    Plan,
    SentenceCache,
    SentenceCounts,
    Translated,
    plan_items,
    run_jobs,
    select_in,
)

# Items planned, translated and committed together: big enough for full batches, small enough that an
# interrupted backlog run keeps what it finished.
ITEMS_PER_CHUNK = 200


# --------------------------------------------------------------------------------------------------
# Database: items in, translations and pending rows out


@dataclass(frozen=True)
class TranslationReport:
    items: int
    """Relevant items looked at."""
    written: int
    """Translations (item, field, language) stored or updated."""
    up_to_date: int
    """Translations already current (same source text, same models): nothing done."""
    translated: int
    """Unique sentences run through a model (a pivoted sentence counts once per step)."""
    cached: int
    """Unique sentences served from translation_cache."""
    flagged: int
    """Written translations with quality flags (a number, date, URL or law number lost)."""
    pending: tuple[Pending, ...]
    """(item, language) pairs waiting for a model, with the reason."""
    skipped: tuple[Pending, ...]
    """(item, language) pairs not translated because the item's language is not ru, az or en."""
    seconds: float
    per_model: tuple[tuple[str, int], ...] = ()
    """Sentences run through each model (name@version)."""

    @property
    def ok(self) -> bool:
        return not self.pending


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pending_item_ids(db: sqlite_utils.Database) -> list[int]:
    """Items waiting for a model (``legalnews translate --pending``)."""
    return [row[0] for row in db.execute("SELECT DISTINCT item_id FROM translation_pending ORDER BY item_id")]


def _relevant_ids(db: sqlite_utils.Database, item_ids: Sequence[int] | None) -> list[int]:
    if item_ids is None:
        return [row[0] for row in db.execute("SELECT id FROM items WHERE relevant = 1 ORDER BY id")]
    rows = select_in(db, "SELECT id FROM items WHERE relevant = 1 AND id IN ({marks})", sorted(set(item_ids)))
    return sorted(row[0] for row in rows)


def _load_chunk(db: sqlite_utils.Database, ids: Sequence[int]) -> tuple[list[dict[str, Any]], Existing]:
    marks = ",".join("?" * len(ids))
    items = list(db.query(f"SELECT id, language, title, lead, body FROM items WHERE id IN ({marks})", ids))
    existing = {
        (row["item_id"], row["field"], row["language"]): (row["source_hash"], row["model"], row["model_version"])
        for row in db.query(
            "SELECT item_id, field, language, source_hash, model, model_version FROM translations"
            f" WHERE item_id IN ({marks})",
            ids,
        )
    }
    return items, existing


_UPSERT = (
    "INSERT INTO translations (item_id, field, language, source_language, text, model, model_version,"
    " pivot, flags, source_hash, translated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (item_id, field, language) DO UPDATE SET source_language = excluded.source_language,"
    " text = excluded.text, model = excluded.model, model_version = excluded.model_version,"
    " pivot = excluded.pivot, flags = excluded.flags, source_hash = excluded.source_hash,"
    " translated_at = excluded.translated_at"
)


def _write(
    db: sqlite_utils.Database, plan: Plan, done: Sequence[Translated], failed: Sequence[Pending], at: str
) -> None:
    rows = [
        (
            t.job.item_id, t.job.field, t.job.route.target, t.job.route.source, t.text, t.job.route.model,
            t.job.route.version, t.job.route.path, json.dumps(list(t.flags), ensure_ascii=False),
            t.job.source_hash, at,
        )
        for t in done
    ]
    still_pending = [*plan.pending, *plan.skipped, *failed]
    blocked = {(p.item_id, p.language) for p in still_pending}
    with unit_of_work(db, "translate"):
        db.conn.executemany(_UPSERT, rows)
        db.conn.executemany("DELETE FROM translations WHERE item_id = ? AND field = ? AND language = ?", plan.emptied)
        db.conn.executemany(
            "DELETE FROM translation_pending WHERE item_id = ? AND language = ?",
            [pair for pair in plan.touched if pair not in blocked],
        )
        db.conn.executemany(
            "INSERT INTO translation_pending (item_id, language, reason, since) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (item_id, language) DO UPDATE SET reason = excluded.reason",
            [(p.item_id, p.language, p.reason, at) for p in still_pending],
        )


def translate_items(
    db: sqlite_utils.Database,
    settings: Settings,
    item_ids: Sequence[int] | None = None,
    *,
    languages: Sequence[str] = LANGUAGES,
    progress: Progress | None = None,
) -> TranslationReport:
    """Translate relevant items (all of them when ``item_ids`` is None) into the other ``languages``.

    Never raises for a missing or broken model: those items are recorded in translation_pending with the
    reason and listed in the report. Items whose translations are current cost one query each chunk.
    """
    started, at = time.monotonic(), _now()
    ids = _relevant_ids(db, item_ids)
    if item_ids is not None:
        _forget_irrelevant(db, set(item_ids) - set(ids))
    models_problem = None
    try:
        models = argos.installed_models(settings.models_dir) if ids else ()
    except TranslationError as error:
        models, models_problem = (), str(error)
    engine, cache, counts = Engine(EngineOptions.from_settings(settings)), SentenceCache(db), SentenceCounts()
    written = up_to_date = flagged = 0
    pending: list[Pending] = []
    skipped: list[Pending] = []
    for start in range(0, len(ids), ITEMS_PER_CHUNK):
        items, existing = _load_chunk(db, ids[start : start + ITEMS_PER_CHUNK])
        plan = plan_items(items, models, languages, existing, models_problem)
        done, failed = run_jobs(plan.jobs, engine, cache, counts, at, progress)
        _write(db, plan, done, failed, at)
        written += len(done)
        up_to_date += plan.up_to_date
        flagged += sum(1 for t in done if t.flags)
        pending += [*plan.pending, *failed]
        skipped += plan.skipped
    return TranslationReport(
        items=len(ids), written=written, up_to_date=up_to_date, translated=counts.translated,
        cached=counts.cached, flagged=flagged, pending=tuple(pending), skipped=tuple(skipped),
        seconds=round(time.monotonic() - started, 3), per_model=tuple(sorted(counts.per_model.items())),
    )


def _forget_irrelevant(db: sqlite_utils.Database, ids: set[int]) -> None:
    """Items no longer relevant (or gone) wait for nothing: their pending rows go."""
    if ids:
        with unit_of_work(db, "translate"):
            db.conn.executemany("DELETE FROM translation_pending WHERE item_id = ?", [(i,) for i in ids])
