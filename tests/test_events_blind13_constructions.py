"""Constructions read after the thirteenth and fourteenth blind sets' en/ru false events, each swept over its
neighbours (tenses, voices, word orders, treaty nouns, states, headline and body forms) with positives of the
same shape. The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors

# --------------------------------------------------------------------------------------------------
# A protocol of a meeting, a session or a round of talks is its minutes, not a treaty
# (not_acted_on._minutes); a treaty noun determined as none ("no agreement") names no treaty
# (not_acted_on._determined_as_none).


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Border commissions of Azerbaijan and Armenia sign protocol of the meeting", ""),
        ("en", "Azerbaijan, Armenia sign protocol of eleventh meeting of delimitation commissions", ""),
        ("en", "Azerbaijan and Georgia intergovernmental commission meets in Tbilisi",
         "The co-chairs signed the protocol of the 12th session of the commission between Azerbaijan and Georgia."),
        ("en", "Azerbaijan, Uzbekistan hold commission session",
         "A protocol of the sixth meeting of the joint commission of Azerbaijan and Uzbekistan was signed."),
        ("en", "Azerbaijani, Kazakh commissions meet in Astana",
         "Azerbaijan and Kazakhstan have signed the protocol following the talks of the working groups."),
        ("en", "Azerbaijani, Armenian border commissions meet",
         "The deputy prime ministers of Azerbaijan and Armenia signed the protocol of the meeting; no agreement was "
         "concluded."),
        ("en", "Azerbaijan, Georgia hold talks in Baku",
         "The ministers of Azerbaijan and Georgia met in Baku, but no new agreement was signed."),
        ("ru", "Комиссии Азербайджана и Армении по делимитации подписали протокол по итогам встречи", ""),
        ("ru", "Подписан протокол заседания межправительственной комиссии Азербайджана и Узбекистана", ""),
        ("ru", "Азербайджан и Казахстан подписали протокол по итогам заседания межправкомиссии", ""),
        ("ru", "Межправкомиссия Азербайджана и Грузии провела заседание",
         "Сопредседатели подписали протокол восьмого заседания совместной комиссии Азербайджана и Грузии."),
        ("ru", "Азербайджан и Туркменистан подписали протокол по результатам переговоров", ""),
        ("ru", "Министры Азербайджана и Грузии провели встречу в Баку",
         "Министры Азербайджана и Грузии обсудили транзит, однако никакого соглашения подписано не было."),
    ],
)
def test_minutes_of_a_meeting_and_a_treaty_named_as_none_are_no_events(language, title, lead):
    assert actions_and_actors(language, title, *([lead] if lead else [])) == set()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, Georgia sign protocol on joint border checkpoints"),
        ("en", "Azerbaijan, Kazakhstan sign protocol amending road transport agreement"),
        ("en", "Azerbaijan and Turkmenistan signed a protocol to the agreement on double taxation"),
        ("ru", "Азербайджан и Грузия подписали протокол о внесении изменений в соглашение о транспорте"),
        ("ru", "Подписан протокол к соглашению между Азербайджаном и Узбекистаном об избежании двойного"
               " налогообложения"),
        ("ru", "Азербайджан и Казахстан подписали протокол о сотрудничестве в области транзита"),
    ],
)
def test_a_protocol_on_or_to_something_is_still_a_treaty(language, title):
    assert actions_and_actors(language, title) == {("signed", None)}


def test_protocol_number_is_a_designator_not_a_none():
    assert actions_and_actors("en", "Azerbaijan ratifies Protocol No. 16 to the European Convention on Human Rights") \
        == {("ratified", "AZ")}


# --------------------------------------------------------------------------------------------------
# A present verb in a time clause ("once 40 states ratify it") tells what is to come, in a headline too when the
# clause follows the headline's own verb; an entry into force followed by such a clause is a rule, not an act
# (english._in_time_clause, english._on_condition).


@pytest.mark.parametrize(
    "title",
    [
        "UN cybercrime convention will enter into force once 40 states ratify it, UNODC reminds",
        "UN cybercrime convention to take effect when 40 countries ratify it",
        "Convention on cybercrime will enter into force after 40 states ratify it",
        "The convention enters into force as soon as 40 states ratify it",
        "Agreement with Georgia takes effect once both parliaments ratify it",
        "Protocol with Kazakhstan comes into force when Azerbaijan and Kazakhstan sign it",
        "Convention becomes effective 90 days after the 20th state accedes to it",
    ],
)
def test_an_act_on_condition_is_no_event(title):
    assert actions_and_actors("en", title) == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("After talks, Azerbaijan and Georgia sign agreement on customs cooperation", {("signed", None)}),
        ("Azerbaijan, Georgia sign customs agreement after talks in Tbilisi", {("signed", None)}),
        ("Tokayev signs law ratifying agreement with Azerbaijan after Senate approves it", {("ratified", "KZ")}),
        ("Agreement with Azerbaijan enters into force after Kazakhstan completes ratification",
         {("entered_into_force", None)}),
    ],
)
def test_a_time_clause_without_a_present_act_leaves_the_act_a_fact(title, expected):
    assert actions_and_actors("en", title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Конвенция ООН против киберпреступности вступит в силу после ратификации 40 государствами",
        "Конвенция ООН против киберпреступности вступит в силу, как только ее ратифицируют 40 государств",
        "Конвенция вступит в силу после того, как ее ратифицируют 40 государств",
    ],
)
def test_russian_act_on_condition_is_no_event(title):
    assert actions_and_actors("ru", title) == set()


# --------------------------------------------------------------------------------------------------
# A deal whose other side is a state's company, club, promoter or label ("with US promoter", "с турецким
# «Бешикташем»"), or whose subject is a sportsman or singer, is a contract (events.yaml commercial).


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijani boxer signs multi-fight deal with US promoter"),
        ("en", "Azerbaijani fighter inks three-fight agreement with American promoter Top Rank"),
        ("en", "Azerbaijani singer signs deal with British label"),
        ("en", "Azerbaijan Airlines signs codeshare agreement with Turkish carrier"),
        ("en", "Qarabag signs partnership deal with Spanish club"),
        ("ru", "«Нефтчи» подписал соглашение о сотрудничестве с турецким «Бешикташем»"),
        ("ru", "«Азерпочт» подписал меморандум с казахстанской «Казпочтой»"),
        ("ru", "AZAL подписал соглашение о код-шеринге с турецкой «Pegasus»"),
        ("ru", "Азербайджанский боксер подписал соглашение с американским промоутером"),
        ("ru", "«Сабах» заключил меморандум о партнерстве с грузинским «Динамо»"),
    ],
)
def test_a_deal_with_a_states_company_or_club_is_no_event(language, title):
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan signs agreement with Turkish side on energy cooperation"),
        ("en", "Azerbaijan signs visa agreement with US"),
        ("ru", "Азербайджан и Турция подписали азербайджано-турецкое «Соглашение о военном сотрудничестве»"),
        ("ru", "Азербайджан подписал соглашение с турецкой стороной о сотрудничестве в энергетике"),
        ("ru", "Азербайджан подписал с Турцией «Соглашение о взаимной защите инвестиций»"),
    ],
)
def test_a_states_side_or_a_quoted_treaty_after_an_adjective_is_a_treaty(language, title):
    assert actions_and_actors(language, title) == {("signed", None)}
