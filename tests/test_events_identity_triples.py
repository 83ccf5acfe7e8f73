"""Treaty identity across the three editions of one report (identity.py, treaties.yaml, the glossary). The rule a
subject key holds to: the key is made of what every edition prints of the treaty whatever its wording: the
treaty's family, its parties (two or more, as ISO codes) and its lead subject concept; never the words of a
name that one edition spells out and another abbreviates (an organisation: WIPO, ADB), nor a year or date
that dates the name. A treaty the gazetteer knows takes its id in every edition, whichever alias or full
title an edition prints. Each case is a triple written here in the agencies' styles; none is from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-09-01T12:00:00+04:00"


def _key(language: str, title: str, *paragraphs: str) -> set[str]:
    return {e.treaty_key for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


TRIPLES = {
    "apostille by its year": [
        ("en", "Turkmenistan joins 1961 Hague Convention"),
        ("ru", "Туркменистан присоединился к Гаагской конвенции 1961 года"),
        ("az", "Türkmənistan 1961-ci il Haaqa Konvensiyasına qoşulub"),
    ],
    "apostille by its title and by its year": [
        ("en", "Turkmenistan accedes to the Apostille Convention"),
        ("ru", "Туркменистан присоединился к Гаагской конвенции от 5 октября 1961 года"),
        ("az", "Türkmənistan 5 oktyabr 1961-ci il tarixli Haaqa Konvensiyasına qoşulub"),
    ],
    "mediation convention by its full title and its city": [
        ("en", "Kazakhstan ratifies UN Convention on International Settlement Agreements Resulting from Mediation"),
        ("ru", "Казахстан ратифицировал Сингапурскую конвенцию о медиации"),
        ("az", "Mediasiya nəticəsində əldə edilmiş beynəlxalq barışıq sazişləri haqqında BMT Konvensiyası "
               "ratifikasiya olunub"),
    ],
    "a WIPO treaty spelt out or abbreviated": [
        ("en", "Azerbaijan accedes to WIPO's Budapest Treaty"),
        ("ru", "Азербайджан присоединился к Будапештскому договору о международном признании депонирования "
               "микроорганизмов для целей патентной процедуры"),
        ("az", "Azərbaycan Ümumdünya Əqli Mülkiyyət Təşkilatının Budapeşt Müqaviləsinə qoşulub"),
    ],
    "an agreement with an organisation spelt out or abbreviated": [
        ("en", "Azerbaijan and WHO sign agreement on the country office in Baku"),
        ("ru", "Азербайджан и Всемирная организация здравоохранения подписали соглашение о страновом офисе"),
        ("az", "Azərbaycan və Ümumdünya Səhiyyə Təşkilatı ölkə ofisi haqqında saziş imzalayıb"),
    ],
    "the Interstate Bank agreement by its several names": [
        ("en", "Uzbekistan withdraws from 1993 Interstate Bank agreement"),
        ("ru", "Узбекистан денонсировал Соглашение об организации Межгосударственного банка"),
        ("az", "Özbəkistan Dövlətlərarası Bankın yaradılması haqqında sazişi denonsasiya edib"),
    ],
    "air services in three wordings": [
        ("en", "Azerbaijan and Malaysia sign agreement on air services"),
        ("ru", "Азербайджан и Малайзия подписали соглашение о воздушных перевозках"),
        ("az", "Azərbaycan və Malayziya hava nəqliyyatı sahəsində saziş imzalayıb"),
    ],
    "electricity in three wordings": [
        ("en", "Azerbaijan, Turkmenistan sign agreement on cooperation in the electric power sector"),
        ("ru", "Азербайджан и Туркменистан подписали соглашение о сотрудничестве в сфере электроэнергетики"),
        ("az", "Azərbaycan və Türkmənistan elektroenergetika sahəsində əməkdaşlıq haqqında saziş imzalayıb"),
    ],
}


@pytest.mark.parametrize("case", sorted(TRIPLES))
def test_the_three_editions_of_a_treaty_give_one_key(case: str) -> None:
    keys = {title: _key(language, title) for language, title in TRIPLES[case]}
    assert all(len(k) == 1 for k in keys.values()), keys
    assert len(set.union(*keys.values())) == 1, keys


@pytest.mark.parametrize(("one", "other"), [
    # Another Hague convention by its year, and another WIPO treaty.
    (("en", "Georgia joins 1961 Hague Convention"), ("en", "Georgia joins 1980 Hague Convention")),
    (("az", "Gürcüstan 1961-ci il Haaqa Konvensiyasına qoşulub"), ("az", "Gürcüstan 2007-ci il Haaqa "
                                                                       "Konvensiyasına qoşulub")),
    (("en", "Azerbaijan accedes to WIPO's Budapest Treaty"), ("en", "Azerbaijan accedes to WIPO's Riyadh Design "
                                                                   "Law Treaty")),
    # Air services and electricity between the same states are two treaties.
    (("en", "Azerbaijan and Malaysia sign agreement on air services"),
     ("en", "Azerbaijan and Malaysia sign agreement on cooperation in the electric power sector")),
])
def test_two_treaties_keep_two_keys(one: tuple[str, str], other: tuple[str, str]) -> None:
    first, second = _key(*one), _key(*other)
    assert first and second and first != second


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Georgia decides to withdraw from CIS agreement on pension guarantees"),
    ("en", "Uzbekistan withdraws from 1993 Interstate Bank agreement"),
    ("ru", "Кыргызстан денонсировал соглашение об организации Межгосударственного банка"),
    ("az", "Gürcüstan MDB-nin pensiya təminatı haqqında Sazişindən çıxmaq qərarına gəlib"),
    ("az", "Qırğızıstan Dövlətlərarası Bankın təşkili haqqında sazişi denonsasiya edib"),
])
def test_an_organisations_agreement_gets_no_home_side(language: str, title: str) -> None:
    """A foreign state's act on a treaty named after an organisation of states (CIS, the Interstate Bank) is on a
    multilateral treaty: Azerbaijan is not its other side, and every edition keys it without parties."""
    events = events_of(language, title, published=PUBLISHED)
    assert len(events) == 1 and "AZ" not in events[0].parties
    assert ":AZ-" not in events[0].treaty_key


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Kazakhstan ratifies agreement on labour migration"),
    ("ru", "Казахстан ратифицировал соглашение о трудовой миграции"),
    ("az", "Qazaxıstan əmək miqrasiyası haqqında sazişi ratifikasiya edib"),
])
def test_a_bilateral_agreement_a_foreign_state_acts_on_keeps_its_home_side(language: str, title: str) -> None:
    assert {e.parties for e in events_of(language, title, published=PUBLISHED)} == {("AZ", "KZ")}
