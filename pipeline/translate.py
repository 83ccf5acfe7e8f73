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

A missing or broken model never raises out of ``translate_items``: the items are marked pending with
the reason, and ``legalnews translate --pending`` completes them once the model is installed.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from pipeline import models as argos
from pipeline.errors import ModelMissing, TranslationError
from pipeline.records import LANGUAGES, Settings
from pipeline.sentences import Paragraph, has_letters, join, normalise, segment
from pipeline.store import unit_of_work

FIELDS: tuple[str, ...] = ("title", "lead", "body")

# Sentences a model may produce per source token (plus a few): real translations stay well under
# twice the source length, while a degenerate model repeating itself would otherwise run to 256 tokens.
DECODE_FACTOR = 2
DECODE_SLACK = 10
# Items planned, translated and committed together: big enough for full batches, small enough that an
# interrupted backlog run keeps what it finished.
ITEMS_PER_CHUNK = 200
# SQLite host parameters per IN (...) lookup, well under every SQLite build's limit.
LOOKUP_CHUNK = 500

Progress = Callable[[str, int, int], None]
"""Called as ``progress(direction, sentences_done, sentences_total)`` while a model runs."""


# --------------------------------------------------------------------------------------------------
# Engine: SentencePiece + CTranslate2, batched by tokens


@dataclass(frozen=True)
class EngineOptions:
    beam_size: int = 4
    """argostranslate's default; 1 (greedy) is about twice as fast and a little worse."""
    threads: int = 0
    """CTranslate2 intra-op threads; 0 lets CTranslate2 choose."""
    batch_tokens: int = 1024
    """Padded source tokens per translate_batch call: bounds memory whatever the sentence mix."""
    compute_type: str = "int8"
    """int8 on CPU is CTranslate2's fast path; Argos models are trained to tolerate it."""

    @classmethod
    def from_settings(cls, settings: Settings) -> EngineOptions:
        return cls(
            beam_size=settings.translation_beam_size,
            threads=settings.translation_threads,
            batch_tokens=settings.translation_batch_tokens,
        )


@dataclass(frozen=True)
class _Loaded:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # sentencepiece.SentencePieceProcessor


def token_batches(lengths: Sequence[int], batch_tokens: int) -> list[list[int]]:
    """Indices grouped so that (count × longest) stays under ``batch_tokens``; similar lengths together."""
    batches: list[list[int]] = []
    current: list[int] = []
    # Shortest first, so the sentence being added is always the longest of its batch.
    for index in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if current and lengths[index] * (len(current) + 1) > batch_tokens:
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


class Engine:
    """Models loaded for one run (loading costs seconds, so each is loaded once and reused)."""

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self._loaded: dict[str, _Loaded] = {}

    def _load(self, model: argos.InstalledModel) -> _Loaded:
        if model.key not in self._loaded:
            import ctranslate2
            import sentencepiece

            try:
                translator = ctranslate2.Translator(
                    str(model.model_dir),
                    device="cpu",
                    compute_type=self.options.compute_type,
                    intra_threads=self.options.threads,
                )
                tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(model.tokenizer))
            except (RuntimeError, OSError, ValueError) as error:
                raise TranslationError(f"{model.path}: cannot load model {model.key}: {error}") from error
            self._loaded[model.key] = _Loaded(translator, tokenizer)
        return self._loaded[model.key]

    def translate(
        self, model: argos.InstalledModel, sentences: Sequence[str], progress: Progress | None = None
    ) -> list[str]:
        """Translations of ``sentences`` in order, in as few translate_batch calls as the token budget allows."""
        loaded = self._load(model)
        tokens = [loaded.tokenizer.encode(sentence, out_type=str) for sentence in sentences]
        results = [""] * len(sentences)
        done = 0
        for batch in token_batches([len(t) for t in tokens], self.options.batch_tokens):
            source = [tokens[i] for i in batch]
            prefix = [[model.target_prefix] for _ in batch] if model.target_prefix else None
            try:
                outputs = loaded.translator.translate_batch(
                    source,
                    target_prefix=prefix,
                    beam_size=self.options.beam_size,
                    max_decoding_length=DECODE_FACTOR * max(len(t) for t in source) + DECODE_SLACK,
                )
            except RuntimeError as error:
                raise TranslationError(f"{model.path}: translation failed: {error}") from error
            for index, output in zip(batch, outputs, strict=True):
                pieces = output.hypotheses[0]
                if model.target_prefix and pieces[:1] == [model.target_prefix]:
                    pieces = pieces[1:]
                results[index] = loaded.tokenizer.decode(pieces).strip()
            done += len(batch)
            if progress:
                progress(model.direction, done, len(sentences))
        return results


