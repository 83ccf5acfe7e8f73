"""Stories: one event, reported by several sources in several languages, grouped as one story.

Two kinds of evidence decide whether an item joins a story:

- **text**: MinHash over word shingles of the compared text: the English translation when one is stored,
  the original otherwise. It finds republished and updated reports; across languages it only works
  through translations.
- **anchors**, which survive without translation: full dates, numbers, legal act numbers, names folded to
  one key in all three scripts (``translit.name_key``: Ильхам Алиев = İlham Əliyev = Ilham Aliyev), the
  treaties named (gazetteer ids) and the actions reported (``events``).

Candidates come from two MinHash LSH indexes (text and anchors) and from the items naming the same
treaty or legal act; each candidate published within
``window_days`` is then scored exactly. An item joins the story of the best candidate that passes
``join_text`` or ``join_anchors`` (with a strong anchor shared) and is not vetoed: two items naming
different treaties, or reporting different actions, are different events (signed one year, ratified
the next). Otherwise it starts a story.

Incremental and stable: an item is assigned once and never moves; a story's id is ``story-<id of its
first item>``. The items of one run are taken in publication order, so the first report founds the
story. A run compares new items only with items already in stories published within the window of them.
MinHash signatures are not stored: they are recomputed for that window from the stored text, which costs
milliseconds per item and keeps them consistent with the thresholds and term lists of the run.
``--rebuild`` regroups everything from scratch in publication order: the same result as the daily runs
unless an item was found long after older ones had been grouped.

Known limit: stories never merge. Two reports that do not match each other found two stories; a later
report matching both joins the closer one, and the other stays apart.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml
from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipeline.dates import find_time, month_number
from pipeline.errors import ConfigError
from pipeline.events import BAKU, EventRules, ItemText, LanguageRules, extract_events, find_dates, item_text, load_rules
from pipeline.records import Settings
from pipeline.sources import read_config_file
from pipeline.translit import name_key
from pipeline.treaties import Gazetteer, fold, load_gazetteer

__all__ = [
    "Assignment",
    "Clusterer",
    "Fingerprint",
    "StoriesReport",
    "StoryItem",
    "StoryOptions",
    "Version",
    "anchors_of",
    "cluster",
    "fingerprint",
    "fingerprints",
    "load_options",
    "similarity",
    "supersedes",
    "update_stories",
]

ANCHOR_KINDS = ("treaty", "act", "date", "action", "name", "number")
_PREFIX = {"t": "treaty", "act": "act", "d": "date", "a": "action", "p": "name", "n": "number"}


@dataclass(frozen=True)
class StoryOptions:
    """Thresholds of story grouping; their meaning and defaults are documented in stories.yaml."""

    window_days: float = 4.0
    num_perm: int = 64
    shingle_words: int = 3
    text_candidate_threshold: float = 0.25
    anchor_candidate_threshold: float = 0.2
    join_text: float = 0.45
    join_anchors: float = 0.3
    republished_text: float = 0.6
    weights: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(ANCHOR_KINDS, 1.0))

    @cached_property
    def window(self) -> timedelta:
        return timedelta(days=self.window_days)


def load_options(path: str | Path | None = None) -> StoryOptions:
    """Read the thresholds; ``None`` or "" reads the ones shipped with the package (stories.yaml)."""
    where, text = read_config_file(path, "stories.yaml", "story thresholds")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}:1: expected a mapping of settings to numbers (see the shipped stories.yaml)")
    known = set(StoryOptions.__dataclass_fields__)
    problems = [f"{where}: unknown setting {key!r} (known: {', '.join(sorted(known))})" for key in set(data) - known]
    weights = data.get("weights") or {}
    if not isinstance(weights, dict):
        problems.append(f"{where}: weights: expected a mapping of anchor kind to number, got {weights!r}")
        weights = {}
    problems += [f"{where}: weights.{k}: unknown anchor kind (known: {', '.join(ANCHOR_KINDS)})"
                 for k in set(weights) - set(ANCHOR_KINDS)]
    numbers = {**{k: v for k, v in data.items() if k != "weights"}, **{f"weights.{k}": v for k, v in weights.items()}}
    for key, value in numbers.items():
        if not isinstance(value, int | float):
            problems.append(f"{where}: {key}: expected a number, got {value!r}")
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    values = {k: v for k, v in data.items() if k != "weights"}
    return StoryOptions(**values, weights={k: float(weights.get(k, 1.0)) for k in ANCHOR_KINDS})


# --------------------------------------------------------------------------------------------------
# Fingerprints


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
    anchors: Mapping[str, float]
    """Anchor -> its weight (by kind, from the options): scoring only adds weights of shared anchors."""
    anchor_hash: LeanMinHash
    treaties: frozenset[str]
    actions: frozenset[str]
    weight: float
    """Sum of the anchors' weights."""
    duplicate_of: int | None = None


