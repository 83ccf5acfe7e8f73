"""A year that dates an act long past, where English prints it (dates.find_periods, extract._event):

* fronted with a capital "In" at the sentence's start ("In 2019 the two ministries signed ...", "In January 2021,
  ...") as in the middle ("signed ... in 2019"); ru "В 2019 году" and az "2019-cu ildə" were read already;
* after its verb and before a clause break that opens the next verb's clause ("signed ... in 2024; both parliaments
  ratified it", "was signed in Ankara in October 2025 and ratified by ..."): the first verb's, however near the
  second verb stands. az prints a verb's date before it, so there the break decides nothing.

Either way the act is background. Same shapes that stay news: a place or this year's month after "In", and a
date of the verb's own after the break.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-04-14T12:00:00+04:00"


def _signed(language: str, sentence: str) -> list[str]:
    return [str(e.act_date) for e in events_of(language, "News", sentence, published=PUBLISHED)
            if e.action == "signed"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In 2019 Azerbaijan and Uzbekistan signed a memorandum on cooperation in vocational education."),
        ("en", "In January 2021, Azerbaijan and Turkmenistan signed a memorandum on the joint development of the "
               "Dostlug field."),
        ("en", "In November 2024, on the sidelines of COP29, Azerbaijan, Kazakhstan and Uzbekistan signed an "
               "agreement on strategic partnership in green energy."),
        ("en", "In 2022, the agreement on strategic partnership in green energy was signed with Georgia."),
        ("ru", "В 2019 году Азербайджан и Узбекистан подписали меморандум о сотрудничестве в сфере "
               "профессионального образования."),
        ("az", "2019-cu ildə Azərbaycan və Özbəkistan peşə təhsili sahəsində əməkdaşlıq haqqında memorandum "
               "imzalayıb."),
    ],
)
def test_a_fronted_year_long_past_is_background(language: str, sentence: str) -> None:
    assert _signed(language, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tashkent, Azerbaijan and Uzbekistan signed a memorandum on cooperation in vocational education.",
        "In April, Azerbaijan and Uzbekistan signed a memorandum on cooperation in vocational education.",
        "In 2026 Azerbaijan and Uzbekistan signed a memorandum on cooperation in vocational education.",
    ],
)
def test_a_fronted_place_or_this_years_month_stays_news(sentence: str) -> None:
    assert _signed("en", sentence) == ["2026-04-14"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Azerbaijan and Uzbekistan signed the Treaty on Allied Relations in 2024; both parliaments ratified "
               "it early the following year."),
        ("en", "The agreement with Uzbekistan was signed in Ankara in October 2025 and ratified by the Oliy Majlis "
               "in February."),
        ("en", "Azerbaijan signed the agreement with Georgia in 2024 and ratified it on Tuesday."),
        ("ru", "Азербайджан и Узбекистан подписали Договор о союзнических отношениях в 2024 году; оба парламента "
               "ратифицировали его в начале следующего года."),
        ("ru", "Соглашение с Узбекистаном было подписано в Анкаре в октябре 2025 года и ратифицировано Олий "
               "Мажлисом в феврале."),
        ("az", "Özbəkistanla saziş 2025-ci ilin oktyabrında Ankarada imzalanıb və fevralda Ali Məclis tərəfindən "
               "ratifikasiya edilib."),
    ],
)
def test_a_date_before_the_next_verbs_clause_is_the_first_verbs(language: str, sentence: str) -> None:
    assert _signed(language, sentence) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The agreement with Uzbekistan was signed in Ankara on 10 April and ratified by the Oliy Majlis in "
               "October 2025."),
        ("en", "The protocol with Georgia was signed on 10 April; the agreement it amends was signed in 2010."),
        ("ru", "Протокол с Грузией подписан 10 апреля; соглашение, которое он изменяет, подписано в 2010 году."),
    ],
)
def test_the_verbs_own_date_before_the_break_stays_its_own(language: str, sentence: str) -> None:
    assert _signed(language, sentence) == ["2026-04-10"]
