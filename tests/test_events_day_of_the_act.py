"""The day of an act printed by words other than its date (pipeline/events/dates.py, events.yaml ``act_restated``):
ru "накануне" and az "ötən gün" as "yesterday" (ru "накануне" before a noun is "on the eve of" it: no day); a full
date printed right before the name it dates (az "... tarixli", en "the November 23, 2007 Convention") lends no
year to a later date of the act; in en/ru a participle clause set off by commas after the verb ("the Agreement ...,
signed in Moscow on January 22, 1993, his press service said on Tuesday") keeps its own date and claims no later
one, so the day the act was reported dates it; az "saxlanca verilib" (given for keeping) restates a deposit's day.
Sentences are written here, in the agencies' styles; none is taken from a dev set."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.dates import find_dates, find_day_words
from tests.events_support import events_of

PUBLISHED = "2026-05-12T10:00:00+04:00"
DAY_BEFORE = date(2026, 5, 11)


@pytest.mark.parametrize(("language", "title", "lead"), [
    ("ru", "Казахстан подписал конвенцию ООН против киберпреступности",
     "Постоянный представитель Казахстана при ООН накануне подписал в Нью-Йорке Конвенцию Организации Объединенных "
     "Наций против киберпреступности."),
    ("ru", "Казахстан подписал конвенцию ООН против киберпреступности",
     "Накануне в Нью-Йорке Казахстан подписал Конвенцию Организации Объединенных Наций против киберпреступности."),
    ("ru", "Казахстан подписал конвенцию ООН против киберпреступности",
     "Конвенцию Организации Объединенных Наций против киберпреступности Казахстан подписал накануне."),
    ("az", "Qazaxıstan BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını imzalayıb",
     "Qazaxıstanın BMT-dəki daimi nümayəndəsi ötən gün Nyu-Yorkda BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını "
     "imzalayıb."),
    ("en", "Kazakhstan signs UN convention against cybercrime",
     "Kazakhstan's permanent representative to the UN yesterday signed the United Nations Convention against "
     "Cybercrime in New York."),
])
def test_the_day_before_is_the_act_s_day(language: str, title: str, lead: str) -> None:
    assert [e.act_date for e in events_of(language, title, lead, published=PUBLISHED)] == [DAY_BEFORE]


@pytest.mark.parametrize("text", [
    "накануне визита президента", "накануне его визита", "накануне 9 мая", "накануне саммита ОДКБ",
    "ötən günlərdə", "ötən həftə",
])
def test_the_eve_of_something_is_no_day(text: str) -> None:
    assert find_day_words(text, date(2026, 5, 12)) == []


@pytest.mark.parametrize("text", ["накануне подписал", "Накануне в Нью-Йорке", "подписали накануне.",
                                  "накануне вечером", "ötən gün imzalanıb"])
def test_the_day_before_in_words(text: str) -> None:
    assert [d.day for d in find_day_words(text, date(2026, 5, 12))] == [DAY_BEFORE]


@pytest.mark.parametrize(("text", "act_day"), [
    ("Gürcüstan 2007-ci il 23 noyabr tarixli Konvensiyaya qoşulma sənədini aprelin 22-də təhvil verib.",
     date(2026, 4, 22)),
    ("Gürcüstan 23 noyabr 2007-ci il tarixli Konvensiyaya qoşulma sənədini aprelin 22-də təhvil verib.",
     date(2026, 4, 22)),
    ("Georgia deposited its instrument of accession to the November 23, 2007 Hague Convention on April 22.",
     date(2026, 4, 22)),
    ("Georgia deposited its instrument of accession to the 23 November 2007 Convention on 22 April.",
     date(2026, 4, 22)),
    # not a name's date: the act's own year passes on ("signed on 23 November 2007 ... ratified on 22 April")
    ("Azərbaycan sazişi 2007-ci il 23 noyabrda imzalayıb, aprelin 22-də isə ratifikasiya edib.", date(2007, 4, 22)),
    ("The agreement was signed on 23 November 2007 and ratified on April 22.", date(2007, 4, 22)),
])
def test_a_date_before_the_name_it_dates_lends_no_year(text: str, act_day: date) -> None:
    assert find_dates(text, date(2026, 4, 24))[-1].day == act_day


@pytest.mark.parametrize(("title", "body", "day"), [
    ("Türkmənistan Sinqapur Konvensiyasına qoşulub",
     "Qoşulma haqqında sənəd martın 25-də Nyu-Yorkda BMT-nin Baş katibinə saxlanca verilib.", date(2026, 3, 25)),
    ("Türkmənistan Sinqapur Konvensiyasını ratifikasiya edib",
     "Ratifikasiya sənədi martın 25-də BMT-nin Baş katibinə saxlanca verilib.", date(2026, 3, 25)),
    ("Türkmənistan Sinqapur Konvensiyasına qoşulub",
     "Türkmənistan qoşulma sənədini martın 25-də BMT-nin Baş katibinə saxlanca verib.", date(2026, 3, 25)),
])
def test_az_an_instrument_given_for_keeping_restates_the_act_s_day(title: str, body: str, day: date) -> None:
    events = events_of("az", title, "Türkmənistan Konvensiyaya qoşulub.", body, published="2026-03-27T11:00:00+04:00")
    assert [e.act_date for e in events] == [day]


def test_az_a_document_kept_elsewhere_dates_no_act() -> None:
    """The same verb of a document kept that is no instrument of the act: the act keeps its own day."""
    events = events_of("az", "Türkmənistan Sinqapur Konvensiyasına qoşulub", "Türkmənistan Konvensiyaya qoşulub.",
                       "Arxiv sənədləri martın 25-də muzeyə saxlanca verilib.", published="2026-03-27T11:00:00+04:00")
    assert [e.act_date for e in events] == [date(2026, 3, 27)]


@pytest.mark.parametrize(("language", "lead"), [
    ("en", "Kyrgyz President Sadyr Japarov has signed a law denouncing the Agreement on the Establishment of the "
           "Interstate Bank, signed in Moscow on January 22, 1993, his press service said on Tuesday."),
    ("en", "Kazakhstan has ratified the agreement with Azerbaijan on road transport, signed in Baku on 5 March 2025, "
           "the ministry said on Tuesday."),
    ("ru", "Казахстан ратифицировал соглашение с Азербайджаном об автомобильном транспорте, подписанное в Баку 5 марта "
           "2025 года, сообщила во вторник пресс-служба министерства."),
])
def test_a_participle_aside_keeps_its_date_and_the_report_s_day_dates_the_act(language: str, lead: str) -> None:
    events = events_of(language, "", lead, published="2026-04-30T11:00:00+04:00")
    assert [e.act_date for e in events] == [date(2026, 4, 28)]


@pytest.mark.parametrize(("language", "lead"), [
    ("en", "Kazakhstan has ratified the agreement with Azerbaijan on road transport signed in Baku on 28 April."),
    ("en", "Kazakhstan has ratified the agreement with Azerbaijan on road transport, signed in Baku on 28 April."),
    ("ru", "Казахстан ратифицировал соглашение с Азербайджаном об автомобильном транспорте, подписанное в Баку "
           "28 апреля."),
])
def test_a_participle_s_own_date_is_not_the_act_s(language: str, lead: str) -> None:
    events = events_of(language, "", lead, published="2026-04-30T11:00:00+04:00")
    assert [e.act_date for e in events] == [date(2026, 4, 30)]
