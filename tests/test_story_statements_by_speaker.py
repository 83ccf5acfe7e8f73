"""Stories: a treaty act only spoken of (a call to ratify, a draft prepared, a signing expected) is one story in
its three editions, keyed by the treaty mention and its mode, the parties (the home state implied by "... with
Oman") and the subjects; two such statements by different speakers (the Foreign Ministry, an expert) on one
day are two stories, and a state joined with an organisation ("Azerbaijan and the EU may sign ...") is not the
actor against the edition naming it as the partner.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headlines
from pipeline.stories.speakers import speakers
from tests.story_data import apart, one_story


@pytest.mark.parametrize(("language", "headline", "expected"), [
    ("az", "XİN: Gürcüstanla sərhəd sazişi yaxın aylarda imzalana bilər", {"foreign_ministry"}),
    ("ru", "МИД Азербайджана: договор с Арменией может быть подписан весной", {"foreign_ministry"}),
    ("en", "Border deal with Georgia could be signed within months, says Foreign Ministry", {"foreign_ministry"}),
    ("ru", "Политолог: соглашение может быть подписано к лету", {"expert"}),
    ("az", "Ekspert: saziş payızda imzalana bilər", {"expert"}),
    ("en", "Analyst expects treaty to be signed by summer", {"expert"}),
    ("ru", "Посол Японии ожидает подписания соглашения", {"envoy"}),
    ("az", "Ombudsman konvensiyanın ratifikasiyasına çağırıb", {"ombudsman"}),
    ("en", "Azerbaijan and Georgia sign border agreement", set()),
])
def test_the_speaker_of_a_headline_is_keyed_across_languages(language, headline, expected) -> None:
    assert speakers(headline, language) == expected


@pytest.mark.parametrize(("language", "headline", "to_come"), [
    ("az", "Deputat Avropa Şurasının konvensiyasının ratifikasiyasına çağırıb", True),
    ("az", "Millət vəkili sazişin imzalanmasına çağırıb", True),
    ("en", "Azerbaijan drafts investment protection agreement with Qatar", True),
    ("en", "Ministry drafted readmission treaty with Kuwait", True),
    ("az", "Nazir iclasa çağırılıb", False),
    ("en", "Azerbaijan signs investment protection agreement with Qatar", False),
])
def test_a_call_by_its_verbal_noun_and_a_drafted_treaty_are_still_to_come(language, headline, to_come) -> None:
    assert headlines.expects(headline, language) is to_come


def test_the_editions_of_one_call_to_ratify_a_convention_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Депутат призвал ратифицировать конвенцию Совета Европы о защите персональных данных", ""),
        ("az", "Deputat Avropa Şurasının konvensiyasının ratifikasiyasına çağırıb", ""),
        ("en", "MP urges government to ratify Council of Europe convention", ""),
    ])


def test_the_editions_of_one_drafted_treaty_are_one_story(make) -> None:
    one_story(make, [
        ("az", "Qətərlə investisiyaların qorunması haqqında sazişin layihəsi hazırlanıb", ""),
        ("ru", "Подготовлен проект соглашения с Катаром о защите инвестиций", ""),
        ("en", "Azerbaijan drafts investment protection agreement with Qatar", ""),
    ])


def test_the_editions_of_a_signing_expected_with_an_organisation_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Азербайджан и ЕС могут подписать соглашение о партнерстве в сфере энергетики", ""),
        ("az", "Aİ nümayəndəsi: Azərbaycanla enerji tərəfdaşlığı sazişinin imzalanması gözlənilir", ""),
        ("en", "EU official expects energy partnership agreement with Azerbaijan to be signed", ""),
    ])


def test_drafts_with_two_states_stay_apart(make) -> None:
    apart(make, ("ru", "Подготовлен проект соглашения с Катаром о защите инвестиций"),
          ("en", "Azerbaijan drafts investment protection agreement with Kuwait"))


@pytest.mark.parametrize(("ministry", "expert"), [
    (("az", "XİN: Gürcüstanla sərhəd sazişi ilin sonunadək imzalana bilər"),
     ("ru", "Эксперт: соглашение о границе с Грузией может быть подписано до конца года")),
    (("ru", "МИД: соглашение о границе с Грузией может быть подписано до конца года"),
     ("en", "Border agreement with Georgia could be signed by year-end, analyst says")),
])
def test_one_speculation_by_two_speakers_is_two_stories(make, ministry, expert) -> None:
    apart(make, ministry, expert)
