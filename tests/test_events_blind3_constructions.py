"""Constructions read after the third blind set's failures (en, ru; az where the construction exists there), each
with negatives of the same shape. The sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


def _names(language: str, title: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(e.action, e.treaty_name) for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# A mention's extent: a number that designates the treaty, a year inside its name, a lower-case list of
# subjects, "exemption from", a short quoted place the name's last words locate


@pytest.mark.parametrize(
    ("language", "title", "name"),
    [
        ("ru", "Грузия присоединилась к Конвенции МОТ № 187 об основах содействия безопасности труда",
         "Конвенции МОТ № 187 об основах содействия безопасности труда"),
        ("ru", "Казахстан присоединился к Гаагской конвенции 2007 года о взыскании алиментов",
         "Гаагской конвенции 2007 года о взыскании алиментов"),
        ("en", "Georgia ratifies ILO Convention No. 187 on occupational safety",
         "ILO Convention No. 187 on occupational safety"),
        ("en", "Azerbaijan and Moldova sign protocol amending the 2011 air services agreement",
         "protocol amending the 2011 air services agreement"),
        ("en", "Azerbaijan and Oman sign agreement on mutual exemption from visa requirements for diplomats",
         "agreement on mutual exemption from visa requirements for diplomats"),
        ("en", "Uzbekistan ratifies agreement with Azerbaijan on cooperation in the production, storage and "
               "transport of gas", "agreement with Azerbaijan on cooperation in the production, storage and transport"
                                   " of gas"),
        ("ru", "Сенат Казахстана ратифицировал соглашение с Азербайджаном о сотрудничестве в области науки, "
               "образования и культуры", "соглашение с Азербайджаном о сотрудничестве в области науки, образования и "
                                         "культуры"),
        ("ru", "Парламент Грузии ратифицировал соглашение с Турцией о совместном контроле на КПП «Сарпи»",
         "соглашение с Турцией о совместном контроле на КПП «Сарпи"),
    ],
)
def test_the_name_reaches_past_designators_years_lists_and_places(language: str, title: str, name: str) -> None:
    assert {n for _, n in _names(language, title)} == {name}


@pytest.mark.parametrize(
    ("language", "title", "names"),
    [
        # "and a <noun phrase> memorandum": the next treaty starts, a word further than a bare noun's
        ("en", "Azerbaijan and Moldova sign a protocol amending the 2011 air services agreement and a tourism "
               "cooperation memorandum",
         {"protocol amending the 2011 air services agreement", "tourism cooperation memorandum"}),
        # a comma before a capitalised word or a verb is no list inside the name
        ("en", "Uzbekistan ratifies agreement with Azerbaijan on cooperation in energy, Trend reports",
         {"agreement with Azerbaijan on cooperation in energy"}),
        # a quoted title after the name is another treaty's, not a place
        ("ru", "Грузия и Турция подписали протокол к соглашению «О воздушном сообщении»",
         {"протокол к соглашению «О воздушном сообщении"}),  # the printed name drops its closing quote
    ],
)
def test_the_name_still_ends_where_another_treaty_or_clause_begins(language: str, title: str,
                                                                   names: set[str]) -> None:
    assert {n for _, n in _names(language, title)} == names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Парламент Грузии 92 голосами ратифицировал соглашение с Азербайджаном о транзите",
         {("adopted_by_parliament", "GE", ("AZ", "GE"))}),
        ("Georgian parliament by 92 votes ratifies agreement with Azerbaijan on transit",
         {("adopted_by_parliament", "GE", ("AZ", "GE"))}),
    ],
)
def test_a_number_a_verb_stands_after_counts_votes_not_documents(title: str, expected: set) -> None:
    language = "ru" if title[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ" else "en"
    assert acts(events_of(language, title, published=PUBLISHED)) == expected


def test_a_number_right_before_the_noun_still_counts_documents() -> None:
    assert events_of("ru", "Грузия и Азербайджан подписали 5 соглашений", published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A mention that names no treaty: "a similar agreement", or the time of the verb ("after the ... agreement")


@pytest.mark.parametrize(
    ("language", "title", "body", "names"),
    [
        ("en", "Azerbaijan and Peru waive visas for diplomats",
         "Azerbaijan and Peru signed an agreement on visa exemption for diplomatic passport holders. On the same "
         "day the minister signed a similar agreement with Chile.",
         {"agreement on visa exemption for diplomatic passport holders"}),
        ("ru", "Азербайджан и Перу отменили визы для дипломатов",
         "Азербайджан и Перу подписали соглашение об отмене виз для владельцев дипломатических паспортов. В тот же "
         "день министр подписал аналогичное соглашение с Чили.",
         {"соглашение об отмене виз для владельцев дипломатических паспортов"}),
        ("en", "Azerbaijan and Chile sign memorandum on mining",
         "A memorandum of understanding on cooperation in mining has been signed between Azerbaijan and Chile, "
         "the third document concluded during the visit after the air services agreement.",
         {"memorandum of understanding on cooperation in mining"}),
    ],
)
def test_a_similar_treaty_or_a_treaty_as_a_time_names_nothing(language: str, title: str, body: str,
                                                               names: set[str]) -> None:
    assert {n for _, n in _names(language, title, body)} == names


def test_a_treaty_named_without_such_words_still_counts() -> None:
    found = _names("en", "Azerbaijan and Peru sign two documents",
                   "Azerbaijan and Peru signed an agreement on visa exemption. The minister also signed an agreement "
                   "with Chile on air services.")
    assert ("signed", "agreement with Chile on air services") in found


# --------------------------------------------------------------------------------------------------
# A state's organ and a company signing together make a contract; joint ventures; a player signed


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("ru", "Минэкономики Азербайджана и Masdar подписали соглашение о солнечной электростанции",
         "Министерство экономики Азербайджана и эмиратская компания Masdar подписали соглашение о строительстве "
         "солнечной электростанции."),
        ("en", "Azerbaijan's Energy Ministry and the company Masdar sign agreement on solar plant", ""),
        ("ru", "Почта Азербайджана и Грузии подписали соглашение о создании совместного предприятия", ""),
        ("en", "Neftchi seal deal with Georgian international, sign him to two-year contract", ""),
    ],
)
def test_a_contract_with_a_company_or_a_player_is_no_treaty(language: str, title: str, body: str) -> None:
    assert events_of(language, title, *([body] if body else []), published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("ru", "Министерство экономики Азербайджана и Министерство экономики Грузии подписали соглашение о "
               "сотрудничестве в области туризма", {("signed", None, ("AZ", "GE"))}),
        ("en", "Azerbaijan's Energy Ministry and Georgia's Energy Ministry sign agreement on power trade",
         {("signed", None, ("AZ", "GE"))}),
    ],
)
def test_two_states_organs_still_sign_a_treaty(language: str, title: str, expected: set) -> None:
    assert acts(events_of(language, title, published=PUBLISHED)) == expected


# --------------------------------------------------------------------------------------------------
# Parliaments named by their own name; phrases of signing, depositing and notifying


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("ru", "Соглашение с Азербайджаном о воздушном сообщении ратифицировано Народной скупщиной Сербии",
         "adopted_by_parliament"),
        ("ru", "Хорватский сабор ратифицировал соглашение с Азербайджаном о воздушном сообщении",
         "adopted_by_parliament"),
        ("en", "Serbia's National Skupstina ratifies air services agreement with Azerbaijan", "adopted_by_parliament"),
        ("en", "Serbia ratifies air services agreement with Azerbaijan", "ratified"),
        ("ru", "Сербия ратифицировала соглашение с Азербайджаном о воздушном сообщении", "ratified"),
    ],
)
def test_a_parliament_named_by_its_own_name_votes_a_state_ratifies(language: str, title: str, expected: str) -> None:
    assert {e.action for e in events_of(language, title, published=PUBLISHED)} == {expected}


@pytest.mark.parametrize(
    ("language", "title", "body", "action"),
    [
        ("en", "Azerbaijan and Oman upgrade ties",
         "Presidents of Azerbaijan and Oman on Monday put their signatures to a joint declaration on strategic "
         "partnership.", "signed"),
        ("ru", "Баку и Маскат договорились о сотрудничестве",
         "Азербайджан и Оман в понедельник скрепили подписями соглашение о воздушном сообщении.", "signed"),
        ("en", "Georgia deposits ratification of Minamata Convention", "", "ratified"),
        ("en", "Georgia's ratification registered",
         "Georgia's instrument of ratification of the ILO Convention No. 187 was registered by the Director-General "
         "on Monday.", "ratified"),
        ("en", "Nicaragua notifies withdrawal from Paris Agreement", "", "denounced"),
    ],
)
def test_phrases_that_report_an_act(language: str, title: str, body: str, action: str) -> None:
    found = events_of(language, title, *([body] if body else []), published=PUBLISHED)
    assert {e.action for e in found} == {action}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Azerbaijan and Oman upgrade ties",
         "Presidents of Azerbaijan and Oman will put their signatures to a joint declaration on strategic "
         "partnership."),
        ("en", "Georgia to deposit ratification of Minamata Convention", ""),
        ("en", "Georgia's ratification", "Georgia's instrument of ratification of the ILO Convention No. 187 will be "
                                         "deposited next month."),
        ("en", "Nicaragua may notify withdrawal from Paris Agreement", ""),
        ("ru", "Баку и Маскат договорились о сотрудничестве",
         "Азербайджан и Оман в понедельник не скрепили подписями соглашение о воздушном сообщении."),
    ],
)
def test_the_same_phrases_planned_or_negated_report_nothing(language: str, title: str, body: str) -> None:
    assert events_of(language, title, *([body] if body else []), published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A present verb in a time clause tells what is to come; "protocol upgrading ..." names the protocol


def test_a_time_clause_is_no_act() -> None:
    found = _names("en", "Azerbaijan, Oman sign protocol",
                   "Azerbaijan and Oman have signed a protocol amending the air services agreement. The protocol will "
                   "come into effect after both parliaments ratify it.")
    assert found == {("signed", "protocol amending the air services agreement")}


def test_a_past_verb_after_after_is_still_an_act() -> None:
    found = events_of("en", "Law signed", "President Ilham Aliyev signed the law on ratification of the agreement "
                      "with Oman on air services after the Milli Majlis ratified it.", published=PUBLISHED)
    assert "ratified" in {e.action for e in found}


def test_a_protocol_upgrading_a_deal_is_the_protocol() -> None:
    found = events_of("en", "Azerbaijan, Oman seal protocol upgrading air services deal", published=PUBLISHED)
    assert {e.treaty_key.split(":")[0] for e in found} == {"protocol"}


# --------------------------------------------------------------------------------------------------
# "Напомним" / "it should be recalled": a recalled act is background


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("ru", "Азербайджан и Оман подписали соглашение о воздушном сообщении",
         "Азербайджан и Оман подписали соглашение о воздушном сообщении. Напомним, что ранее был подписан также "
         "меморандум в сфере туризма."),
        ("en", "Azerbaijan and Oman sign air services agreement",
         "Azerbaijan and Oman signed an air services agreement. It should be recalled that a memorandum on tourism was "
         "also signed earlier."),
    ],
)
def test_a_recalled_signing_is_background(language: str, title: str, body: str) -> None:
    found = events_of(language, title, body, published=PUBLISHED)
    assert len(found) == 1 and found[0].treaty_key.startswith("agreement")


# --------------------------------------------------------------------------------------------------
# Reservations an instrument contains are the deposit's; a history title's bare "the treaty" is history


def test_reservations_in_the_instrument_are_no_provision_of_a_law() -> None:
    found = events_of("en", "Georgia deposits instrument of ratification of Minamata Convention",
                      "Georgia has deposited its instrument of ratification of the Minamata Convention on Mercury.",
                      "The instrument contains the reservations set out in the law on ratification.",
                      published=PUBLISHED)
    assert {e.action for e in found} == {"ratified"}


def test_a_laws_reservations_are_still_its_provisions() -> None:
    found = events_of("en", "President signs law on ratification of Minamata Convention",
                      "President Ilham Aliyev signed the law on ratification of the Minamata Convention on Mercury.",
                      "The law ratifies the Convention with the following reservations.", published=PUBLISHED)
    assert {e.action for e in found} == {"ratified", "reservations_declarations"}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Gulistan: how the 1813 treaty redrew the Caucasus",
         "On 24 October 1813, Russia and Persia signed the Treaty of Gulistan. The treaty was ratified by the Shah "
         "within months."),
        ("ru", "Гюлистан: как договор 1813 года изменил Кавказ",
         "24 октября 1813 года Россия и Персия подписали Гюлистанский договор. Договор был ратифицирован шахом "
         "через несколько месяцев."),
    ],
)
def test_a_history_titles_bare_treaty_is_history(language: str, title: str, body: str) -> None:
    assert events_of(language, title, body, published=PUBLISHED) == ()


def test_a_title_acting_on_a_treaty_named_by_its_year_is_news() -> None:
    found = events_of("en", "Azerbaijan accedes to 2005 Hague Choice of Court Convention",
                      "Azerbaijan has acceded to the Convention.", published=PUBLISHED)
    assert {e.action for e in found} == {"acceded"}
