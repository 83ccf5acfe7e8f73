""""yeni"/"ilk" (new, first) inside an az treaty name's subject, before a possessor ("Xrami çayı üzərində yeni
körpünün tikintisi haqqında saziş": the building of a new bridge): the words before it stay in the name
(az_names._new_in_the_subject), as en "agreement on construction of a new bridge over the Khrami" and ru "о
строительстве нового моста" keep them. Before a subject with no possessor, or before the noun itself ("yeni saziş
imzalayıb"), the word is the act's and still ends the name on its left.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("az", "Milli Məclis Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisi haqqında sazişi ratifikasiya edib",
         ("Xrami", "yeni", "körpünün")),
        ("az", "Milli Məclis Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisi barədə sazişi təsdiqləyib",
         ("Xrami", "körpünün")),
        ("az", "Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisi haqqında saziş imzalanıb",
         ("Xrami", "körpünün")),
        ("az", "Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisinə dair saziş imzalandı", ("Xrami", "körpünün")),
        ("az", "Azərbaycan və Gürcüstan yeni sərhəd keçid məntəqəsinin açılması haqqında saziş imzalayıb",
         ("yeni", "məntəqəsinin")),
        ("az", "İranla Araz çayı üzərində ilk avtomobil körpüsünün tikintisi üzrə saziş imzalanıb",
         ("Araz", "körpüsünün")),
        ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о строительстве нового моста через реку Храми",
         ("нового", "Храми")),
        ("en", "Milli Majlis ratifies agreement with Georgia on construction of new bridge over Khrami river",
         ("new", "Khrami")),
    ],
)
def test_new_before_a_possessor_is_the_names(language: str, title: str, words: tuple[str, ...]) -> None:
    (event,) = events_of(language, title)
    assert all(word in event.treaty_name for word in words)


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan yeni hava nəqliyyatı haqqında saziş imzalayıb",
        "Azərbaycan və Gürcüstan yeni saziş imzalayıb",
        "Azərbaycan Gürcüstanla yeni hava əlaqəsi barədə saziş imzalayıb",
    ],
)
def test_new_before_the_act_ends_the_name(title: str) -> None:
    (event,) = events_of("az", title)
    assert "yeni" not in event.treaty_name and not event.treaty_name.startswith("Azərbaycan ")
