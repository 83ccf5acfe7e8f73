"""An anniversary counted in words (events.yaml ``retrospective``): "imzalanmasından beş il ötür", "пять лет со
дня подписания" frame the item as a look back as the figures do ("5 il ötür", "5 лет со дня"), so the acts its
body recalls without a date are history. A period in words that counts no time since an act ("beş il
müddətinə", "на пять лет") is no look back.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts_of


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("az", "Bakı Bəyannaməsinin imzalanmasından beş il ötür",
         "Bəyannamə hər iki ölkənin parlamenti tərəfindən ratifikasiya edilib."),
        ("az", "Qarabağ sazişinin imzalanmasından iyirmi beş il tamam olur",
         "Saziş hər iki ölkənin parlamenti tərəfindən təsdiqlənib."),
        ("az", "Gəncə Bəyannaməsinin imzalanmasından on il keçir", "Bəyannamə parlamentdə ratifikasiya edilib."),
        ("az", "Gəncə Bəyannaməsinin imzalanmasından üç il ötdü", "Bəyannamə qüvvəyə minib."),
        ("ru", "Пять лет со дня подписания Бакинской декларации",
         "Декларация была ратифицирована парламентами обеих стран."),
        ("ru", "Исполнилось двадцать пять лет Гянджинскому договору", "Договор ратифицирован парламентами."),
        ("ru", "Прошло десять лет с подписания Гянджинской декларации", "Декларация вступила в силу."),
        ("en", "Five years since the signing of the Baku Declaration",
         "The declaration was ratified by the parliaments of both countries."),
    ],
)
def test_an_anniversary_in_words_recalls_history(language: str, title: str, body: str) -> None:
    assert acts_of(language, title, body) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("az", "Azərbaycan ilə Gürcüstan arasında beş il müddətinə turizm sahəsində əməkdaşlıq haqqında saziş "
               "imzalanıb",
         {("signed", None, ("AZ", "GE"))}),
        ("ru", "Грузия ратифицировала соглашение с Азербайджаном о туризме сроком на пять лет",
         {("ratified", "GE", ("AZ", "GE"))}),
        ("ru", "Азербайджан и Грузия подписали соглашение о туризме на пять лет", {("signed", None, ("AZ", "GE"))}),
    ],
)
def test_a_period_in_words_is_no_anniversary(language: str, title: str, expected: set) -> None:
    assert acts_of(language, title) == expected
