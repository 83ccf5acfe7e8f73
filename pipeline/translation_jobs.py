"""What to translate and what is already cached: jobs planned per (item, field, language), run step by step.

The bookkeeping between the stage (``translate``: items in, rows out) and the engine
(``translation_engine``: models in batches). Planning is pure: a field whose source text and models are
unchanged is up to date, a pair without a model is pending. Running gathers each model's unique sentences
across all jobs, serves what translation_cache already holds, sends the rest to the engine once, and checks
each translated sentence for numbers, dates, URLs and law numbers that did not survive.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from pipeline import models as argos
from pipeline.database import unit_of_work
from pipeline.errors import ModelMissing, TranslationError
from pipeline.records import LANGUAGES
from pipeline.sentences import Paragraph, has_letters, join, normalise, segment
from pipeline.translation_engine import Engine, Progress

FIELDS: tuple[str, ...] = ("title", "lead", "body")
# SQLite host parameters per IN (...) lookup, well under every SQLite build's limit.
LOOKUP_CHUNK = 500


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
        rows = select_in(self.db, "SELECT key, target FROM translation_cache WHERE key IN ({marks})", list(by_key))
        return {by_key[key]: target for key, target in rows}

    def store(self, model: argos.InstalledModel, pairs: Iterable[tuple[str, str]], at: str) -> None:
        with unit_of_work(self.db, "translate"):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO translation_cache"
                " (key, source_language, target_language, models, source, target, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(cache_key(model, s), model.source, model.target, model.key, s, t, at) for s, t in pairs],
            )


def select_in(db: sqlite_utils.Database, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
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
class SentenceCounts:
    """Sentence counts of one run (mutable: filled in while the run goes)."""

    translated: int = 0
    cached: int = 0
    per_model: Counter[str] = field(default_factory=Counter)


def _translate_unique(
    model: argos.InstalledModel,
    sentences: set[str],
    engine: Engine,
    cache: SentenceCache,
    counts: SentenceCounts,
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
    counts: SentenceCounts,
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

