"""Stories: news that is no treaty's, told by headlines naming the same states and the same subject.

A meeting of two states' border commissions, a trade figure, a tourism flow: the editions share no treaty,
act, name or date to be told by, only the states and the subject of their headlines, and came out as three
stories. Within hours, headlines naming the same two or more states and the same glossary subjects, with no
act and no treaty noun, are one story; another state, another subject, a treaty's act or a day later is
another story.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from tests.story_data import NEXT_DAY, apart, kept_apart, one_story

EDITIONS = {
    "border commissions meet (en plural adjectives, ru genitive list, az 'və')": [
        ("en", "Azerbaijani, Kyrgyz border commissions hold regular meeting"),
        ("ru", "Комиссии Азербайджана и Кыргызстана по делимитации границы провели очередное заседание"),
        ("az", "Azərbaycan və Qırğızıstan sərhəd komissiyalarının növbəti iclası keçirilib"),
    ],
    "border commissions meet (ru 'между', az 'arasında', en hyphenated pair)": [
        ("ru", "Состоялось заседание комиссий по делимитации границы между Азербайджаном и Арменией"),
        ("az", "Azərbaycan ilə Ermənistan arasında sərhədin delimitasiyası üzrə komissiyaların iclası keçirilib"),
        ("en", "Azerbaijan-Armenia border delimitation commissions meet in Gabala"),
    ],
    "trade turnover with a figure": [
        ("ru", "Товарооборот Азербайджана и Казахстана вырос на 18%"),
        ("az", "Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 18% artıb"),
        ("en", "Azerbaijan-Kazakhstan trade turnover up 18% in first quarter"),
    ],
    "tourists, the foreign state first": [
        ("en", "Number of Georgian tourists visiting Azerbaijan grows"),
        ("az", "Gürcüstandan Azərbaycana gələn turistlərin sayı artıb"),
        ("ru", "Число туристов из Грузии в Азербайджан увеличилось"),
    ],
    "three states' energy ministers": [
        ("en", "Energy ministers of Azerbaijan, Georgia and Türkiye meet in Tbilisi"),
        ("ru", "Министры энергетики Азербайджана, Грузии и Турции встретились в Тбилиси"),
        ("az", "Azərbaycan, Gürcüstan və Türkiyənin energetika nazirləri Tbilisidə görüşüb"),
    ],
}


@pytest.mark.parametrize("editions", list(EDITIONS.values()), ids=list(EDITIONS))
def test_news_of_two_states_told_in_three_languages_is_one_story(make, editions) -> None:
    one_story(make, editions)


@pytest.mark.parametrize(("one", "other"), [
    # another foreign state, the same subject
    (("en", "Azerbaijani, Kyrgyz border commissions hold regular meeting"),
     ("ru", "Комиссии Азербайджана и Таджикистана по делимитации границы провели заседание")),
    (("az", "Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 18% artıb"),
     ("az", "Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 18% artıb")),
    # a third state in one headline only
    (("en", "Energy ministers of Azerbaijan, Georgia and Türkiye meet in Tbilisi"),
     ("ru", "Министры энергетики Азербайджана и Грузии встретились в Тбилиси")),
    # the same states, another subject
    (("ru", "Товарооборот Азербайджана и Казахстана вырос на 18%"),
     ("en", "Azerbaijan-Kazakhstan border commissions hold meeting")),
    (("en", "Number of Georgian tourists visiting Azerbaijan grows"),
     ("az", "Azərbaycanla Gürcüstan arasında ticarət dövriyyəsi artıb")),
    # the same states and subject, one of them a treaty's act or a treaty
    (("en", "Azerbaijan-Kazakhstan trade turnover up 18% in first quarter"),
     ("ru", "Азербайджан и Казахстан подписали соглашение о торговле")),
    (("az", "Azərbaycan və Qırğızıstan sərhəd komissiyalarının növbəti iclası keçirilib"),
     ("en", "Azerbaijan, Kyrgyzstan ratify border treaty")),
    (("ru", "Комиссии Азербайджана и Кыргызстана по делимитации границы провели заседание"),
     ("en", "Azerbaijan, Kyrgyzstan to sign border agreement")),
])
def test_news_of_other_states_subjects_or_a_treaty_is_another_story(make, one, other) -> None:
    apart(make, one, other)


@pytest.mark.parametrize(("one", "other"), [
    (("en", "Azerbaijani, Kyrgyz border commissions hold regular meeting"),
     ("az", "Azərbaycan və Qırğızıstan sərhəd komissiyalarının növbəti iclası keçirilib")),
    (("ru", "Товарооборот Азербайджана и Казахстана вырос на 18%"),
     ("en", "Azerbaijan-Kazakhstan trade turnover up 18% in first quarter")),
])
def test_the_same_news_a_day_later_is_another_story(make, one, other) -> None:
    options, fp = make
    first = fp(1, *one, at="2026-05-12T11:00:00+04:00")
    later = fp(2, *other, at=NEXT_DAY.format("11:30"))
    kept_apart(options, first, later)
