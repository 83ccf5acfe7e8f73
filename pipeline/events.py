"""Ratification events: what happened to which treaty, when, by which act, on what evidence.

``extract_events`` reads one item in its own language (ru, az or en; term lists and patterns per language
in ``events.yaml``), sentence by sentence:

1. the actions a sentence reports (patterns, ``unless`` patterns, ``suppresses`` between actions);
2. the treaty: a gazetteer name in the sentence, else a treaty-like name found in it (kept as found,
   listed by ``legalnews treaties unknown``), else the item's main treaty (the first one named in the
   title or lead, else the first one named anywhere) when the sentence speaks of "the Convention";
3. the states named in it (a domestic act with none named is the ``default_state``'s);
4. the date of the act (the first dated mention in the sentence, else the item's publication day in
   Baku), and the legal act's number and date (in the sentence, else the only one in the item).

One event per (action, treaty) and item: later sentences fill what the first one left empty.
``update_events`` writes them per item; ``merge_events`` folds the events of one story together, keeping
conflicting dates with the items that reported them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils
import yaml

from pipeline.dates import month_number
from pipeline.errors import ConfigError
from pipeline.records import Settings
from pipeline.sentences import split_sentences
from pipeline.sources import read_config_file
from pipeline.translit import name_key
from pipeline.treaties import (
    Gazetteer,
    Participation,
    depositary_confirms,
    fold,
    load_gazetteer,
    sync_treaties,
)

__all__ = [
    "ACTIONS",
    "Event",
    "EventRules",
    "EventsReport",
    "ItemText",
    "MergedEvent",
    "find_dates",
    "extract_events",
    "item_text",
    "load_rules",
    "merge_events",
    "story_events",
    "update_events",
]

ACTIONS = (
    "signed", "ratified", "approved_by_law", "acceded", "adopted_by_parliament", "submitted_to_parliament",
    "entered_into_force", "denounced", "reservations_declarations", "authorities_designated",
)
BAKU = ZoneInfo("Asia/Baku")


@dataclass(frozen=True)
class ItemText:
    """What extraction and story grouping read of an item."""

    id: int
    language: str
    title: str
    lead: str
    body: str
    """Paragraphs joined by a blank line."""
    published: datetime | None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in (self.title, self.lead, *self.body.split("\n\n")) if p.strip()]


@dataclass(frozen=True)
class Event:
    action: str
    treaty_id: str | None
    """Gazetteer id; None when the treaty is not in the gazetteer (then ``treaty_name`` is as found)."""
    treaty_name: str
    states: tuple[str, ...]
    act_date: date | None
    legal_act: str | None
    legal_act_date: date | None
    evidence: str
    evidence_language: str


# --------------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class ActionRule:
    action: str
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...] = ()
    suppresses: tuple[str, ...] = ()
    treaty_from_item: bool = False
    """The sentence may leave the treaty implicit ("the Ministry of Justice will act as the authority")."""
    dated: bool = True
    """False: the action has no date of its own; it takes the legal act's date or the publication day."""


@dataclass(frozen=True)
class LanguageRules:
    actions: tuple[ActionRule, ...]
    treaty_nouns: re.Pattern[str]
    unknown_treaty: re.Pattern[str]
    legal_act: re.Pattern[str]
    any_action: re.Pattern[str]
    """All action patterns in one: most items report no action, and one search tells."""
    common_names: frozenset[str]
    """Name keys (``translit.name_key``) of capitalised words too common to tell stories apart."""


@dataclass(frozen=True)
class EventRules:
    languages: Mapping[str, LanguageRules]
    domestic_actions: frozenset[str]
    default_state: str
    background: timedelta
    item_suppresses: Mapping[str, frozenset[str]]
    path: str


