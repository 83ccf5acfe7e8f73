""""<Subject>, <apposition>, signed the <treaty>" (en; english._takes_a_treaty): a past form after a comma is a
participle describing a treaty only when it takes no object ("The agreement, signed the same day in Baku, ...").
One that takes a treaty as its object is the finite verb of the subject the apposition describes ("Ambassador Fuad
Ismayilov, the country's permanent representative to the Council of Europe, signed the Second Additional Protocol
..."). ru and az mark the finite verb by its ending, so the checks below keep their readings as they were.

Same shapes that stay background: the participle with a time phrase after it ("signed the same day as the protocol",
"ratified a year after the protocol", "signed a day before the summit"), which opens with a determiner too
but reaches no treaty noun before its preposition.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-05-12T18:00:00+04:00"


@pytest.mark.parametrize(
    "lead",
    [
        "Ambassador Fuad Ismayilov, the country's permanent representative to the Council of Europe, signed the Second "
        "Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters on Tuesday.",
        "Strasbourg, May 12. Ambassador Fuad Ismayilov, Azerbaijan's permanent representative to the Council of "
        "Europe, signed the Second Additional Protocol to the 1959 convention on extradition on behalf of Azerbaijan.",
        "Foreign Minister Jeyhun Bayramov, who led the delegation, signed an intergovernmental agreement on visa "
        "exemption with Oman.",
        "Azerbaijan's foreign minister, Jeyhun Bayramov, and his Omani counterpart, Badr Albusaidi, signed an "
        "agreement on visa exemption.",
    ],
)
def test_an_apposed_subject_signs_the_treaty_it_takes(lead: str) -> None:
    assert {action for action, _ in actions_and_actors("en", "News", lead, published=PUBLISHED)} == {"signed"}


@pytest.mark.parametrize(
    ("lead", "actor"),
    [
        ("Kazakhstan's Senate, the upper house of parliament, ratified the agreement with Azerbaijan on air services.",
         "KZ"),
        ("Georgia's parliament, the country's legislature, ratified the 2019 convention on the recognition of "
         "qualifications.", "GE"),
    ],
)
def test_an_apposed_parliament_votes_for_the_treaty_it_takes(lead: str, actor: str) -> None:
    assert actions_and_actors("en", "News", lead, published=PUBLISHED) == {("adopted_by_parliament", actor)}


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("ru", "Посол Фуад Исмайылов, постоянный представитель страны при Совете Европы, подписал Второй "
               "дополнительный протокол к Европейской конвенции о взаимной правовой помощи по уголовным делам."),
        ("az", "Ölkənin Avropa Şurası yanında daimi nümayəndəsi, səfir Fuad İsmayılov Cinayət işləri üzrə qarşılıqlı "
               "hüquqi yardım haqqında Avropa Konvensiyasına İkinci Əlavə Protokolu imzalayıb."),
        ("en", "Ambassador Fuad Ismayilov, the country's permanent representative, has signed the protocol on "
               "cooperation in criminal matters with Georgia."),
    ],
)
def test_other_languages_and_tenses_keep_the_signing(language: str, lead: str) -> None:
    assert {action for action, _ in actions_and_actors(language, "News", lead, published=PUBLISHED)} == {"signed"}


@pytest.mark.parametrize(
    "lead",
    [
        "The agreement, signed the same day as the protocol on trade, enters into force in June.",
        "The memorandum, signed a day before the summit, sets out cooperation in energy.",
        "The convention, ratified a year after the protocol, entered into force for Azerbaijan in 2010.",
        "The agreement, concluded the same year, governs flights between Baku and Astana.",
    ],
)
def test_a_participle_with_a_time_phrase_stays_background(lead: str) -> None:
    assert {action for action, _ in actions_and_actors("en", "News", lead, published=PUBLISHED)} <= {"in_force"}


@pytest.mark.parametrize(
    "lead",
    [
        "The agreement on air services, signed the previous year in Baku, was ratified by Kazakhstan on Tuesday.",
        "The agreement on transit, signed in 2020, was ratified by Kazakhstan on Tuesday.",
        "The memorandum, initialled the week before, was signed by Azerbaijan and Georgia in Baku on Tuesday.",
    ],
)
def test_the_main_verb_after_a_participle_is_the_news(lead: str) -> None:
    assert len(actions_and_actors("en", "News", lead, published=PUBLISHED)) == 1
