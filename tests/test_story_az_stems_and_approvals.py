"""Stories: two constructions that split the Azerbaijani edition from the Russian and English ones.

- An Azerbaijani stem ending in "q" or "k" is written with "ğ" or "y" before a suffix opening with a vowel
  ("zorakılıq" -> "zorakılığın və təqibin", "tərəfdaşlıq" -> "tərəfdaşlığın", "uşaq" -> "uşağın"): the
  glossary's stem missed the inflected subject, so the edition read another subject (or none) and the
  subject veto kept it from the others.
- A government approving a treaty or its draft is "bəyənib" / "bəyənilib" in Azerbaijani as "одобрил" and
  "approves" are in the others: without the action word the edition shared no action with them.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.glossary import action_words, concepts
from tests.story_data import apart, one_story

DAY = "2026-06-09T{}:00+04:00"

# --------------------------------------------------------------------------------------------------
# Voiced final consonants of Azerbaijani stems


@pytest.mark.parametrize(("text", "concept"), [
    ("İş yerində zorakılığın və təqibin aradan qaldırılması haqqında Konvensiya", "violence_harassment"),
    ("zorakılığa və təzyiqə qarşı", "violence_harassment"),
    ("zorakılıq və təqib haqqında", "violence_harassment"),  # the stem as written stays found
    ("Strateji tərəfdaşlığın dərinləşdirilməsi haqqında Bəyannamə", "strategic_partnership"),
    ("strateji tərəfdaşlığa dair", "strategic_partnership"),
    ("Müttəfiqliyin möhkəmləndirilməsi", "strategic_partnership"),
    ("uşağın hüquqlarının müdafiəsi", "child_protection"),
    ("gəmiçiliyin inkişafı haqqında saziş", "maritime_transport"),
    ("balıqçılığın tənzimlənməsi", "fisheries"),
    ("vasitəçiliyin tətbiqi haqqında Konvensiya", "mediation"),
    ("məşğulluğun təşviqi", "labour"),
    ("gömrüyün modernləşdirilməsi", "customs"),
])
def test_an_azerbaijani_stem_is_found_with_its_voiced_ending(text, concept) -> None:
    assert concept in concepts(text, "az")


@pytest.mark.parametrize(("text", "concept"), [
    ("zorakılığın aradan qaldırılması", "violence_harassment"),  # half of the phrase is not the phrase
    ("bayın evi", "finance_banking"),  # a stem of one syllable ("bank") keeps its consonant
    ("parya", "energy"),
])
def test_a_voiced_spelling_finds_no_other_word(text, concept) -> None:
    assert concept not in concepts(text, "az")


@pytest.mark.parametrize("az", [
    "Milli Məclis iş yerində zorakılığın və təqibin aradan qaldırılması haqqında Konvensiyanı ratifikasiya edib",
    "İş yerində zorakılığın və təqibin aradan qaldırılması haqqında Konvensiya ratifikasiya olunub",
    "Azərbaycan zorakılığa və təqibə qarşı Konvensiyanı ratifikasiya etdi",
])
def test_a_convention_named_with_voiced_stems_is_one_story_with_its_editions(make, az) -> None:
    one_story(make, [
        ("az", az, ""),
        ("ru", "Милли Меджлис ратифицировал конвенцию о ликвидации насилия и домогательств на рабочем месте", ""),
        ("en", "Milli Majlis ratifies convention on ending violence and harassment at work", ""),
    ], DAY)


def test_another_convention_ratified_that_day_stays_apart(make) -> None:
    apart(make,
          ("az", "Milli Məclis iş yerində zorakılığın və təqibin aradan qaldırılması haqqında Konvensiyanı "
                 "ratifikasiya edib", ""),
          ("ru", "Милли Меджлис ратифицировал конвенцию о рыболовстве в Каспийском море", ""), DAY)


@pytest.mark.parametrize(("az", "ru", "en"), [
    ("Azərbaycan və Qazaxıstan Prezidentləri strateji tərəfdaşlığın dərinləşdirilməsinə dair Bəyannamə imzalayıblar",
     "Президенты Азербайджана и Казахстана подписали Декларацию об углублении стратегического партнерства",
     "Azerbaijani, Kazakh presidents sign declaration on deepening strategic partnership"),
    ("Azərbaycan ilə Qırğızıstan arasında müttəfiqliyin möhkəmləndirilməsi haqqında Bəyannamə imzalanıb",
     "Азербайджан и Кыргызстан подписали Декларацию об укреплении союзнических отношений",
     "Azerbaijan, Kyrgyzstan sign declaration on strengthening allied ties"),
])
def test_a_declaration_named_with_voiced_stems_is_one_story(make, az, ru, en) -> None:
    one_story(make, [("az", az, ""), ("ru", ru, ""), ("en", en, "")], DAY)


def test_a_partnership_declaration_with_another_state_stays_apart(make) -> None:
    apart(make,
          ("az", "Azərbaycan və Qazaxıstan Prezidentləri strateji tərəfdaşlığın dərinləşdirilməsinə dair "
                 "Bəyannamə imzalayıblar", ""),
          ("ru", "Президенты Азербайджана и Таджикистана подписали Декларацию о стратегическом партнерстве", ""),
          DAY)


# --------------------------------------------------------------------------------------------------
# "bəyənib": a government approves a treaty or its draft


@pytest.mark.parametrize("text", [
    "Nazirlər Kabineti saziş layihəsini bəyənib",
    "Saziş layihəsi hökumət tərəfindən bəyənilib",
    "Hökumət memorandumu bəyəndi",
    "Senat sazişi bəyənmişdir",
])
def test_an_azerbaijani_approval_is_an_action_word(text) -> None:
    assert "approved" in action_words(text, "az")


@pytest.mark.parametrize("text", [
    "Prezident bəyanat verib",  # a statement, not an approval
    "Nazirlər Kabineti saziş layihəsini müzakirə edib",
])
def test_a_statement_or_a_debate_is_no_approval(text) -> None:
    assert "approved" not in action_words(text, "az")


@pytest.mark.parametrize(("az", "ru", "en"), [
    ("Nazirlər Kabineti Gürcüstanla gömrük işlərində əməkdaşlıq haqqında saziş layihəsini bəyənib",
     "Кабмин Азербайджана одобрил проект соглашения с Грузией о сотрудничестве в таможенных делах",
     "Azerbaijani Cabinet approves draft customs cooperation agreement with Georgia"),
    ("Moldova hökuməti Azərbaycanla turizm sahəsində əməkdaşlıq haqqında memorandumun layihəsini bəyənib",
     "Правительство Молдовы одобрило проект меморандума с Азербайджаном о сотрудничестве в сфере туризма",
     "Moldovan government approves draft tourism memorandum with Azerbaijan"),
    ("Türkmənistanla təhsil sahəsində əməkdaşlıq haqqında saziş layihəsi hökumət tərəfindən bəyənilib",
     "Правительство одобрило проект соглашения с Туркменистаном о сотрудничестве в сфере образования",
     "Government okays draft education agreement with Turkmenistan"),
])
def test_a_draft_approved_is_one_story_in_three_languages(make, az, ru, en) -> None:
    one_story(make, [("az", az, ""), ("ru", ru, ""), ("en", en, "")], DAY)


def test_a_draft_approved_with_another_state_stays_apart(make) -> None:
    apart(make,
          ("az", "Nazirlər Kabineti Gürcüstanla gömrük işlərində əməkdaşlıq haqqında saziş layihəsini bəyənib", ""),
          ("ru", "Кабмин Азербайджана одобрил проект соглашения с Молдовой о сотрудничестве в таможенных делах",
           ""), DAY)


def test_a_draft_approved_and_the_treaty_signed_stay_apart(make) -> None:
    apart(make,
          ("az", "Nazirlər Kabineti Gürcüstanla gömrük işlərində əməkdaşlıq haqqında saziş layihəsini bəyənib", ""),
          ("ru", "Азербайджан и Грузия подписали соглашение о сотрудничестве в таможенных делах", ""), DAY)
