"""Dates in running text and the one that belongs to an act (pipeline/events/dates.py)."""

from datetime import date

import pytest

from pipeline.events.dates import find_dates, find_periods, find_weekdays, nearest_date


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Baku, 23 февраля 2026 года.", None, [date(2026, 2, 23)]),
        ("on 23 February, see also Feb 24, 2026", date(2026, 2, 23), [date(2026, 2, 23), date(2026, 2, 24)]),
        ("2026-cı il 20 fevral tarixli qanun", None, [date(2026, 2, 20)]),
        ("Fevralın 24-də Bakıda qar yağacaq", date(2026, 2, 23), [date(2026, 2, 24)]),
        ("AzerTag 21.02.2026 [19:22]", None, [date(2026, 2, 21)]),
        ("15 April 2002 and April 16, 2002", None, [date(2002, 4, 15), date(2002, 4, 16)]),
        # az running text: "2002-ci il aprelin 15-də"
        ("Azərbaycan 2002-ci il aprelin 15-də Konvensiyanı ratifikasiya edib", None, [date(2002, 4, 15)]),
        # Without a reference a date without a year cannot be placed: it is not guessed.
        ("on 23 February", None, []),
        # In January, "25 декабря" is last December, not next.
        ("25 декабря", date(2026, 1, 10), [date(2025, 12, 25)]),
        # A year-less date after a full one takes its year: an anniversary item stays in its year.
        ("On 15 April 2006 the law was signed; on 20 April it was published.", date(2026, 4, 21),
         [date(2006, 4, 15), date(2006, 4, 20)]),
        ("31 February 2026", None, []),
    ],
)
def test_dates_in_three_languages(text: str, reference: date | None, expected: list[date]) -> None:
    assert [d.day for d in find_dates(text, reference)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Digits of any script are digits to the date shapes, and to the test that skips a text without one.
        "signed on ２３ February ２０２６",
        "подписано ２３ февраля ２０２６ года",
        "２０２６-cı il fevralın ２３-də imzalanıb",
    ],
)
def test_a_date_in_other_digits_is_read(text: str) -> None:
    assert [d.day for d in find_dates(text, date(2026, 2, 24))] == [date(2026, 2, 23)]


@pytest.mark.parametrize(
    "text",
    [
        # Month words with no digit: no day to read, with or without a publication day.
        "The agreement was signed in February, on the twenty-third.",
        "Соглашение подписано в феврале, двадцать третьего числа.",
        "Saziş fevralda, ayın iyirmi üçündə imzalanıb.",
        "Fevralın sonunda Konvensiya ratifikasiya edilib.",
    ],
)
def test_no_date_without_a_digit(text: str) -> None:
    assert find_dates(text, date(2026, 2, 24)) == []
    assert find_dates(text) == []


def test_a_year_less_date_is_never_far_in_the_future_of_the_publication() -> None:
    # A week's grace for announcements; beyond it, last year.
    assert [d.day for d in find_dates("on 25 March", date(2026, 3, 20))] == [date(2026, 3, 25)]
    assert [d.day for d in find_dates("on 25 May", date(2026, 3, 20))] == [date(2025, 5, 25)]


def test_weekdays_are_the_latest_such_day_up_to_the_publication() -> None:
    thursday = date(2026, 10, 22)
    assert [d.day for d in find_weekdays("в среду", thursday)] == [date(2026, 10, 21)]
    assert [d.day for d in find_weekdays("on Thursday", thursday)] == [thursday]
    assert [d.day for d in find_weekdays("cümə axşamı", thursday)] == [thursday]
    assert [d.day for d in find_weekdays("çərşənbə axşamı", thursday)] == [date(2026, 10, 20)]
    assert find_weekdays("on Monday", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed in September 2025", [date(2025, 9, 30)]),
        ("ratified in 2024", [date(2024, 12, 31)]),
        ("подписал в сентябре 2025 года", [date(2025, 9, 30)]),
        ("подписал в 2025 году", [date(2025, 12, 31)]),
        ("2025-ci ildə imzalanıb", [date(2025, 12, 31)]),
        ("2025-ci ilin sentyabrında imzalanıb", [date(2025, 9, 30)]),
        # A year that names a convention is not a period an act is dated by.
        ("the New York Convention of 1958", []),
        ("1961-ci il Haaqa Konvensiyası", []),
    ],
)
def test_periods_an_act_is_dated_by(text: str, expected: list[date]) -> None:
    assert [d.day for d in find_periods(text)] == expected


def test_a_date_belongs_to_the_nearest_verb() -> None:
    text = "Kazakhstan ratified the agreement signed in Tashkent on 14 October 2025"
    dates = find_dates(text)
    ratified, signed = text.index("ratified"), text.index("signed")
    assert nearest_date(dates, ratified, [signed]) is None
    assert nearest_date(dates, signed, [ratified]).day == date(2025, 10, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sənədi 2 noyabrda depozitə verib.", date(2026, 11, 2)),
    ("Saziş 23 fevralda imzalanıb.", date(2026, 2, 23)),
    ("Qanun 9 iyulda qüvvəyə minib.", date(2026, 7, 9)),
    ("Konvensiya 15 apreldə ratifikasiya olunub.", date(2026, 4, 15)),
    ("Protokol 2025-ci il 4 dekabrda imzalanıb.", date(2025, 12, 4)),
])
def test_az_locative_day_and_month(text: str, expected: date) -> None:
    """az "2 noyabrda" (on 2 November): the locative suffix on the month word of a day-month date."""
    assert [d.day for d in find_dates(text, date(2026, 11, 25))] == [expected]


@pytest.mark.parametrize("text", ["Sənəd 3 dənədə imzalanıb.", "Toplantı 5 otaqda keçirilib.", "В 10 зданиях"])
def test_a_locative_of_no_month_is_no_date(text: str) -> None:
    assert find_dates(text, date(2026, 11, 25)) == []
