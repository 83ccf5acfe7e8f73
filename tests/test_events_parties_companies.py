"""Companies as signers (parties.companies_act, events.yaml ``commercial``, extract's title-over-lead reading):
a headline's two subjects joined by a comma alone, conglomerates, sovereign funds, shareholders and ports; and a
title whose lead reads its document as a company's contract. Each with positive twins of the same shape (states,
and a ministry signing with a foreign ministry, stay events).

The sentences are written for these tests; the dev set (bench/devset/) is never a fixture.
"""

import pytest

from tests.events_support import actions_and_actors, events_of

PUBLISHED = "2026-05-12T12:00:00+04:00"


def _actions(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None]]:
    return actions_and_actors(language, title, *paragraphs, published=PUBLISHED)


# --------------------------------------------------------------------------------------------------
# A headline's subjects joined by a comma: a company among them makes the document a contract


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan Railways, Kazakh national rail company sign memorandum on freight traffic"),
        ("en", "SOCAR, Uzbek holding sign agreement on gas chemicals"),
        ("en", "Caspian Holding, Turkish conglomerate sign MoU on hotel construction"),
        ("en", "Azerbaijan Investment Holding, Kazakh sovereign fund sign MoU on joint investment platform"),
        ("en", "Port of Baku, Port of Aktau sign cooperation agreement"),
        ("ru", "Азербайджанский холдинг, казахстанский суверенный фонд подписали меморандум об инвестициях"),
        ("ru", "Бакинский морской порт, порт Актау подписали соглашение о сотрудничестве"),
        ("az", "Paşa Holdinq, Türkiyə konqlomeratı otel tikintisi üzrə memorandum imzalayıb"),
        ("az", "Bakı Beynəlxalq Dəniz Ticarət Limanı, Aktau limanı əməkdaşlıq sazişi imzalayıb"),
    ],
)
def test_comma_joined_headline_subjects_with_a_company_sign_a_contract(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, Oman sign convention on avoidance of double taxation"),
        ("en", "Azerbaijan's Foreign Ministry, Uzbek Foreign Ministry sign cooperation programme agreement"),
        ("en", "Azerbaijan's MES, Turkish Red Crescent sign memorandum on emergencies"),
        ("ru", "Азербайджан, Оман подписали конвенцию об избежании двойного налогообложения"),
        ("az", "Azərbaycan, Oman ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiya imzalayıb"),
    ],
)
def test_comma_joined_states_and_ministries_still_sign_a_treaty(language: str, title: str) -> None:
    assert ("signed", None) in _actions(language, title)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "According to SOCAR, Azerbaijan signed an agreement on transport cooperation with Georgia."),
        ("en", "In Baku, Azerbaijan and Georgia signed an agreement on transport cooperation."),
        ("az", "SOCAR-ın məlumatına görə, Azərbaycan Gürcüstanla nəqliyyat sahəsində əməkdaşlıq haqqında saziş "
               "imzalayıb."),
    ],
)
def test_an_adverbial_before_the_comma_is_no_subject(language: str, sentence: str) -> None:
    assert _actions(language, "x", sentence)


# --------------------------------------------------------------------------------------------------
# Shareholders ratify a merger agreement: a company's act, whatever its verb


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Shareholders ratify merger agreement of two Azerbaijani insurers"),
        ("ru", "Акционеры одобрили соглашение о слиянии двух азербайджанских банков"),
        ("az", "Səhmdarlar iki yerli bankın birləşməsi haqqında sazişi təsdiqləyib"),
    ],
)
def test_shareholders_act_on_a_companys_agreement(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A title whose lead reads its document as a company's contract


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "AZCON signs agreement with Chinese BYD on electric bus plant",
         "AZCON Holding and China's BYD have signed an agreement on an electric bus plant in Sumgayit."),
        ("en", "Energy Ministry, ACWA Power sign implementation agreement on offshore wind",
         "Azerbaijan's Ministry of Energy and the Saudi company ACWA Power have signed an implementation agreement "
         "on offshore wind. The agreement was signed by the minister and the company's chief executive."),
        ("ru", "AZCON подписал соглашение с китайской BYD о сборке электробусов",
         "Холдинг AZCON и китайская компания BYD подписали соглашение о сборке электробусов в Сумгайыте."),
        ("az", "AZCON Çinin BYD şirkəti ilə elektrik avtobuslarının yığılması haqqında saziş imzalayıb",
         "AZCON Holdinqi ilə Çinin “BYD” şirkəti arasında elektrik avtobuslarının yığılması haqqında saziş "
         "imzalanıb."),
    ],
)
def test_a_title_over_a_lead_that_reads_a_contract_is_that_contract(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan signs agreement with China on visa exemption",
         "Azerbaijan and China signed an agreement on mutual visa exemption in Beijing."),
        ("ru", "Азербайджан подписал соглашение с Китаем о безвизовом режиме",
         "Азербайджан и Китай подписали в Пекине соглашение о взаимном освобождении от визовых требований."),
        ("az", "Azərbaycan Çinlə vizasız rejim haqqında saziş imzalayıb",
         "Azərbaycan ilə Çin arasında vizalardan qarşılıqlı azadolma haqqında saziş imzalanıb."),
    ],
)
def test_a_title_over_a_lead_that_reads_a_treaty_stays_an_event(language: str, title: str, lead: str) -> None:
    assert ("signed", None) in _actions(language, title, lead)


# --------------------------------------------------------------------------------------------------
# A company named by its brand ("<Name> Power", "plc", "GmbH") beside a state's ministry: a contract. A state's
# organ has no such word ("Azerbaijan's MES"), and "power" as a kind of energy or a state is no brand.


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Economy Ministry, Gulf Power sign agreement on solar plant", ""),
        ("en", "x", "Azerbaijan's Ministry of Economy and the UAE's Gulf Power have signed an agreement on a solar "
                    "plant."),
        ("en", "x", "The Ministry of Energy and Caspian Cables plc signed an agreement on a subsea cable."),
        ("en", "x", "The Energy Ministry and Nordwind GmbH signed a memorandum on wind measurements."),
        ("ru", "Минэкономики, Gulf Power подписали соглашение о солнечной электростанции", ""),
        ("az", "İqtisadiyyat Nazirliyi, Gulf Power günəş elektrik stansiyası haqqında saziş imzalayıb", ""),
        ("az", "x", "İqtisadiyyat Nazirliyi ilə Gulf Power günəş elektrik stansiyası haqqında saziş imzalayıb."),
    ],
)
def test_a_ministry_with_a_brand_named_company_signs_a_contract(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan's MES, Kazakh Emergencies Ministry sign memorandum on rescue training", ""),
        ("en", "x", "Azerbaijan and Russia signed an agreement on cooperation in nuclear power."),
        ("en", "x", "Azerbaijan's Energy Ministry and Uzbekistan's Energy Ministry signed an agreement on wind power."),
        ("en", "World powers, Iran sign agreement on nuclear programme", ""),
        ("en", "x", "Azerbaijan and Georgia signed an agreement on a power transmission line."),
        ("ru", "x", "Азербайджан и Россия подписали соглашение о сотрудничестве в атомной энергетике."),
        ("az", "x", "Azərbaycan və Özbəkistan külək enerjisi sahəsində əməkdaşlıq haqqında saziş imzalayıb."),
    ],
)
def test_power_as_energy_or_a_state_and_organs_stay_a_treaty(language: str, title: str, lead: str) -> None:
    assert ("signed", None) in _actions(language, title, lead)
