"""The labelled treaty-event and story development set: loader and validator.

    python bench/devset/load.py                 # validate stories.yaml and events.yaml, print counts
    python bench/devset/load.py path/to/x.yaml  # validate other files written to the same schema

Colleagues import it as ``from bench.devset.load import load_items`` (from the repository root) or by path.
The items were labelled by hand as they were written, before any pipeline code ran on them; the validator
checks only that the labels are well formed (schema, vocabularies, ISO codes, exact mentions, references),
never what the pipeline makes of the text.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = (HERE / "stories.yaml", HERE / "events.yaml")
GAZETTEER = HERE.parent.parent / "pipeline" / "treaties.yaml"

LANGUAGES = ("ru", "az", "en")
SPLITS = ("dev", "heldout")
ACTIONS = (
    "signed",
    "ratified",
    "approved_by_law",
    "acceded",
    "adopted_by_parliament",
    "submitted_to_parliament",
    "entered_into_force",
    "denounced",
)
TREATY_TYPES = (
    "agreement",
    "convention",
    "treaty",
    "protocol",
    "memorandum",
    "declaration",
    "charter",
    "statute",
    "accord",
    "pact",
    "other",
)
NEGATIVE_KINDS = (
    "company-contract",
    "loan",
    "grant",
    "transfer",
    "draft",
    "will-sign",
    "expected-to-sign",
    "call-to-ratify",
    "denial",
    "anniversary",
    "peace-speculation",
    "history",
    "law-not-treaty",
    "sign-other-sense",
    "visit-no-signing",
    "negotiations",
    "will-enter-into-force",
)
SITES = ("trend", "apa", "report", "azertag", "president", "meclis", "eqanun", "azernews")
ITEM_KEYS = {"id", "story", "split", "source_style", "language", "published", "title", "lead", "body", "events"}
EVENT_KEYS = {"action", "treaty", "mention", "actor", "parties", "date"}
TREATY_KEYS = {"type", "parties", "gazetteer", "name_en"}
NEAR_MISS_KINDS = (
    "same-kind-two-states",
    "two-agreements-one-visit",
    "signature-then-ratification",
    "ratification-by-each-party",
)
# CLDR territories that are not ISO 3166-1 alpha-2 country codes.
_NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "ZZ", "XA", "XB"}
ISO_CODES = frozenset(
    str(code)
    for code in Locale("en").territories
    if len(str(code)) == 2 and str(code).isalpha() and code not in _NOT_COUNTRIES
)


@dataclass(frozen=True)
class DevTreaty:
    """A treaty the labels refer to by a dev-set key (not a pipeline key)."""

    key: str
    type: str
    parties: tuple[str, ...]  # ISO codes; () for an open multilateral convention
    gazetteer: str | None  # id in pipeline/treaties.yaml when the treaty is there
    name_en: str


@dataclass(frozen=True)
class DevEvent:
    """One treaty action an item reports as its news."""

    action: str
    treaty: str  # DevTreaty.key
    mention: str  # exact substring of the item's title, lead or body naming the treaty
    actor: str | None  # acting state; None when the parties act together (a joint signing)
    parties: tuple[str, ...]
    date: str  # YYYY-MM-DD


@dataclass(frozen=True)
class DevItem:
    id: str
    story: str
    split: str
    source_style: str
    language: str
    published: str
    title: str
    lead: str
    body: str
    events: tuple[DevEvent, ...]
    negative: str | None
    file: str
    line: int

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Lead and body paragraphs (the title not counted)."""
        parts = [self.lead.strip()] + [p.strip() for p in self.body.split("\n\n")]
        return tuple(p for p in parts if p)

    @property
    def kind(self) -> str:
        """title-only (no lead, no body), flash (one or two paragraphs) or article (three or more)."""
        n = len(self.paragraphs)
        return "title-only" if n == 0 else "flash" if n <= 2 else "article"

    @property
    def text(self) -> str:
        """Title, lead and body as one text, paragraphs separated by blank lines."""
        return "\n\n".join((self.title.strip(), *self.paragraphs))


