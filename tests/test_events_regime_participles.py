"""A treaty named by what it ends or eases, with an en participle right after its noun (events.yaml
``mention_links``): "the agreement abolishing visa requirements for holders of ordinary passports", "a convention
eliminating double taxation". The participle continues the name as "on" does ("the agreement on abolishing ...");
ru and az say it with a noun and a link word that were read already ("соглашение об отмене визовых требований",
"vizaların ləğvi haqqında saziş"), swept here as checks.

A comma or a day between the noun and the participle ends the name: the participle then says what the signing did.
No act (talks, a draft, a future) stays no event, however long the name.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-01T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence", "action", "name_words"),
    [
        ("en", "The agreement abolishing visa requirements for holders of ordinary passports of Azerbaijan and "
               "Vietnam has come into effect.", "entered_into_force", "abolishing visa requirements"),
        ("en", "Azerbaijan and Vietnam signed an agreement abolishing visa requirements for holders of diplomatic "
               "passports.", "signed", "abolishing visa requirements"),
        ("en", "Azerbaijan and Georgia have signed an agreement eliminating double taxation on income.", "signed",
         "eliminating double taxation"),
        ("en", "Azerbaijan and Georgia sign agreement waiving visa requirements for holders of service passports",
         "signed", "waiving visa requirements"),
        ("en", "The Milli Majlis ratified the agreement with Georgia exempting holders of diplomatic passports from "
               "visa requirements.", "adopted_by_parliament", "exempting holders"),
        ("en", "An agreement eliminating double taxation between Azerbaijan and Georgia was ratified by the Milli "
               "Majlis.", "adopted_by_parliament", "eliminating double taxation"),
        ("en", "The protocol simplifying visa procedures for citizens of Azerbaijan and Kazakhstan entered into force "
               "on Friday.", "entered_into_force", "simplifying visa procedures"),
        ("ru", "Соглашение об отмене визовых требований для владельцев общегражданских паспортов Азербайджана и "
               "Вьетнама вступило в силу.", "entered_into_force", "отмене визовых требований"),
        ("ru", "Азербайджан и Грузия подписали соглашение об устранении двойного налогообложения.", "signed",
         "устранении двойного налогообложения"),
        ("az", "Azərbaycan və Vyetnamın ümumvətəndaş pasportları sahibləri üçün vizaların ləğvi haqqında Saziş "
               "qüvvəyə minib.", "entered_into_force", "vizaların ləğvi haqqında"),
        ("az", "Milli Məclis Gürcüstanla ikiqat vergitutmanın aradan qaldırılması haqqında Sazişi ratifikasiya edib.",
         "adopted_by_parliament", "aradan qaldırılması haqqında"),
    ],
)
def test_the_participle_is_in_the_name(language: str, sentence: str, action: str, name_words: str) -> None:
    events = events_of(language, "News", sentence, published=PUBLISHED)
    assert [e.action for e in events] == [action]
    assert name_words.lower() in (events[0].treaty_name or "").lower()


@pytest.mark.parametrize("sentence", [
    "Azerbaijan and Georgia signed an agreement in Baku on Monday, abolishing visa requirements for holders of "
    "ordinary passports.",
    "Azerbaijan and Georgia signed an agreement, abolishing visa requirements for holders of ordinary passports.",
])
def test_a_comma_or_a_day_ends_the_name_before_the_participle(sentence: str) -> None:
    events = events_of("en", "News", sentence, published=PUBLISHED)
    assert [e.action for e in events] == ["signed"]
    assert "abolishing" not in (events[0].treaty_name or "")


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Officials of Azerbaijan and Vietnam discussed an agreement abolishing visa requirements for holders of "
           "ordinary passports."),
    ("en", "Azerbaijan and Vietnam will sign an agreement abolishing visa requirements for holders of ordinary "
           "passports."),
    ("en", "The draft agreement abolishing visa requirements for holders of ordinary passports was submitted to "
           "the government of Azerbaijan."),
    ("en", "Azerbaijan Airlines signed a contract with Boeing waiving maintenance fees for two years."),
    ("ru", "Азербайджан и Вьетнам обсудили соглашение об отмене визовых требований."),
    ("az", "Azərbaycan və Vyetnam vizaların ləğvi haqqında saziş layihəsini müzakirə edib."),
])
def test_no_act_stays_no_event(language: str, sentence: str) -> None:
    assert events_of(language, "News", sentence, published=PUBLISHED) == ()
