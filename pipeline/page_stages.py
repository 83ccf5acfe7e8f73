"""The CPU-bound middle of a harvest: one fetched page → extracted, identified article, run in a worker.

Why a module of its own: this is the part of a run that the worker processes execute (``workers.WorkerPool``
pickles ``process_page`` by its name and builds ``Stages`` once per worker with ``load_stages``), so it
imports only the pure stages (decoding, extract, langid, topics, dedupe) and none of the run's I/O: fetching, the
writer and the database stay in ``harvest``. Pure functions of their arguments, it is also what the
benchmarks time stage by stage.
"""

from __future__ import annotations

import functools
import pickle
from dataclasses import dataclass, replace
from datetime import datetime

from . import dedupe, extract, langid, topics, urls
from .bodies import decoded_page
from .records import Article, ExtractionFailure, Harvested, RawPage, Source, Validators


@dataclass(frozen=True)
class Stages:
    """What the CPU-bound stages need besides the page, built once per worker process."""

    topic_rules: topics.TopicRules


WARM_UP_TEXTS = ("Президент подписал соглашение.", "Prezident sazişi imzalayıb.", "The President signed it.")
"""Language identification's models load on first use; loading them with the stages keeps that time out
of the first pages' budget."""


def warm_up_models() -> None:
    """Build language identification's detectors now (the worker pool's forkserver does, see ``stage_models``)."""
    for text in WARM_UP_TEXTS:
        for sample in (text, " ".join([text] * 8)):  # short and long texts use different models
            langid.detect_language(sample)


def load_stages(topics_file: str = "") -> Stages:
    warm_up_models()
    return Stages(topics.load_topics(topics_file or None))


def identify(
    source: Source, article: Article, topic_rules: topics.TopicRules,
    *, validators: Validators, fetched_at: datetime,
) -> Harvested:
    """Language, topics and fingerprints of an extracted article: the pure middle of the pipeline."""
    guess = langid.detect_language(article.text)
    # Against "other" every paragraph would be foreign; the edition's language is the better yardstick then.
    reference = source.language if guess.language == "other" else guess.language
    content_hash, body_hash = dedupe.fingerprints(article)
    return Harvested(
        source_id=source.id,
        article=article,
        language=guess,
        language_mismatch=langid.is_mismatch(guess, source.language),
        foreign_paragraphs=langid.foreign_paragraphs(article.body, reference),
        topics=topics.tag_topics(article.text, topic_rules),
        validators=validators,
        fetched_at=fetched_at,
        content_hash=content_hash,
        body_hash=body_hash,
    )


def process_page(
    stages: Stages, source: Source, raw: RawPage, feed_published: datetime | None = None
) -> Harvested | ExtractionFailure:
    """Decode → extract → language → topics → fingerprints: everything CPU-bound about one page (run in a
    worker; the harvest sends the page's bytes undecoded).

    ``feed_published``: the feed entry's date, evidence for a page that prints none."""
    page = decoded_page(raw)
    article = extract.extract_article(page.text, page.final_url, source.article, source.timezone,
                                      reference=page.fetched_at, feed_published=feed_published)
    if isinstance(article, ExtractionFailure):
        return article
    article = replace(article, canonical_url=urls.trusted_canonical(article.canonical_url, source.allowed_domains))
    return identify(source, article, stages.topic_rules, validators=page.validators, fetched_at=page.fetched_at)


def process_page_of_pickled_source(
    stages: Stages, source: bytes, raw: RawPage, feed_published: datetime | None = None
) -> Harvested | ExtractionFailure:
    """``process_page`` for a source sent pickled once per run (``harvest``'s task for a worker).

    Why: pickling the ``Source`` (rules, politeness, dates' formats: some 40 objects) for every page was a
    fifth of what the event loop spent on a page's task and reply (0.07 of 0.3 ms, first harvest, #13);
    its bytes cross as they are, and each worker unpickles a source once."""
    return process_page(stages, _unpickled_source(source), raw, feed_published)


@functools.lru_cache(maxsize=256)
def _unpickled_source(pickled: bytes) -> Source:
    source: Source = pickle.loads(pickled)
    return source