# --------------------------------------------------------------------------------------------------
# Guards: what must survive translation


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
_URL_TAIL = ".,;:!?)]}'’”"
# Azerbaijani law numbers: "№ 1234-VIQ", "No. 345-VIIQD" (Roman convocation + Q[ərar]/QD[ə]).
_LAW_NUMBER = re.compile(r"\b\d+-[IVXL]+Q[DR]?\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{2,4})\b")
_DIGITS = re.compile(r"\d+")


def _urls(text: str) -> list[str]:
    return [match.rstrip(_URL_TAIL) for match in _URL.findall(text)]


def _numbers(text: str) -> Counter[int]:
    """Digit runs as values ("05" = 5); a numeric date's month may become a word, so it is left out."""
    text = _URL.sub(" ", text)
    text = _NUMERIC_DATE.sub(lambda m: f"{m[1]} {m[4]}", text)
    return Counter(int(run) for run in _DIGITS.findall(text))


def guard_flags(source: str, target: str) -> tuple[str, ...]:
    """Quality flags for one translated sentence: numbers, dates, URLs and law numbers that did not survive."""
    flags = []
    source_urls, target_urls = _urls(source), _urls(target)
    flags += [f"url_lost:{url}" for url in source_urls if url not in target_urls]
    flags += [f"url_invented:{url}" for url in target_urls if url not in source_urls]
    target_upper = target.upper()
    flags += [f"law_number_lost:{law}" for law in _LAW_NUMBER.findall(source) if law.upper() not in target_upper]
    lost = _numbers(source) - _numbers(target)
    flags += [f"number_lost:{number}" for number in sorted(lost.elements())]
    return tuple(flags)


# --------------------------------------------------------------------------------------------------
# Cache of translated sentences, per model step


def cache_key(model: argos.InstalledModel, sentence: str) -> str:
    return hashlib.sha256(f"{model.key}\x1f{sentence}".encode()).hexdigest()


class SentenceCache:
    """translation_cache rows: one per (model name@version, normalised source sentence)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def lookup(self, model: argos.InstalledModel, sentences: Iterable[str]) -> dict[str, str]:
        by_key = {cache_key(model, s): s for s in sentences}
        rows = _select_in(self.db, "SELECT key, target FROM translation_cache WHERE key IN ({marks})", list(by_key))
        return {by_key[key]: target for key, target in rows}

    def store(self, model: argos.InstalledModel, pairs: Iterable[tuple[str, str]], at: str) -> None:
        with unit_of_work(self.db, "translate"):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO translation_cache"
                " (key, source_language, target_language, models, source, target, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(cache_key(model, s), model.source, model.target, model.key, s, t, at) for s, t in pairs],
            )


def _select_in(db: sqlite_utils.Database, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` whose ``IN ({marks})`` takes ``values``, in chunks that stay within SQLite's limit."""
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), LOOKUP_CHUNK):
        chunk = list(values[start : start + LOOKUP_CHUNK])
        rows += db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return rows


# --------------------------------------------------------------------------------------------------
# Jobs: one (item, field, target language) each; pure planning and running


@dataclass(frozen=True)
class Job:
    item_id: int
    field: str
    route: argos.Route
    source_hash: str
    segments: tuple[Paragraph, ...]

    @property
    def sentences(self) -> list[str]:
        return [sentence for paragraph in self.segments for line in paragraph for sentence in line]

    def rebuild(self, translated: Sequence[str]) -> str:
        """``translated`` (one per sentence, in order) laid out in this job's paragraphs and lines."""
        remaining = iter(translated)
        paragraphs = tuple(
            tuple(tuple(t for t in (next(remaining) for _ in line) if t) for line in paragraph)
            for paragraph in self.segments
        )
        return join(paragraphs)


@dataclass(frozen=True)
class Pending:
    item_id: int
    language: str
    reason: str


@dataclass(frozen=True)
class Translated:
    job: Job
    text: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    jobs: tuple[Job, ...]
    pending: tuple[Pending, ...]
    """Pairs without a usable model: done later by ``translate --pending``."""
    skipped: tuple[Pending, ...]
    """Items in a language we do not translate from ("other"): recorded with the reason, not an error."""
    touched: tuple[tuple[int, str], ...]
    """(item, target language) pairs with a model: their pending rows go once their jobs succeed."""
    emptied: tuple[tuple[int, str, str], ...]
    """(item, field, language) translations whose source field is now empty."""
    up_to_date: int


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


Existing = dict[tuple[int, str, str], tuple[str, str, str]]
"""(item, field, language) → (source_hash, model, model_version) of stored translations."""


