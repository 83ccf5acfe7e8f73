"""A story's editions that name less of a treaty fold into the one line of the edition that names it in full.

One edition of a story may print no subject the glossary knows ("Azerbaijan, Uzbekistan sign memorandum",
"Азербайджан и Узбекистан подписали меморандум") where the others print it ("... memorandum on cooperation in
culture"), or no parties: its key ("memorandum:AZ-UZ:") joins the story's one fuller key of that type
("memorandum:AZ-UZ:culture", merge.joined_keys). With two fuller keys an item tells apart (which one is not
said), an item that reports both (it told two treaties apart), another type or other parties, the keys stay apart.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline.action_lines import action_lines
from pipeline.events.merge import joined_keys, merge_events
from pipeline.events.records import Event
from tests.events_support import events_of

# (full edition in each language, the same act with no subject, key of the full editions)
STORIES = {
    "memorandum": (
        {"en": "Azerbaijan, Uzbekistan sign memorandum on cooperation in culture",
         "ru": "Азербайджан и Узбекистан подписали меморандум о сотрудничестве в области культуры",
         "az": "Azərbaycan və Özbəkistan mədəniyyət sahəsində əməkdaşlıq haqqında memorandum imzalayıb"},
        {"en": "Azerbaijan, Uzbekistan sign memorandum",
         "ru": "Азербайджан и Узбекистан подписали меморандум",
         "az": "Azərbaycan və Özbəkistan memorandum imzalayıb"},
        "memorandum:AZ-UZ:culture",
    ),
    "protocol": (
        {"en": "Azerbaijan and Kazakhstan sign protocol on road transport",
         "ru": "Азербайджан и Казахстан подписали протокол о международных автомобильных перевозках",
         "az": "Azərbaycan və Qazaxıstan beynəlxalq avtomobil daşımaları haqqında protokol imzalayıb"},
        {"en": "Azerbaijan and Kazakhstan sign protocol",
         "ru": "Азербайджан и Казахстан подписали протокол",
         "az": "Azərbaycan və Qazaxıstan protokol imzalayıb"},
        "protocol:AZ-KZ:road_transport",
    ),
    "convention": (
        {"en": "Azerbaijan ratifies convention on the manipulation of sports competitions",
         "ru": "Азербайджан ратифицировал конвенцию о манипулировании спортивными соревнованиями",
         "az": "Azərbaycan idman yarışlarının manipulyasiyası haqqında konvensiyanı ratifikasiya edib"},
        {"en": "Azerbaijan ratifies convention",
         "ru": "Азербайджан ратифицировал конвенцию",
         "az": "Azərbaycan konvensiyanı ratifikasiya edib"},
        "convention::youth_sport",
    ),
}
LANGUAGES = ("en", "ru", "az")


def rows_of(*editions: tuple[str, str]) -> list[dict[str, Any]]:
    """The ``events`` rows the pipeline stores for the items of one story, one item per (language, title)."""
    rows = []
    for item_id, (language, title) in enumerate(editions, start=1):
        rows += [row(len(rows) + 1, item_id, event) for event in events_of(language, title)]
    return rows


def row(row_id: int, item_id: int, event: Event) -> dict[str, Any]:
    return {"id": row_id, "item_id": item_id, "action": event.action,
            "treaty_id": event.treaty_id, "treaty_name": event.treaty_name, "treaty_key": event.treaty_key,
            "actor": event.actor, "parties": json.dumps(event.parties), "act_date": None, "legal_act": None,
            "confirmed": 0, "source": f"source {item_id}", "source_kind": "agency"}


@pytest.mark.parametrize("kind", sorted(STORIES))
@pytest.mark.parametrize("partial_language", LANGUAGES)
def test_an_edition_without_the_subject_folds_into_the_story_line(kind: str, partial_language: str) -> None:
    full, partial, key = STORIES[kind]
    editions = [(language, full[language]) for language in LANGUAGES if language != partial_language]
    rows = rows_of(*editions, (partial_language, partial[partial_language]))
    assert {r["treaty_key"] for r in rows} == {key, key.rsplit(":", 1)[0] + ":"}  # the editions do differ
    [merged] = merge_events(rows)
    assert (merged.treaty_key, merged.item_ids) == (key, (1, 2, 3))
    [line] = action_lines(rows)
    assert line.event.treaty_key == key and line.reported_by == ("source 1", "source 2", "source 3")


@pytest.mark.parametrize("partial_language", LANGUAGES)
def test_an_edition_without_the_subject_stays_apart_from_two_treaties_of_its_type(partial_language: str) -> None:
    """Two memoranda named in full in the story (an edition names both): which one the bare "memorandum" is, is
    not said."""
    rows = rows_of(("en", "Azerbaijan, Uzbekistan sign memorandum on cooperation in culture and memorandum on "
                          "cooperation in education"),
                   ("ru", "Азербайджан и Узбекистан подписали меморандум о сотрудничестве в области образования"),
                   (partial_language, STORIES["memorandum"][1][partial_language]))
    assert len(merge_events(rows)) == 3


@pytest.mark.parametrize(("partial", "full"), [
    ("memorandum:AZ-UZ:", "memorandum:AZ-UZ:culture"),
    ("declaration::", "declaration:AZ-GE-TR:"),
    ("declaration::", "declaration:AZ-GE-TR:transport"),
    ("protocol::rail_transport", "protocol:AZ-IR:rail_transport"),
    ("convention::", "convention::youth_sport"),
    ("agreement:AZ-KZ-UZ:", "agreement:AZ-KZ-UZ:energy"),
])
def test_a_partial_key_joins_the_one_fuller_key_of_its_story(partial: str, full: str) -> None:
    assert joined_keys([(1, full), (2, partial), (3, full)]) == {partial: full}


@pytest.mark.parametrize("reported", [
    [(1, "memorandum:AZ-UZ:culture"), (1, "memorandum:AZ-UZ:"), (2, "memorandum:AZ-UZ:culture")],  # told apart
    [(1, "agreement:AZ-GE:border"), (1, "agreement:AZ-GE:bridges"), (3, "agreement:AZ-GE:")],  # two fuller keys
    [(1, "agreement:AZ-UZ:culture"), (2, "memorandum:AZ-UZ:")],  # another type
    [(1, "memorandum:AZ-KZ:culture"), (2, "memorandum:AZ-UZ:")],  # other parties
    [(1, "memorandum::culture"), (2, "memorandum:AZ-UZ:education")],  # another subject
    [(1, "az-kz-road-transport"), (2, "agreement:AZ-KZ:")],  # a gazetteer id is no key of parts
    [(1, "memorandum:AZ-UZ:culture"), (2, "memorandum:AZ-UZ:culture")],  # nothing partial
])
def test_keys_that_may_be_other_treaties_stay_apart(reported: list[tuple[int, str]]) -> None:
    assert joined_keys(reported) == {}


def test_partial_keys_join_the_fullest_key_through_a_partial_one() -> None:
    reported = [(1, "declaration::"), (2, "declaration:AZ-UZ:"), (3, "declaration:AZ-UZ:strategic_partnership")]
    full = "declaration:AZ-UZ:strategic_partnership"
    assert joined_keys(reported) == {"declaration::": full, "declaration:AZ-UZ:": full}
