""""New" or "first" before a possessor in a name's subject is the subject's, not the treaty's
(az_names._new_in_the_subject): "Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisi haqqında saziş" is the
agreement on building a new bridge, and the whole of it is the name. Before the treaty noun ("yeni saziş", "yeni
əməkdaşlıq sazişi") "yeni" is the treaty's and still ends the name on its left. en and ru read the subject after the
treaty noun, so the sweep holds their names whole too."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "action", "words"),
    [
        ("az", "Milli Məclis Gürcüstanla Xrami çayı üzərində yeni körpünün tikintisi haqqında sazişi ratifikasiya edib",
         "adopted_by_parliament", ("Gürcüstanla", "Xrami", "yeni körpünün")),
        ("az", "Milli Məclis Gürcüstanla Kür çayı üzərində yeni körpünün istismarı haqqında sazişi təsdiqləyib",
         "adopted_by_parliament", ("Gürcüstanla", "Kür", "yeni körpünün")),
        ("az", "Gürcüstanla yeni körpünün tikintisi haqqında saziş imzalanıb", "signed", ("Gürcüstanla", "yeni")),
        ("az", "Azərbaycan ilə Gürcüstan arasında yeni körpünün tikintisi haqqında saziş qüvvəyə minib",
         "entered_into_force", ("arasında", "yeni körpünün")),
        ("az", "Azərbaycan və Gürcüstan yeni sərhəd keçid məntəqəsinin açılması haqqında saziş imzalayıb", "signed",
         ("yeni sərhəd",)),
        ("az", "Prezident Gürcüstanla ilk sərhəd keçid məntəqəsinin açılması haqqında sazişi təsdiqləyib",
         "approved_by_law", ("Gürcüstanla", "ilk sərhəd")),
        ("en", "Parliament ratifies agreement with Georgia on construction of new bridge over Khrami river",
         "adopted_by_parliament", ("Georgia", "new bridge", "Khrami")),
        ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о строительстве нового моста через реку Храми",
         "adopted_by_parliament", ("Грузией", "нового моста", "Храми")),
    ],
)
def test_new_before_the_subject_stays_in_the_name(language: str, title: str, action: str,
                                                  words: tuple[str, ...]) -> None:
    found = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.parties) for e in found] == [(action, ("AZ", "GE"))], found
    assert all(word in found[0].treaty_name for word in words), found[0].treaty_name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Azərbaycan yeni saziş imzalayıb", "saziş"),
        ("Azərbaycan və Gürcüstan yeni əməkdaşlıq sazişi imzalayıb", "əməkdaşlıq sazişi"),
        ("Azərbaycan və Gürcüstan gömrük haqqında yeni saziş imzalayıb", "gömrük haqqında yeni saziş"),
    ],
)
def test_new_before_the_treaty_noun_still_ends_the_name(title: str, name: str) -> None:
    found = events_of("az", title, published=PUBLISHED)
    assert [e.treaty_name for e in found] == [name], found


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan Gürcüstanla yeni sərhəd keçid məntəqəsinin açılması haqqında saziş imzalayacaq",
        "SOCAR və BP yeni yatağın işlənməsi haqqında saziş imzalayıb",
        "Azərbaycan yeni körpünün tikintisi haqqında danışıqlar aparır",
    ],
)
def test_same_shape_without_a_states_act_is_no_event(title: str) -> None:
    assert events_of("az", title, published=PUBLISHED) == ()
