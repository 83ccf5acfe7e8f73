"""The events of one story folded together: one line per (action, treaty) for the analyst.

Items of a story report one act in several languages and versions; their per-item events share a
``treaty_key`` (identity.py), so they fold on (action, treaty_key). The acting state comes first in
``states``; dates that disagree are kept with the items that reported them, for the analyst to look at.

An edition may name less of a treaty than the others: no subject the glossary knows ("Минкультуры ... подписали
меморандум": memorandum:AZ-UZ: where the az and en editions give memorandum:AZ-UZ:culture), or no parties
("the declaration was signed"). Its key then joins the one fuller key of the story it fits (``joined_keys``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from pipeline.events.identity import same_family
from pipeline.events.records import MergedEvent
from pipeline.treaties import fold

__all__ = ["joined_keys", "merge_events", "story_events"]


def merge_events(rows: Iterable[Mapping[str, Any]]) -> tuple[MergedEvent, ...]:
    """Fold per-item event rows (``events`` table shape) into one event per action and treaty."""
    keyed = [(row, _treaty_key(row)) for row in rows]
    joined = joined_keys((row["item_id"], key) for row, key in keyed)
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row, key in keyed:
        groups.setdefault((row["action"], joined.get(key, key)), []).append(row)
    merged = []
    for (action, key), members in groups.items():
        dates: dict[str, list[int]] = {}
        for row in members:
            if row["act_date"]:
                dates.setdefault(row["act_date"], []).append(row["item_id"])
        actors = [row.get("actor") for row in members if row.get("actor")]
        actor = max(set(actors), key=actors.count) if actors else None
        parties = dict.fromkeys(s for row in members for s in _json_list(row.get("parties") or row.get("states")))
        named = next((r for r in members if r["treaty_id"]), None) or max(members, key=lambda r: len(r["treaty_name"]))
        merged.append(
            MergedEvent(
                action=action,
                treaty_id=named["treaty_id"],
                treaty_name=named["treaty_name"],
                treaty_key=key,
                actor=actor,
                states=tuple(dict.fromkeys(s for s in (actor, *sorted(parties)) if s)),
                act_dates=tuple((d, tuple(sorted(ids))) for d, ids in sorted(dates.items())),
                legal_acts=tuple(dict.fromkeys(r["legal_act"] for r in members if r["legal_act"])),
                item_ids=tuple(sorted({r["item_id"] for r in members})),
                confirmed=any(r["confirmed"] for r in members),
            )
        )
    return tuple(merged)


def joined_keys(reported: Iterable[tuple[object, str]]) -> dict[str, str]:
    """Which keys of one story's events (``(item, treaty_key)`` pairs) name one treaty another key names, mapped
    to that key. First the keys of one treaty whose editions lead with another of its subjects
    (``_subjects_named_otherwise``); then the keys that name less of a treaty another key names in full: one
    type, and each of parties and subject either left empty or the same ("memorandum:AZ-UZ:" and
    "memorandum:AZ-UZ:culture"; "declaration::" and "declaration:AZ-KG-KZ-TR-UZ:"). Only where the story has one
    such fuller key: with two which one is not said. An open treaty's key keeps the word an edition printed
    ("pact::migration"): a headline word joins the agreement key of the same parts (``_named_as``). Never where
    one item reports both keys: that item told two treaties apart. Gazetteer ids and names (no
    ``type:PARTIES:subject`` shape) are left as they are."""
    reported = list(reported)
    renamed = _subjects_named_otherwise(reported)
    in_items, parts = _keys_reported(reported, renamed)
    joined = dict(renamed)
    for key, mine in parts.items():
        if all(mine[1:]):
            continue
        fuller = [other for other, theirs in parts.items() if other != key and _fits(mine, theirs)]
        widest = [other for other in fuller if not any(_fits(parts[other], parts[wider]) for wider in fuller
                                                       if wider != other)]
        if len(widest) == 1 and not any(in_items[key] & in_items[other] for other in fuller):
            joined[key] = widest[0]
    return joined


def _subjects_named_otherwise(reported: list[tuple[object, str]]) -> dict[str, str]:
    """Keys of one treaty between the same two or more states whose editions lead with another of its subjects,
    mapped to the key most of the story's items give (the first alphabetically among equals). A treaty with
    several subjects ("culture, education and youth", "border and customs control at the railway crossing",
    "transit tariffs on the railway") is printed with all of them by one edition and some by another ("education
    and youth pact", "BTK transit tariffs"), so each edition's key leads with what it printed; and an edition may
    name an amending protocol by the treaty it amends ("amendments to the double tax treaty": agreement where
    the others say protocol, same parties and subject). Joined only where the keys name the same parties, each
    key's type is one family or protocol and agreement with one subject, and no item reporting one of them reports
    another key that may be the same treaty (a key of these states of one family, or with no subject): an item
    reporting two told two treaties apart, and in a story of several such treaties
    (a summit's list of documents, of which each edition reports some: "e-signature" and "air services"
    agreements) which subject goes with which treaty is not said. Party-less keys (a multilateral convention's)
    are left as they are: their subject is all that tells one convention from another."""
    in_items, parts = _keys_reported(reported, {})
    in_item: dict[object, set[str]] = {}
    for item, key in reported:
        if key in parts:
            in_item.setdefault(item, set()).add(key)
    named = [key for key, (_, parties, subject) in parts.items() if "-" in parties and subject
             and not any(_one_treaty_otherwise(parts[key], parts[other], partial=True)
                         for item in in_items[key] for other in in_item[item] - {key})]
    joined: dict[str, str] = {}
    for key in named:
        alike = [other for other in named if _one_treaty_otherwise(parts[key], parts[other])]
        if len(alike) < 2 or not all(_one_treaty_otherwise(parts[one], parts[o]) for one in alike for o in alike):
            continue
        lead = min(alike, key=lambda k: (-len(in_items[k]), k))
        if key != lead:
            joined[key] = lead
    return joined


def _keys_reported(reported: list[tuple[object, str]], renamed: Mapping[str, str],
                   ) -> tuple[dict[str, set[object]], dict[str, tuple[str, ...]]]:
    """The items reporting each key (as ``renamed`` renames it), and the type, parties and subject of each key
    made by identity.treaty_key."""
    in_items: dict[str, set[object]] = {}
    for item, key in reported:
        in_items.setdefault(renamed.get(key, key), set()).add(item)
    return in_items, {key: match.groups() for key in in_items if (match := _KEY_PARTS.fullmatch(key))}


def _one_treaty_otherwise(one: tuple[str, ...], other: tuple[str, ...], partial: bool = False) -> bool:
    """Whether two keys' parts may name one treaty between the same states (``_subjects_named_otherwise``);
    ``partial``: a key with no subject may too (an item naming it beside another names two treaties)."""
    (kind, parties, subject), (other_kind, other_parties, other_subject) = one, other
    if parties != other_parties:
        return False
    if same_family(kind, other_kind):
        return True
    return {kind, other_kind} <= _AMENDED_FAMILY and "protocol" in {kind, other_kind} \
        and (subject == other_subject or (partial and not (subject and other_subject)))


# A key made by identity.treaty_key: type, parties (ISO codes) and subject concepts, any of the last two empty.
_KEY_PARTS = re.compile(r"([a-z_]+):([A-Z]{2}(?:-[A-Z]{2})*|):([a-z0-9_+]*)")


# A protocol amends a treaty of the agreement family; an edition may name the one it amends.
_AMENDED_FAMILY = frozenset({"protocol", "agreement", "treaty", "convention"})


def _fits(partial: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a key's parts name less of the treaty the other's parts name: a type the other's may be printed
    as (``_named_as``), each other part empty or the same."""
    _, *named = partial
    return _named_as(partial, full) \
        and all(not mine or mine == theirs for mine, theirs in zip(named, full[1:], strict=True))


# The words an edition may print for a treaty the others call an agreement: a headline's "treaty", "pact" or
# "accord" ("CIS migration pact", "BBNJ high seas treaty" for the Соглашение / Saziş), one family
# (identity.same_family). treaty_key keys a bilateral one as "agreement" once two parties are named; an open one
# keeps the word it was printed with, so an edition that prints it joins the agreement key of the same or more
# parts (never the reverse: "agreement::" does not join "pact::migration").
_HEADLINE_WORDS = frozenset({"treaty", "pact", "accord"})


def _named_as(partial: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a key's type may be an edition's word for the other key's treaty: the same type, or a headline
    word of the agreement family for an agreement."""
    return partial[0] == full[0] or (partial[0] in _HEADLINE_WORDS and full[0] == "agreement")


def _treaty_key(row: Mapping[str, Any]) -> str:
    """Rows written before treaty keys existed fall back to the gazetteer id or the name as printed."""
    return str(row.get("treaty_key") or row["treaty_id"] or fold(row["treaty_name"]))


def _json_list(value: object) -> list[str]:
    if isinstance(value, list):
        return value
    return list(json.loads(value)) if isinstance(value, str) and value else []


def story_events(db: sqlite_utils.Database, story_id: str) -> tuple[MergedEvent, ...]:
    rows = db.query("select * from events where story_id = ? order by item_id, id", [story_id])
    return merge_events(rows)