_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"(?<![\w.])\d[\d\s.,]*\d(?![\w])|(?<![\w.])\d{2,}(?![\w])")
_YEARS = re.compile(r"(?:19|20)\d\d")
_UPPER = "A-ZА-ЯЁƏÇĞİÖŞÜ"
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*)*")
# Where a sentence opens: the start of the text or a paragraph, or after . ! ? with optional quotes/dashes.
_SENTENCE_START = re.compile(r"(?:\A|[.!?…]|\n)[\s\"«»“”„()\-–—]*\Z")
# Shortest name key kept: two consonants ("lv") match too many unrelated words on their own.
_NAME_KEY_MIN = 3


def anchors_of(item: ItemText, rules: EventRules, gazetteer: Gazetteer, translation: str = "") -> frozenset[str]:
    """The language-independent evidence of an item: ``kind:value`` strings (see the module docstring)."""
    text = "\n\n".join(item.paragraphs)
    published = item.published.astimezone(BAKU).date() if item.published else None
    dates = find_dates(text, published)
    anchors: set[str] = {f"d:{d.isoformat()}" for d, _, _ in dates}
    anchors |= {f"n:{n}" for n in _numbers(text, [(start, end) for _, start, end in dates])}
    anchors |= {f"t:{m.key}" for m in gazetteer.find(translation)} if translation else set()
    for event in extract_events(item, rules, gazetteer):
        anchors.add(f"a:{event.action}")
        if event.legal_act:
            anchors.add(f"act:{fold(event.legal_act)}")
    language = rules.languages.get(item.language)
    prose = "\n\n".join((item.lead, item.body))
    in_prose = gazetteer.find(prose, text)
    anchors |= {f"t:{m.key}" for m in (*gazetteer.find(item.title, text), *in_prose)}
    # The words of a treaty's name are the treaty's anchor, not names ("European Convention on ...").
    for mention in in_prose:
        prose = f"{prose[: mention.start]}.{' ' * (mention.end - mention.start - 1)}{prose[mention.end :]}"
    anchors |= {f"p:{key}" for key in _names(prose, item.language, language)}
    return frozenset(anchors)


def _numbers(text: str, date_spans: Sequence[tuple[int, int]]) -> set[str]:
    """Amounts, counts, article numbers: digits only ("72,41" = "72.41"), without years and the parts of dates,
    which every report of the year shares."""
    found = set()
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in date_spans):
            continue
        digits = re.sub(r"\D", "", match[0])
        if not _YEARS.fullmatch(digits):
            found.add(digits)
    return found


def _names(text: str, language: str, rules: LanguageRules | None) -> set[str]:
    """Keys of runs of capitalised words and of adjacent pairs in them; a run opening a sentence must be
    two words long ("Президент Ильхам Алиев" is a name run, "Согласно" alone is not).

    A capitalised word also written in lower case elsewhere in the text is a common word (an English
    title-cased heading, a Russian sentence start), not a name.
    """
    lowered = {w for w in _WORD.findall(text) if w.islower()}
    keys: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run[0].split()
        if len(words) == 1 and _SENTENCE_START.search(text, max(0, run.start() - 8), run.start()) is not None:
            continue
        found = [_name_key_if_proper(word, language, lowered, rules) for word in words]
        keys |= _run_keys(found)
    return keys


