"""Treaties named by an abbreviation or a nickname (events.yaml treaty_types, treaties.yaml names).

ru: ПТС (преференциальное торговое соглашение) and ССТ (соглашение о свободной торговле) are agreements, as en
"FTA"/"CEPA" are; ДОВСЕ is the CFE Treaty. An abbreviation in capitals the dictionary does not know is an
indeclinable noun whose lemma is itself ("из ДОВСЕ" is not a case of a guessed "довёс"; words.words_of). СРП, an
oil company's production sharing agreement, stays none. The Apostille Convention's nicknames ("Апостильная
конвенция", "Гаагская апостильная конвенция", "Конвенция об апостиле"; en "Apostille Convention", az "Haaqa
Apostil Konvensiyası") are its names in the gazetteer, in any case.

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


def _events(language: str, title: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return {(e.action, e.actor, tuple(sorted(e.parties))) for e in events_of(language, title, published=PUBLISHED)}


@pytest.mark.parametrize(("title", "event"), [
    ("ПТС между Азербайджаном и Пакистаном вступило в силу", ("entered_into_force", None, ("AZ", "PK"))),
    ("Азербайджан и Пакистан подписали ПТС", ("signed", None, ("AZ", "PK"))),
    ("ПТС между Азербайджаном и Пакистаном подписано в Исламабаде", ("signed", None, ("AZ", "PK"))),
    ("Грузия и Турция подписали протокол к ССТ", ("signed", None, ("GE", "TR"))),
    ("Парламент Грузии ратифицировал протокол к ССТ с Турцией", ("adopted_by_parliament", "GE", ("GE", "TR"))),
    ("Азербайджан и Грузия подписали ССТ", ("signed", None, ("AZ", "GE"))),
    ("Россия вышла из ДОВСЕ", ("denounced", "RU", ("AZ", "RU"))),
    ("Белоруссия денонсировала ДОВСЕ", ("denounced", "BY", ("AZ", "BY"))),
])
def test_ru_a_treaty_by_its_abbreviation(title: str, event: tuple[str, str | None, tuple[str, ...]]) -> None:
    assert _events("ru", title) == {event}


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "SOCAR и bp подписали дополнение к СРП"),
    ("ru", "SOCAR и bp подписали новое СРП по блоку месторождений"),
    ("en", "SOCAR and bp sign amendment to the PSA"),
    ("az", "SOCAR və bp HPBS-yə əlavə imzalayıb"),
])
def test_a_companies_contract_by_its_abbreviation_is_none(language: str, title: str) -> None:
    assert _events(language, title) == set()


@pytest.mark.parametrize(("language", "title", "action"), [
    ("ru", "Туркменистан присоединился к Апостильной конвенции", "acceded"),
    ("ru", "Туркменистан присоединился к Гаагской апостильной конвенции", "acceded"),
    ("ru", "Для Туркменистана вступила в силу Апостильная конвенция", "entered_into_force"),
    ("ru", "Туркменистан присоединился к Конвенции об апостиле", "acceded"),
    ("en", "Turkmenistan joins Apostille Convention", "acceded"),
    ("en", "Turkmenistan joins Hague Apostille Convention", "acceded"),
    ("az", "Türkmənistan Apostil Konvensiyasına qoşulub", "acceded"),
    ("az", "Türkmənistan Haaqa Apostil Konvensiyasına qoşulub", "acceded"),
])
def test_the_apostille_convention_by_its_nickname(language: str, title: str, action: str) -> None:
    events = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.actor, e.treaty_id) for e in events] == [(action, "TM", "hcch-apostille")]


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Кыргызстан намерен присоединиться к Апостильной конвенции"),
    ("ru", "МИД Туркменистана опроверг сообщения о присоединении к Апостильной конвенции"),
    ("ru", "Электронный ПТС вступил в силу с 1 ноября"),
    ("en", "Kyrgyzstan plans to join Apostille Convention"),
    ("az", "Qırğızıstan Apostil Konvensiyasına qoşulmağı planlaşdırır"),
])
def test_no_act_on_a_nicknamed_treaty_stays_none(language: str, title: str) -> None:
    assert _events(language, title) == set()


# az prints the agreements en knows by their abbreviations ("CEPA", "FTA", "DTA") in Latin letters, its case suffix
# after a hyphen ("CEPA-nı", "FTA-ya"); the abbreviation's own last letters are no case ("FTA", "DTA" end in "-ta").
@pytest.mark.parametrize(("language", "title", "event"), [
    ("az", "Birləşmiş Ərəb Əmirlikləri Azərbaycanla CEPA-nı təsdiqləyib", ("approved_by_law", "AE", ("AE", "AZ"))),
    ("en", "UAE approves CEPA with Azerbaijan", ("approved_by_law", "AE", ("AE", "AZ"))),
    ("az", "Azərbaycan və BƏƏ CEPA imzalayıb", ("signed", None, ("AE", "AZ"))),
    ("en", "Azerbaijan, UAE sign CEPA", ("signed", None, ("AE", "AZ"))),
    ("az", "Gürcüstan və Çin arasında FTA qüvvəyə minib", ("entered_into_force", None, ("CN", "GE"))),
    ("en", "FTA between Georgia and China enters into force", ("entered_into_force", None, ("CN", "GE"))),
])
def test_an_agreement_by_its_latin_abbreviation(language: str, title: str,
                                                event: tuple[str, str | None, tuple[str, ...]]) -> None:
    assert _events(language, title) == {event}


@pytest.mark.parametrize(("language", "title"), [
    ("az", "Azərbaycan və BƏƏ CEPA-nı imzalayacaq"),
    ("az", "Azərbaycan və BƏƏ CEPA üzrə danışıqlara başlayıb"),
    ("en", "Azerbaijan, UAE to sign CEPA"),
])
def test_no_act_on_an_abbreviated_agreement_stays_none(language: str, title: str) -> None:
    assert _events(language, title) == set()
