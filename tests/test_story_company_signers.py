"""Stories: a headline naming the companies that signed, one printed as a company, is their contract.

The agencies print a company's name in quotes ("«Азерэнержи»", "“Azərenerji”") or name it by a company noun
and its nationality ("узбекская компания", "Uzbek company", "Özbəkistan şirkəti"); a state is never printed
so. Two such signers at the head of a headline, before the verb of signing, report a commercial contract,
even when the state read in a company's name ("«Азербайджанские железные дороги»") or nationality is the one
whose treaty on the same subject was signed, or announced, that day (``headline_acts._COMPANY_SIGNERS``,
``vetoes._states_treaty``). The negatives of the shape: a treaty's name in quotes after the verb, a rubric in
quotes before a colon, a company the treaty is about; the states' editions stay one story, and so do the
companies'.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from pipeline.stories.headline_acts import signed_by_businesses
from tests.story_data import apart, kept_apart, one_story

DAY = "2026-04-21T{}:00+04:00"

SIGNED_BY_COMPANIES = [
    ("ru", "«Азерэнержи» и узбекская компания подписали соглашение о поставках электроэнергии"),
    ("ru", "«Азербайджанские железные дороги» и «Грузинская железная дорога» подписали соглашение о перевозках"),
    ("ru", "«Азерэнержи» и «Национальные электрические сети» заключили контракт"),
    ("ru", "SOCAR и «Туркменгаз» подпишут соглашение о поставках газа"),
    ("ru", "Турецкая компания и «Азерэнержи» подписали контракт на строительство подстанции"),
    ("az", "“Azərenerji” və Özbəkistan şirkəti elektrik enerjisinin tədarükü haqqında saziş imzalayıb"),
    ("az", "“Azərbaycan Dəmir Yolları” ilə “Gürcüstan Dəmir Yolu” arasında memorandum imzalanıb"),
    ("az", "SOCAR və \"Türkmənqaz\" qaz tədarükü haqqında müqavilə bağlayıb"),
    ("en", "Azerenerji, Uzbek company sign power supply agreement"),
    ("en", "Azerenerji and an Uzbek company ink electricity deal"),
    ("en", "“Azerenerji”, “Masdar” seal power purchase agreement"),
]

SIGNED_BY_STATES = [
    ("ru", "Азербайджан и Узбекистан подписали соглашение «О зеленом энергетическом коридоре»"),
    ("ru", "«Зеленый коридор»: Азербайджан и Узбекистан подписали соглашение"),
    ("ru", "Азербайджан и Узбекистан подписали соглашение о создании совместной компании"),
    ("ru", "Баку и Ташкент подписали межправительственное соглашение по энергетике"),
    ("az", "Azərbaycan və Özbəkistan birgə investisiya şirkətinin yaradılması haqqında saziş imzalayıb"),
    ("az", "“Yaşıl dəhliz”: Azərbaycan və Özbəkistan saziş imzalayıb"),
    ("az", "Azərbaycan və Özbəkistan hökumətləri enerji sahəsində saziş imzalayıb"),
    ("az", "Azərbaycan və Gürcüstan “Yaşıl enerji dəhlizi” sazişini imzalayıb"),
    ("en", "Azerbaijan, Uzbekistan sign agreement on joint investment company"),
    ("en", "Azerbaijan and Uzbekistan sign “green corridor” agreement"),
    ("en", "Azerbaijan, Iran expected to sign railway agreement"),
]


@pytest.mark.parametrize(("language", "headline"), SIGNED_BY_COMPANIES)
def test_companies_named_as_companies_sign(language, headline) -> None:
    assert signed_by_businesses(headline, language)


@pytest.mark.parametrize(("language", "headline"), SIGNED_BY_STATES)
def test_states_and_a_treaty_in_quotes_are_no_companies(language, headline) -> None:
    assert not signed_by_businesses(headline, language)


TREATY = [
    ("ru", "Азербайджан и Узбекистан подписали соглашение о сотрудничестве в области энергетики", ""),
    ("az", "Azərbaycan və Özbəkistan energetika sahəsində əməkdaşlıq haqqında saziş imzalayıb", ""),
    ("en", "Azerbaijan, Uzbekistan sign energy cooperation agreement", ""),
]

CONTRACTS = [
    ("ru", "«Азерэнержи» и узбекская компания подписали соглашение о поставках электроэнергии",
     "ОАО «Азерэнержи» и АО «Национальные электрические сети Узбекистана» подписали соглашение о перетоках "
     "электроэнергии."),
    ("ru", "«Азерэнержи» и «Национальные электрические сети Узбекистана» подписали соглашение в энергетике", ""),
    ("az", "“Azərenerji” və Özbəkistan şirkəti elektrik enerjisinin tədarükü haqqında saziş imzalayıb", ""),
    ("az", "“Azərenerji” ilə “Özbəkistan Milli Elektrik Şəbəkələri” arasında enerji sazişi imzalanıb", ""),
    ("en", "Azerenerji, Uzbek company sign energy supply agreement", ""),
]


@pytest.mark.parametrize(("language", "headline", "lead"), CONTRACTS)
def test_a_contract_of_companies_stays_apart_from_the_states_treaty(make, language, headline, lead) -> None:
    treaty = one_story(make, TREATY, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at=DAY.format("18:20")), *treaty)


ANNOUNCED = [
    ("en", "Azerbaijan, Georgia expected to sign railway agreement at joint commission"),
    ("ru", "Азербайджан и Грузия подпишут соглашение о железнодорожных перевозках"),
    ("az", "Azərbaycan və Gürcüstan dəmir yolu daşımaları haqqında saziş imzalayacaq"),
]

RAILWAYS = [
    ("ru", "«Азербайджанские железные дороги» и «Грузинская железная дорога» подписали соглашение о перевозках"),
    ("az", "“Azərbaycan Dəmir Yolları” ilə “Gürcüstan Dəmir Yolu” arasında dəmir yolu daşımaları haqqında saziş "
           "imzalanıb"),
]


@pytest.mark.parametrize("announced", ANNOUNCED)
@pytest.mark.parametrize("contract", RAILWAYS)
def test_a_contract_of_companies_stays_apart_from_the_states_signing_announced(make, announced, contract) -> None:
    apart(make, announced, contract, DAY)


def test_the_states_editions_with_a_name_in_quotes_are_one_story(make) -> None:
    """The negative of the shape: a treaty's name or a rubric in quotes reports the states' treaty."""
    one_story(make, [
        *TREATY,
        ("ru", "«Энергетический мост»: Азербайджан и Узбекистан подписали соглашение о сотрудничестве в "
               "области энергетики", ""),
    ], DAY)


def test_the_companies_editions_are_one_story(make) -> None:
    one_story(make, [CONTRACTS[0], CONTRACTS[2], CONTRACTS[4]], DAY)
