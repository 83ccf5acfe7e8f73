"""Stories: a treaty act expected or planned, told by its verbal noun ("Ожидается подписание соглашения ...",
"Signing of ... deal expected this week"), is no report of the act done: the day before the signing it joined
the signing's editions, as the Azerbaijani form ("sazişin imzalanması gözlənilir") already did not.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headlines
from tests.story_data import apart, kept_apart, one_story, stories_of


@pytest.mark.parametrize(("language", "headline"), [
    ("ru", "Ожидается подписание соглашения о воздушном сообщении между Азербайджаном и Катаром"),
    ("ru", "Планируется подписание меморандума с Оманом"),
    ("ru", "Предполагается ратификация конвенции Советом Европы"),
    ("ru", "Намечено подписание трех документов с Кувейтом"),
    ("ru", "Подписание соглашения с Катаром ожидается в июле"),
    ("ru", "Ратификация договора с Оманом запланирована на осень"),
    ("ru", "Вступление соглашения с Катаром в силу ожидается в январе"),
    ("ru", "Эксперты ожидают присоединения Азербайджана к конвенции"),
    ("en", "Signing of air services deal with Qatar expected this week"),
    ("en", "Ratification of Oman agreement expected next month"),
    ("en", "Accession to Hague convention planned for autumn"),
    ("en", "Signing of three documents with Kuwait is scheduled for Monday"),
    ("en", "Upcoming signing of Qatar visa deal"),
    ("en", "Expected ratification of Oman deal"),
])
def test_an_act_expected_by_its_verbal_noun_is_to_come(language, headline) -> None:
    assert headlines.expects(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("ru", "Азербайджан и Катар подписали соглашение о воздушном сообщении"),
    ("ru", "Подписание соглашения с Катаром состоялось в Баку"),
    ("ru", "Ожидаемое соглашение с Оманом подписано"),
    ("ru", "Итоги подписания соглашения - эксперты ожидают роста торговли"),
    ("en", "Signing ceremony held in Baku"),
    ("en", "Ratification of Oman deal approved by parliament"),
    ("en", "Long-expected deal with Qatar signed"),
])
def test_an_act_done_or_its_consequences_expected_are_no_plan(language, headline) -> None:
    assert not headlines.expects(headline, language)


def test_the_signing_expected_the_day_before_stays_apart_from_the_signing(make) -> None:
    options, fp = make
    expected = [
        fp(1, "ru", "Ожидается подписание соглашения о воздушном сообщении между Азербайджаном и Катаром",
           at="2026-07-06T09:40:00+04:00"),
        fp(2, "en", "Signing of Azerbaijan-Qatar air services agreement expected this week",
           at="2026-07-06T10:10:00+04:00"),
    ]
    signed = [
        fp(3, "ru", "Баку и Доха подписали соглашение о воздушном сообщении", at="2026-07-07T18:15:00+04:00"),
        fp(4, "az", "Azərbaycan Qətərlə hava əlaqəsi haqqında saziş imzalayıb", at="2026-07-07T18:30:00+04:00"),
        fp(5, "en", "Azerbaijan and Qatar seal air services deal", at="2026-07-07T18:50:00+04:00"),
    ]
    for announced in expected:
        kept_apart(options, announced, *signed)
    assert len(stories_of(options, signed)) == 1


def test_the_editions_of_one_expected_signing_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Ожидается подписание соглашения о воздушном сообщении между Азербайджаном и Катаром", ""),
        ("az", "Azərbaycan ilə Qətər arasında hava əlaqəsi haqqında sazişin imzalanması gözlənilir", ""),
        ("en", "Signing of Azerbaijan-Qatar air services agreement expected this week", ""),
    ], "2026-07-06T{}:00+04:00")


@pytest.mark.parametrize(("headline", "to_come"), [
    ("Ombudsman hökuməti BƏT-in konvensiyalarını ratifikasiya etməyə çağırıb", True),
    ("Deputat hökuməti sazişi imzalamağa çağırdı", True),
    ("Ekspertlər Konvensiyaya qoşulmağa çağırırlar", True),
    ("Azərbaycan Beynəlxalq Əmək Təşkilatının Konvensiyasını ratifikasiya edib", False),
    ("Nazir çağırış edib", False),
])
def test_an_azerbaijani_call_to_act_is_no_act(headline, to_come) -> None:
    assert headlines.expects(headline, "az") is to_come


def test_a_call_to_ratify_stays_apart_from_a_ratification_of_the_same_subject(make) -> None:
    apart(make, ("az", "Ombudsman hökuməti BƏT-in əlilliyi olan şəxslərin məşğulluğuna dair konvensiyalarını "
                       "ratifikasiya etməyə çağırıb"),
          ("az", "Azərbaycan Beynəlxalq Əmək Təşkilatının məşğulluğun təşviqi haqqında Konvensiyasını ratifikasiya "
                 "edib"), "2026-05-04T{}:00+04:00")
