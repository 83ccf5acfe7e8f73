"""A treaty said to be in force from today, from yesterday or from a day of a month (events.yaml ``act_phrases``
force): "saziş bu gündən qüvvədədir", "соглашение действует с сегодняшнего дня", "the agreement is in force from
today", a headline's "действует с 20 апреля" / "aprelin 20-dən qüvvədədir" report its entry into force that day.
In force since a year, from tomorrow, from a day still to come, or not in force is no act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-04-22T12:00:00+04:00"
TODAY, YESTERDAY = date(2026, 4, 22), date(2026, 4, 21)


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş bu gündən qüvvədədir.", TODAY),
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş bu gündən etibarən qüvvədədir.", TODAY),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş dünəndən qüvvədədir.", YESTERDAY),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında protokol dünəndən etibarən qüvvədədir.",
         YESTERDAY),
        ("ru", "Соглашение между Азербайджаном и Оманом о безвизовом режиме действует с сегодняшнего дня.", TODAY),
        ("ru", "С сегодняшнего дня действует соглашение между Азербайджаном и Оманом о воздушном сообщении.", TODAY),
        ("ru", "Со вчерашнего дня действует соглашение между Азербайджаном и Оманом о воздушном сообщении.",
         YESTERDAY),
        ("ru", "Протоколы между Азербайджаном и Оманом о воздушном сообщении действуют со вчерашнего дня.",
         YESTERDAY),
        ("en", "The agreement between Azerbaijan and Oman on visa exemption is in force from today.", TODAY),
        ("en", "The agreement between Azerbaijan and Oman on air services is now in effect as of today.", TODAY),
        ("en", "The agreement between Azerbaijan and Oman on air services is in force as of yesterday.", YESTERDAY),
    ],
)
def test_in_force_from_a_day_is_the_entry_into_force_that_day(language: str, sentence: str, day: date) -> None:
    found = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties, e.act_date) for e in found] == [
        ("entered_into_force", None, ("AZ", "OM"), day)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş 2020-ci ildən qüvvədədir."),
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş sabahdan qüvvədə olacaq."),
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş hələ qüvvədə deyil."),
        ("ru", "Соглашение между Азербайджаном и Оманом о безвизовом режиме действует с 2020 года."),
        ("ru", "Соглашение между Азербайджаном и Оманом о безвизовом режиме будет действовать с завтрашнего дня."),
        ("ru", "Соглашение между Азербайджаном и Оманом о безвизовом режиме не действует с сегодняшнего дня."),
        ("en", "The agreement between Azerbaijan and Oman on visa exemption is in force since 2020."),
        ("en", "The agreement between Azerbaijan and Oman on visa exemption will be in force from tomorrow."),
        ("en", "The agreement between Azerbaijan and Oman on visa exemption is not in force from today."),
    ],
)
def test_in_force_since_long_ago_or_not_yet_is_no_act(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


APRIL_20 = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении действует с 20 апреля"),
        ("ru", "С 20 апреля действует соглашение между Азербайджаном и Оманом о безвизовом режиме"),
        ("ru", "Протоколы между Азербайджаном и Оманом о воздушном сообщении действуют с 20 апреля"),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş aprelin 20-dən qüvvədədir"),
        ("az", "Azərbaycan ilə Oman arasında vizasız rejim haqqında saziş aprelin 20-dən etibarən qüvvədədir"),
        ("en", "Azerbaijan-Oman air services agreement in force since 20 April"),
        ("en", "Azerbaijan-Oman air services agreement in force since April 20"),
    ],
)
def test_a_headline_in_force_from_a_day_of_a_month_is_the_entry_into_force_that_day(language: str,
                                                                                    title: str) -> None:
    """A headline with no other verb: "действует с 20 апреля", "aprelin 20-dən qüvvədədir", "in force since
    20 April" (en: english._since_a_day)."""
    found = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties, e.act_date) for e in found] == [
        ("entered_into_force", None, ("AZ", "OM"), APRIL_20)]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении действует с 20 апреля 2015 года"),
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении будет действовать с 20 мая"),
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении не действует с 20 апреля"),
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении действует с 2015 года"),
        ("ru", "Соглашение между Азербайджаном и Оманом о воздушном сообщении действует с 1 июня"),  # to come
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş iyunun 1-dən qüvvədədir"),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş 2015-ci il aprelin 20-dən qüvvədədir"),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş mayın 20-dən qüvvədə olacaq"),
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında saziş 2015-ci ildən qüvvədədir"),
        ("en", "Azerbaijan-Oman air services agreement in force since 2015"),
        ("en", "Azerbaijan-Oman air services agreement to be in force from 20 May"),
    ],
)
def test_in_force_from_a_day_of_another_year_or_to_come_is_no_act(language: str, title: str) -> None:
    """A year printed with the day, a future verb, or a day after publication (1 June of an item of 22 April)."""
    assert events_of(language, title, published=PUBLISHED) == ()
