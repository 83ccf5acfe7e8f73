"""A known treaty printed in words none of its aliases has whole: the gazetteer's id all the same.

- A bilateral treaty with its partner between the noun and the subject ("договор с Азербайджаном о правовой помощи
  по ... уголовным делам", "treaty with Azerbaijan on legal assistance ..."), whose subject only an English alias
  (not the canonical name, the agreement's first edition) holds: linking._known_bilateral reads all English names.
- A treaty "against" a crime printed as one "on countering" / "on combating" it (treaties._worded_otherwise).
"""

import pytest

from tests.events_support import UN, events_of

LEGAL = "az-uz-legal-assistance-2026"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Узбекистан ратифицировал договор с Азербайджаном о правовой помощи по гражданским, семейным и "
               "уголовным делам"),
        ("ru", "Сенат Узбекистана одобрил договор с Азербайджаном о правовой помощи по гражданским, семейным и "
               "уголовным делам"),
        ("ru", "Договор Узбекистана с Азербайджаном о правовой помощи по гражданским, семейным и уголовным делам "
               "вступил в силу"),
        ("en", "Uzbekistan ratifies treaty with Azerbaijan on legal assistance in civil, family and criminal matters"),
        ("en", "Treaty with Uzbekistan on legal assistance in civil, family and criminal matters enters into force"),
        ("az", "Özbəkistan Azərbaycanla mülki, ailə və cinayət işləri üzrə hüquqi yardım haqqında müqaviləni "
               "ratifikasiya edib"),
    ],
)
def test_a_partner_between_the_noun_and_the_subject_keeps_the_gazetteer_id(language: str, title: str) -> None:
    found = events_of(language, title)
    assert [e.treaty_id for e in found] == [LEGAL], found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # another partner, another subject: not the Uzbek treaty
        ("ru", "Узбекистан ратифицировал договор с Казахстаном о правовой помощи по гражданским, семейным и "
               "уголовным делам"),
        ("ru", "Узбекистан ратифицировал договор с Азербайджаном о выдаче"),
        ("en", "Uzbekistan ratifies treaty with Azerbaijan on extradition"),
    ],
)
def test_another_partner_or_subject_is_another_treaty(language: str, title: str) -> None:
    found = events_of(language, title)
    assert found and all(e.treaty_id != LEGAL for e in found), found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Мирзиёев подписал закон о ратификации конвенции ООН о противодействии киберпреступности"),
        ("ru", "Узбекистан ратифицировал Конвенцию ООН о борьбе с киберпреступностью"),
        ("ru", "Конвенция ООН о противодействии киберпреступности ратифицирована Казахстаном"),
        ("en", "Mirziyoyev signs law on ratification of UN Convention on Countering Cybercrime"),
        ("en", "Uzbekistan ratifies UN Convention on Combating Cybercrime"),
        ("az", "Özbəkistan Kibercinayətkarlığa qarşı mübarizə haqqında BMT Konvensiyasını ratifikasiya edib"),
    ],
)
def test_a_convention_on_countering_a_crime_is_the_one_against_it(language: str, title: str) -> None:
    found = events_of(language, title)
    assert [e.treaty_id for e in found] == [UN], found


@pytest.mark.parametrize(
    ("language", "title", "known"),
    [
        ("ru", "Казахстан ратифицировал Конвенцию ООН о борьбе с коррупцией", "un-corruption"),
        ("ru", "Казахстан ратифицировал Конвенцию ООН о противодействии терроризму", None),
        ("en", "Kazakhstan ratifies UN Convention on Countering Terrorism", None),
    ],
)
def test_countering_another_crime_is_its_own_convention(language: str, title: str, known: str | None) -> None:
    found = events_of(language, title)
    assert [e.treaty_id for e in found] == [known], found
