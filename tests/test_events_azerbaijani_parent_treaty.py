"""az: a treaty named inside another's name is no treaty acted on (pipeline/events/mentions.py ``_az_extent``).

Two constructions name a parent treaty before the treaty the sentence acts on:

* a protocol to a treaty, the parent in the dative, quoted or not: "“... Avropa Xartiyası”na “...” Əlavə
  Protokola qoşulub", "Avropa Xartiyasına “...” Əlavə Protokolu təsdiqləyib";
* an instrument made under a framework treaty, with the year it is for: "... sazişi çərçivəsində 2026-cı il üçün
  maliyyə yardımı haqqında İcra Protokolu imzalanıb".

Each gives one event on the protocol, whatever the verb; a parent acted on in its own clause stays an event.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-07T10:00:00+04:00"


def kinds(title: str) -> list[tuple[str, str]]:
    """(action, treaty type) of each event."""
    return sorted((e.action, e.treaty_key.split(":")[0]) for e in events_of("az", title, published=PUBLISHED))


@pytest.mark.parametrize(("title", "action"), [
    ("Gürcüstan “Kibercinayətkarlıq haqqında Konvensiya”ya “Kompüter sistemləri vasitəsilə törədilən irqçilik "
     "aktları haqqında” Əlavə Protokola qoşulub", "acceded"),
    ("Milli Məclis “Yerli özünüidarəetmə haqqında Avropa Xartiyası”na “Yerli hakimiyyət orqanlarının işlərində "
     "iştirak hüququ haqqında” Əlavə Protokolu təsdiqləyib", "adopted_by_parliament"),
    ("Milli Məclis Avropa Xartiyasına “Yerli hakimiyyət orqanlarının işlərində iştirak hüququ haqqında” Əlavə "
     "Protokolu təsdiqləyib", "adopted_by_parliament"),
    ("Moldova “İnsan hüquqlarının və əsas azadlıqların müdafiəsi haqqında Konvensiya”ya “Ölüm cəzasının ləğvi "
     "haqqında” Protokolu ratifikasiya edib", "ratified"),
    ("Azərbaycan Respublikasının “Yerli özünüidarəetmə haqqında Avropa Xartiyası”na “Yerli hakimiyyət orqanlarının "
     "işlərində iştirak hüququ haqqında” Əlavə Protokola qoşulması barədə Azərbaycan Respublikasının Qanunu",
     "acceded"),
])
def test_a_protocol_to_a_named_parent_is_one_treaty(title: str, action: str) -> None:
    assert kinds(title) == [(action, "protocol")]


@pytest.mark.parametrize("title", [
    "Azərbaycan ilə Türkiyə arasında hərbi maliyyə əməkdaşlığı sazişi çərçivəsində 2026-cı il üçün maliyyə yardımı "
    "haqqında İcra Protokolu imzalanıb.",
    "Ankarada Azərbaycan ilə Türkiyə arasında hərbi maliyyə əməkdaşlığı sazişi çərçivəsində İcra Protokolu imzalanıb.",
    "Bakıda Azərbaycan ilə Qazaxıstan arasında iqtisadi əməkdaşlıq haqqında saziş çərçivəsində 2027-ci il üçün "
    "əməkdaşlıq proqramı haqqında Protokol imzalanıb.",
])
def test_an_instrument_under_a_framework_treaty_is_one_treaty(title: str) -> None:
    assert kinds(title) == [("signed", "protocol")]


def test_a_parent_acted_on_in_its_own_clause_stays_an_event() -> None:
    assert kinds("Azərbaycan “Yerli özünüidarəetmə haqqında Avropa Xartiyası”nı ratifikasiya edib və “Məlumat "
                 "haqqında” Protokolu imzalayıb") == [("ratified", "charter"), ("signed", "protocol")]


def test_a_year_the_act_happened_in_is_not_the_names() -> None:
    events = events_of("az", "Türkiyə 2026-cı ildə “Vergi haqqında” Sazişi imzalayıb", published=PUBLISHED)
    assert [e.treaty_name for e in events] == ["Vergi haqqında” Sazişi"]
