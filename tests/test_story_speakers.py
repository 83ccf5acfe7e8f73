"""Stories: a statement is told by its speaker (pipeline.stories.speakers). The foreign ministry's word that a
peace treaty "may be signed by the end of the year" and an expert's that it "could be signed next year", the
same afternoon, share the states, the subject and the modal "signed"; each headline names who speaks ("XİN:",
"МИД:", "says Foreign Ministry" against "Ekspert:", "Эксперт:", "analyst says"), and two kinds of speaker are
two statements. A headline naming no speaker contradicts none.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

from itertools import product

import pytest

from pipeline.stories.speakers import speakers
from tests.story_data import apart, one_story

_MINISTRY = [
    ("az", "XİN: Ermənistanla sülh müqaviləsi yaxın aylarda imzalana bilər"),
    ("ru", "МИД Азербайджана: мирный договор с Арменией может быть подписан в ближайшие месяцы"),
    ("en", "Peace treaty with Armenia may be signed in coming months, says Foreign Ministry"),
]
_EXPERT = [
    ("az", "Ekspert: Bakı ilə İrəvan arasında sülh sazişi gələn il imzalana bilər"),
    ("ru", "Политолог: мирное соглашение между Баку и Ереваном может быть подписано в будущем году"),
    ("en", "Analyst: Baku-Yerevan peace deal could be signed next year"),
]


@pytest.mark.parametrize(("language", "headline", "kind"), [
    *((language, headline, "foreign_ministry") for language, headline in _MINISTRY),
    *((language, headline, "expert") for language, headline in _EXPERT),
    ("ru", "Депутат: соглашение с Арменией может быть подписано до конца года", "lawmaker"),
    ("az", "Millət vəkili: sülh sazişi bu il imzalana bilər", "lawmaker"),
])
def test_the_speaker_is_read(language, headline, kind) -> None:
    assert speakers(headline, language) == {kind}


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan, Armenia sign peace treaty"),
    ("ru", "Азербайджан и Армения подписали мирный договор"),
    ("az", "Azərbaycan və Ermənistan sülh müqaviləsi imzalayıb"),
    ("ru", "Мидии из Каспия: новый рынок"),  # no ministry inside a word
])
def test_a_headline_without_a_speaker_names_none(language, headline) -> None:
    assert not speakers(headline, language)


def test_each_speakers_editions_are_one_story(make) -> None:
    one_story(make, _MINISTRY)
    one_story(make, _EXPERT)


@pytest.mark.parametrize(("ministry", "expert"), list(product(_MINISTRY, _EXPERT)))
def test_the_ministry_and_an_expert_are_two_statements(make, ministry, expert) -> None:
    apart(make, ministry, expert)