@dataclass(frozen=True)
class NearMiss:
    """Stories that look alike on one day but must stay apart."""

    kind: str
    stories: tuple[str, ...]
    why: str


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of each mapping, so errors can name it."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


class DevSetError(ValueError):
    """The development set breaks its schema; the message lists every problem with file and line."""


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(data, dict):
        raise DevSetError(f"{path}: expected a mapping with 'treaties' and 'items'")
    return data


def _parse(paths: tuple[Path, ...]) -> tuple[dict[str, DevTreaty], list[DevItem], list[NearMiss], list[str]]:
    errors: list[str] = []
    treaties: dict[str, DevTreaty] = {}
    items: list[DevItem] = []
    near_misses: list[NearMiss] = []
    raw_items: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        data = _read(path)
        extra = set(data) - {"treaties", "items", "near_misses", "__line__"}
        if extra:
            errors.append(f"{path}: unknown top-level keys {sorted(extra)}")
        for key, raw in (data.get("treaties") or {}).items():
            if key == "__line__":
                continue
            where = f"{path.name}:{raw.get('__line__', '?') if isinstance(raw, dict) else '?'} treaty {key}"
            if not isinstance(raw, dict) or set(raw) - {"__line__"} != TREATY_KEYS:
                errors.append(f"{where}: keys must be {sorted(TREATY_KEYS)}")
                continue
            treaty = DevTreaty(key, raw["type"], tuple(raw["parties"] or ()), raw["gazetteer"], raw["name_en"])
            if treaty.type not in TREATY_TYPES:
                errors.append(f"{where}: type {treaty.type!r} not in {TREATY_TYPES}")
            errors += [f"{where}: {c!r} is not an ISO 3166-1 code" for c in treaty.parties if c not in ISO_CODES]
            if len(set(treaty.parties)) != len(treaty.parties):
                errors.append(f"{where}: a party is listed twice")
            if not isinstance(treaty.name_en, str) or not treaty.name_en.strip():
                errors.append(f"{where}: name_en is empty")
            if key in treaties and treaties[key] != treaty:
                errors.append(f"{where}: defined differently in another file")
            treaties[key] = treaty
        for raw in data.get("near_misses") or ():
            near_misses.append(NearMiss(raw.get("kind", ""), tuple(raw.get("stories") or ()), raw.get("why", "")))
        raw_items += [(path, raw) for raw in data.get("items") or ()]
    for path, raw in raw_items:
        item = _item(path, raw, treaties, errors)
        if item is not None:
            items.append(item)
    return treaties, items, near_misses, errors