def plan_items(
    items: Iterable[dict[str, Any]],
    models: Sequence[argos.InstalledModel],
    languages: Sequence[str],
    existing: Existing,
    models_problem: str | None = None,
) -> Plan:
    """What to translate: every non-empty field into every other language, unless already current."""
    jobs: list[Job] = []
    pending: list[Pending] = []
    skipped: list[Pending] = []
    touched: list[tuple[int, str]] = []
    emptied: list[tuple[int, str, str]] = []
    up_to_date = 0
    for item in items:
        item_id, source = int(item["id"]), str(item["language"])
        for target in (language for language in languages if language != source):
            if source not in LANGUAGES:
                reason = f"source language is {source!r}: only {', '.join(LANGUAGES)} are translated"
                skipped.append(Pending(item_id, target, reason))
                continue
            try:
                if models_problem:
                    raise ModelMissing(models_problem)
                route = argos.find_route(models, source, target)
            except ModelMissing as error:
                pending.append(Pending(item_id, target, str(error)))
                continue
            touched.append((item_id, target))
            for name in FIELDS:
                text = item.get(name) or ""
                key = (item_id, name, target)
                if not text.strip():
                    emptied += [key] if key in existing else []
                    continue
                digest = text_hash(text)
                if existing.get(key) == (digest, route.model, route.version):
                    up_to_date += 1
                    continue
                jobs.append(Job(item_id, name, route, digest, segment(text)))
    return Plan(tuple(jobs), tuple(pending), tuple(skipped), tuple(touched), tuple(emptied), up_to_date)


@dataclass
class _Counts:
    """Sentence counts of one run (mutable: filled in while the run goes)."""

    translated: int = 0
    cached: int = 0
    per_model: Counter[str] = field(default_factory=Counter)


def _translate_unique(
    model: argos.InstalledModel,
    sentences: set[str],
    engine: Engine,
    cache: SentenceCache,
    counts: _Counts,
    at: str,
    progress: Progress | None,
) -> dict[str, str]:
    hits = cache.lookup(model, sentences)
    misses = sorted(sentences - hits.keys())
    outputs = [normalise(text) for text in engine.translate(model, misses, progress)] if misses else []
    cache.store(model, zip(misses, outputs, strict=True), at)
    counts.translated += len(misses)
    counts.cached += len(hits)
    counts.per_model[model.key] += len(misses)
    return {**hits, **dict(zip(misses, outputs, strict=True))}


def run_jobs(
    jobs: Sequence[Job],
    engine: Engine,
    cache: SentenceCache,
    counts: _Counts,
    at: str,
    progress: Progress | None = None,
) -> tuple[list[Translated], list[Pending]]:
    """Translate every job, step by step along the routes; each model sees each unique sentence once.

    Step 1 runs ru→en, az→en, en→ru, en→az over all jobs; step 2 runs en→az and en→ru over the English
    of the pivoted jobs. A model that fails to load turns its jobs into Pending, not an exception.
    """
    current = [job.sentences for job in jobs]
    failed: dict[int, str] = {}
    for step in range(max((len(job.route.steps) for job in jobs), default=0)):
        active = [i for i, job in enumerate(jobs) if i not in failed and step < len(job.route.steps)]
        wanted: dict[str, tuple[argos.InstalledModel, set[str]]] = {}
        for i in active:
            model = jobs[i].route.steps[step]
            wanted.setdefault(model.key, (model, set()))[1].update(s for s in current[i] if has_letters(s))
        tables: dict[str, dict[str, str]] = {}
        for key, (model, sentences) in wanted.items():
            try:
                tables[key] = _translate_unique(model, sentences, engine, cache, counts, at, progress)
            except TranslationError as error:
                failed.update({i: str(error) for i in active if jobs[i].route.steps[step].key == key})
        for i in active:
            if i not in failed:
                table = tables[jobs[i].route.steps[step].key]
                current[i] = [table[s] if has_letters(s) else s for s in current[i]]
    done = [
        Translated(job, job.rebuild(current[i]), _field_flags(job.sentences, current[i]))
        for i, job in enumerate(jobs)
        if i not in failed
    ]
    pending = {(jobs[i].item_id, jobs[i].route.target): reason for i, reason in failed.items()}
    return done, [Pending(item, language, reason) for (item, language), reason in pending.items()]


def _field_flags(sources: Sequence[str], targets: Sequence[str]) -> tuple[str, ...]:
    flags: dict[str, None] = {}
    for source, target in zip(sources, targets, strict=True):
        flags.update(dict.fromkeys(guard_flags(source, target)))
    return tuple(flags)


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
    rows = _select_in(db, "SELECT id FROM items WHERE relevant = 1 AND id IN ({marks})", sorted(set(item_ids)))
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
    engine, cache, counts = Engine(EngineOptions.from_settings(settings)), SentenceCache(db), _Counts()
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
