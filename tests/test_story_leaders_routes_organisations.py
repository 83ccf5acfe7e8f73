"""Stories: constructions that split or joined the editions of one event in three languages:

- a foreign state that acts, named by its leader ("Мирзиёев ратифицировал договор с Азербайджаном ..."),
  is a state the headline names: it tells the report apart from another state's treaty news that day;
- a pipeline or railway named after its route ("via Baku-Tbilisi-Ceyhan") names no parties;
- the International Labour Organization and its convention on violence and harassment in three languages.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.events.rules import load_rules
from pipeline.glossary import terms
from pipeline.stories import headline_parties, headlines
from tests.story_data import apart, kept_apart, meets, one_story

_DAY = "2026-05-12T{}:00+04:00"

# --------------------------------------------------------------------------------------------------
# A foreign state acting through its leader counts among the headline's states

_UZBEK_RATIFICATION = [
    ("ru", "Мирзиёев ратифицировал договор с Азербайджаном о правовой помощи по уголовным делам"),
    ("en", "Mirziyoyev ratifies legal assistance treaty with Azerbaijan"),
    ("az", "Mirziyoyev Azərbaycanla hüquqi yardım haqqında müqaviləni ratifikasiya edib"),
    ("en", "Uzbekistan ratifies treaty with Azerbaijan on legal assistance in criminal matters"),
    ("az", "Özbəkistan Azərbaycanla cinayət işləri üzrə hüquqi yardım haqqında müqaviləni ratifikasiya edib"),
]
_PAKISTAN_TREATY_DISCUSSED = [
    ("az", "Milli Məclisin komitəsində Azərbaycan-Pakistan hüquqi yardım müqaviləsi müzakirə olunub; "
           "ratifikasiya tövsiyə edilib"),
    ("en", "Parliament committee backs ratification of Azerbaijan-Pakistan legal assistance treaty"),
    ("ru", "В комитете Милли Меджлиса одобрили ратификацию договора о правовой помощи с Пакистаном"),
]


@pytest.mark.parametrize(("language", "headline"), _UZBEK_RATIFICATION[:3])
def test_a_leader_acting_names_his_state(make, language, headline) -> None:
    _, fp = make
    assert fp(1, language, headline).facts.foreign_actors == {"UZ"}


@pytest.mark.parametrize(("language", "headline"), _UZBEK_RATIFICATION)
@pytest.mark.parametrize(("other_language", "other"), _PAKISTAN_TREATY_DISCUSSED)
def test_a_states_ratification_stays_apart_from_another_states_treaty_news(
    make, language, headline, other_language, other
) -> None:
    apart(make, (language, headline), (other_language, other), _DAY)


def test_the_editions_naming_the_leader_or_the_state_are_one_story(make) -> None:
    one_story(make, _UZBEK_RATIFICATION, _DAY)


# --------------------------------------------------------------------------------------------------
# A route's stops name no parties


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "SOCAR, KazMunayGas sign agreement on oil transportation via Baku-Tbilisi-Ceyhan"),
    ("en", "Agreement on Baku-Tbilisi-Kars railway tariffs signed"),
    ("ru", "Соглашение по нефтепроводу Баку-Тбилиси-Джейхан подписано"),
    ("ru", "Подписан протокол о тарифах на железной дороге Баку–Тбилиси–Карс"),
    ("az", "Bakı-Tbilisi-Qars dəmir yolu haqqında saziş imzalanıb"),
    ("az", "Bakı-Tbilisi-Ceyhan kəməri ilə neft nəqli haqqında saziş imzalanıb"),
])
def test_the_stops_of_a_route_are_no_parties(language, headline) -> None:
    assert headline_parties.headline_states(headline, language, load_rules()) == ()


@pytest.mark.parametrize(("language", "headline", "codes"), [
    ("en", "Baku, Tbilisi sign visa agreement", ["AZ", "GE"]),
    ("en", "Azerbaijan, Georgia sign protocol on Baku-Tbilisi-Kars railway", ["AZ", "GE"]),
    ("ru", "Баку и Тбилиси подписали соглашение о визах", ["AZ", "GE"]),
    ("ru", "Баку и Куала-Лумпур подписали соглашение о визах", ["AZ", "MY"]),
    ("az", "Bakı və Tbilisi viza sazişi imzalayıb", ["AZ", "GE"]),
])
def test_capitals_and_states_as_parties_stay_parties(language, headline, codes) -> None:
    assert [m.code for m in headline_parties.headline_states(headline, language, load_rules())] == codes


def test_a_companies_agreement_on_a_route_is_one_story_in_three_languages(make) -> None:
    one_story(make, [
        ("ru", "SOCAR и «КазМунайГаз» подписали соглашение о транспортировке нефти по Баку-Тбилиси-Джейхан"),
        ("en", "SOCAR, KazMunayGas sign agreement on oil transportation via Baku-Tbilisi-Ceyhan"),
        ("az", "SOCAR və \"QazMunayQaz\" Bakı-Tbilisi-Ceyhan ilə neft nəqli haqqında saziş imzalayıb"),
    ], _DAY)


# --------------------------------------------------------------------------------------------------
# The International Labour Organization and its Convention No. 190


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan ratifies ILO Convention No. 190"),
    ("en", "International Labour Organization welcomes Azerbaijan's ratification"),
    ("ru", "Азербайджан ратифицировал Конвенцию МОТ №190"),
    ("ru", "Международная организация труда приветствовала ратификацию"),
    ("az", "Azərbaycan BƏT-in 190 saylı Konvensiyasını ratifikasiya edib"),
    ("az", "Beynəlxalq Əmək Təşkilatı ratifikasiyanı alqışlayıb"),
])
def test_the_ilo_is_an_organisation_in_three_languages(language, headline) -> None:
    assert "ilo" in terms(headline, language).organisations


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Convention on the elimination of violence and harassment in the world of work"),
    ("ru", "Конвенция о ликвидации насилия и домогательств в сфере труда"),
    ("az", "İş dünyasında zorakılıq və təqiblərin aradan qaldırılması haqqında Konvensiya"),
    ("az", "Zorakılıq və təzyiqin aradan qaldırılması haqqında Konvensiya"),
])
def test_violence_and_harassment_is_one_subject_in_three_languages(language, headline) -> None:
    assert "violence_harassment" in terms(headline, language).concepts


def test_an_ilo_ratification_in_three_editions_is_one_story_and_another_convention_is_not(make) -> None:
    editions = one_story(make, [
        ("az", "Azərbaycan BƏT-in “İş dünyasında zorakılıq və təqiblərin aradan qaldırılması haqqında” "
               "190 saylı Konvensiyasını ratifikasiya edib"),
        ("ru", "Азербайджан ратифицировал Конвенцию МОТ о насилии и домогательствах"),
        ("ru", "Ильхам Алиев ратифицировал Конвенцию МОТ №190 - ОБНОВЛЕНО",
         "Президент Азербайджана подписал закон о ратификации конвенции Международной организации труда."),
    ], _DAY)
    options, fp = make
    other = fp(4, "en", "Azerbaijan ratifies Council of Europe convention on cybercrime", at=_DAY.format("12:40"))
    kept_apart(options, other, *editions)


# --------------------------------------------------------------------------------------------------
# A protocol to a treaty is the protocol's act, however the events stage names the treaty


_PROTOCOL_RATIFIED = [
    ("az", "Türkiyə Azərbaycanla Preferensial Ticarət Sazişinə Əlavə Protokolu ratifikasiya edib"),
    ("az", "Türkiyə parlamenti ticarət sazişinə dəyişiklik protokolunu təsdiqləyib"),
    ("en", "Türkiye ratifies additional protocol to preferential trade agreement with Azerbaijan"),
    ("en", "Turkish parliament approves protocols to trade agreement with Azerbaijan"),
    ("ru", "Турция ратифицировала допротокол к соглашению о преференциальной торговле с Азербайджаном"),
    ("ru", "Парламент Турции одобрил допротоколы к соглашению о торговле с Азербайджаном"),
    ("ru", "Турция ратифицировала протоколы к соглашению о преференциальной торговле с Азербайджаном"),
]


@pytest.mark.parametrize(("language", "headline"), [
    *_PROTOCOL_RATIFIED,
    ("en", "Azerbaijan signs protocol amending double taxation convention with Austria"),
    ("ru", "Подписан протокол к конвенции об избежании двойного налогообложения"),
    ("az", "Konvensiyaya dəyişiklik protokolu imzalanıb"),
])
def test_a_protocol_to_a_treaty_is_named(language, headline) -> None:
    assert headlines.names_a_protocol_to(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Türkiye ratifies preferential trade agreement with Azerbaijan"),
    ("en", "Protocol signed to mark the opening of the embassy"),
    ("ru", "Турция ратифицировала соглашение о преференциальной торговле с Азербайджаном"),
    ("ru", "Подписан протокол о намерениях"),
    ("az", "Türkiyə Azərbaycanla Preferensial Ticarət Sazişini ratifikasiya edib"),
    ("az", "Hökumətlərarası komissiyanın iclasının protokolu imzalanıb"),
])
def test_a_treaty_or_a_protocol_of_its_own_is_no_protocol_to_a_treaty(language, headline) -> None:
    assert not headlines.names_a_protocol_to(headline, language)


def test_a_protocols_ratification_is_one_story_and_the_treatys_own_another(make) -> None:
    protocol = one_story(make, _PROTOCOL_RATIFIED, _DAY)
    options, fp = make
    agreement = [
        fp(10, "ru", "Турция ратифицировала соглашение о преференциальной торговле с Азербайджаном",
           at=_DAY.format("09:00")),
        fp(11, "en", "Türkiye ratifies preferential trade agreement with Azerbaijan", at=_DAY.format("09:20")),
        fp(12, "az", "Türkiyə Azərbaycanla Preferensial Ticarət Sazişini ratifikasiya edib", at=_DAY.format("09:40")),
    ]
    for ratified in agreement:
        kept_apart(options, ratified, *protocol)


# --------------------------------------------------------------------------------------------------
# Where a subject word is a place's and where it is the treaty's


@pytest.mark.parametrize(("language", "headline"), [
    ("az", "Qəbələ zirvəsində Sadələşdirilmiş Gömrük Dəhlizi haqqında Saziş imzalanıb"),
    ("az", "Bakıda Beynəlxalq Avtomobil Daşımaları haqqında Saziş imzalanıb"),
    ("az", "Azərbaycan və Qazaxıstan Kombinə Edilmiş Yükdaşımalar barədə Saziş imzalayıb"),
])
def test_an_azerbaijani_title_in_capitals_up_to_its_postposition_is_the_subject(language, headline) -> None:
    assert headlines.subjects(headline, language)
    assert not headlines.placed_subjects(headline, language)


@pytest.mark.parametrize(("language", "headline", "placed"), [
    ("ru", "Парламент Грузии ратифицировал соглашение о совместном контроле на Красном мосту", "bridges"),
    ("ru", "Подписано соглашение о пункте пропуска у Красного моста", "bridges"),
    ("en", "Georgia ratifies agreement on joint control at Red Bridge", "bridges"),
])
def test_a_subject_word_in_a_place_named_after_a_preposition_of_place_is_the_place(language, headline, placed) -> None:
    assert placed in headlines.placed_subjects(headline, language)
    assert placed not in headlines.subjects(headline, language)


@pytest.mark.parametrize(("language", "headline", "subject"), [
    ("ru", "Подписано соглашение о строительстве моста через реку Храми", "bridges"),
    ("ru", "Соглашение о Красном мосте ратифицировано", "bridges"),
    ("ru", "В Баку подписано соглашение о мосте", "bridges"),
])
def test_a_subject_word_not_after_a_place_name_stays_the_subject(language, headline, subject) -> None:
    assert subject in headlines.subjects(headline, language)


def test_a_checkpoint_agreement_in_three_editions_is_one_story(make) -> None:
    one_story(make, [
        ("az", "Gürcüstan parlamenti Azərbaycanla birgə sərhəd-gömrük nəzarəti haqqında sazişi ratifikasiya edib"),
        ("ru", "Парламент Грузии ратифицировал соглашение с Азербайджаном о совместном контроле на Красном мосту"),
        ("en", "Georgian lawmakers back joint border control deal with Azerbaijan"),
    ], _DAY)


def test_a_summits_agreement_in_three_editions_is_one_story_and_its_memorandum_another(make) -> None:
    lead = {"en": "The agreement was signed at the Organization of Turkic States summit in Gabala on 16 October.",
            "ru": "Соглашение подписано на саммите Организации тюркских государств в Габале 16 октября.",
            "az": "Saziş oktyabrın 16-da Qəbələdə Türk Dövlətləri Təşkilatının zirvəsində imzalanıb."}
    editions = one_story(make, [
        ("en", "Turkic states sign agreement on simplified customs corridor", lead["en"]),
        ("az", "Qəbələ zirvəsində Sadələşdirilmiş Gömrük Dəhlizi haqqında Saziş imzalanıb", lead["az"]),
        ("ru", "Лидеры ОТГ подписали соглашение об упрощенном таможенном коридоре", lead["ru"]),
    ], _DAY)
    options, fp = make
    memorandum = fp(4, "az", "Qəbələ zirvəsində Enerji Əməkdaşlığı haqqında Memorandum imzalanıb",
                    lead["az"].replace("Saziş", "Memorandum"), at=_DAY.format("12:30"))
    kept_apart(options, memorandum, *editions)


# --------------------------------------------------------------------------------------------------
# A law published days after the news, dated to the day of the news, is that news


_WITHDRAWAL_NEWS = [
    ("ru", "Азербайджан денонсировал соглашение СНГ о сотрудничестве в борьбе с незаконной миграцией",
     "Президент Ильхам Алиев 1 октября подписал закон о выходе из соглашения СНГ."),
    ("az", "Azərbaycan qanunsuz miqrasiyaya qarşı mübarizədə əməkdaşlıq haqqında MDB sazişindən çıxıb",
     "Prezident İlham Əliyev oktyabrın 1-də MDB sazişindən çıxmaq haqqında qanunu imzalayıb."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), _WITHDRAWAL_NEWS)
def test_a_law_published_days_later_and_dated_to_the_news_is_that_news(make, language, headline, lead) -> None:
    options, fp = make
    news = fp(1, language, headline, lead, at="2026-10-01T10:00:00+04:00")
    law = fp(2, "en", "Law of the Republic of Azerbaijan No. 561-VIIQ of 1 October 2026 on withdrawal from the CIS "
                      "Agreement on cooperation in combating illegal migration",
             "The Republic of Azerbaijan withdraws from the CIS Agreement on cooperation in combating illegal "
             "migration.", at="2026-10-04T10:00:00+04:00")
    meets(options, news, law)


@pytest.mark.parametrize(("language", "headline", "lead"), _WITHDRAWAL_NEWS)
def test_a_later_report_dated_to_the_news_of_another_act_stays_apart(make, language, headline, lead) -> None:
    options, fp = make
    news = fp(1, language, headline, lead, at="2026-10-01T10:00:00+04:00")
    others = [
        fp(2, "en", "Azerbaijan ratifies CIS agreement on cooperation in combating illegal migration",
           "The agreement signed on 1 October 2026 was ratified by the Milli Majlis.", at="2026-10-04T10:00:00+04:00"),
        fp(3, "en", "Law of the Republic of Azerbaijan No. 562-VIIQ of 1 October 2026 on ratification of the "
                    "agreement with Georgia on air transport",
           "The agreement with Georgia on air transport is ratified.", at="2026-10-04T10:00:00+04:00"),
    ]
    kept_apart(options, news, *others)


# --------------------------------------------------------------------------------------------------
# The Eurasian Economic Union, a party as a state is, in three languages

@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Azerbaijan not joining Eurasian Economic Union, MFA says"),
    ("en", "EAEU, Azerbaijan to sign trade agreement"),
    ("ru", "Азербайджан не подписывал соглашение с Евразийским экономическим союзом"),
    ("ru", "ЕАЭС и Азербайджан обсудили торговлю"),
    ("az", "Azərbaycan Avrasiya İqtisadi İttifaqına qoşulmur"),
    ("az", "Avrasiya İqtisadi İttifaqı ilə saziş imzalanmayıb"),
])
def test_the_eurasian_economic_union_is_an_organisation_in_three_languages(language, headline) -> None:
    assert "eaeu" in terms(headline, language).organisations


_EAEU_DENIAL = [
    ("ru", "МИД опроверг сообщения о подписании Азербайджаном торгового соглашения с ЕАЭС"),
    ("en", "Baku denies signing trade agreement with Eurasian Economic Union"),
    ("az", "XİN: Azərbaycan Avrasiya İqtisadi İttifaqı ilə heç bir ticarət sazişi imzalamayıb"),
]
_CIS_DENIAL = [
    ("ru", "МИД опроверг сообщения о подписании Азербайджаном торгового соглашения с СНГ"),
    ("en", "Baku denies signing trade agreement with CIS"),
    ("az", "XİN: Azərbaycan MDB ilə heç bir ticarət sazişi imzalamayıb"),
]


def test_the_editions_of_a_statement_on_the_eaeu_are_one_story(make) -> None:
    one_story(make, _EAEU_DENIAL, _DAY)


@pytest.mark.parametrize(("language", "headline"), _EAEU_DENIAL)
@pytest.mark.parametrize(("other_language", "other"), _CIS_DENIAL)
def test_a_statement_on_another_organisation_is_another_story(make, language, headline, other_language, other) -> None:
    apart(make, (language, headline), (other_language, other), _DAY)
