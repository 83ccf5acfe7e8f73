"""Stories: editions that name one instrument or one party in words no other edition prints.

- A declaration named after the home capital ("Baku Declaration", "Bakı Bəyannaməsi", "Бакинская декларация"):
  the capital opens glossary phrases ("Baku-Tbilisi-Kars", "Baku and Brussels"), which no longer keeps it out of
  the instrument's name key (names._instrument_keys).
- An Azerbaijani title whose capitalised subject runs to a verbal noun before its postposition ("Sadələşdirilmiş
  Gömrük Dəhlizinin yaradılması haqqında Saziş"): its words are the subject, not a place (names._SUBJECT_AFTER).
- Treaty names the glossary reads now: the citizens' mutual trips (the visa regime), film co-production, an
  organisation's country office, a convention's popular name after its town (Macolin: sport).
- An organisation's acronym that is a common word, read in capitals only ("ÜST", "WHO": glossary acronyms).

Sentences written for these tests; negatives of the same shape on the same day: another organisation's
declaration of that name, another agreement or convention in force or signed, another organisation's agreement."""

from __future__ import annotations

import pytest

from pipeline.glossary import terms
from tests.story_data import DAY, apart, one_story

_BAKU_DECLARATION = [
    ("ru", "Лидеры стран ОТГ подписали Бакинскую декларацию",
     "Главы государств Организации тюркских государств подписали на саммите в Габале Бакинскую декларацию."),
    ("az", "Türk Dövlətləri Təşkilatının Zirvəsində Bakı Bəyannaməsi qəbul olunub",
     "Dövlət başçıları Bakı Bəyannaməsini imzalayıblar."),
    ("en", "OTS heads of state sign Baku Declaration",
     "The leaders of the Organization of Turkic States signed the Baku Declaration at their summit in Gabala."),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_declaration_named_after_the_home_capital_is_one_story(make, order) -> None:
    one_story(make, [_BAKU_DECLARATION[k] for k in order])


@pytest.mark.parametrize("other", [
    ("en", "CIS heads of state sign Baku Declaration",
     "The leaders of the Commonwealth of Independent States signed the Baku Declaration at their summit."),
    ("az", "MDB Zirvəsində Bakı Bəyannaməsi qəbul olunub"),
])
def test_another_organisations_declaration_of_that_name_stays_apart(make, other) -> None:
    apart(make, _BAKU_DECLARATION[2], other, DAY)
    apart(make, _BAKU_DECLARATION[1], other, DAY)


def test_an_azerbaijani_subject_running_to_a_verbal_noun_is_the_subject() -> None:
    from pipeline.stories.headlines import subjects

    title = "Sammitdə Vahid Tranzit Rejiminin tətbiq edilməsi haqqında Saziş imzalanıb"
    assert "transit" in subjects(title, "az")


_CORRIDOR = [
    ("az", "TDT Zirvəsində Sadələşdirilmiş Gömrük Dəhlizinin yaradılması haqqında Saziş imzalanıb"),
    ("ru", "На саммите ОТГ подписано соглашение об упрощенном таможенном коридоре"),
    ("en", "Turkic states sign deal on simplified customs corridor at summit"),
]


def test_a_capitalised_subject_before_a_verbal_noun_meets_the_other_editions(make) -> None:
    one_story(make, _CORRIDOR)


_TRIPS = [
    ("ru", "Вступило в силу соглашение с Латвией о взаимных поездках граждан"),
    ("az", "Latviya ilə vətəndaşların qarşılıqlı səfərləri haqqında saziş qüvvəyə minib"),
    ("en", "Riga-Baku mutual trips agreement enters into force"),
]


def test_an_agreement_on_the_citizens_mutual_trips_is_one_story(make) -> None:
    one_story(make, _TRIPS)


def test_leaders_mutual_visits_are_no_visa_subject() -> None:
    assert "visa_exemption" not in terms("Prezidentlərin qarşılıqlı səfərləri əlaqələri gücləndirir", "az").concepts


@pytest.mark.parametrize("other", [
    ("az", "Latviya ilə sosial təminat haqqında saziş qüvvəyə minib"),
    ("en", "Riga-Baku social security agreement enters into force"),
])
def test_another_agreement_with_that_state_in_force_that_day_stays_apart(make, other) -> None:
    apart(make, _TRIPS[0], other, DAY)
    apart(make, _TRIPS[2], other, DAY)


_FILM = [
    ("az", "Kinematoqrafiya sahəsində birgə istehsal haqqında Avropa Konvensiyası Azərbaycan üçün qüvvəyə minib"),
    ("en", "European film co-production convention takes effect for Azerbaijan"),
    ("ru", "Для Азербайджана вступила в силу Европейская конвенция о совместном кинопроизводстве"),
]


def test_a_film_co_production_convention_in_force_is_one_story(make) -> None:
    one_story(make, _FILM)


def test_another_convention_in_force_for_azerbaijan_that_day_stays_apart(make) -> None:
    other = ("en", "European landscape convention takes effect for Azerbaijan")
    apart(make, _FILM[0], other, DAY)
    apart(make, _FILM[1], other, DAY)


_WHO_OFFICE = [
    ("az", "ÜST ilə ölkə ofisi haqqında saziş imzalanıb"),
    ("ru", "Азербайджан и ВОЗ подписали соглашение о страновом офисе"),
    ("en", "WHO, Azerbaijan sign country office agreement"),
]


def test_an_organisations_acronym_in_capitals_names_it_and_its_country_office_agreement_is_one_story(make) -> None:
    one_story(make, _WHO_OFFICE)


def test_the_acronyms_common_words_in_lower_case_name_no_organisation() -> None:
    assert not terms("Who signed the agreement on the upper floor?", "en").organisations
    assert not terms("Sazişi binanın üst mərtəbəsində imzalayıblar", "az").organisations


@pytest.mark.parametrize("other", [
    ("az", "UNICEF ilə ölkə proqramı haqqında saziş imzalanıb"),
    ("en", "UNICEF, Azerbaijan sign country office agreement"),
])
def test_another_organisations_agreement_stays_apart(make, other) -> None:
    apart(make, _WHO_OFFICE[0], other, DAY)
    apart(make, _WHO_OFFICE[2], other, DAY)


_MACOLIN = [
    ("ru", "Азербайджан подписал конвенцию о борьбе с манипулированием спортивными соревнованиями"),
    ("en", "Azerbaijan signs Macolin Convention"),
    ("az", "Azərbaycan idman yarışlarının manipulyasiyasına qarşı konvensiyanı imzalayıb"),
]


def test_a_convention_named_after_its_town_meets_the_editions_naming_its_subject(make) -> None:
    one_story(make, _MACOLIN)


def test_another_convention_signed_that_day_stays_apart(make) -> None:
    apart(make, _MACOLIN[1], ("en", "Azerbaijan signs Lanzarote Convention"), DAY)
    apart(make, _MACOLIN[1], ("az", "Azərbaycan kibercinayətkarlıq haqqında konvensiyanı imzalayıb"), DAY)
