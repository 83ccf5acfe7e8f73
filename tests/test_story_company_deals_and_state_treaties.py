"""Stories: a companies' contract joined the states' treaty signed on the same visit.

A headline naming the signing companies and no state ("SOCAR, KazMunayGas sign oil transport agreement"),
whose lead names the companies' states and in which the events read no treaty act, shares the states, the
action, the treaty noun and the subject with the states' agreement signed the day before; it is a contract,
not another edition of the treaty (``vetoes._deal_of_signatories``). The negatives of its shape: the
leaders' headline ("Aliyev, Tokayev sign ..."), whose act the events read, is an edition of the treaty, and
the companies' editions stay one story.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from tests.story_data import kept_apart, one_story

DAY = "2026-06-03T{}:00+04:00"

TREATY = [
    ("ru", "Азербайджан и Казахстан подписали соглашение о сотрудничестве в области энергетики", ""),
    ("az", "Azərbaycan və Qazaxıstan energetika sahəsində əməkdaşlıq haqqında saziş imzalayıb", ""),
    ("en", "Azerbaijan, Kazakhstan sign energy cooperation agreement", ""),
]

CONTRACTS = [
    ("en", "SOCAR, KazMunayGas sign agreement on oil transportation",
     "Azerbaijan's state oil company SOCAR and Kazakhstan's KazMunayGas signed a commercial agreement on "
     "shipping more oil via the Baku-Tbilisi-Ceyhan pipeline."),
    ("en", "SOCAR and KazMunayGas ink energy deal",
     "The state oil companies of Azerbaijan and Kazakhstan agreed on larger volumes of oil exports."),
    ("ru", "SOCAR и «КазМунайГаз» подписали соглашение о транспортировке нефти",
     "Нефтяные компании Азербайджана и Казахстана договорились об увеличении прокачки нефти по БТД."),
    ("ru", "SOCAR и «КазМунайГаз» подписали соглашение в энергетике", ""),
    ("az", "SOCAR və “QazMunayQaz” neftin nəqli haqqında saziş imzalayıb",
     "Azərbaycan Dövlət Neft Şirkəti və Qazaxıstanın “QazMunayQaz” şirkəti neftin nəqlinin artırılması "
     "haqqında kommersiya sazişi imzalayıb."),
]


@pytest.mark.parametrize(("language", "headline", "lead"), CONTRACTS)
def test_a_companies_contract_stays_apart_from_the_states_treaty(make, language, headline, lead) -> None:
    treaty = one_story(make, TREATY, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, lead, at="2026-06-04T09:00:00+04:00"), *treaty)


def test_the_leaders_headline_is_an_edition_of_the_treaty(make) -> None:
    """The negative of the contract's shape: a headline naming the leaders who signed, no state, whose act the
    events read, reports the treaty."""
    one_story(make, [*TREATY, ("en", "Aliyev, Tokayev sign energy cooperation agreement", "")], DAY)


def test_the_companies_editions_are_one_story(make) -> None:
    one_story(make, CONTRACTS[::2] + CONTRACTS[3:], DAY)


def test_a_headline_naming_the_place_of_the_treaty_is_its_edition(make) -> None:
    """The negative of the contract's shape: a passive headline naming no state but the place the treaty is
    about (read as a name, as a company's would be) names it in the other editions too."""
    one_story(make, [
        ("ru", "Азербайджан и Казахстан подписали соглашение о строительстве нефтепровода Актау - Сангачал", ""),
        ("az", "Aktau - Səngəçal neft kəməri haqqında saziş imzalanıb", ""),
        ("en", "Azerbaijan, Kazakhstan sign agreement on Aktau-Sangachal oil pipeline", ""),
    ], DAY)
