"""ru: a participle's phrase after a comma that describes the name's last noun is part of the name ("Конвенция о
мерах, направленных на запрещение ...": "направленных" agrees with "мерах"), so the name does not end at the comma
(name_lists.participial_attribute). A participle that agrees with the treaty noun describes the treaty ("соглашение
о сотрудничестве, подписанное в Баку"), and one of a verb of acting is the act ("..., заключенному в 2020 году"):
there the name ends. (en and az print such names without a comma: "Convention on measures aimed at ...",
"... yönəlmiş tədbirlər haqqında Konvensiya".)

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


def _names(sentence: str, language: str = "ru") -> list[str]:
    return [e.treaty_name for e in events_of(language, "Новости", sentence, published=PUBLISHED)]


@pytest.mark.parametrize(("verb", "name"), [
    ("ратифицировал", "Конвенцию о мерах, направленных на борьбу с незаконным оборотом культурных ценностей"),
    ("ратифицировал", "Конвенцию о мерах, направленных на запрещение незаконного ввоза культурных ценностей"),
    ("присоединился к", "Конвенции о мерах, направленных на запрещение незаконного ввоза культурных ценностей"),
    ("подписал", "Соглашение о мерах, направленных на предотвращение двойного налогообложения"),
    ("ратифицировал", "Конвенцию о защите прав, вытекающих из трудовых отношений"),
])
def test_a_participles_phrase_on_the_last_noun_stays_in_the_name(verb: str, name: str) -> None:
    assert _names(f"Азербайджан {verb} {name}.") == [name]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Азербайджан и Грузия подписали соглашение о сотрудничестве, подписанное в Баку.", "соглашение о сотрудничестве"),
    ("Азербайджан ратифицировал протокол к соглашению о торговле, заключенному в 2020 году.",
     "протокол к соглашению о торговле"),
    ("Азербайджан ратифицировал конвенцию о правовой помощи, принятую в Минске.", "конвенцию о правовой помощи"),
])
def test_a_participle_on_the_treaty_or_of_an_act_ends_the_name(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]


@pytest.mark.parametrize(("language", "sentence", "name"), [
    ("en", "Azerbaijan ratified the Convention on measures aimed at combating terrorism.",
     "Convention on measures aimed at combating terrorism"),
    ("az", "Azərbaycan terrorizmlə mübarizəyə yönəlmiş tədbirlər haqqında Konvensiyanı ratifikasiya edib.",
     "terrorizmlə mübarizəyə yönəlmiş tədbirlər haqqında Konvensiyanı"),
])
def test_en_and_az_print_the_phrase_without_a_comma(language: str, sentence: str, name: str) -> None:
    assert _names(sentence, language) == [name]
