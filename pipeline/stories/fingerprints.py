"""Fingerprints: an item's facts and the MinHash of its text, computed in worker processes.

Text similarity (MinHash over word shingles of the English translation when one is stored, the original
otherwise) finds republished and updated reports; the facts (facts.py) carry the grouping across languages.
"""

from __future__ import annotations

import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from datasketch import LeanMinHash, MinHash

from pipeline.events.records import ItemText
from pipeline.events.rules import EventRules
from pipeline.stories.facts import Facts, facts_of
from pipeline.stories.options import FACT_KINDS, StoryOptions
from pipeline.treaties import Gazetteer, fold

__all__ = ["Fingerprint", "Hasher", "StoryItem", "fingerprint", "fingerprints", "shingles"]

_KIND_OF_PREFIX = {prefix: kind for kind, prefix in FACT_KINDS.items()}
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class StoryItem:
    """An item as story grouping sees it."""

    text: ItemText
    compared: str
    """Text the shingles are taken from: the English translation when stored, else the original."""
    compared_language: str
    source_id: str = ""
    duplicate_of: int | None = None
    """Set by the store for the same body under another URL: such an item joins that item's story."""


@dataclass(frozen=True)
class Fingerprint:
    item_id: int
    published: datetime
    compared_language: str
    shingles: LeanMinHash
    facts: Facts
    weights: dict[str, float]
    """Fact key -> its weight (by kind, from the options): scoring adds the weights of shared keys."""
    weight: float
    """Sum of the keys' weights."""
    duplicate_of: int | None = None
    language: str = ""
    """The language the item was written in (empty: unknown, compared as any other)."""
    original: LeanMinHash | None = None
    """The MinHash of the original text when ``shingles`` is its translation's: two reports written in one
    language are compared in it (``clustering.text_similarity``)."""


def shingles(text: str, size: int) -> list[str]:
    """Runs of ``size`` folded words (the whole text when it is shorter): what text similarity compares,
    for story grouping and for telling a re-publication."""
    words = _WORD.findall(fold(text))
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


@dataclass(frozen=True)
class Hasher:
    """MinHash with permutations computed once (creating them per item would dominate the run time).

    Shingles are hashed with CRC-32: stable across runs (unlike ``hash``), and a C call where the default
    SHA-1 costs a Python call per shingle; the permutations that follow do the mixing.
    """

    options: StoryOptions
    template: MinHash

    @classmethod
    def of(cls, options: StoryOptions) -> Hasher:
        return cls(options, MinHash(num_perm=options.num_perm, seed=1, hashfunc=zlib.crc32))

    def __call__(self, values: Sequence[bytes]) -> LeanMinHash:
        minhash = MinHash(
            num_perm=self.options.num_perm,
            permutations=self.template.permutations,
            scheme=self.template.scheme,
            hashfunc=zlib.crc32,
        )
        if values:
            minhash.update_batch(values)
        # Lean: the signature without the permutations, so a fingerprint is small to hold and to send.
        return LeanMinHash(minhash)


def fingerprint(item: StoryItem, rules: EventRules, gazetteer: Gazetteer, hasher: Hasher) -> Fingerprint:
    options = hasher.options
    translation = item.compared if item.compared_language != item.text.language else ""
    facts = facts_of(item.text, rules, gazetteer, options.generic_names, translation)
    weights = {key: options.weights.get(_KIND_OF_PREFIX[key.split(":", 1)[0]], 1.0) for key in facts.keys}
    original = "\n\n".join(item.text.paragraphs) if translation else ""
    return Fingerprint(
        item_id=item.text.id,
        published=item.text.published or datetime.min.replace(tzinfo=UTC),
        compared_language=item.compared_language,
        shingles=hasher([s.encode() for s in shingles(item.compared, options.shingle_words)]),
        facts=facts,
        weights=weights,
        weight=sum(weights.values()),
        duplicate_of=item.duplicate_of,
        language=item.text.language,
        original=hasher([s.encode() for s in shingles(original, options.shingle_words)]) if original else None,
    )


def fingerprints(
    items: Iterable[StoryItem], rules: EventRules, gazetteer: Gazetteer, options: StoryOptions, workers: int = 1
) -> Iterator[Fingerprint]:
    """Fingerprints of ``items`` in their order, computed by ``workers`` processes, as they are ready.

    A generator, so a long run groups items while later ones are still being read: memory stays bounded.
    """
    chunks = _chunks(items, _CHUNK)
    if workers <= 1:
        for chunk in chunks:
            yield from _fingerprint_chunk((chunk, rules, gazetteer, options))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A bounded queue of jobs (``pool.map`` would read every item up front and hold all the results).
        running: deque[Future[list[Fingerprint]]] = deque()
        for chunk in chunks:
            running.append(pool.submit(_fingerprint_chunk, (chunk, rules, gazetteer, options)))
            if len(running) > 2 * workers:
                yield from running.popleft().result()
        while running:
            yield from running.popleft().result()


# Items per job sent to a worker process: large enough that sending the rules along costs little.
_CHUNK = 500


def _chunks(items: Iterable[StoryItem], size: int) -> Iterator[list[StoryItem]]:
    chunk: list[StoryItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fingerprint_chunk(job: tuple[list[StoryItem], EventRules, Gazetteer, StoryOptions]) -> list[Fingerprint]:
    items, rules, gazetteer, options = job
    hasher = Hasher.of(options)
    return [fingerprint(item, rules, gazetteer, hasher) for item in items]
