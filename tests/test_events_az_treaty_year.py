"""A treaty named by its year right before its noun, with no place ("Dövlətlərarası Bankın təsis edilməsi haqqında
1993-cü il sazişi"): the year is the name's, so the name goes on to its left (az_names.az_extent), as it does for a
name by year and place ("1958-ci il Nyu-York Konvensiyası"); en "the 1993 agreement on the establishment of the
Interstate Bank" and ru "соглашение 1993 года" keep the year in the name too. The act's year in the locative
("1993-cü ildə ... saziş imzalayıb") still ends the name.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

BANK = "interstate-bank-1993"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Qırğızıstan Dövlətlərarası Bankın təsis edilməsi haqqında 1993-cü il sazişindən çıxır"),
        ("az", "Qırğızıstan Dövlətlərarası Bankın təsis edilməsi haqqında 1993-cü il sazişindən çıxıb"),
        ("az", "Japarov Dövlətlərarası Bankın təsis edilməsi haqqında 1993-cü il sazişinin denonsasiya edilməsi barədə "
               "qanunu imzalayıb"),
        ("az", "Japarov Dövlətlərarası Bankın təsis edilməsi haqqında 1993-cü il sazişinin denonsasiyası barədə "
               "qanunu imzaladı"),
        ("en", "Kyrgyzstan withdraws from the 1993 Agreement on the Establishment of the Interstate Bank"),
    ],
)
def test_the_year_before_the_noun_is_the_names(language: str, title: str) -> None:
    (event,) = events_of(language, title)
    assert (event.action, event.actor, event.treaty_id) == ("denounced", "KG", BANK)


def test_the_acts_year_ends_the_name() -> None:
    (event,) = events_of("az", "Azərbaycan 2026-cı ildə hava nəqliyyatı haqqında saziş imzalayıb",
                         published="2026-05-01T12:00:00+04:00")
    assert "2026" not in event.treaty_name
