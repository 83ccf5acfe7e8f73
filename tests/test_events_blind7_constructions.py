"""Constructions read after the seventh blind set's en/ru failures, each with negatives of the same shape. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-10T12:00:00+04:00"


def _dated(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str | None]]:
    """(action, actor, act date) of each event of an item published on 10 July 2026."""
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# The law's date restated in a sentence of its own (events.yaml `law_dated`, laws.law_date)


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Закон подписан 8 июля.", ("ratified", "AZ", "2026-07-08")),
        ("ru", "Токаев утвердил соглашение с Азербайджаном о туризме",
         "Президент Казахстана подписал указ об утверждении соглашения с Азербайджаном о сотрудничестве в "
         "области туризма. Указ был подписан 7 июля.", ("approved_by_law", "KZ", "2026-07-07")),
        ("ru", "Мирзиёев подписал закон о присоединении к Конвенции о правах инвалидов",
         "Президент Узбекистана подписал закон о присоединении к Конвенции о правах инвалидов. "
         "Закон от 06.07.2026 г. опубликован в Национальной базе данных законодательства.",
         ("acceded", "UZ", "2026-07-06")),
        ("ru", "Путин подписал закон о денонсации конвенции Совета Европы о защите животных",
         "Президент России подписал закон о денонсации Европейской конвенции о защите домашних животных. "
         "Документ опубликован на портале правовой информации, дата подписания – 05.07.2026.",
         ("denounced", "RU", "2026-07-05")),
        ("ru", "Закон Азербайджанской Республики о ратификации Соглашения с Грузией о железнодорожном сообщении",
         "Ратифицировать Соглашение между Азербайджанской Республикой и Грузией о железнодорожном сообщении.\n"
         "Ильхам Алиев, Президент Азербайджанской Республики\nг. Баку, 4 июля 2026 года",
         ("ratified", "AZ", "2026-07-04")),
        ("en", "Aliyev signs law ratifying agreement with Lithuania on maritime transport",
         "President Ilham Aliyev has signed a law on ratification of the agreement with Lithuania on maritime "
         "transport. The law was signed on 8 July.", ("ratified", "AZ", "2026-07-08")),
        ("en", "Tokayev approves tourism agreement with Azerbaijan",
         "Kazakh President Kassym-Jomart Tokayev signed a decree approving the agreement with Azerbaijan on "
         "cooperation in tourism. The decree is dated 7 July 2026.", ("approved_by_law", "KZ", "2026-07-07")),
        ("en", "Putin signs law on denunciation of animal protection convention",
         "Russian President Vladimir Putin signed the law on denunciation of the European Convention for the "
         "Protection of Pet Animals. Date of signing: 5 July 2026.", ("denounced", "RU", "2026-07-05")),
    ],
)
def test_a_law_dated_in_a_sentence_of_its_own_dates_its_act(language: str, title: str, body: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert _dated(language, title, body) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # a parliament's earlier vote on the law dates no signing of it
        ("ru", "Путин подписал закон о ратификации соглашения с Азербайджаном о туризме",
         "Президент России подписал закон о ратификации соглашения с Азербайджаном о туризме. "
         "Госдума приняла закон 1 июля.", ("ratified", "RU", "2026-07-10")),
        ("en", "Putin signs law ratifying tourism agreement with Azerbaijan",
         "Russian President Vladimir Putin has signed the law on ratification of the agreement with Azerbaijan "
         "on tourism. The State Duma passed the law on 1 July.", ("ratified", "RU", "2026-07-10")),
        # the treaty's own signing is no date of the law
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Документ подписан 8 июля.", ("ratified", "AZ", "2026-07-10")),
        # a law dated long ago is another law
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Закон от 12.05.2005 г. «О международных договорах» при этом не изменяется.",
         ("ratified", "AZ", "2026-07-10")),
        # a date printed for the act itself stays
        ("en", "Aliyev signs law ratifying agreement with Lithuania on maritime transport",
         "President Ilham Aliyev signed a law on ratification of the agreement with Lithuania on maritime "
         "transport on 9 July. The law was signed on 8 July, the press service added.",
         ("ratified", "AZ", "2026-07-09")),
    ],
)
def test_a_law_date_of_another_kind_is_not_the_acts(language: str, title: str, body: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert _dated(language, title, body) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("ru", "Путин подписал Федеральный закон от 08.07.2026 «О ратификации Соглашения с Азербайджаном о туризме»",
         ""),
        ("ru", "Токаев подписал закон",
         "Президент Казахстана подписал Закон Республики Казахстан от 8 июля 2026 года № 212-VIII «О ратификации "
         "Соглашения между Республикой Казахстан и Азербайджанской Республикой о туризме»."),
        ("en", "Tokayev signs law",
         "Kazakh President Kassym-Jomart Tokayev signed Law No. 212-VIII of 08.07.2026 on ratification of the "
         "agreement with Azerbaijan on tourism."),
    ],
)
def test_a_law_title_reads_across_the_dots_of_its_reference(language: str, title: str, body: str) -> None:
    assert {(a, actor) for a, actor, _ in _dated(language, title, *([body] if body else []))} \
        == {("ratified", "RU" if "Путин" in title else "KZ")}


# --------------------------------------------------------------------------------------------------
# A document's own date ("от 22 января 1993 года", "of 2 July 2019"): part of its name, no year for the news


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ru", "Президент Кыргызстана подписал закон «О денонсации Соглашения об организации Межгосударственного "
         "банка от 22 января 1993 года», сообщила пресс-служба 8 июля.", ("denounced", "KG", "2026-07-08")),
        ("ru", "Президент Казахстана подписал закон о присоединении к Конвенции о признании иностранных судебных "
         "решений от 2 июля 2019 года, сообщила пресс-служба.", ("acceded", "KZ", "2026-07-10")),
        ("en", "Kyrgyz President Sadyr Japarov signed the law on denunciation of the Agreement on the establishment "
         "of the Interstate Bank of 22 January 1993, his press service said on 8 July.",
         ("denounced", "KG", "2026-07-08")),
        ("en", "Kazakhstan deposited its instrument of accession to the Hague Convention of 30 June 2005 on Choice "
         "of Court Agreements with the depositary on 7 July.", ("acceded", "KZ", "2026-07-07")),
        ("ru", "Казахстан сдал на хранение документ о присоединении к Конвенции от 19 октября 1996 года о "
         "юрисдикции и сотрудничестве в отношении защиты детей 7 июля.", ("acceded", "KZ", "2026-07-07")),
    ],
)
def test_a_document_date_gives_no_year_to_the_acts_date(language: str, body: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert _dated(language, "", body) == {expected}


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("en", "Kazakhstan deposited its instrument of accession to the Hague Convention of 30 June 2005 on Choice "
         "of Court Agreements with the depositary on 7 July.",
         "Hague Convention of 30 June 2005 on Choice of Court Agreements"),
        ("en", "Uzbekistan acceded to the Convention of 2 July 2019 on the Recognition of Foreign Judgments.",
         "Convention of 2 July 2019 on the Recognition of Foreign Judgments"),
        ("ru", "Казахстан присоединился к Конвенции от 19 октября 1996 года о юрисдикции и сотрудничестве в "
         "отношении защиты детей.", "Конвенции от 19 октября 1996 года о юрисдикции и сотрудничестве в "
         "отношении защиты детей"),
        # a date after the name with nothing after it is the name's end
        ("ru", "Казахстан присоединился к Конвенции о защите детей от 19 октября 1996 года.",
         "Конвенции о защите детей"),
    ],
)
def test_a_dated_title_reads_on_after_its_date(language: str, body: str, name: str) -> None:
    assert {e.treaty_name for e in events_of(language, "", body, published=PUBLISHED)} == {name}


def _acts(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# Joining the signatories, putting a signature to: signed (events.yaml en/ru `act_phrases.sign`)


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("en", "Georgia puts signature to Council of Europe convention on cybercrime", "GE"),
        ("en", "Georgia put its signature to the UN convention against cybercrime", "GE"),
        ("en", "Moldova affixes its signature to Council of Europe AI convention", "MD"),
        ("en", "Georgia joins signatories of Council of Europe convention on artificial intelligence", "GE"),
        ("en", "Moldova has joined the list of signatories to the UN convention against cybercrime", "MD"),
        ("ru", "Грузия присоединилась к числу подписантов конвенции Совета Европы об искусственном интеллекте", "GE"),
        ("ru", "Молдова присоединилась к списку подписантов конвенции ООН против киберпреступности", "MD"),
        ("ru", "Грузия вошла в число подписантов конвенции ООН против киберпреступности", "GE"),
        ("ru", "Молдова поставила подпись под конвенцией Совета Европы об искусственном интеллекте", "MD"),
    ],
)
def test_joining_the_signatories_signs(language: str, title: str, actor: str) -> None:
    assert _acts(language, title) == {("signed", actor)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia will join signatories of Council of Europe convention on artificial intelligence"),
        ("en", "Georgia expected to put its signature to UN convention against cybercrime"),
        ("en", "Georgia has not joined the signatories of the Council of Europe AI convention"),
        ("ru", "Грузия присоединится к числу подписантов конвенции Совета Европы об искусственном интеллекте"),
        ("ru", "Грузия не вошла в число подписантов конвенции ООН против киберпреступности"),
        ("ru", "Молдова может присоединиться к числу подписантов конвенции ООН против киберпреступности"),
    ],
)
def test_joining_the_signatories_negatives(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# Ceasing to be a party: denounced (events.yaml en/ru `act_phrases.denounce`)


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("en", "Hungary ceased to be a party to the Rome Statute of the International Criminal Court", "HU"),
        ("en", "Russia has ceased to be a party to the European Convention on Human Rights", "RU"),
        ("en", "Lithuania ceases to be party to the convention on cluster munitions", "LT"),
        ("ru", "Венгрия перестала быть участником Римского статута Международного уголовного суда", "HU"),
        ("ru", "Россия перестала быть стороной Европейской конвенции о защите прав человека", "RU"),
        ("ru", "Литва прекратила участие в Конвенции по кассетным боеприпасам", "LT"),
    ],
)
def test_ceasing_to_be_a_party_denounces(language: str, title: str, actor: str) -> None:
    assert _acts(language, title) == {("denounced", actor)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Hungary will cease to be a party to the Rome Statute next year"),
        ("en", "Hungary may cease to be a party to the Rome Statute"),
        ("ru", "Венгрия перестанет быть участником Римского статута в июне"),
        ("ru", "Литва может прекратить участие в Конвенции по кассетным боеприпасам"),
        ("ru", "Литва не прекращала участие в Конвенции по кассетным боеприпасам"),
    ],
)
def test_ceasing_to_be_a_party_negatives(language: str, title: str) -> None:
    assert _acts(language, title) == set()


# --------------------------------------------------------------------------------------------------
# An international organisation's bank is a party, not a company (events.yaml `organisations`)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The Asian Development Bank and the Government of Azerbaijan have signed a Host Country Agreement "
               "on the status of the bank's resident mission in Baku."),
        ("en", "The European Bank for Reconstruction and Development and the Government of Georgia signed an "
               "agreement on the establishment of the EBRD office in Tbilisi."),
        ("ru", "Азиатский банк развития и правительство Азербайджана подписали соглашение о статусе "
               "представительства банка в Баку."),
        ("ru", "Всемирный банк и правительство Узбекистана подписали соглашение о статусе офиса банка в Ташкенте."),
    ],
)
def test_an_organisations_bank_signs_a_treaty(language: str, body: str) -> None:
    assert _acts(language, "", body) == {("signed", None)}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The Asian Development Bank and the Government of Azerbaijan have signed a loan agreement worth "
               "$150 million."),
        ("en", "Kapital Bank and the Ministry of Economy have signed an agreement on digital payments."),
        ("ru", "Азиатский банк развития и правительство Азербайджана подписали кредитное соглашение на 150 млн "
               "долларов."),
        ("ru", "Всемирный банк выделил Узбекистану грант, соответствующее соглашение подписано."),
    ],
)
def test_an_organisations_bank_negatives(language: str, body: str) -> None:
    assert _acts(language, "", body) == set()


# --------------------------------------------------------------------------------------------------
# en names that go on with "relating to", "governing", "pertaining to"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Uzbekistan has acceded to the Convention relating to the Status of Stateless Persons.",
         "Convention relating to the Status of Stateless Persons"),
        ("Azerbaijan and the ADB have signed an agreement governing the privileges and immunities of the bank's "
         "mission.", "agreement governing the privileges and immunities of the bank's mission"),
        ("Georgia has ratified the Protocol pertaining to the Status of Refugees.",
         "Protocol pertaining to the Status of Refugees"),
    ],
)
def test_an_english_name_goes_on_after_relating_to(body: str, name: str) -> None:
    assert {e.treaty_name for e in events_of("en", "", body, published=PUBLISHED)} == {name}


# --------------------------------------------------------------------------------------------------
# The Federation Council by its short name


@pytest.mark.parametrize(
    "title",
    ["Совфед одобрил ратификацию протокола к соглашению с Азербайджаном об автомобильном сообщении",
     "Совфед ратифицировал соглашение с Азербайджаном о пунктах пропуска"],
)
def test_the_federation_council_by_its_short_name_adopts(title: str) -> None:
    assert _acts("ru", title) == {("adopted_by_parliament", "RU")}


def test_the_federation_council_by_its_short_name_negative() -> None:
    assert _acts("ru", "Совфед рассмотрит соглашение с Азербайджаном о пунктах пропуска на следующей неделе") == set()


# --------------------------------------------------------------------------------------------------
# A list of three or more parties inside a name: "between the governments of A, B, C and D", "with A, B and C"


@pytest.mark.parametrize(
    ("language", "body", "parties"),
    [
        ("en", "The agreement between the governments of Azerbaijan, Georgia, Romania and Hungary on green energy "
               "transmission was signed in Bucharest on Thursday.", ("AZ", "GE", "HU", "RO")),
        ("en", "Hungary's National Assembly ratified the agreement with Azerbaijan, Georgia and Romania on green "
               "energy transmission.", ("AZ", "GE", "HU", "RO")),
        ("en", "Kazakhstan's Senate ratified the agreement with Azerbaijan, Uzbekistan, Georgia and Turkey on the "
               "Middle Corridor.", ("AZ", "GE", "KZ", "TR", "UZ")),
        ("ru", "Парламент Венгрии ратифицировал соглашение с Азербайджаном, Грузией и Румынией о передаче зеленой "
               "энергии.", ("AZ", "GE", "HU", "RO")),
        ("ru", "Соглашение между правительствами Азербайджана, Грузии, Румынии и Венгрии о передаче зеленой энергии "
               "подписано в Бухаресте.", ("AZ", "GE", "HU", "RO")),
    ],
)
def test_a_list_of_parties_inside_a_name(language: str, body: str, parties: tuple[str, ...]) -> None:
    assert {e.parties for e in events_of(language, "", body, published=PUBLISHED)} == {parties}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        # the comma ends the name: a new clause with its own subject follows
        ("en", "Hungary ratified the agreement with Azerbaijan, Georgia is expected to follow."),
        ("ru", "Венгрия ратифицировала соглашение с Азербайджаном, Грузия сделает это позже."),
    ],
)
def test_a_comma_after_the_partner_ends_the_name(language: str, body: str) -> None:
    assert {e.parties for e in events_of(language, "", body, published=PUBLISHED)} == {("AZ", "HU")}


# --------------------------------------------------------------------------------------------------
# A participle dated today or yesterday is the news ("Подписанное сегодня соглашение", "signed today")


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ru", "Подписанное сегодня в Баку соглашение с Казахстаном о перевозках сократит время транзита.",
         ("signed", "2026-07-10")),
        ("ru", "Подписанный вчера в Астане меморандум с Казахстаном о цифровизации откроет новые возможности.",
         ("signed", "2026-07-09")),
        ("ru", "Вступивший сегодня в силу протокол к соглашению с Турцией о преференциальной торговле расширяет "
               "льготы.", ("entered_into_force", "2026-07-10")),
        ("en", "The agreement with Kazakhstan on combined transport, signed today in Baku, will cut transit times.",
         ("signed", "2026-07-10")),
        ("en", "The protocol to the preferential trade agreement with Turkey that entered into force today extends "
               "the benefits.", ("entered_into_force", "2026-07-10")),
        ("en", "The memorandum with Kazakhstan on digitalisation, which was signed yesterday in Astana, opens new "
               "opportunities.", ("signed", "2026-07-09")),
    ],
)
def test_a_participle_dated_today_is_the_news(language: str, body: str, expected: tuple[str, str]) -> None:
    assert {(a, d) for a, _, d in _dated(language, "", body)} == {expected}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "Подписанное в 2020 году в Баку соглашение с Казахстаном о перевозках сократит время транзита."),
        ("ru", "Подписываемое сегодня соглашение с Казахстаном о перевозках сократит время транзита."),
        ("ru", "Подписанное в Баку соглашение с Казахстаном о перевозках сегодня обсудили эксперты."),
        ("en", "The agreement with Kazakhstan on transport, which will be signed today in Baku, will cut transit "
               "times."),
        ("en", "The agreement with Kazakhstan on transport, signed in Baku in 2020, was discussed today."),
        ("en", "The agreement with Kazakhstan on transport, which was not signed today, will be discussed again."),
    ],
)
def test_a_participle_dated_today_negatives(language: str, body: str) -> None:
    assert _dated(language, "", body) == set()


# --------------------------------------------------------------------------------------------------
# en "the act promulgating / on ratification of": a law by what it does (events.yaml en `law`, `laws`)


@pytest.mark.parametrize(
    "body",
    [
        "Hungarian President Tamás Sulyok signed on 8 July the act promulgating the Agreement between Hungary and "
        "Azerbaijan on cooperation in education.",
        "Hungarian President Tamás Sulyok signed the act on ratification of the agreement with Azerbaijan on "
        "education on 8 July.",
        "On 8 July Hungarian President Tamás Sulyok signed the act ratifying the agreement with Azerbaijan on "
        "education.",
    ],
)
def test_an_act_by_what_it_does_is_a_law(body: str) -> None:
    assert _dated("en", "", body) == {("ratified", "HU", "2026-07-08")}


@pytest.mark.parametrize(
    "body",
    [
        "Hungary and Azerbaijan signed the agreement on education, an act of friendship, on 8 July.",
        "Azerbaijan and Hungary signed the agreement on education on 8 July, acting on behalf of their governments.",
    ],
)
def test_an_act_by_what_it_does_negatives(body: str) -> None:
    assert {a for a, _, _ in _dated("en", "", body)} == {"signed"}
