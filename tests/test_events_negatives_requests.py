"""A request between a verb and its treaty (events.yaml `request`, extract._asked_for), swept over en, ru and az
with positive twins of the same shape: "adopted a resolution calling on Azerbaijan to sign and ratify the
Convention", "sign a petition urging ratification of the pact": the verb acts on the document that asks (a
resolution, a petition, an appeal), the treaty is only asked for. The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "PACE adopts resolution calling on Armenia to ratify Istanbul Convention", ""),
        ("en", "Assembly resolution urges Georgia to sign Convention on Cybercrime", ""),
        ("en", "European Parliament calls on Azerbaijan to ratify Council of Europe convention", ""),
        ("en", "Rights groups urge Armenia to accede to the Rome Statute", ""),
        ("en", "Council of Europe body urges Azerbaijan to ratify the European Social Charter",
         "The Parliamentary Assembly of the Council of Europe has adopted a resolution calling on Azerbaijan to "
         "sign and ratify the Council of Europe Convention on preventing and combating violence against women."),
        ("en", "Assembly adopts appeal", "The Assembly adopted an appeal urging member states to ratify the "
                                          "Paris Agreement and the Kigali Amendment."),
        ("en", "Thousands sign petition urging ratification of plastics treaty", ""),
        ("en", "Over 15,000 signed a petition calling on the government to ratify the Istanbul Convention", ""),
        ("en", "NGOs signed an open letter asking parliament to ratify the Aarhus Convention", ""),
        ("en", "MPs signed an appeal urging Georgia to join the Convention on Cybercrime", ""),
        ("ru", "ПАСЕ приняла резолюцию, призывающую Азербайджан подписать и ратифицировать Стамбульскую конвенцию",
         ""),
        ("ru", "Европарламент принял резолюцию, призывающую Армению ратифицировать Конвенцию о киберпреступности",
         ""),
        ("ru", "Более 20 тысяч человек подписали петицию с призывом ратифицировать климатическое соглашение", ""),
        ("ru", "Депутаты подписали обращение, призывающее правительство присоединиться к Римскому статуту", ""),
        ("az", "AŞPA Azərbaycanı İstanbul Konvensiyasını imzalamağa və ratifikasiya etməyə çağıran qətnamə qəbul edib",
         ""),
        ("az", "Avropa Parlamenti Ermənistanı Kiberciniyyət haqqında Konvensiyanı ratifikasiya etməyə çağıran "
               "qətnamə qəbul edib", ""),
        ("az", "QHT-lər hökuməti Orhus Konvensiyasını ratifikasiya etməyə çağıran müraciət imzalayıb", ""),
    ],
)
def test_a_treaty_asked_for_is_not_acted_on(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Armenia ratifies Istanbul Convention", {("ratified", "AM")}),
        ("en", "Georgia signed the Convention on Cybercrime, urging its neighbours to follow",
         {("signed", "GE")}),
        ("en", "Milli Majlis ratifies the European Social Charter after appeal by the Council of Europe",
         {("adopted_by_parliament", "AZ")}),
        ("ru", "Армения ратифицировала Стамбульскую конвенцию", {("ratified", "AM")}),
        ("ru", "Грузия подписала Конвенцию о киберпреступности и призвала соседей последовать примеру",
         {("signed", "GE")}),
        ("az", "Ermənistan İstanbul Konvensiyasını ratifikasiya edib", {("ratified", "AM")}),
        ("az", "Milli Məclis Avropa Sosial Xartiyasını ratifikasiya edib", {("adopted_by_parliament", "AZ")}),
    ],
)
def test_a_treaty_acted_on_beside_a_request_keeps_its_act(language: str, title: str,
                                                            expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A bare treaty noun after the item's contract (extract._Context.contracts): "the agreement" a minister signs is the
# loan the item reported, unless the item read a state's act on a document of that kind too.


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Azerbaijan, ADB sign $500m loan agreement for railways",
         "The agreement was signed in Baku by the finance minister and the bank's country director."),
        ("en", "World Bank, Georgia sign grant agreement on water supply",
         "The agreement was signed by Georgia's finance minister."),
        ("en", "Georgia, EBRD ink EUR 80m loan deal",
         "Georgia and the European Bank for Reconstruction and Development have signed an 80 million euro loan "
         "agreement for municipal roads. The agreement was signed by the Minister of Economy and the bank's "
         "regional director."),
        ("ru", "Азербайджан и АБР подписали кредитное соглашение на 300 млн долларов",
         "Соглашение подписали министр финансов и директор представительства банка."),
        ("ru", "Всемирный банк выделит Грузии кредит, подписано соглашение",
         "Соглашение подписал министр финансов Грузии."),
        ("az", "Azərbaycan və Asiya İnkişaf Bankı 300 milyon dollarlıq kredit sazişi imzalayıb",
         "Sazişi maliyyə naziri və bankın ölkə direktoru imzalayıb."),
    ],
)
def test_the_loans_agreement_signed_by_a_minister_is_no_treaty(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, body) == set()


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("en", "Azerbaijan, Georgia sign agreement on international road transport",
         "The agreement was signed in Baku by the transport ministers.", {("signed", None)}),
        ("en", "Azerbaijan and ADB sign loan agreement, Azerbaijan and Georgia sign transit agreement",
         "The agreement was signed by the ministers.", {("signed", None)}),
        ("ru", "Азербайджан и Грузия подписали соглашение о международных автомобильных перевозках",
         "Соглашение подписали министры транспорта.", {("signed", None)}),
        ("az", "Azərbaycan və Gürcüstan beynəlxalq avtomobil daşımaları haqqında saziş imzalayıb",
         "Sazişi nəqliyyat nazirləri imzalayıb.", {("signed", None)}),
    ],
)
def test_a_states_agreement_signed_by_a_minister_keeps_its_act(language: str, title: str, body: str,
                                                               expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title, body) == expected