def _item(path: Path, raw: Any, treaties: dict[str, DevTreaty], errors: list[str]) -> DevItem | None:
    if not isinstance(raw, dict):
        errors.append(f"{path.name}: an item is not a mapping")
        return None
    where = f"{path.name}:{raw['__line__']} item {raw.get('id')}"
    keys = set(raw) - {"__line__"}
    if keys - {"negative"} != ITEM_KEYS:
        errors.append(f"{where}: keys {sorted(keys)} differ from {sorted(ITEM_KEYS)} (+ optional negative)")
        return None
    fields = {k: raw[k] if raw[k] is not None else "" for k in ("title", "lead", "body")}
    for name, value in fields.items():
        if not isinstance(value, str):
            errors.append(f"{where}: {name} must be text")
            return None
    texts = (fields["title"], fields["lead"], fields["body"])
    events = []
    for event_raw in raw["events"] or ():
        event = _event(where, event_raw, texts, treaties, errors)
        if event is not None:
            events.append(event)
    item = DevItem(
        id=str(raw["id"]),
        story=str(raw["story"]),
        split=raw["split"],
        source_style=raw["source_style"],
        language=raw["language"],
        published=str(raw["published"]),
        title=fields["title"],
        lead=fields["lead"],
        body=fields["body"],
        events=tuple(events),
        negative=raw.get("negative"),
        file=path.name,
        line=raw["__line__"],
    )
    if not item.title.strip():
        errors.append(f"{where}: empty title")
    if item.language not in LANGUAGES:
        errors.append(f"{where}: language {item.language!r} not in {LANGUAGES}")
    if item.split not in SPLITS:
        errors.append(f"{where}: split {item.split!r} not in {SPLITS}")
    site, _, edition = item.source_style.rpartition("-")
    if site not in SITES or edition != item.language:
        errors.append(f"{where}: source_style {item.source_style!r} must be <site>-<language>, site in {SITES}")
    if not (item.id == f"{item.story}-{item.language}" or item.id.startswith(f"{item.story}-{item.language}-")):
        errors.append(f"{where}: id must be <story>-<language>[-<n>]")
    try:
        published = datetime.fromisoformat(item.published)
        if published.tzinfo is None:
            errors.append(f"{where}: published has no UTC offset")
    except ValueError:
        errors.append(f"{where}: published {item.published!r} is not ISO 8601")
        published = None
    for event in events:
        if published is not None and event.date > published.date().isoformat():
            errors.append(f"{where}: event date {event.date} is after publication")
    if item.negative is not None:
        if item.negative not in NEGATIVE_KINDS:
            errors.append(f"{where}: negative {item.negative!r} not in {NEGATIVE_KINDS}")
        if events:
            errors.append(f"{where}: a hard negative has no events")
    return item


def _event(
    where: str, raw: Any, texts: tuple[str, ...], treaties: dict[str, DevTreaty], errors: list[str]
) -> DevEvent | None:
    if not isinstance(raw, dict) or set(raw) - {"__line__"} != EVENT_KEYS:
        errors.append(f"{where}: event keys must be {sorted(EVENT_KEYS)}")
        return None
    where = f"{where} event {raw.get('action')}/{raw.get('treaty')} (line {raw['__line__']})"
    event = DevEvent(
        raw["action"], raw["treaty"], str(raw["mention"]), raw["actor"], tuple(raw["parties"] or ()), str(raw["date"])
    )
    if event.action not in ACTIONS:
        errors.append(f"{where}: action {event.action!r} not in {ACTIONS}")
    treaty = treaties.get(event.treaty)
    if treaty is None:
        errors.append(f"{where}: treaty {event.treaty!r} is not defined under 'treaties'")
    elif sorted(event.parties) != sorted(treaty.parties):
        errors.append(f"{where}: parties {list(event.parties)} differ from the treaty's {list(treaty.parties)}")
    if not event.mention.strip() or not any(event.mention in text for text in texts):
        errors.append(f"{where}: mention {event.mention!r} is not an exact substring of title, lead or body")
    if event.actor is not None:
        if event.actor not in ISO_CODES:
            errors.append(f"{where}: actor {event.actor!r} is not an ISO 3166-1 code")
        elif treaty is not None and treaty.parties and event.actor not in treaty.parties:
            errors.append(f"{where}: actor {event.actor} is not a party of {event.treaty}")
    elif event.action in ACTIONS and event.action not in ("signed", "entered_into_force"):
        errors.append(f"{where}: only a joint signing or entry into force may have no actor")
    try:
        date.fromisoformat(event.date)
    except ValueError:
        errors.append(f"{where}: date {event.date!r} is not YYYY-MM-DD")
    return event


