"""An investor's production sharing or host government agreement stays the investor's contract when a parliament
ratifies or approves it, or a law approves it ("Milli Majlis ratifies production sharing agreement with bp"): in
Azerbaijan such contracts take a law's force, yet no state is their other side (events.yaml ``concession``,
mention_filters._lawmakers_financing). A loan agreement with a development bank that a parliament ratifies is the
state's agreement with the lender, and an agreement between states on joint exploration is a treaty: both stay.
Swept over en/ru/az (title and body, ratify/approve/law). The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Milli Majlis ratifies production sharing agreement with bp on offshore block", ""),
        ("en", "Parliament approves production-sharing agreement with Equinor", ""),
        ("en", "Aliyev signs law approving amended PSA with bp", ""),
        ("en", "Parliament news", "Azerbaijan's parliament on Tuesday approved the amended production sharing "
                                  "agreement between SOCAR and bp on the Shallow Water Absheron block."),
        ("en", "Parliament news", "The parliament ratified the host government agreement with ACWA Power on the "
                                  "offshore wind farm."),
        ("ru", "Милли Меджлис ратифицировал соглашение о разделе продукции с bp", ""),
        ("ru", "Новости парламента", "Парламент Азербайджана утвердил соглашение о разделе продукции по морскому "
                                     "блоку на Каспии."),
        ("ru", "Ильхам Алиев подписал закон об утверждении соглашения о разделе продукции с Equinor", ""),
        ("az", "Milli Məclis bp ilə hasilatın pay bölgüsü sazişini təsdiq edib", ""),
        ("az", "Parlament xəbərləri", "Prezident hasilatın pay bölgüsü haqqında sazişin təsdiq edilməsi barədə "
                                      "qanunu imzalayıb."),
    ],
)
def test_a_parliament_on_an_investors_contract_is_no_treaty_act(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("en", "Milli Majlis ratifies loan agreement with ADB", "", {("adopted_by_parliament", "AZ")}),
        ("ru", "Милли Меджлис ратифицировал кредитное соглашение с АБР", "", {("adopted_by_parliament", "AZ")}),
        ("az", "Milli Məclis Asiya İnkişaf Bankı ilə kredit sazişini ratifikasiya edib", "",
         {("adopted_by_parliament", "AZ")}),
        ("en", "Milli Majlis ratifies agreement with Turkmenistan on joint exploration of Dostlug field", "",
         {("adopted_by_parliament", "AZ")}),
        ("ru", "Милли Меджлис ратифицировал соглашение с Туркменистаном о совместной разведке", "",
         {("adopted_by_parliament", "AZ")}),
        ("az", "Milli Məclis Türkmənistanla karbohidrogen yatağının birgə kəşfiyyatı haqqında sazişi ratifikasiya "
               "edib", "", {("adopted_by_parliament", "AZ")}),
    ],
)
def test_a_parliament_on_a_lenders_or_states_agreement_stays(language: str, title: str, body: str,
                                                            expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == expected
