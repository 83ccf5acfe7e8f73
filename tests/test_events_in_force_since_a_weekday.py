"""A treaty in force since a day of this week (events.yaml ``act_phrases`` force, english ``_verbless_in_force``):
"saziş çərşənbədən qüvvədədir", "соглашение действует со среды", "the agreement is in force since Wednesday", and
the headline that drops its verb, "Azerbaijan-Kazakhstan road transport agreement in force since Wednesday", report
its entry into force on that day. In force since a year, from a day to come, or not in force is no act.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-21T11:00:00+04:00"  # a Thursday
MONDAY, TUESDAY, WEDNESDAY = date(2026, 5, 18), date(2026, 5, 19), date(2026, 5, 20)


@pytest.mark.parametrize(
    ("language", "title", "day"),
    [
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş çərşənbədən qüvvədədir",
         WEDNESDAY),
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş çərşənbə günündən qüvvədədir",
         WEDNESDAY),
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş bazar ertəsindən etibarən "
               "qüvvədədir", MONDAY),
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş çərşənbə axşamından "
               "qüvvədədir", TUESDAY),
        ("ru", "Соглашение между Азербайджаном и Казахстаном об автомобильном транспорте действует со среды",
         WEDNESDAY),
        ("ru", "С понедельника действует соглашение между Азербайджаном и Казахстаном об автомобильном транспорте",
         MONDAY),
        ("ru", "Соглашения между Азербайджаном и Казахстаном об автомобильном транспорте действуют со вторника",
         TUESDAY),
        ("en", "The agreement between Azerbaijan and Kazakhstan on road transport is in force since Wednesday",
         WEDNESDAY),
        ("en", "The agreement between Azerbaijan and Kazakhstan on road transport has been in force since Monday",
         MONDAY),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since Wednesday", WEDNESDAY),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since Tuesday", TUESDAY),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since May 18", MONDAY),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since 20 May", WEDNESDAY),
    ],
)
def test_in_force_since_a_weekday_is_the_entry_into_force_that_day(language: str, title: str, day: date) -> None:
    found = events_of(language, title, published=PUBLISHED)
    assert [(e.action, e.actor, e.parties, e.act_date) for e in found] == [
        ("entered_into_force", None, ("AZ", "KZ"), day)]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş çərşənbədən qüvvədə olacaq"),
        ("az", "Azərbaycan ilə Qazaxıstan arasında avtomobil nəqliyyatı haqqında saziş 2010-cu ildən qüvvədədir"),
        ("ru", "Соглашение между Азербайджаном и Казахстаном об автомобильном транспорте будет действовать со среды"),
        ("ru", "Соглашение между Азербайджаном и Казахстаном об автомобильном транспорте действует с 2010 года"),
        ("ru", "Соглашение между Азербайджаном и Казахстаном об автомобильном транспорте не действует со среды"),
        ("en", "The agreement between Azerbaijan and Kazakhstan on road transport will be in force from Wednesday"),
        ("en", "The agreement between Azerbaijan and Kazakhstan on road transport is not in force since Wednesday"),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since 2010"),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since 20 May 2010"),
        ("en", "Azerbaijan-Kazakhstan road transport agreement not in force since Wednesday"),
        ("en", "Azerbaijan-Kazakhstan road transport agreement in force since Wednesday boosts trade"),
    ],
)
def test_in_force_since_a_year_or_not_yet_is_no_act(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()
