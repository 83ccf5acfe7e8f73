"""Stories: a state opening a headline as a place, not an actor (headline_parties._a_place_not_an_actor), and an entry
into force that nobody does (vetoes._in_force_together).

A state right after a preposition ("To China ...", "В Китай ...", "Из Узбекистана ...") or, in Azerbaijani, in
the dative, locative or ablative ("Çinə ...", "Özbəkistana təhvil verilib", "Gürcüstanda ...") is where
something goes or happens: read as the acting state, it vetoed the editions naming that state as the other
party. A bilateral treaty enters into force for both parties at once, so a headline opening with a state
adjective ("Saudi visa waiver ... now in effect") meets the edition naming that state as the partner.

Sentences written for these tests; negatives of the same shape: the state in the nominative or genitive still
acts, ratifications by each party stay apart, and another state's treaty entering into force that day."""

from __future__ import annotations

import pytest

from pipeline.events.rules import load_rules
from pipeline.stories import headline_parties
from tests.story_data import DAY, apart, one_story


def _actors(title: str, language: str) -> frozenset[str]:
    return headline_parties.actors(title, headline_parties.headline_states(title, language, load_rules()), language)


@pytest.mark.parametrize(("title", "language"), [
    ("Çinə vizasız səfərlər bu gündən mümkündür", "az"),
    ("12 məhkum Özbəkistana təhvil verilib", "az"),
    ("Rusiyaya 5 məhkum təhvil verilib", "az"),
    ("Türkiyəyə vizasız səfərlər mümkün olacaq", "az"),
    ("Gürcüstanda sazişin qüvvəyə minməsi ilə bağlı tədbir keçirilib", "az"),
    ("Qazaxıstandan 20 məhkum Azərbaycana gətirilib", "az"),
    ("В Китай без виз с сегодняшнего дня", "ru"),
    ("Из Узбекистана передали 12 осужденных", "ru"),
    ("Для Грузии вступила в силу конвенция", "ru"),
    ("To China without visas from today", "en"),
    ("In Georgia, the visa waiver takes effect", "en"),
    ("From Uzbekistan, 12 prisoners handed over", "en"),
])
def test_a_state_opening_a_headline_as_a_place_is_no_actor(title, language) -> None:
    assert _actors(title, language) == frozenset()


@pytest.mark.parametrize(("title", "language", "actor"), [
    ("Özbəkistan sazişi ratifikasiya edib", "az", "UZ"),
    ("Qazaxıstanın Senatı sazişi təsdiqləyib", "az", "KZ"),
    ("Rusiya sazişi təsdiqləyib", "az", "RU"),
    ("Ukrayna sazişi təsdiqləyib", "az", "UA"),
    ("Türkiyə sazişi ratifikasiya edib", "az", "TR"),
    ("Казахстан ратифицировал соглашение", "ru", "KZ"),
    ("Узбекистан передал Азербайджану 12 осужденных", "ru", "UZ"),
    ("China ratifies visa waiver deal", "en", "CN"),
    ("Georgia hands over 5 prisoners", "en", "GE"),
])
def test_a_state_opening_a_headline_in_the_nominative_or_genitive_still_acts(title, language, actor) -> None:
    assert _actors(title, language) == frozenset({actor})


_SAUDI = [
    ("ru", "Вступило в силу соглашение с Саудовской Аравией о безвизовом режиме для служебных паспортов"),
    ("az", "Azərbaycanla Səudiyyə Ərəbistanı arasında xidməti pasport sahibləri üçün vizasız rejim qüvvəyə minib",
     "Azərbaycan ilə Səudiyyə Ərəbistanı arasında xidməti pasport sahiblərinin vizadan azad edilməsi haqqında saziş "
     "bu gün qüvvəyə minib."),
    ("en", "Saudi visa waiver for Azerbaijani service passport holders now in effect",
     "The agreement between Azerbaijan and Saudi Arabia on visa exemption for holders of service passports "
     "entered into force today."),
]
_CHINA = [
    ("ru", "Вступило в силу соглашение с Китаем о взаимном освобождении от виз"),
    ("az", "Çinə vizasız səfərlər bu gündən mümkündür",
     "Azərbaycan ilə Çin arasında vizalardan qarşılıqlı azad olunma haqqında saziş bu gün qüvvəyə minib."),
    ("en", "Visa-free deal with Beijing takes effect",
     "The agreement between Azerbaijan and China on mutual visa exemption entered into force today."),
]


@pytest.mark.parametrize("editions", [_SAUDI, _CHINA], ids=["state adjective", "dative"])
@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_bilateral_treaty_entering_into_force_is_one_story(make, editions, order) -> None:
    one_story(make, [editions[k] for k in order])


@pytest.mark.parametrize(("one", "other"), [
    # Each party's ratification is its own act: the actor of one is the partner of the other.
    (("en", "Saudi Arabia ratifies visa waiver agreement with Azerbaijan"),
     ("en", "Milli Majlis ratifies visa waiver agreement with Saudi Arabia")),
    (("ru", "Саудовская Аравия ратифицировала соглашение с Азербайджаном о безвизовом режиме"),
     ("ru", "Милли Меджлис ратифицировал соглашение с Саудовской Аравией о безвизовом режиме")),
    (("az", "Səudiyyə Ərəbistanı Azərbaycanla vizasız rejim haqqında sazişi ratifikasiya edib"),
     ("az", "Milli Məclis Səudiyyə Ərəbistanı ilə vizasız rejim haqqında sazişi ratifikasiya edib")),
    # Another state's visa waiver entering into force that day.
    (_SAUDI[2], ("ru", "Вступило в силу соглашение с Катаром о безвизовом режиме для служебных паспортов")),
    (_CHINA[1], ("en", "Visa-free deal with Tashkent takes effect")),
    (_CHINA[2], ("az", "Qazaxıstana vizasız səfərlər bu gündən mümkündür")),
])
def test_ratifications_by_each_party_and_another_treaty_in_force_stay_apart(make, one, other) -> None:
    apart(make, one, other, DAY)
