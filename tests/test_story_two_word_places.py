"""Stories: a treaty named after a two-word place that other scripts write as one word ("Cape Town
Convention" = "Кейптаунская конвенция" = "Keyptaun Konvensiyası"; "Cape Town" = "Кейптаун"), whose English
"own" closing a word is said and written "аун", "aun" (Town = Таун, Brown = Браун).

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories.names import named_instruments
from pipeline.translit import name_key
from tests.story_data import apart, one_story


@pytest.mark.parametrize(("word", "language"), [
    ("Кейптаун", "ru"), ("Кейптаунской", "ru"), ("Keyptaun", "az"), ("Keyptaunda", "az"), ("CapeTown", "en"),
])
def test_cape_town_written_as_one_word_has_one_key(word, language) -> None:
    assert name_key(word, language) == name_key("Кейптаун", "ru")


@pytest.mark.parametrize(("en", "ru"), [("Brown", "Браун"), ("Town", "Таун"), ("Crown", "Краун"),
                                        ("Freetown", "Фритаун")])
def test_an_english_own_closing_a_word_is_the_russian_aun(en, ru) -> None:
    assert name_key(en, "en") == name_key(ru, "ru")


@pytest.mark.parametrize(("en", "ru"), [("Nowak", "Новак"), ("Moscow", "Москва"), ("Howard", "Ховард"),
                                        ("Kozlowski", "Козловский")])
def test_a_w_elsewhere_stays_the_russian_v(en, ru) -> None:
    assert name_key(en, "en") == name_key(ru, "ru")


_GENERIC: frozenset[str] = frozenset()


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Azerbaijan joins Cape Town Convention"),
    ("en", "Azerbaijan has acceded to the Cape Town Convention on international interests in mobile equipment."),
    ("ru", "Азербайджан присоединился к Кейптаунской конвенции"),
    ("ru", "Милли Меджлис одобрил присоединение к Кейптаунской конвенции о международных гарантиях."),
    ("az", "Azərbaycan Keyptaun Konvensiyasına qoşulub"),
    ("az", "Milli Məclis Keyptaun Konvensiyasına qoşulmanı təsdiqləyib."),
])
def test_the_cape_town_convention_has_one_instrument_key_in_three_languages(language, text) -> None:
    assert f"convention~{name_key('Кейптаун', 'ru')}" in named_instruments(text, language, _GENERIC, {})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Azerbaijan joins Hague Apostille Convention"),
    ("en", "Azerbaijan joins the convention, officials said in Cape Town"),
    ("en", "Azerbaijan joins New York Convention"),
    ("ru", "Азербайджан присоединился к Гаагской конвенции"),
    ("az", "Azərbaycan Nyu-York Konvensiyasına qoşulub"),
])
def test_another_place_named_convention_has_no_cape_town_key(language, text) -> None:
    assert f"convention~{name_key('Кейптаун', 'ru')}" not in named_instruments(text, language, _GENERIC, {})


_DAY = "2026-08-12T{}:00+04:00"
_ACCESSION = [
    ("ru", "Азербайджан присоединился к Кейптаунской конвенции о международных гарантиях в отношении "
           "подвижного оборудования",
     "Президент Ильхам Алиев подписал закон о присоединении Азербайджана к Кейптаунской конвенции."),
    ("az", "Azərbaycan Keyptaun Konvensiyasına qoşulub",
     "Prezident İlham Əliyev Keyptaun Konvensiyasına qoşulmaq haqqında qanunu imzalayıb."),
    ("en", "Azerbaijan joins Cape Town Convention"),
]


def test_the_editions_of_the_accession_to_the_cape_town_convention_are_one_story(make) -> None:
    one_story(make, _ACCESSION, _DAY)


@pytest.mark.parametrize("other", [
    ("en", "Azerbaijan joins Hague Apostille Convention"),
    ("en", "Georgia joins Cape Town Convention"),
    ("ru", "Азербайджан присоединился к Гаагской конвенции об апостиле"),
    ("az", "Gürcüstan Keyptaun Konvensiyasına qoşulub"),
])
def test_another_convention_or_another_state_joining_is_another_story(make, other) -> None:
    for edition in _ACCESSION:
        apart(make, edition, other, _DAY)
