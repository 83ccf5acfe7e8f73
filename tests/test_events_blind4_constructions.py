"""Constructions read after the fourth blind set's en/ru failures, each with negatives of the same shape. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


def _acts(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# "becomes the first/latest (country) to ratify", "becomes signatory to", "стал первой страной,
# ратифицировавшей": the act done, ranked among other states'


@pytest.mark.parametrize(
    ("language", "ranked", "plain"),
    [
        ("en", "Georgia becomes first to ratify the regional transit agreement",
         "Georgia ratifies the regional transit agreement"),
        ("en", "Moldova becomes latest country to ratify Council of Europe convention on cultural property",
         "Moldova ratifies Council of Europe convention on cultural property"),
        ("en", "Uzbekistan became the second state to join the Hague Convention on child abduction",
         "Uzbekistan joined the Hague Convention on child abduction"),
        ("en", "Turkmenistan becomes the 40th country to sign the fisheries agreement",
         "Turkmenistan signs the fisheries agreement"),
        ("en", "Georgia becomes signatory to UN convention on judicial sales of ships",
         "Georgia signs UN convention on judicial sales of ships"),
        ("en", "Albania became a full signatory of the Council of Europe framework convention on heritage",
         "Albania signed the Council of Europe framework convention on heritage"),
        ("ru", "Грузия стала первой страной, ратифицировавшей соглашение о транзитном коридоре",
         "Грузия ратифицировала соглашение о транзитном коридоре"),
        ("ru", "Молдова стала третьим государством, подписавшим конвенцию о культурных ценностях",
         "Молдова подписала конвенцию о культурных ценностях"),
        ("ru", "Узбекистан стал последней страной региона, присоединившейся к Конвенции о гражданско-правовых "
               "аспектах похищения детей",
         "Узбекистан присоединился к Конвенции о гражданско-правовых аспектах похищения детей"),
    ],
)
def test_becoming_the_first_to_act_is_the_act(language: str, ranked: str, plain: str) -> None:
    """The ranked title reads as the plain verb would: the same action by the same actor."""
    expected = _acts(language, plain)
    assert expected and len(expected) == 1
    assert _acts(language, ranked) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # the same ranking, of an act still to come or of no act on a treaty
        ("en", "Georgia is expected to become the first country to ratify the regional transit agreement"),
        ("en", "Moldova could become the latest country to sign the convention on cultural property"),
        ("en", "Georgia becomes first country to host the transit agreement's secretariat"),
        ("en", "Georgia will become a signatory to the UN convention on judicial sales of ships"),
        ("ru", "Грузия может стать первой страной, ратифицировавшей соглашение о транзитном коридоре"),
        ("ru", "Молдова станет третьим государством, подписавшим конвенцию о культурных ценностях"),
        ("ru", "Грузия стала первой страной, принявшей у себя секретариат соглашения о транзите"),
    ],
)
def test_becoming_the_first_to_act_later_or_otherwise_is_no_act(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# A headline that is only a noun of acting and its treaty, with (en) its actor's possessive before the noun or its
# agent after the name: "Ratification of <treaty> by <state/parliament>", "<State>'s ratification of <treaty>"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ratification of Council of Europe convention on cultural property by Moldova", {("ratified", "MD")}),
        ("Ratification of Azerbaijan-Georgia transit agreement by the Georgian parliament",
         {("adopted_by_parliament", "GE")}),
        ("Accession to Hague Convention on child abduction by Uzbekistan", {("acceded", "UZ")}),
        ("Georgia's ratification of transit agreement with Azerbaijan", {("ratified", "GE")}),
        ("Moldovan Parliament’s ratification of the convention on cultural property",
         {("adopted_by_parliament", "MD")}),
    ],
)
def test_a_verbless_headline_names_its_actor(title: str, expected: set[tuple[str, str]]) -> None:
    assert _acts("en", title) == expected


@pytest.mark.parametrize(
    "title",
    [
        # the agent phrase ends in the title's own verb or adjective: the act is not reported done
        "Ratification of Azerbaijan-Georgia transit agreement by Georgia's parliament stalls",
        "Ratification of the convention on cultural property by Moldova unlikely this year",
        "Ratification of the convention on cultural property by Moldova postponed",
        "Georgia's ratification of transit agreement in doubt",
        "Georgia's ratification of transit agreement delayed",
        # a possessive that is not the actor's, before no noun of acting
        "Georgia's view of transit agreement with Azerbaijan",
    ],
)
def test_a_verbless_headline_with_its_own_predicate_is_no_act(title: str) -> None:
    assert _acts("en", title) == set()


# --------------------------------------------------------------------------------------------------
# A treaty named as an organisation of states' ("CIS agreement on ...", "Соглашение СНГ о ...", "MDB-nin
# sazişi") is a states' treaty though no state is named: its entry into force is an event


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "CIS agreement on cooperation in combating illegal migration enters into force"),
        ("en", "OTS agreement on the customs corridor took effect"),
        ("ru", "Вступило в силу Соглашение СНГ о сотрудничестве в сфере туризма"),
        ("ru", "Вступил в силу Протокол к Соглашению ОТГ о таможенном транзите"),
        ("az", "MDB-nin turizm sahəsində əməkdaşlıq haqqında sazişi qüvvəyə minib"),
    ],
)
def test_an_organisations_treaty_in_force_is_an_event(language: str, title: str) -> None:
    assert _acts(language, title) == {("entered_into_force", None)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # no state, no organ, no organisation of states: it may be a company's contract
        ("en", "Agreement on cooperation in combating illegal migration enters into force"),
        ("en", "Azersun and Nestle agreement on coffee supply took effect"),
        ("ru", "Вступило в силу соглашение о сотрудничестве в сфере туризма"),
        ("ru", "Вступило в силу соглашение «Азерсун» и Nestle о поставках кофе"),
    ],
)
def test_a_treaty_of_no_one_named_in_force_is_no_event(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# A parliament that receives a bill, a sitting's agenda that includes it, "вынесено на рассмотрение
# парламента": the bill was submitted to parliament


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Milli Majlis receives bill on ratification of Azerbaijan-Jordan air services agreement"),
        ("en", "Azerbaijani parliament has received bill on Jordan legal aid agreement"),
        ("en", "Plenary agenda includes bill on ratification of Azerbaijan-Jordan air services agreement"),
        ("ru", "Соглашение о воздушном сообщении с Иорданией вынесено на рассмотрение Милли Меджлиса"),
        ("ru", "Законопроект о ратификации соглашения с Иорданией о правовой помощи внесен на рассмотрение "
               "парламента"),
    ],
)
def test_a_bill_received_by_parliament_was_submitted(language: str, title: str) -> None:
    assert {action for action, _ in _acts(language, title)} == {"submitted_to_parliament"}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # the bill is to come, someone else receives it, or what is put before another organ is no bill
        ("en", "Milli Majlis will receive bill on ratification of Azerbaijan-Jordan air services agreement"),
        ("en", "President receives bill on ratification of Azerbaijan-Jordan air services agreement"),
        ("en", "Parliament receives Jordanian delegation to discuss air services agreement"),
        ("ru", "Соглашение о воздушном сообщении с Иорданией будет вынесено на рассмотрение Милли Меджлиса"),
        ("ru", "Соглашение о воздушном сообщении с Иорданией вынесено на рассмотрение правительства"),
    ],
)
def test_a_bill_not_received_by_parliament_is_no_submission(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# A headline's participle with "by" and a time ("signed by year-end") sets a target: no act. (ru and az say it with
# a future or a modal already: "будет подписан до конца года", "ilin sonunadək imzalanacaq".)


@pytest.mark.parametrize(
    "title",
    [
        "Expert sees Armenia-Azerbaijan peace treaty signed by year-end",
        "Transit agreement with Georgia ratified by the end of 2027, minister hopes",
        "Tourism memorandum signed by March, ministry says",
    ],
)
def test_a_headline_participle_with_a_deadline_is_no_act(title: str) -> None:
    assert _acts("en", title) == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "by" and an agent, or a date after the agent: the act reported
        ("Transit agreement with Georgia ratified by Mongolia", {("ratified", "MN")}),
        ("Transit agreement with Georgia ratified by Mongolia in March", {("ratified", "MN")}),
    ],
)
def test_a_headline_participle_with_an_agent_is_the_act(title: str, expected: set[tuple[str, str]]) -> None:
    assert _acts("en", title) == expected


# --------------------------------------------------------------------------------------------------
# A verbless headline whose predicate only tells its act became law ("Ratification of ... signed into law")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ratification of Azerbaijan-Jordan air services agreement signed into law", {("ratified", "AZ")}),
        ("Accession to Hague Convention on child abduction signed into law", {("acceded", "AZ")}),
    ],
)
def test_a_verbless_headline_signed_into_law_is_the_act(title: str, expected: set[tuple[str, str]]) -> None:
    assert _acts("en", title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Ratification of Azerbaijan-Jordan air services agreement not signed into law",
        "Ratification of Azerbaijan-Jordan air services agreement to be signed into law",
        "Ratification of Azerbaijan-Jordan air services agreement published for public discussion",
    ],
)
def test_a_verbless_headline_with_another_predicate_is_no_act(title: str) -> None:
    assert _acts("en", title) == set()