def _name_key_if_proper(word: str, language: str, lowered: set[str], rules: LanguageRules | None) -> str | None:
    """The name key of a capitalised word, unless it is a common word, a month or a treaty noun."""
    if word.lower() in lowered or month_number(word) is not None:
        return None
    if rules is not None and rules.treaty_nouns.fullmatch(fold(word)):
        return None
    common = rules.common_names if rules else frozenset()
    key = name_key(word, language)
    return key if len(key) >= _NAME_KEY_MIN and key not in common else None


def _run_keys(run: list[str | None]) -> set[str]:
    """Each key of a run, and each adjacent pair; a common word (None) breaks the pairs."""
    keys = {k for k in run if k}
    return keys | {f"{a} {b}" for a, b in zip(run, run[1:], strict=False) if a and b}


def _shingles(text: str, size: int) -> list[str]:
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
    translation = item.compared if item.compared_language != item.text.language else ""
    anchors = anchors_of(item.text, rules, gazetteer, translation)
    weights = hasher.options.weights
    weighted = {a: weights.get(_PREFIX[a.split(":", 1)[0]], 1.0) for a in anchors}
    return Fingerprint(
        item_id=item.text.id,
        published=item.text.published or datetime.min.replace(tzinfo=UTC),
        compared_language=item.compared_language,
        shingles=hasher([s.encode() for s in _shingles(item.compared, hasher.options.shingle_words)]),
        anchors=weighted,
        anchor_hash=hasher(sorted(a.encode() for a in anchors)),
        treaties=frozenset(a for a in anchors if a.startswith("t:")),
        actions=frozenset(a for a in anchors if a.startswith("a:")),
        weight=sum(weighted.values()),
        duplicate_of=item.duplicate_of,
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


# --------------------------------------------------------------------------------------------------
# Scoring


def _weighted_jaccard(a: Fingerprint, b: Fingerprint, shared: Iterable[str]) -> float:
    common = sum(a.anchors[x] for x in shared)
    union = a.weight + b.weight - common
    return common / union if union else 0.0


def _vetoed(a: Fingerprint, b: Fingerprint) -> bool:
    """Different treaties, or different actions on them, are different events however alike the text."""
    return bool(a.treaties and b.treaties and not a.treaties & b.treaties) or bool(
        a.actions and b.actions and not a.actions & b.actions
    )


def _strong(shared: AbstractSet[str]) -> bool:
    """Evidence that names the event: its treaty or act, or two names, or a name and a date. A date alone
    is shared by every report of that day (several laws are signed on one day)."""
    names = sum(1 for a in shared if a.startswith("p:"))
    dated = any(a.startswith("d:") for a in shared)
    return names >= 2 or (names >= 1 and dated) or any(a.startswith(("t:", "act:")) for a in shared)


def similarity(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> float | None:
    """How alike two items are when they may be one story (0..1), or None when they may not."""
    if abs(a.published - b.published) > options.window or _vetoed(a, b):
        return None
    text = a.shingles.jaccard(b.shingles) if a.compared_language == b.compared_language else 0.0
    shared = a.anchors.keys() & b.anchors.keys()
    anchors = _weighted_jaccard(a, b, shared)
    by_text = text >= options.join_text
    by_anchors = anchors >= options.join_anchors and _strong(shared)
    return max(text, anchors) if by_text or by_anchors else None


# --------------------------------------------------------------------------------------------------
# Grouping


@dataclass(frozen=True)
class Assignment:
    item_id: int
    story_id: str
    similarity: float
    """To the closest item of the story joined; 1.0 for the first item of a story."""
    new_story: bool


# Items held as candidates at most: ~50 days of a busy 300-items-a-day feed, far more than one window,
# at about 10 kB of signatures each.
CAPACITY = 15_000


def story_id_for(item_id: int) -> str:
    return f"story-{item_id}"


class Clusterer:
    """Assigns items to stories one at a time, holding at most ``capacity`` recent items in its indexes.

    Past capacity, the items published longest ago are dropped from the indexes, so memory stays bounded
    however long the run (a daily run loads only the window of context around its new items anyway).
    Capacity rather than a date horizon: one item with a wrong or missing date must not empty the index.
    """

    def __init__(self, options: StoryOptions, capacity: int = CAPACITY) -> None:
        self.options = options
        self.capacity = capacity
        self._text = MinHashLSH(threshold=options.text_candidate_threshold, num_perm=options.num_perm)
        self._anchors = MinHashLSH(threshold=options.anchor_candidate_threshold, num_perm=options.num_perm)
        self._identifying: dict[str, set[int]] = {}
        self._held: dict[int, Fingerprint] = {}
        self._by_age: list[tuple[datetime, int]] = []
        self.story_of: dict[int, str] = {}

    def add(self, fp: Fingerprint, story_id: str) -> None:
        """Make an item already in a story a candidate for the items that follow."""
        self.story_of[fp.item_id] = story_id
        if fp.item_id in self._held:
            return
        self._held[fp.item_id] = fp
        self._text.insert(fp.item_id, fp.shingles)
        self._anchors.insert(fp.item_id, fp.anchor_hash)
        for key in _identifying(fp):
            self._identifying.setdefault(key, set()).add(fp.item_id)
        heapq.heappush(self._by_age, (fp.published, fp.item_id))
        while len(self._held) > self.capacity:
            self._forget_oldest()

    def assign(self, fp: Fingerprint) -> Assignment:
        if fp.duplicate_of is not None and fp.duplicate_of in self.story_of:
            assignment = Assignment(fp.item_id, self.story_of[fp.duplicate_of], 1.0, False)
        else:
            assignment = self._closest(fp)
        self.add(fp, assignment.story_id)
        return assignment

    def _closest(self, fp: Fingerprint) -> Assignment:
        candidates = set(self._text.query(fp.shingles)) | set(self._anchors.query(fp.anchor_hash))
        for key in _identifying(fp):
            candidates |= self._identifying.get(key, set())
        best: tuple[float, int] | None = None
        for other_id in sorted(candidates):
            score = similarity(fp, self._held[other_id], self.options)
            if score is not None and (best is None or score > best[0]):
                best = (score, other_id)
        if best is None:
            return Assignment(fp.item_id, story_id_for(fp.item_id), 1.0, True)
        return Assignment(fp.item_id, self.story_of[best[1]], best[0], False)

    def _forget_oldest(self) -> None:
        _, item_id = heapq.heappop(self._by_age)
        held = self._held.pop(item_id)
        self._text.remove(item_id)
        self._anchors.remove(item_id)
        for key in _identifying(held):
            holders = self._identifying[key]
            holders.discard(item_id)
            if not holders:  # a legal act number is seldom seen again: keeping its key would grow forever
                del self._identifying[key]


def _identifying(fp: Fingerprint) -> list[str]:
    """Anchors that name the event (treaty, legal act): items sharing one are always compared, since the
    LSH of small anchor sets can miss a pair that shares three anchors out of eight."""
    return [a for a in fp.anchors if a.startswith(("t:", "act:"))]


def cluster(
    new: Iterable[Fingerprint], options: StoryOptions, existing: Iterable[tuple[Fingerprint, str]] = ()
) -> list[Assignment]:
    """Assign ``new`` items (in the order given: publication order) to stories.

    ``existing`` are items already in stories (fingerprint, story id): they never move.
    """
    clusterer = Clusterer(options)
    for fp, story_id in existing:
        clusterer.add(fp, story_id)
    return [clusterer.assign(fp) for fp in new]


# --------------------------------------------------------------------------------------------------
# Database glue


@dataclass(frozen=True)
class StoriesReport:
    items: int
    """Items assigned to a story in this run."""
    joined: int
    """Of those, items that joined a story (an existing one or one started in this run)."""
    new_stories: int
    stories_updated: int
    """Stories whose summary was recomputed (new, joined, or with an updated item)."""


def update_stories(
    db: sqlite_utils.Database,
    settings: Settings,
    item_ids: Sequence[int] | None = None,
    *,
    rebuild: bool = False,
    options: StoryOptions | None = None,
    rules: EventRules | None = None,
    gazetteer: Gazetteer | None = None,
    now: datetime | None = None,
) -> StoriesReport:
    """Put items not yet in a story into one, and refresh the summaries of the stories touched.

    ``item_ids``: only these items (new ones are assigned, already assigned ones keep their story but
    their story's summary is refreshed, e.g. after an update). ``rebuild``: forget all stories first.
    """
    options = options or load_options(settings.stories_file)
    rules = rules or load_rules(settings.events_file)
    gazetteer = gazetteer or load_gazetteer(settings.treaties_file)
    at = (now or datetime.now(UTC)).isoformat()
    if rebuild:
        with db.atomic():
            db.execute("update events set story_id = null")
            db.execute("delete from story_items")
            db.execute("delete from stories")
    pending = _pending(db, item_ids)
    new_fps = list(fingerprints(_story_items(db, pending), rules, gazetteer, options))
    existing = _context(db, new_fps, options, rules, gazetteer)
    assignments = cluster(new_fps, options, existing)
    touched = {a.story_id for a in assignments}
    if item_ids:
        touched |= _stories_of(db, item_ids)
    with db.atomic():
        db.table("story_items").insert_all(
            ({"item_id": a.item_id, "story_id": a.story_id, "joined_at": at, "similarity": round(a.similarity, 4),
              "is_latest": 0} for a in assignments),
            pk="item_id",
            replace=True,
        )
        for story_id in sorted(touched):
            _refresh_story(db, story_id, options)
        db.conn.executemany(
            "update events set story_id = ? where item_id = ?", [(a.story_id, a.item_id) for a in assignments]
        )
    new_stories = sum(a.new_story for a in assignments)
    return StoriesReport(len(assignments), len(assignments) - new_stories, new_stories, len(touched))


def _pending(db: sqlite_utils.Database, item_ids: Sequence[int] | None) -> list[int]:
    sql = "select id from items where id not in (select item_id from story_items)"
    params: list[int] = []
    if item_ids is not None:
        sql += f" and id in ({', '.join('?' * len(item_ids))})"
        params = list(item_ids)
    # Publication order: within one run (items of one harvest arrive in no useful order) the first report
    # of an event founds its story and the others join it; across runs, earlier runs went first anyway.
    order = " order by coalesce(published_at, first_seen_at), id"
    return [row[0] for row in db.execute(sql + order, params).fetchall()]


# Items read per query: a rebuild reads every item, and all their text at once (or one SQL parameter per
# item, past the 32,766 of default SQLite builds) would not scale; fingerprinting streams anyway.
_READ_CHUNK = 500


def _story_items(db: sqlite_utils.Database, ids: Sequence[int]) -> Iterator[StoryItem]:
    """Items with their English translation when one is stored, in the order of ``ids``, a chunk at a time."""
    for start in range(0, len(ids), _READ_CHUNK):
        yield from _story_items_chunk(db, ids[start : start + _READ_CHUNK])


def _story_items_chunk(db: sqlite_utils.Database, ids: Sequence[int]) -> list[StoryItem]:
    marks = ", ".join("?" * len(ids))
    rows = {r["id"]: r for r in db.query(f"select * from items where id in ({marks})", list(ids))}
    english: dict[int, dict[str, str]] = {}
    if db["translations"].exists():
        for row in db.query(
            f"select item_id, field, text from translations where language = 'en' and item_id in ({marks})", list(ids)
        ):
            english.setdefault(row["item_id"], {})[row["field"]] = row["text"] or ""
    items = []
    for item_id in ids:
        row = rows[item_id]
        text = item_text(row)
        translated = english.get(item_id)
        if translated and text.language != "en":
            compared = "\n\n".join(translated.get(f, "") for f in ("title", "lead", "body"))
            language = "en"
        else:
            compared, language = "\n\n".join(text.paragraphs), text.language
        items.append(StoryItem(text, compared, language, row["source_id"], row.get("duplicate_of")))
    return items


def _context(
    db: sqlite_utils.Database,
    new: Sequence[Fingerprint],
    options: StoryOptions,
    rules: EventRules,
    gazetteer: Gazetteer,
) -> list[tuple[Fingerprint, str]]:
    """Items already in stories that were published within the window of the new ones."""
    if not new:
        return []
    start = (min(fp.published for fp in new) - options.window).isoformat()
    end = (max(fp.published for fp in new) + options.window).isoformat()
    rows = db.execute(
        """
        select s.item_id, s.story_id from story_items s join items i on i.id = s.item_id
        where coalesce(i.published_at, i.first_seen_at) between ? and ?
        order by coalesce(i.published_at, i.first_seen_at), i.id
        """,
        [start, end],
    ).fetchall()
    story_of = dict(rows)
    items = _story_items(db, [item_id for item_id, _ in rows])
    return [(fp, story_of[fp.item_id]) for fp in fingerprints(items, rules, gazetteer, options)]


def _stories_of(db: sqlite_utils.Database, item_ids: Sequence[int]) -> set[str]:
    marks = ", ".join("?" * len(item_ids))
    sql = f"select distinct story_id from story_items where item_id in ({marks})"
    return {row[0] for row in db.execute(sql, list(item_ids)).fetchall()}


def _refresh_story(db: sqlite_utils.Database, story_id: str, options: StoryOptions) -> None:
    """Recompute a story's summary and which of its items were superseded by a later version."""
    members = list(
        db.query(
            """
            select i.id, i.source_id, i.language, i.title, i.lead, i.body, i.update_notice, i.first_seen_at,
                   coalesce(i.updated_at, i.published_at, i.first_seen_at) as changed_at,
                   coalesce(i.published_at, i.first_seen_at) as published_at, coalesce(s.official, 0) as official
            from story_items si join items i on i.id = si.item_id left join sources s on s.id = i.source_id
            where si.story_id = ? order by i.first_seen_at, i.id
            """,
            [story_id],
        )
    )
    versions = [_version(row, options.shingle_words) for row in members]
    superseded = {old.item_id for old in versions for new in versions if supersedes(new, old, options)}
    latest_ids = {row["id"] for row in members} - superseded
    flags = [(int(r["id"] in latest_ids), r["id"]) for r in members]
    db.conn.executemany("update story_items set is_latest = ? where item_id = ?", flags)
    latest = max(members, key=lambda r: (r["changed_at"], r["id"]))
    db.table("stories").upsert(
        {
            "id": story_id,
            "first_seen_at": min(r["first_seen_at"] for r in members),
            "last_updated_at": latest["changed_at"],
            "languages": sorted({r["language"] for r in members if r["language"]}),
            "sources": list(dict.fromkeys(r["source_id"] for r in members)),
            "titles": _titles(members, latest_ids),
            "latest_item_id": latest["id"],
            "official_confirmed": int(any(r["official"] for r in members)),
            "item_count": len(members),
        },
        pk="id",
    )


@dataclass(frozen=True)
class Version:
    """What tells a re-publication under a new URL from another report by the same source."""

    item_id: int
    source_id: str
    published: datetime
    notice: str
    """The "updated" notice, which names the first version's time ("первая версия опубликована в 15:48")."""
    shingles: frozenset[str]


def _version(row: Mapping[str, Any], size: int) -> Version:
    text = "\n\n".join(row[f] or "" for f in ("title", "lead", "body"))
    return Version(
        row["id"],
        row["source_id"],
        datetime.fromisoformat(row["published_at"]),
        row["update_notice"] or "",
        frozenset(_shingles(text, size)),
    )


def supersedes(new: Version, old: Version, options: StoryOptions) -> bool:
    """Whether ``new`` is a later version of ``old`` republished under another URL by the same source:
    its update notice names the time ``old`` was published (Baku time), or its text is mostly ``old``'s."""
    if new.item_id == old.item_id or new.source_id != old.source_id:
        return False
    first_version = find_time(new.notice) if new.notice else None
    published = old.published.astimezone(BAKU)
    if first_version is not None and (first_version.hour, first_version.minute) == (published.hour, published.minute):
        return True  # even when the new page repeats the first version's date as its own
    if new.published <= old.published:
        return False
    union = len(new.shingles | old.shingles)
    return union > 0 and len(new.shingles & old.shingles) / union >= options.republished_text


def _titles(members: Sequence[Mapping[str, Any]], latest_ids: set[int]) -> dict[str, str]:
    """One title per language: an official source's first, then the latest version, then the earliest report."""
    titles: dict[str, str] = {}
    ranked = sorted(members, key=lambda r: (-r["official"], r["id"] not in latest_ids, r["published_at"], r["id"]))
    for row in ranked:
        if row["language"]:
            titles.setdefault(row["language"], row["title"])
    return titles
