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


# --------------------------------------------------------------------------------------------------
# A joint signing of a treaty named by its own earlier year is its history: the parties sign a treaty once, in
# the year it is named by (verb_acts.signed_in_its_year). One state's late signature of an older convention, an
# accession or ratification of one, and a protocol to an older treaty are news.


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Историк: Гюлистанский договор 1813 года подписан без участия азербайджанских ханств", ""),
        ("ru", "Как подписывали Карсский договор 1921 года", ""),
        ("ru", "Выставка в Баку", "Туркманчайский договор 1828 года был подписан Россией и Ираном."),
        ("en", "Historian: 1813 Gulistan treaty signed without Azerbaijani khanates", ""),
        ("en", "Exhibition opens in Kars",
         "The 1921 Treaty of Kars was signed by Turkey and the Soviet republics of the South Caucasus."),
        ("en", "Exhibition opens in Kars", "The Treaty of Kars of 1921 was signed by Turkey and Armenia."),
    ],
)
def test_a_joint_signing_of_a_treaty_named_by_an_earlier_year_is_history(language, title, lead):
    assert actions_and_actors(language, title, *([lead] if lead else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan signs 2011 Istanbul Convention", {("signed", "AZ")}),
        ("en", "Azerbaijan accedes to 1958 New York Convention", {("acceded", "AZ")}),
        ("ru", "Азербайджан присоединился к Нью-Йоркской конвенции 1958 года", {("acceded", "AZ")}),
        ("ru", "Азербайджан ратифицировал Конвенцию 2019 года о насилии и домогательствах", {("ratified", "AZ")}),
        ("en", "Azerbaijan, Georgia sign protocol amending 1996 free trade agreement", {("signed", None)}),
        ("ru", "Азербайджан и Грузия подписали протокол к соглашению 1996 года о свободной торговле",
         {("signed", None)}),
        ("en", "Azerbaijan and Uzbekistan sign cooperation programme for 2025-2027 and agreement on transit",
         {("signed", None)}),
    ],
)
def test_an_older_treatys_later_acts_and_protocols_are_news(language, title, expected):
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A grant's "financial agreement" or "technical assistance agreement" with a donor is a contract (events.yaml
# financing); a parliament's ratification of one, and military financial or technical cooperation, are treaties.


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "ЕС выделил Азербайджану грант на 10 млн евро; подписано финансовое соглашение", ""),
        ("ru", "АБР предоставит Азербайджану грант",
         "Азиатский банк развития и Министерство финансов подписали соглашение о предоставлении технической "
         "помощи в размере $2 млн."),
        ("ru", "Азербайджан и ЕС подписали финансовое соглашение о поддержке реформ", ""),
        ("en", "EU, Azerbaijan sign financial agreement on justice reform support", ""),
        ("en", "ADB, Azerbaijan sign technical assistance agreement on water supply", ""),
        ("en", "EU allocates EUR 10 million grant to Azerbaijan; financial agreement signed", ""),
    ],
)
def test_a_grants_financial_or_technical_assistance_agreement_is_no_event(language, title, lead):
    assert actions_and_actors(language, title, *([lead] if lead else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Türkiye, Azerbaijan sign military financial cooperation agreement", {("signed", None)}),
        ("en", "Azerbaijan, Türkiye sign agreement on military technical assistance", {("signed", None)}),
        ("ru", "Азербайджан и Турция подписали соглашение о военно-технической помощи", {("signed", None)}),
        ("ru", "Милли Меджлис ратифицировал финансовое соглашение с ЕС", {("adopted_by_parliament", "AZ")}),
        ("en", "Milli Majlis ratifies financial agreement with EU on justice reform",
         {("adopted_by_parliament", "AZ")}),
    ],
)
def test_military_financial_cooperation_and_a_parliaments_vote_stay_treaty_acts(language, title, expected):
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A voted law "sent to the President for signature" goes to the head of state, not to a parliament
# (events.yaml for_signature); one sent to the other chamber is submitted to it.


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Kazakh Senate OKs gas transit deal with Azerbaijan - sent to Tokayev for signature",
         {("adopted_by_parliament", "KZ")}),
        ("en", "Kazakh Senate ratifies agreement with Azerbaijan, forwards it to Tokayev for his signature",
         {("adopted_by_parliament", "KZ")}),
        ("ru", "Сенат Казахстана ратифицировал соглашение с Азербайджаном и направил его Токаеву на подпись",
         {("adopted_by_parliament", "KZ")}),
        ("en", "Mazhilis ratifies agreement with Azerbaijan, sends it to Senate",
         {("adopted_by_parliament", "KZ"), ("submitted_to_parliament", "KZ")}),
        ("en", "Government submits bill on ratification of agreement with Georgia to Milli Majlis",
         {("submitted_to_parliament", "AZ")}),
    ],
)
def test_a_law_sent_for_signature_is_no_submission(language, title, expected):
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# "joins <treaty> signatories", "присоединился к подписантам <treaty>" sign it; "joins <treaty>" accedes.


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan joins Macolin Convention signatories", {("signed", "AZ")}),
        ("en", "Georgia joins list of Istanbul Convention signatories", {("signed", "GE")}),
        ("en", "Armenia has joined the signatories of the Convention on the Manipulation of Sports Competitions",
         {("signed", "AM")}),
        ("en", "Azerbaijan will join Macolin Convention signatories next year", set()),
        ("en", "Azerbaijan joins Macolin Convention", {("acceded", "AZ")}),
        ("ru", "Азербайджан присоединился к подписантам Конвенции о манипулировании спортивными соревнованиями",
         {("signed", "AZ")}),
        ("ru", "Азербайджан присоединился к числу подписантов Маколинской конвенции", {("signed", "AZ")}),
        ("ru", "Азербайджан присоединился к Маколинской конвенции", {("acceded", "AZ")}),
    ],
)
def test_joining_a_treatys_signatories_is_signing_it(language, title, expected):
    assert actions_and_actors(language, title) == expected


def test_two_states_signing_an_older_convention_is_news():
    assert actions_and_actors("en", "Azerbaijan and Uzbekistan sign 2011 Istanbul Convention") == {("signed", None)}