def load_rules(path: str | Path | None = None) -> EventRules:
    """Read the term lists; ``None`` or "" reads the ones shipped with the package (events.yaml)."""
    where, text = read_config_file(path, "events.yaml", "event rules")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}:1: expected a mapping with languages, domestic_actions, default_state")
    problems: list[str] = []
    specs = data.get("languages") or {}
    if not isinstance(specs, dict):
        problems.append(f"{where}: languages: expected a mapping of language code to rules")
        specs = {}
    languages = {}
    for lang, spec in specs.items():
        if isinstance(spec, dict):
            languages[lang] = _language_rules(lang, spec, f"{where}: languages.{lang}", problems)
        else:
            problems.append(f"{where}: languages.{lang}: expected a mapping with actions, treaty_nouns, legal_act")
    background = data.get("background_days", 14)
    if not isinstance(background, int | float):
        problems.append(f"{where}: background_days: expected a number of days, got {background!r}")
        background = 0
    domestic = frozenset(data.get("domestic_actions") or ())
    suppresses = {k: frozenset(v) for k, v in (data.get("item_suppresses") or {}).items()}
    named = domestic | set(suppresses) | {a for v in suppresses.values() for a in v}
    problems += [f"{where}: unknown action {a!r} (known: {', '.join(ACTIONS)})" for a in sorted(named - set(ACTIONS))]
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    return EventRules(
        languages,
        domestic,
        str(data.get("default_state", "")),
        timedelta(days=background),
        suppresses,
        where,
    )


