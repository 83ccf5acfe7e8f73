"""A month printed without a year dates an act to the latest such month not after publication ("in June" in a
November item, "в мае прошлого года", "iyun ayında"): months past is background, as a month with its year is;
this month, or last month within the background days, is news (dates.find_periods). The sentences are written
for these tests, not taken from the dev set."""

from datetime import date

import pytest

from pipeline.events.dates import find_months
from tests.events_support import events_of

NOVEMBER = "2026-11-25T12:00:00+04:00"
JANUARY = "2026-01-05T12:00:00+04:00"

EN_ACTS = [
    "Azerbaijan and Uzbekistan signed the agreement on transit {when}.",
    "Uzbekistan ratified the agreement with Azerbaijan on transit {when}.",
    "Kyrgyzstan acceded to the Apostille Convention {when}.",
    "The agreement between Azerbaijan and Uzbekistan on transit entered into force {when}.",
    "The agreement on transit was signed by Azerbaijan and Uzbekistan {when}.",
]
RU_ACTS = [
    "Азербайджан и Узбекистан подписали соглашение о транзите {when}.",
    "Узбекистан ратифицировал соглашение с Азербайджаном о транзите {when}.",
    "Киргизия присоединилась к Апостильной конвенции {when}.",
    "Соглашение между Азербайджаном и Узбекистаном о транзите вступило в силу {when}.",
    "Соглашение о транзите было подписано Азербайджаном и Узбекистаном {when}.",
]
# months past in a November item: background
EN_PAST = ["in June", "in March", "in October last year", "in December last year", "in May of last year"]
RU_PAST = ["в июне", "в марте", "в октябре прошлого года", "в декабре прошлого года", "в мае прошлого года"]
# this month or last month: news
EN_NEWS = ["in November", "in October", "on 3 November", "this week"]
RU_NEWS = ["в ноябре", "в октябре", "3 ноября", "на этой неделе"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", act.format(when=when)) for act in EN_ACTS for when in EN_PAST]
    + [("ru", act.format(when=when)) for act in RU_ACTS for when in RU_PAST],
)
def test_an_act_dated_by_a_month_months_past_is_background(language, sentence):
    assert events_of(language, "", sentence, published=NOVEMBER) == ()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", act.format(when=when)) for act in EN_ACTS for when in EN_NEWS]
    + [("ru", act.format(when=when)) for act in RU_ACTS for when in RU_NEWS],
)
def test_an_act_dated_by_this_or_last_month_is_news(language, sentence):
    assert len(events_of(language, "", sentence, published=NOVEMBER)) == 1


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Kazakhstan ratified the Apostille Convention in December."),
        ("ru", "Казахстан ратифицировал Апостильную конвенцию в декабре."),
    ],
)
def test_last_december_in_a_january_item_is_not_read_as_background(language, sentence):
    assert {e.action for e in events_of(language, "", sentence, published=JANUARY)} == {"ratified"}


@pytest.mark.parametrize(
    ("language", "sentence", "action", "day"),
    [
        ("en", "The agreement on transit, signed in June, was ratified by Uzbekistan on 20 November.",
         "ratified", "2026-11-20"),
        ("ru", "Подписанное в июне соглашение о транзите Узбекистан ратифицировал 20 ноября.",
         "ratified", "2026-11-20"),
    ],
)
def test_a_month_past_in_a_participle_clause_dates_the_participle_only(language, sentence, action, day):
    assert {(e.action, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, "", sentence, published=NOVEMBER)} == {(action, day)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed in June", [date(2026, 6, 30)]),
        ("signed in November", [date(2026, 11, 30)]),
        ("signed in December", []),  # a later month than the publication's: last year's or scheduled
        ("signed in December last year", [date(2025, 12, 31)]),
        ("signed in October last year", [date(2025, 10, 31)]),
        ("signed in June 2024", []),  # a period with its year (find_periods)
        ("подписано в мае", [date(2026, 5, 31)]),
        ("подписано в мае прошлого года", [date(2025, 5, 31)]),
        ("iyun ayında imzalanıb", [date(2026, 6, 30)]),
        ("keçən ilin may ayında imzalanıb", [date(2025, 5, 31)]),
        # not a month: a place, a language, a day of a month, a month with its year read once
        ("signed in Baku", []),
        ("published in English", []),
        ("in May 12", []),
        ("подписано в Баку в сети", []),
        ("2025-ci ilin iyun ayında", []),
    ],
)
def test_months_without_a_year_as_periods(text, expected):
    assert [d.day for d in find_months(text, date(2026, 11, 25))] == expected
