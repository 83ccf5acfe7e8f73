"""Constructions read from blind4's Azerbaijani failures (round 3), each with negatives of the same shape.

The sentences are written for these tests; none is taken from the development set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-10-20T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# The instrument of accession or ratification named by the infinitive and a postposition ("qoşulmaq barədə
# sənədi", "ratifikasiya etmək haqqında sənədi") and handed to the depositary is the act, as "qoşulma sənədi" is.


@pytest.mark.parametrize(
    ("language", "sentence", "action"),
    [
        ("az", "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verib",
         "acceded"),
        ("az", "Qırğızıstan Mülki işlər üzrə məhkəmə prosesi haqqında Konvensiyaya qoşulmaq haqqında sənədi "
               "depozitariyə təhvil verib", "acceded"),
        ("az", "Qırğızıstan Kibercinayətkarlıq haqqında Konvensiyanı ratifikasiya etmək barədə sənədi "
               "depozitariyə təhvil verib", "ratified"),
        ("en", "Kyrgyzstan deposited its instrument of accession to the 1970 Hague Convention", "acceded"),
        ("ru", "Кыргызстан сдал на хранение грамоту о присоединении к Гаагской конвенции 1970 года", "acceded"),
    ],
)
def test_an_instrument_named_by_the_infinitive_and_deposited_is_the_act(language: str, sentence: str,
                                                                         action: str) -> None:
    events = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.actor) for e in events] == [(action, "KG")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verəcək",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi hazırlayıb",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi depozitariyə təhvil verməyi planlaşdırır",
        "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulma sənədini depozitariyə təhvil vermək niyyətindədir",
    ],
)
def test_an_instrument_to_be_deposited_or_only_drafted_is_no_act(sentence: str) -> None:
    assert events_of("az", sentence, published=PUBLISHED) == ()


def test_a_numeric_date_before_the_deposit_is_the_acts_date() -> None:
    (event,) = events_of("az", "Qırğızıstan 1970-ci il Haaqa Konvensiyasına qoşulmaq barədə sənədi 14.10.2026 "
                               "tarixində depozitariyə təhvil verib", published=PUBLISHED)
    assert (event.action, event.actor, str(event.act_date)) == ("acceded", "KG", "2026-10-14")


# --------------------------------------------------------------------------------------------------
# "<date> tarixli <Name>": the date "tarixli" (dated) gives the name after it is the name's (the day the treaty was
# adopted), not the act's, so an old date there does not make the sentence history. A date in the locative
# ("tarixində") is the act's, and ends the name.


@pytest.mark.parametrize(
    ("language", "sentence", "words"),
    [
        ("az", "Qırğızıstan xarici ölkələrdə sübutların toplanması haqqında 1970-ci il 18 mart tarixli Haaqa "
               "Konvensiyasına qoşulub", ("sübutların", "18 mart tarixli", "Haaqa")),
        ("en", "Kyrgyzstan acceded to the Hague Convention of 18 March 1970 on the Taking of Evidence Abroad",
         ("Hague",)),
        ("ru", "Кыргызстан присоединился к Гаагской конвенции от 18 марта 1970 года о получении за границей "
               "доказательств", ("Гаагской",)),
    ],
)
def test_a_date_the_name_holds_is_not_the_acts(language: str, sentence: str, words: tuple[str, ...]) -> None:
    (event,) = events_of(language, sentence, published=PUBLISHED)
    assert (event.action, event.actor) == ("acceded", "KG")
    assert all(w in event.treaty_name for w in words)
    assert event.act_date is None or event.act_date.year == 2026


def test_a_dated_convention_keeps_the_acts_own_date() -> None:
    (event,) = events_of("az", "Qırğızıstan 2026-cı il oktyabrın 14-də xarici ölkələrdə sübutların toplanması "
                               "haqqında 1970-ci il 18 mart tarixli Haaqa Konvensiyasına qoşulub", published=PUBLISHED)
    assert str(event.act_date) == "2026-10-14"
    assert "1970" in event.treaty_name


def test_a_past_accession_dated_in_the_locative_is_still_history() -> None:
    assert events_of("az", "Qırğızıstan 1998-ci il 18 mart tarixində Haaqa Konvensiyasına qoşulub",
                     published=PUBLISHED) == ()
