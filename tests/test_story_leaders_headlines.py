"""Stories: a headline that names the leaders, not their states ("Aliyev, Tokayev sign ...", "Алиев и
Токаев подписали ...", "İlham Əliyev və Kassım-Jomart Tokayev ... imzalayıb"), says no state acts alone; its
lead's states ("BAKU, Azerbaijan ... The presidents of Azerbaijan and Kazakhstan signed ...") are read in the
lead, not at the headline's offsets, where the dateline's "Azerbaijan" made Azerbaijan the sole actor and
vetoed the editions whose joint headline names both states ("Azerbaijan and Kazakhstan sign ...").

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from tests.story_data import apart, one_story

_DAY = "2026-04-09T{}:00+04:00"

# (state en, state ru nominative pair, state az, leader en, leader ru, leader az)
PARTNERS = {
    "KZ": ("Kazakhstan", "Казахстан", "Qazaxıstan", "Tokayev", "Токаев", "Kassım-Jomart Tokayev",
           "Казахстана", "Qazaxıstanın"),
    "UZ": ("Uzbekistan", "Узбекистан", "Özbəkistan", "Mirziyoyev", "Мирзиёев", "Şavkat Mirziyoyev",
           "Узбекистана", "Özbəkistanın"),
    "GE": ("Georgia", "Грузия", "Gürcüstan", "Kavelashvili", "Кавелашвили", "Mixeil Kavelaşvili",
           "Грузии", "Gürcüstanın"),
}
DOCUMENTS = {  # en noun, ru accusative, az
    "declaration": ("strategic partnership declaration", "Декларацию о стратегическом партнерстве",
                    "strateji tərəfdaşlıq haqqında Bəyannamə"),
    "agreement": ("agreement on road transport", "соглашение о международных автомобильных перевозках",
                  "beynəlxalq avtomobil daşımaları haqqında Saziş"),
}


def _editions(state: str, document: str, en_verb: str) -> list[tuple[str, str, str]]:
    en, ru, az, leader_en, leader_ru, leader_az, _, az_gen = PARTNERS[state]
    doc_en, doc_ru, doc_az = DOCUMENTS[document]
    return [
        ("en", f"Aliyev, {leader_en} {en_verb} {doc_en}",
         f"BAKU, Azerbaijan, April 9. The presidents of Azerbaijan and {en} signed the {doc_en} in Baku today."),
        ("ru", f"Азербайджан и {ru} подписали {doc_ru}",
         f"БАКУ /Trend/ - В Баку президенты Азербайджана и {PARTNERS[state][6]} подписали {doc_ru}."),
        ("az", f"Azərbaycan və {az} arasında {doc_az} imzalanıb",
         f"Bakı. Prezident İlham Əliyev və {az_gen} Prezidenti {leader_az} {doc_az} imzalayıblar."),
        ("ru", f"Алиев и {leader_ru} подписали {doc_ru}",
         f"БАКУ, 9 апреля. Президенты Азербайджана и {PARTNERS[state][6]} подписали {doc_ru}."),
    ]


@pytest.mark.parametrize("state", list(PARTNERS))
@pytest.mark.parametrize("document", list(DOCUMENTS))
@pytest.mark.parametrize("en_verb", ["sign", "signed", "ink"])
def test_the_leaders_headline_is_the_joint_signings_story(make, state, document, en_verb) -> None:
    one_story(make, _editions(state, document, en_verb), _DAY)


@pytest.mark.parametrize(("state", "other"), [(s, o) for s in PARTNERS for o in PARTNERS if s != o])
@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_another_partners_signing_stays_apart(make, state, other, document) -> None:
    leaders = _editions(state, document, "sign")[0]
    for edition in _editions(other, document, "sign")[1:3]:
        apart(make, leaders, edition, _DAY)


@pytest.mark.parametrize("state", list(PARTNERS))
def test_a_ratification_by_the_partner_stays_apart_from_the_signing(make, state) -> None:
    en, _, _, _, leader_ru, _, genitive, _ = PARTNERS[state]
    leaders = _editions(state, "agreement", "sign")[0]
    ratified = ("ru", f"{leader_ru} ратифицировал соглашение с Азербайджаном о международных автомобильных перевозках",
                f"АСТАНА. Президент {genitive} подписал закон о ратификации соглашения с Азербайджаном.")
    apart(make, leaders, ratified, _DAY)


def _ratified_by_the_partner(state: str, en_verb: str) -> list[tuple[str, str, str]]:
    en, ru, az, leader_en, leader_ru, leader_az, ru_gen, az_gen = PARTNERS[state]
    return [
        ("en", f"{leader_en} {en_verb} international road transport agreement",
         f"BAKU, Azerbaijan, April 9. President of {en} {leader_en} signed the law ratifying the agreement with "
         "Azerbaijan on international road transport, Trend reports."),
        ("ru", f"{ru} ратифицировал соглашение с Азербайджаном о международных автомобильных перевозках",
         f"БАКУ /Trend/ - Президент {ru_gen} {leader_ru} подписал закон о ратификации соглашения с "
         "Азербайджаном о международных автомобильных перевозках."),
        ("az", f"{az} Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişi ratifikasiya edib",
         f"Bakı. {az_gen} Prezidenti {leader_az} Azərbaycanla beynəlxalq avtomobil daşımaları haqqında sazişin "
         "ratifikasiyası barədə qanunu imzalayıb."),
    ]


@pytest.mark.parametrize("state", list(PARTNERS))
@pytest.mark.parametrize("en_verb", ["ratifies", "ratified", "signs law ratifying"])
def test_a_foreign_leaders_act_under_a_baku_dateline_is_that_states_story(make, state, en_verb) -> None:
    one_story(make, _ratified_by_the_partner(state, en_verb), _DAY)


@pytest.mark.parametrize("state", list(PARTNERS))
def test_azerbaijans_own_ratification_stays_apart_from_the_leaders(make, state) -> None:
    en = PARTNERS[state][0]
    leader = _ratified_by_the_partner(state, "ratifies")[0]
    own = ("en", f"Milli Majlis ratifies agreement with {en} on road transport",
           f"BAKU, Azerbaijan, April 9. The Milli Majlis ratified the agreement with {en} on international road "
           "transport today.")
    apart(make, leader, own, _DAY)
