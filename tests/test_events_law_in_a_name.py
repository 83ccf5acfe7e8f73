"""en: a law's noun right before a treaty's noun after a verb of signing is a word of the treaty's name (verb_acts
``_names_a_law``): "Georgia signs Riyadh Design Law Treaty" signs that treaty; a head of state who signs a law
("signs law on ratification of the Patent Law Treaty", "подписал закон", "qanunu imzalayıb") still carries the
law's act. (ru "Договор о законах", az "qanunlar üzrə Müqaviləni", the law word after or before the noun with a
word between, are not read yet.)

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-21T11:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia signs Riyadh Design Law Treaty"),
        ("en", "Georgia signs Patent Law Treaty"),
        ("en", "Georgia signed the Riyadh Design Law Treaty in Geneva"),
    ],
)
def test_a_law_word_in_a_treaty_name_is_signed_as_the_treaty(language: str, title: str) -> None:
    found = events_of(language, title, published=PUBLISHED)
    assert [e.action for e in found] == ["signed"]
    assert "GE" in {found[0].actor, *found[0].parties}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgian President signs law on ratification of Riyadh Design Law Treaty"),
        ("ru", "Президент Грузии подписал закон о ратификации Договора о законах по товарным знакам"),
        ("az", "Gürcüstan Prezidenti Əmtəə nişanları haqqında qanunlar üzrə Müqavilənin ratifikasiyası haqqında "
               "qanunu imzalayıb"),
    ],
)
def test_a_law_signed_on_such_a_treaty_is_the_law_s_act(language: str, title: str) -> None:
    assert [e.action for e in events_of(language, title, published=PUBLISHED)] == ["ratified"]