def _language_rules(language: str, spec: Mapping[str, Any], at: str, problems: list[str]) -> LanguageRules:
    def patterns(value: object, key: str) -> tuple[re.Pattern[str], ...]:
        # A lone string would be read letter by letter, each letter a pattern matching nearly everything.
        if not isinstance(value, list | tuple):
            problems.append(f"{at}.{key}: expected a list of regular expressions, got {value!r}")
            return ()
        return tuple(pattern(p, key) for p in value)

    def pattern(value: object, key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        try:
            return re.compile(str(value), flags)
        except re.error as exc:
            problems.append(f"{at}.{key}: invalid regular expression {value!r}: {exc}")
            return re.compile(r"(?!)")

    actions = []
    for action, rule in (spec.get("actions") or {}).items():
        if action not in ACTIONS:
            problems.append(f"{at}.actions.{action}: unknown action (known: {', '.join(ACTIONS)})")
            continue
        if not isinstance(rule, dict):
            problems.append(f"{at}.actions.{action}: expected a mapping with patterns (and unless, suppresses)")
            continue
        unknown = set(rule) - {"patterns", "unless", "suppresses", "treaty_from_item", "dated"}
        if unknown:
            problems.append(f"{at}.actions.{action}: unknown keys {sorted(unknown)}")
        actions.append(
            ActionRule(
                action,
                patterns(rule.get("patterns", ()), f"actions.{action}.patterns"),
                patterns(rule.get("unless", ()), f"actions.{action}.unless"),
                tuple(rule.get("suppresses", ())),
                bool(rule.get("treaty_from_item", False)),
                bool(rule.get("dated", True)),
            )
        )
    every = "|".join(f"(?:{p.pattern})" for rule in actions for p in rule.patterns) or "(?!)"
    return LanguageRules(
        tuple(actions),
        pattern(spec.get("treaty_nouns", "(?!)"), "treaty_nouns"),
        pattern(spec.get("unknown_treaty", "(?!)"), "unknown_treaty", 0),
        pattern(spec.get("legal_act", "(?!)"), "legal_act"),
        pattern(every, "actions", re.IGNORECASE | re.MULTILINE),
        frozenset(name_key(str(word), language) for word in spec.get("common_names", ())),
    )


# --------------------------------------------------------------------------------------------------
# Dates inside running text

_YEAR = re.compile(r"\d{4}")
_MONTH = r"(?P<month>[^\W\d_]{3,})"
_DATE_SHAPES = (
    # Azerbaijani official style: "2026-cı il 20 fevral".
    re.compile(rf"\b(?P<year>\d{{4}})-?(?:c[ıiuü])?\s+il(?:in)?\s+(?P<day>\d{{1,2}})\s+{_MONTH}"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month_num>\d{1,2})\.(?P<year>\d{4})\b"),  # 21.02.2026
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\.?(?:,?\s+(?P<year>\d{{4}})\b)?"),  # 23 февраля 2026, 23 fevral
    re.compile(rf"\b{_MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,\s+(?P<year>\d{{4}})\b)?"),  # Feb 23, 2026
    # Azerbaijani genitive: "Fevralın 24-də".
    re.compile(r"\b(?P<month>[^\W\d_]{3,}?)(?:ın|in|un|ün)\s+(?P<day>\d{1,2})-"),
)
# A date printed without a year may lie this far after the reference day (announcements of tomorrow).
_YEARLESS_AHEAD = timedelta(days=7)


def find_dates(text: str, reference: date | None = None) -> list[tuple[date, int, int]]:
    """Every date in ru, az or en text with its span, in order of position.

    Dates printed without a year ("23 февраля", "on 23 February") are read only with a ``reference`` day
    (the publication day): they get the year that puts them closest before it.
    """
    if reference is None and not _YEAR.search(text):
        return []
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for shape in _DATE_SHAPES:
        for match in shape.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            parsed = _date_of(match, reference)
            if parsed is not None:
                found.append((parsed, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda f: f[1])


def _date_of(match: re.Match[str], reference: date | None) -> date | None:
    groups = match.groupdict()
    month = int(groups["month_num"]) if groups.get("month_num") else month_number(groups["month"])
    if month is None:
        return None
    day = int(match["day"])
    try:
        if groups.get("year"):
            return date(int(groups["year"]), month, day)
        if reference is None:
            return None
        for year in (reference.year + 1, reference.year, reference.year - 1):
            candidate = date(year, month, day)
            if candidate <= reference + _YEARLESS_AHEAD:
                return candidate
    except ValueError:  # 31 February: not a date
        return None
    return None


# --------------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True)
class _Act:
    text: str
    """As printed: "№ 187-VIIQ", "No 175-VIIQ"."""
    act_date: date | None


# How far from the act number its date may be printed ("№ 123-VIIQ от 20 февраля 2026 года",
# "23 fevral 2026-cı il tarixli 187-VIIQ nömrəli Qanun").
_ACT_DATE_REACH = 60
_NOMRALI = re.compile(r"\s+nömrəli$", re.IGNORECASE)


def _legal_acts(sentence: str, rules: LanguageRules, reference: date | None) -> list[_Act]:
    matches = list(rules.legal_act.finditer(sentence))
    dates = find_dates(sentence, reference) if matches else []
    acts = []
    for match in matches:
        start, end = match.span()
        near = [d for d, s, e in dates if abs(s - end) <= _ACT_DATE_REACH or abs(start - e) <= _ACT_DATE_REACH]
        acts.append(_Act(_NOMRALI.sub("", " ".join(match[0].split())), near[0] if near else None))
    return acts


@dataclass(frozen=True)
class _Item:
    """What extraction needs to know about the whole item while reading one sentence."""

    language: str
    rules: LanguageRules
    main_treaty: tuple[str, str] | None
    context: str
    published: date | None


def extract_events(item: ItemText, rules: EventRules, gazetteer: Gazetteer) -> tuple[Event, ...]:
    """The ratification events one item reports (see the module docstring for the steps)."""
    language = rules.languages.get(item.language)
    paragraphs = item.paragraphs
    context = "\n".join(paragraphs)
    if language is None or not language.any_action.search(fold(context)):
        return ()
    published = item.published.astimezone(BAKU).date() if item.published else None
    sentences = [s for paragraph in paragraphs for s in split_sentences(paragraph)]
    about = _Item(item.language, language, _main_treaty(item, gazetteer, context), context, published)
    # Read once per sentence: each sentence's own acts, and the item's last act (the act an item is about
    # is signed last: the signature block of a law or decree) for the sentences that name none.
    acts_in = [_legal_acts(s, language, published) for s in sentences]
    acts = [a for found in acts_in for a in found]
    events: dict[tuple[str, str], Event] = {}
    for sentence, sentence_acts in zip(sentences, acts_in, strict=True):
        for event in _sentence_events(sentence, sentence_acts, about, rules, gazetteer):
            if event.legal_act is None and acts:
                event = replace(event, legal_act=acts[-1].text, legal_act_date=acts[-1].act_date)
            key = (event.action, event.treaty_id or fold(event.treaty_name))
            earlier = events.get(key)
            events[key] = event if earlier is None else _fill(earlier, event)
    reported = {action for action, _ in events}
    dropped = {a for action in reported for a in rules.item_suppresses.get(action, ())}
    return tuple(
        e if e.act_date is not None else replace(e, act_date=e.legal_act_date or published)
        for (action, _), e in events.items()
        if action not in dropped
    )


def _main_treaty(item: ItemText, gazetteer: Gazetteer, context: str) -> tuple[str, str] | None:
    """(id, name as printed) of the treaty the item is about: the most named in title and lead, else in the body."""
    for text in (f"{item.title}\n{item.lead}", item.body):
        mentions = gazetteer.find(text, context)
        if mentions:
            top = Counter(m.key for m in mentions).most_common(1)[0][0]
            first = next(m for m in mentions if m.key == top)
            return first.key, first.text
    return None


def _sentence_events(
    sentence: str, acts: Sequence[_Act], item: _Item, rules: EventRules, gazetteer: Gazetteer
) -> list[Event]:
    folded = fold(sentence)
    if not item.rules.any_action.search(folded):
        return []
    found = [
        (rule, match)
        for rule in item.rules.actions
        if (match := next((m for p in rule.patterns if (m := p.search(folded))), None)) is not None
        and not any(u.search(folded) for u in rule.unless)
    ]
    suppressed = {s for rule, _ in found for s in rule.suppresses}
    found = [(rule, match) for rule, match in found if rule.action not in suppressed]
    if not found:
        return []
    named = _sentence_treaties(sentence, folded, item, gazetteer)
    dates = [d for d, _, _ in find_dates(sentence, item.published)]
    recent = [d for d in dates if item.published is None or d >= item.published - rules.background]
    states = tuple(dict.fromkeys(m.key for m in gazetteer.states.find(sentence)))
    events = []
    for rule, _ in found:
        treaties = named or ([item.main_treaty] if rule.treaty_from_item and item.main_treaty else [])
        if rule.dated and dates and not recent:
            continue  # every date in the sentence is long past: history, not news
        for treaty_id, treaty_name in treaties:
            events.append(
                Event(
                    action=rule.action,
                    treaty_id=treaty_id,
                    treaty_name=treaty_name,
                    states=_states(states, rule.action, treaty_id, rules, gazetteer),
                    act_date=recent[0] if rule.dated and recent else None,
                    legal_act=acts[0].text if acts else None,
                    legal_act_date=acts[0].act_date if acts else None,
                    evidence=sentence,
                    evidence_language=item.language,
                )
            )
    return events


def _sentence_treaties(
    sentence: str, folded: str, item: _Item, gazetteer: Gazetteer
) -> list[tuple[str | None, str]]:
    known: dict[str, tuple[str | None, str]] = {}
    for mention in gazetteer.find(sentence, item.context):
        known.setdefault(mention.key, (mention.key, mention.text))  # each treaty once, as first printed
    if known:
        return list(known.values())
    if item.main_treaty is None:
        unknown = item.rules.unknown_treaty.search(sentence)
        return [(None, _unknown_name(unknown[1], item.published))] if unknown else []
    return [item.main_treaty] if item.rules.treaty_nouns.search(folded) else []


# A short word left dangling at the end once a date is cut off: "on", "в", "от".
_DANGLING = re.compile(r"\s+[^\W\d_]{1,3}$")


def _unknown_name(found: str, published: date | None) -> str:
    """A treaty name as found, without the date or place that ran on after it ("... on 20 February")."""
    dates = find_dates(found, published)
    name = found[: dates[0][1]] if dates else found
    return _DANGLING.sub("", " ".join(name.split()))


def _states(
    named: tuple[str, ...], action: str, treaty_id: str | None, rules: EventRules, gazetteer: Gazetteer
) -> tuple[str, ...]:
    """The states named in the sentence; a bilateral agreement's parties are always among them (a title says
    "Azerbaijan-Kazakhstan agreement"), and a domestic act with none named is the default state's."""
    treaty = gazetteer.get(treaty_id) if treaty_id else None
    if treaty and treaty.parties and action not in rules.domestic_actions:
        return tuple(dict.fromkeys((*treaty.parties, *named)))
    if named:
        return named
    return (rules.default_state,) if action in rules.domestic_actions and rules.default_state else ()


def _fill(first: Event, later: Event) -> Event:
    """The first event, with what it lacked taken from a later sentence about the same action and treaty."""
    return replace(
        first,
        states=first.states or later.states,
        act_date=first.act_date or later.act_date,
        legal_act=first.legal_act or later.legal_act,
        legal_act_date=first.legal_act_date or later.legal_act_date,
    )


# --------------------------------------------------------------------------------------------------
# Merging the events of one story


@dataclass(frozen=True)
class MergedEvent:
    action: str
    treaty_id: str | None
    treaty_name: str
    states: tuple[str, ...]
    act_dates: tuple[tuple[str, tuple[int, ...]], ...]
    """Each date reported (ISO) with the items reporting it; more than one is a conflict to look at."""
    legal_acts: tuple[str, ...]
    item_ids: tuple[int, ...]
    confirmed: bool

    @property
    def conflicting_dates(self) -> bool:
        return len(self.act_dates) > 1


def merge_events(rows: Iterable[Mapping[str, Any]]) -> tuple[MergedEvent, ...]:
    """Fold per-item event rows (``events`` table shape) into one event per action and treaty."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["action"], row["treaty_id"] or fold(row["treaty_name"])), []).append(row)
    merged = []
    for (action, _), members in groups.items():
        dates: dict[str, list[int]] = {}
        for row in members:
            if row["act_date"]:
                dates.setdefault(row["act_date"], []).append(row["item_id"])
        states = dict.fromkeys(s for row in members for s in _json_list(row["states"]))
        merged.append(
            MergedEvent(
                action=action,
                treaty_id=members[0]["treaty_id"],
                treaty_name=members[0]["treaty_name"],
                states=tuple(states),
                act_dates=tuple((d, tuple(sorted(ids))) for d, ids in sorted(dates.items())),
                legal_acts=tuple(dict.fromkeys(r["legal_act"] for r in members if r["legal_act"])),
                item_ids=tuple(sorted({r["item_id"] for r in members})),
                confirmed=any(r["confirmed"] for r in members),
            )
        )
    return tuple(merged)


def _json_list(value: object) -> list[str]:
    if isinstance(value, list):
        return value
    return list(json.loads(value)) if isinstance(value, str) and value else []


def story_events(db: sqlite_utils.Database, story_id: str) -> tuple[MergedEvent, ...]:
    rows = db.query("select * from events where story_id = ? order by item_id, id", [story_id])
    return merge_events(rows)


# --------------------------------------------------------------------------------------------------
# Database glue


@dataclass(frozen=True)
class EventsReport:
    items: int
    events: int
    unknown_treaties: int
    confirmed: int


def update_events(
    db: sqlite_utils.Database,
    item_ids: Sequence[int] | None = None,
    *,
    rules: EventRules | None = None,
    gazetteer: Gazetteer | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> EventsReport:
    """Extract the events of relevant items again (all of them, or ``item_ids``) and re-check confirmations.

    Extraction is cheap (regular expressions over the few relevant items), so a run recomputes instead
    of tracking what changed; an item's events are replaced whole, which keeps revisions consistent.
    """
    settings = settings or Settings()
    rules = rules or load_rules(settings.events_file)
    gazetteer = gazetteer or load_gazetteer(settings.treaties_file)
    sync_treaties(db, gazetteer)
    at = (now or datetime.now(UTC)).isoformat()
    where, params = "relevant = 1", []
    if item_ids is not None:
        where += f" and id in ({', '.join('?' * len(item_ids))})"
        params = list(item_ids)
    items = [item_text(row) for row in db.query(f"select * from items where {where}", params)]
    stories = dict(db.execute("select item_id, story_id from story_items").fetchall())
    rows = [
        _event_row(event, item.id, stories.get(item.id), at)
        for item in items
        for event in extract_events(item, rules, gazetteer)
    ]
    with db.atomic():
        for item in items:
            db.execute("delete from events where item_id = ?", [item.id])
        if rows:
            db.table("events").insert_all(rows, pk="id")
    confirmed = confirm_events(db, gazetteer)
    return EventsReport(len(items), len(rows), sum(1 for r in rows if r["treaty_id"] is None), confirmed)


def item_text(row: Mapping[str, Any]) -> ItemText:
    """An ``items`` row as extraction reads it (the first-seen time stands in for a missing publication date)."""
    published = row.get("published_at") or row.get("first_seen_at")
    return ItemText(
        id=row["id"],
        language=row.get("language") or "other",
        title=row.get("title") or "",
        lead=row.get("lead") or "",
        body=row.get("body") or "",
        published=datetime.fromisoformat(published) if published else None,
    )


def _event_row(event: Event, item_id: int, story_id: str | None, at: str) -> dict[str, Any]:
    return {
        "story_id": story_id,
        "item_id": item_id,
        "action": event.action,
        "treaty_id": event.treaty_id,
        "treaty_name": event.treaty_name,
        "states": list(event.states),
        "act_date": event.act_date.isoformat() if event.act_date else None,
        "legal_act": event.legal_act,
        "legal_act_date": event.legal_act_date.isoformat() if event.legal_act_date else None,
        "evidence": event.evidence,
        "evidence_language": event.evidence_language,
        "confirmed": 0,
        "extracted_at": at,
    }


def confirm_events(db: sqlite_utils.Database, gazetteer: Gazetteer | None = None) -> int:
    """Mark events the depositary's status table bears out; returns how many are confirmed."""
    gazetteer = gazetteer or load_gazetteer()
    status: dict[tuple[str, str], Participation] = {}
    for row in db.query("select * from treaty_status"):
        participant = gazetteer.states.find(row["participant"])
        state = participant[0].key if participant else row["participant"]
        status[(row["treaty_id"], state)] = Participation(
            row["participant"],
            date.fromisoformat(row["signature"]) if row["signature"] else None,
            row["action"],
            date.fromisoformat(row["action_date"]) if row["action_date"] else None,
        )
    updates = []
    for row in db.query("select id, action, treaty_id, states, act_date from events where treaty_id is not null"):
        act_date = date.fromisoformat(row["act_date"]) if row["act_date"] else None
        records = [status.get((row["treaty_id"], s)) for s in _json_list(row["states"])]
        ok = any(p is not None and depositary_confirms(row["action"], act_date, p) for p in records)
        updates.append((int(ok), row["id"]))
    with db.atomic():
        db.conn.executemany("update events set confirmed = ? where id = ?", updates)
    return sum(ok for ok, _ in updates)
