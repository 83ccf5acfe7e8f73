"""Two capitals joined by a hyphen right before a treaty noun are the two sides of a bilateral document, as a pair
of states' names is ("Bakı-Bişkek sazişi" = "Azərbaycan-Qırğızıstan sazişi"; state_names._capital_pairs). A
hyphenated name before another noun is a route ("Baku-Tbilisi-Kars railway") and a lone capital before a treaty
noun a document's name ("Baku Declaration"): neither names parties. The sentences are written for these tests; the
dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts_of


@pytest.mark.parametrize(("language", "title", "parties"), [
    ("az", "İnvestisiyaların qarşılıqlı qorunması haqqında Bakı-Bişkek sazişi imzalanıb", ("AZ", "KG")),
    ("az", "Bakı-Daşkənd viza sazişi imzalanıb", ("AZ", "UZ")),
    ("en", "Baku-Bishkek investment agreement signed", ("AZ", "KG")),
    ("en", "Baku – Tashkent visa agreement signed", ("AZ", "UZ")),
    # a capital whose own name has a hyphen is one side
    ("az", "Bakı-Ər-Riyad investisiya sazişi imzalanıb", ("AZ", "SA")),
    ("az", "Əbu-Dabi-Bakı hava nəqliyyatı sazişi imzalanıb", ("AE", "AZ")),
    ("en", "Baku–Kuala-Lumpur visa agreement signed", ("AZ", "MY")),
])
def test_a_hyphenated_pair_of_capitals_names_the_parties(language: str, title: str,
                                                         parties: tuple[str, ...]) -> None:
    assert acts_of(language, title) == {("signed", None, parties)}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Baku-Tbilisi-Kars railway operators sign agreement"),
    ("az", "Bakı-Tbilisi-Qars dəmir yolu operatorları saziş imzalayıb"),
    ("az", "AZAL və Aeroflot Bakı-Moskva reysləri üzrə müqavilə imzalayıb"),
    ("en", "AZAL, Uzbekistan Airways sign Baku-Tashkent flights agreement"),
])
def test_a_route_named_by_capitals_names_no_party(language: str, title: str) -> None:
    """The route's capitals are no sides of the document."""
    assert all(len(parties) < 2 for _, _, parties in acts_of(language, title))