def _check_set(items: list[DevItem], near_misses: list[NearMiss], treaties: dict[str, DevTreaty]) -> list[str]:
    errors: list[str] = []
    ids = Counter(item.id for item in items)
    errors += [f"item id {i} is used {n} times" for i, n in ids.items() if n > 1]
    by_story: dict[str, list[DevItem]] = {}
    for item in items:
        by_story.setdefault(item.story, []).append(item)
    for story, members in by_story.items():
        if len({m.split for m in members}) > 1:
            errors.append(f"story {story}: its items are in different splits")
        if len({m.file for m in members}) > 1:
            errors.append(f"story {story}: its items are in different files")
        if members[0].file == "stories.yaml" and {m.language for m in members} != set(LANGUAGES):
            errors.append(f"story {story}: a stories.yaml story is reported in ru, az and en")
    for miss in near_misses:
        if miss.kind not in NEAR_MISS_KINDS:
            errors.append(f"near miss {miss.stories}: kind {miss.kind!r} not in {NEAR_MISS_KINDS}")
        unknown = [s for s in miss.stories if s not in by_story]
        if unknown or len(set(miss.stories)) < 2:
            errors.append(f"near miss {miss.stories}: needs two or more known stories (unknown: {unknown})")
    if GAZETTEER.exists():
        known = {line.split("id:", 1)[1].strip() for line in GAZETTEER.read_text().splitlines() if "- id:" in line}
        errors += [
            f"treaty {t.key}: gazetteer id {t.gazetteer!r} is not in {GAZETTEER.name}"
            for t in treaties.values()
            if t.gazetteer is not None and known and t.gazetteer not in known
        ]
    return errors


def _default_files() -> tuple[Path, ...]:
    """stories.yaml and events.yaml, those that exist (the set is committed in parts)."""
    return tuple(path for path in DEFAULT_FILES if path.exists())


def _validated(paths: tuple[Path, ...]) -> tuple[dict[str, DevTreaty], list[DevItem], list[NearMiss]]:
    treaties, items, near_misses, errors = _parse(paths)
    errors += _check_set(items, near_misses, treaties)
    if errors:
        raise DevSetError(f"{len(errors)} problem(s) in the development set:\n  " + "\n  ".join(errors))
    return treaties, items, near_misses


def load_items(*paths: Path | str) -> list[DevItem]:
    """Every item of the given files (default: stories.yaml and events.yaml), validated."""
    return _validated(tuple(Path(p) for p in paths) or _default_files())[1]


def load_treaties(*paths: Path | str) -> dict[str, DevTreaty]:
    """The dev-set treaties by key, from the given files (default: both)."""
    return _validated(tuple(Path(p) for p in paths) or _default_files())[0]


def load_near_misses(*paths: Path | str) -> list[NearMiss]:
    """Groups of stories that look alike but must stay separate stories."""
    return _validated(tuple(Path(p) for p in paths) or _default_files())[2]


def _table(title: str, counts: Counter[Any], header: tuple[str, ...]) -> str:
    rows = [f"{title}", "  " + "  ".join(f"{h:<22}" for h in header) + "  items"]
    rows += ["  " + "  ".join(f"{k:<22}" for k in key) + f"  {n:>5}" for key, n in sorted(counts.items())]
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    paths = tuple(Path(p) for p in argv) or _default_files()
    try:
        treaties, items, near_misses = _validated(paths)
    except DevSetError as error:
        print(error, file=sys.stderr)
        return 1
    stories = {i.story for i in items}
    print(
        f"OK: {len(items)} items, {len(stories)} stories, {len(treaties)} treaties, {len(near_misses)} near-miss "
        f"groups in {', '.join(p.name for p in paths)}"
    )
    print(
        _table(
            "by file, language, split",
            Counter((i.file, i.language, i.split) for i in items),
            ("file", "language", "split"),
        )
    )
    print(
        _table(
            "by file, language, kind",
            Counter((i.file, i.language, i.kind) for i in items),
            ("file", "language", "kind"),
        )
    )
    print(
        _table(
            "events by language and action",
            Counter((i.language, e.action) for i in items for e in i.events),
            ("language", "action"),
        )
    )
    print(
        _table(
            "hard negatives by language",
            Counter((i.language, i.negative) for i in items if i.negative),
            ("language", "kind"),
        )
    )
    split_stories = Counter((i.file, i.split) for i in {i.story: i for i in items}.values())
    print(_table("stories by file and split", split_stories, ("file", "split")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
