""""already" before a verb of acting (en "already", ru "уже", az "artıq"; triggers.done_before): "Türkiye and
Kazakhstan have already ratified the agreement", "120 documents already signed between the two countries,
including ..." tell a state of things the news comes on top of; with no date of its own the act is background.

Same shapes that stay acts: the sentence without "already", "already" with a date printed for the act (the date
decides), and an entry into force "already" reached, which is how agencies report the entry itself.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-04-14T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Türkiye and Kazakhstan have already ratified the agreement on the Turkic Investment Fund."),
        ("en", "Georgia has already signed the agreement on road transport with Azerbaijan."),
        ("en", "The sides praised the 40 documents already signed between the two countries, including the Treaty "
               "on Strategic Partnership."),
        ("ru", "Турция и Казахстан уже ратифицировали соглашение о Тюркском инвестиционном фонде."),
        ("ru", "Соглашение об автомобильном транспорте с Грузией уже подписано."),
        ("az", "Türkiyə və Qazaxıstan artıq Türk İnvestisiya Fondu haqqında sazişi ratifikasiya ediblər."),
        ("az", "Gürcüstanla avtomobil nəqliyyatı haqqında saziş artıq imzalanıb."),
    ],
)
def test_an_act_already_done_is_background(language: str, sentence: str) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == set()


@pytest.mark.parametrize(
    ("language", "sentence", "act"),
    [
        ("en", "Türkiye and Kazakhstan ratified the agreement on the Turkic Investment Fund.", ("ratified", "TR")),
        ("ru", "Турция и Казахстан ратифицировали соглашение о Тюркском инвестиционном фонде.", ("ratified", "TR")),
        ("az", "Türkiyə və Qazaxıstan Türk İnvestisiya Fondu haqqında sazişi ratifikasiya ediblər.",
         ("ratified", "TR")),
        ("en", "Georgia has already signed the agreement on road transport with Azerbaijan on 10 April.",
         ("signed", None)),
        ("en", "The agreement on road transport with Georgia has already entered into force.",
         ("entered_into_force", None)),
        ("ru", "Соглашение об автомобильном транспорте с Грузией уже вступило в силу.", ("entered_into_force", None)),
        ("az", "Gürcüstanla avtomobil nəqliyyatı haqqında saziş artıq qüvvəyə minib.", ("entered_into_force", None)),
    ],
)
def test_without_already_dated_or_in_force_it_stays_an_act(language: str, sentence: str,
                                                           act: tuple[str, str | None]) -> None:
    assert act in actions_and_actors(language, "News", sentence, published=PUBLISHED)
