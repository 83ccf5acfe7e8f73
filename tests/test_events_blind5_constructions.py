"""Constructions read after the fifth blind set's en/ru failures, each with negatives of the same shape. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors as _acts
from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# A withdrawal (exit, denunciation) that takes effect / enters into force: the state's withdrawal is done


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("en", "Lithuania's withdrawal from Convention on Cluster Munitions takes effect", "LT"),
        ("en", "Russia's exit from the Treaty on Open Skies took effect", "RU"),
        ("en", "Hungary's withdrawal from the Rome Statute of the International Criminal Court enters into force",
         "HU"),
        ("en", "The denunciation of the Treaty on Conventional Armed Forces in Europe by Russia came into force", "RU"),
        ("ru", "Выход Литвы из Конвенции по кассетным боеприпасам вступил в силу", "LT"),
        ("ru", "Выход Венгрии из Римского статута Международного уголовного суда вступил в силу", "HU"),
        ("ru", "Денонсация Россией Договора об обычных вооруженных силах в Европе вступила в силу", "RU"),
    ],
)
def test_a_withdrawal_that_takes_effect_is_denounced(language: str, title: str, actor: str) -> None:
    assert _acts(language, title) == {("denounced", actor)}


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # the same shape, still to come: no act yet
        ("en", "Lithuania's withdrawal from Convention on Cluster Munitions will take effect in six months", set()),
        ("ru", "Выход Литвы из Конвенции по кассетным боеприпасам вступит в силу через полгода", set()),
        # a withdrawal of something else, in another clause: the treaty's own entry into force, or nothing
        ("en", "The withdrawal of troops from the zone began as the ceasefire agreement entered into force", set()),
        ("ru", "Выход из кризиса начался, когда соглашение вступило в силу", set()),
        ("en", "Azerbaijan-Georgia agreement on road transport takes effect",
         {("entered_into_force", None)}),
    ],
)
def test_other_entries_into_force_stay_what_they_were(language: str, title: str,
                                                      expected: set[tuple[str, str | None]]) -> None:
    assert _acts(language, title) == expected


# --------------------------------------------------------------------------------------------------
# Entry into force in a headline: "<treaty> in force" (verb dropped), "becomes effective"


@pytest.mark.parametrize(
    "title",
    [
        "Azerbaijan-Oman air services agreement in force",
        "High Seas Treaty in force as of Saturday",
        "Agreement on road transport between Azerbaijan and Georgia in force from today",
        "Kazakhstan-Azerbaijan visa agreement in force: what changes for travellers",
        "Armenia, Georgia double tax convention becomes effective",
        "Azerbaijan-Uzbekistan double taxation protocol became effective",
    ],
)
def test_a_headline_treaty_in_force_entered_into_force(title: str) -> None:
    assert {a for a, _ in _acts("en", title)} == {"entered_into_force"}


@pytest.mark.parametrize(
    "title",
    [
        "Azerbaijan-Oman air services agreement remains in force",
        "Azerbaijan-Oman air services agreement still in force despite dispute",
        "Azerbaijan-Oman air services agreement no longer in force",
        "Azerbaijan-Oman air services agreement to be in force from 2027",
        "Agreement in force since 2010 governs flights between Azerbaijan and Oman",
        "Is the Azerbaijan-Oman air services agreement in force?",
        "Armenia, Georgia double tax convention will become effective next year",
        "Armenia, Georgia double tax convention may become effective in January",
    ],
)
def test_a_treaty_that_stays_or_will_be_in_force_is_no_event(title: str) -> None:
    assert _acts("en", title) == set()


# --------------------------------------------------------------------------------------------------
# CEPA and FTA: an agreement named by its abbreviation


@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("Azerbaijan-UAE CEPA enters into force", "entered_into_force"),
        ("Azerbaijan and UAE sign CEPA", "signed"),
        ("Georgia, China FTA signed in Beijing", "signed"),
        ("Ratification of Azerbaijan-UAE CEPA approved by Azerbaijani President", "ratified"),
    ],
)
def test_an_agreement_by_its_abbreviation(title: str, action: str) -> None:
    assert {a for a, _ in _acts("en", title)} == {action}


@pytest.mark.parametrize(
    "title",
    ["Azerbaijan and UAE to sign CEPA next month", "Azerbaijan, UAE expected to conclude talks on CEPA",
     "Azerbaijan has not yet ratified CEPA with the UAE"],
)
def test_an_abbreviated_agreement_planned_is_no_event(title: str) -> None:
    assert _acts("en", title) == set()


# --------------------------------------------------------------------------------------------------
# "no documents signed": the subject's "no" denies the act


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Iranian FM in Baku: no documents signed, sides discuss extradition treaty implementation", ""),
        ("No agreements signed during Uzbek minister's visit to Baku", ""),
        ("Talks in Baku", "No new agreements were signed during the visit, but the extradition treaty between "
                          "Azerbaijan and Iran was discussed."),
        ("Georgian PM in Baku: no intergovernmental agreement signed this time", ""),
    ],
)
def test_no_documents_signed_is_no_event(title: str, body: str) -> None:
    paragraphs = (body,) if body else ()
    assert _acts("en", title, *paragraphs) == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ILO Convention No. 190 ratified by Uzbekistan", {("ratified", "UZ")}),
        ("Azerbaijan and Iran signed extradition treaty, no further documents expected", {("signed", None)}),
    ],
)
def test_no_as_a_designator_or_elsewhere_denies_nothing(title: str, expected: set[tuple[str, str | None]]) -> None:
    assert _acts("en", title) == expected


# --------------------------------------------------------------------------------------------------
# "approves ratification of" / "утвердил ратификацию": the act approved is done by the head of state


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Ilham Aliyev approves ratification of cybercrime convention's second protocol", {("ratified", "AZ")}),
        ("en", "President of Kazakhstan approved the ratification of the Convention on Cybercrime",
         {("ratified", "KZ")}),
        ("en", "Tokayev approves accession to the Hague Apostille Convention", {("acceded", "KZ")}),
        ("ru", "Президент Казахстана утвердил ратификацию Конвенции о киберпреступности", {("ratified", "KZ")}),
        # a parliament's approval stays its vote; a plan stays no act
        ("en", "Milli Majlis approves ratification of the Convention on Cybercrime",
         {("adopted_by_parliament", "AZ")}),
        ("en", "President expected to approve ratification of the Convention on Cybercrime", set()),
    ],
)
def test_approving_the_ratification_is_the_ratification(language: str, title: str,
                                                        expected: set[tuple[str, str | None]]) -> None:
    assert _acts(language, title) == expected


# --------------------------------------------------------------------------------------------------
# Its parties adopting a joint declaration sign it


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan, Italy adopt joint declaration on enhanced strategic partnership", {("signed", None)}),
        ("en", "Presidents of Azerbaijan and Hungary adopted a joint declaration on strategic partnership",
         {("signed", None)}),
        ("ru", "Азербайджан и Италия приняли совместную декларацию о стратегическом партнерстве",
         {("signed", None)}),
        ("en", "Azerbaijan and Italy to adopt joint declaration on strategic partnership", set()),
        ("ru", "Азербайджан и Италия примут совместную декларацию о стратегическом партнерстве", set()),
    ],
)
def test_a_joint_declaration_adopted_is_signed(language: str, title: str,
                                               expected: set[tuple[str, str | None]]) -> None:
    assert _acts(language, title) == expected


# --------------------------------------------------------------------------------------------------
# Names: lower-case subjects joined by "and" before the noun; "in ... Matters"; a long comma list after "о"


def _names(language: str, title: str) -> set[str]:
    return {e.treaty_name for e in events_of(language, title, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("language", "title", "name"),
    [
        ("en", "Azerbaijan-Turkmenistan road transport and transit agreement signed in Ashgabat",
         "Azerbaijan-Turkmenistan road transport and transit agreement"),
        ("en", "Azerbaijan and Georgia sign science and technology cooperation agreement",
         "science and technology cooperation agreement"),
        ("en", "Azerbaijan and Italy signed the Treaty on Mutual Legal Assistance in Criminal Matters",
         "Treaty on Mutual Legal Assistance in Criminal Matters"),
        ("en", "Azerbaijan and Hungary signed the agreement on legal assistance in civil and commercial matters in "
               "Budapest", "agreement on legal assistance in civil and commercial matters"),
        ("en", "Azerbaijan and Georgia signed an agreement on cooperation in the generation, transmission, storage "
               "and trade of green energy",
         "agreement on cooperation in the generation, transmission, storage and trade of green energy"),
        ("ru", "Азербайджан присоединился к Конвенции о юрисдикции, применимом праве, признании, исполнении и "
               "сотрудничестве в отношении родительской ответственности",
         "Конвенции о юрисдикции, применимом праве, признании, исполнении и сотрудничестве в отношении "
         "родительской ответственности"),
    ],
)
def test_a_name_reaches_over_its_lists_and_matters(language: str, title: str, name: str) -> None:
    assert _names(language, title) == {name}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # the list is a clause's, or the place is a place
        ("Azerbaijan and Georgia signed an agreement on transit, discussed trade, investment and energy",
         "agreement on transit"),
        ("Azerbaijan and Italy signed the Treaty on Mutual Legal Assistance in Rome",
         "Treaty on Mutual Legal Assistance"),
        ("Azerbaijan and Georgia discussed energy and signed a transit agreement", "transit agreement"),
    ],
)
def test_a_name_stops_where_its_lists_and_places_stop(title: str, name: str) -> None:
    assert _names("en", title) == {name}


# --------------------------------------------------------------------------------------------------
# A treaty of history dated by its year ("signed in 1828", "в 1921 году"): background, not news


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "How the Treaty of Turkmenchay was signed in 1828: new archive exhibition opens in Baku"),
        ("en", "The Treaty of Gulistan was signed in October 1813"),
        ("ru", "Как в 1828 году был подписан Туркманчайский договор"),
        ("ru", "Московский договор о дружбе был подписан в 1921 году"),
    ],
)
def test_a_treaty_signed_centuries_ago_is_history(language: str, title: str) -> None:
    assert _acts(language, title) == set()


def test_a_treaty_signed_this_year_is_still_news() -> None:
    assert _acts("en", "Azerbaijan and Georgia sign the agreement on transit in 2026") == {("signed", None)}


# --------------------------------------------------------------------------------------------------
# ru object first, subjects after the verb: a company among them makes it a contract


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Соглашение о совместной разведке подписали SOCAR и госконцерн «Туркменнефть».", set()),
        ("Соглашение о транзите подписали министр транспорта Азербайджана и компания ADY Container.", set()),
        ("Меморандум о сотрудничестве подписали Минэнерго Азербайджана и компания Masdar.", set()),
        # the same order with states, and the usual order with a commercial word in the object, stay treaties
        ("Соглашение о международном автомобильном транспорте подписали Азербайджан и Грузия.",
         {("signed", None)}),
        ("Азербайджан и Грузия подписали соглашение о транзите и меморандум о поставках газа.",
         {("signed", None)}),
    ],
)
def test_subjects_after_the_verb_can_be_companies(lead: str, expected: set[tuple[str, str | None]]) -> None:
    assert _acts("ru", "Новости", lead) == expected


# --------------------------------------------------------------------------------------------------
# A law's own title as the page's title: "О ратификации <treaty>", "On ratification of <treaty>"


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("ru", "О ратификации Договора о взаимной правовой помощи по уголовным делам между Азербайджанской "
               "Республикой и Итальянской Республикой", "ratified"),
        ("ru", "Об утверждении Соглашения между Правительством Азербайджанской Республики и Правительством Грузии о "
               "международном автомобильном транспорте", "approved_by_law"),
        ("ru", "О присоединении Азербайджанской Республики к Конвенции об отмене требования легализации "
               "иностранных официальных документов", "acceded"),
        ("en", "On ratification of the Agreement between the Republic of Azerbaijan and Georgia on international road "
               "transport", "ratified"),
        ("en", "On the approval of the Agreement on transit between Azerbaijan and Kazakhstan", "approved_by_law"),
    ],
)
def test_a_law_title_as_the_page_title_is_the_act(language: str, title: str, action: str) -> None:
    assert _acts(language, title) == {(action, "AZ")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "О ратификации соглашения с Грузией заговорили в парламенте"),
        ("ru", "О ратификации договора с Арменией речи пока не идет"),
        ("en", "On ratification of the peace treaty, Armenia still hesitates"),
    ],
)
def test_a_sentence_about_a_ratification_is_no_law_title(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# en compound names: the last treaty noun heads ("tax treaty protocol"); "to <parliament>" is where it goes


@pytest.mark.parametrize(
    ("title", "name", "key"),
    [
        ("President sends Türkiye tax treaty protocol to parliament", "Türkiye tax treaty protocol", "protocol:"),
        ("Azerbaijan and Georgia sign tax treaty protocol", "tax treaty protocol", "protocol:"),
        ("President sends agreement on transit with Georgia to parliament", "agreement on transit with Georgia",
         "agreement:"),
        ("President sends protocol to the Convention on Cybercrime to Milli Majlis",
         "protocol to the Convention on Cybercrime", "protocol:"),
        # "to the Convention" stays the protocol's name
        ("Azerbaijan signs Protocol to the Convention on Cybercrime", "Protocol to the Convention on Cybercrime",
         "protocol:"),
    ],
)
def test_compound_names_and_their_destination(title: str, name: str, key: str) -> None:
    events = events_of("en", title, published=PUBLISHED)
    assert {e.treaty_name for e in events} == {name}
    assert all(e.treaty_key.startswith(key) for e in events)


# --------------------------------------------------------------------------------------------------
# Parliaments named "assembly": Народное собрание, Госсобрание, State Assembly


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("ru", "Госсобрание Венгрии одобрило безвизовое соглашение с Азербайджаном", "HU"),
        ("ru", "Народное собрание Болгарии ратифицировало соглашение о воздушном сообщении с Азербайджаном", "BG"),
        ("ru", "Государственное собрание Венгрии ратифицировало соглашение с Азербайджаном о безвизовом режиме",
         "HU"),
        ("en", "Hungary's State Assembly ratifies visa-free agreement with Azerbaijan", "HU"),
    ],
)
def test_an_assembly_that_ratifies_is_a_parliament(language: str, title: str, actor: str) -> None:
    assert _acts(language, title) == {("adopted_by_parliament", actor)}


def test_a_shareholders_meeting_is_no_parliament() -> None:
    assert _acts("ru", "Собрание акционеров компании одобрило соглашение о поставках") == set()
