"""Constructions read by the events stage beyond the first release, each with hard negatives of the same shape.

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


def _one(language: str, title: str, *paragraphs: str) -> tuple:
    found = events_of(language, title, *paragraphs, published=PUBLISHED)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------------
# A number before a treaty noun counts documents, unless it is a year or a document's number


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("en", "Turkmenistan joins 1961 Hague Apostille Convention", "acceded"),
        ("en", "Georgia ratifies 2005 Council of Europe Convention on the Prevention of Terrorism", "ratified"),
        ("az", "Qazaxıstan Beynəlxalq Əmək Təşkilatının 190 nömrəli Konvensiyasını ratifikasiya edib", "ratified"),
        ("az", "Gürcüstan 2001-ci il Konvensiyasına qoşulub", "acceded"),
    ],
)
def test_a_year_or_a_documents_number_is_part_of_the_name(language: str, title: str, action: str) -> None:
    assert _one(language, title).action == action


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan and Georgia sign 12 agreements"),
        ("ru", "Азербайджан и Грузия подписали 12 соглашений"),
        ("az", "Azərbaycan ilə Gürcüstan arasında 12 saziş imzalanıb"),
    ],
)
def test_a_counted_treaty_noun_still_names_no_treaty(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# Russian compound treaty nouns: the head is the lemma's last part


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Сенат Румынии ратифицировал авиасоглашение с Азербайджаном", ("adopted_by_parliament", "RO", ("AZ", "RO"))),
        ("Казахстан и Азербайджан подписали межправсоглашение о транзите", ("signed", None, ("AZ", "KZ"))),
        ("Узбекистан ратифицировал энергодоговор с Азербайджаном", ("ratified", "UZ", ("AZ", "UZ"))),
    ],
)
def test_a_russian_compound_noun_heads_a_treaty(title: str, expected: tuple) -> None:
    assert acts(events_of("ru", title, published=PUBLISHED)) == {expected}


def test_a_word_that_merely_ends_like_a_treaty_noun_is_none() -> None:
    assert events_of("ru", "Азербайджан и Грузия подписали итоги переговоров о транзите", published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# Heads of state and leaders are organs of states: a declaration they sign is the states'


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Heads of state of the Organization of Turkic States sign Gabala Declaration"),
        ("en", "Turkic leaders sign Gabala Declaration"),
        ("ru", "Главы государств ОТГ подписали Габалинскую декларацию"),
        ("az", "Dövlət başçıları Qəbələ Bəyannaməsini imzalayıblar"),
    ],
)
def test_heads_of_state_signing_a_declaration_is_an_event(language: str, title: str) -> None:
    assert _one(language, title).action == "signed"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Two universities sign Gabala Declaration on student exchange"),
        ("ru", "Два университета подписали Габалинскую декларацию об обмене студентами"),
    ],
)
def test_a_declaration_signed_by_no_state_organ_is_none(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# Companies: a state's name that opens an organisation's name; contracts of production sharing and sponsorship


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Oil majors sign new deal", "Azerbaijan's State Oil Company and Equinor have signed an agreement on a "
                                           "new block in the Caspian Sea."),
        ("en", "Azerbaijan Railways and Kazakhstan Railways sign memorandum on container transit", ""),
        ("en", "Bakcell signs sponsorship agreement with Azerbaijan Volleyball Federation", ""),
        ("en", "SOCAR and Equinor sign production sharing agreement for Karabakh field", ""),
        ("ru", "Госнефтекомпания Азербайджана и Equinor подписали соглашение о новом блоке", ""),
        ("ru", "SOCAR и Equinor подписали соглашение о разделе продукции", ""),
        ("az", "SOCAR və Equinor hasilatın pay bölgüsü sazişi imzalayıb", ""),
        ("az", "Bakcell voleybol federasiyası ilə sponsorluq sazişi imzalayıb", ""),
    ],
)
def test_a_companys_contract_is_no_treaty_event(language: str, title: str, body: str) -> None:
    paragraphs = ("", body) if body else ()
    assert events_of(language, title, *paragraphs, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan and Kazakhstan sign memorandum on railway transit", ("signed", None, ("AZ", "KZ"))),
        ("en", "Azerbaijan's Foreign Minister and Georgia's Foreign Minister sign agreement on visas",
         ("signed", None, ("AZ", "GE"))),
    ],
)
def test_a_states_own_organs_still_act(language: str, title: str, expected: tuple) -> None:
    assert acts(events_of(language, title, published=PUBLISHED)) == {expected}


# --------------------------------------------------------------------------------------------------
# A vote for a noun of acting is the act: "voted for the ratification", "проголосовал за ратификацию"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The Milli Majlis voted in favour of the ratification of the agreement with Romania on air transport"),
        ("en", "Lawmakers voted for the approval of the protocol with Georgia on customs cooperation"),
        ("ru", "Милли Меджлис проголосовал за ратификацию соглашения с Румынией о воздушном сообщении"),
    ],
)
def test_a_vote_for_ratification_is_a_parliament_vote(language: str, title: str) -> None:
    assert _one(language, title).action == "adopted_by_parliament"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Lawmakers voted against the ratification of the agreement with Romania on air transport"),
        ("ru", "Депутаты не проголосовали за ратификацию соглашения с Румынией о воздушном сообщении"),
        ("ru", "Депутаты обсудили ратификацию соглашения с Румынией о воздушном сообщении"),
    ],
)
def test_no_vote_for_it_is_no_act(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# az: a quoted title before the treaty noun is the name whatever it holds; a treaty noun in the locative or
# ablative ("müqavilələrdə": in treaties) heads no name


@pytest.mark.parametrize(
    ("sentence", "name_starts"),
    [
        ('Milli Məclis "Azərbaycan Respublikası Hökuməti ilə Türkmənistan Hökuməti arasında beynəlxalq qarışıq '
         '(kombinə edilmiş) yük daşımaları haqqında" Sazişin ratifikasiya edilməsi barədə qanunu qəbul edib',
         "Azərbaycan Respublikası Hökuməti ilə Türkmənistan"),
        ('Milli Məclis "İdman yarışlarında təhlükəsizliyin, mühafizənin və xidmətin təmin edilməsi haqqında" Avropa '
         'Şurasının Konvensiyasının ratifikasiya edilməsi barədə qanun layihəsini qəbul edib',
         "İdman yarışlarında təhlükəsizliyin, mühafizənin"),
    ],
)
def test_az_a_quoted_title_before_the_noun_is_the_whole_name(sentence: str, name_starts: str) -> None:
    event = _one("az", sentence)
    assert event.action == "adopted_by_parliament"
    assert event.treaty_name.startswith(name_starts)


def test_az_a_treaty_noun_in_the_locative_is_part_of_the_name_not_a_second_treaty() -> None:
    event = _one("az", 'Gürcüstan "Beynəlxalq müqavilələrdə elektron imzadan istifadə haqqında" Konvensiyaya qoşulub')
    assert event.action == "acceded"
    assert event.treaty_key.startswith("convention")
    assert "müqavilələrdə" in event.treaty_name


def test_az_a_treaty_noun_in_the_locative_or_ablative_is_not_acted_on() -> None:
    assert events_of("az", "Gürcüstan Konvensiyada nəzərdə tutulan öhdəlikləri imzalayıb", published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# An instrument of ratification or accession deposited: the act completed


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("en", "Georgia deposits instrument of accession to “Convention on the Protection of Underwater Heritage”",
         "acceded"),
        ("en", "Georgia has deposited its instrument of ratification of the Council of Europe Convention on Cybercrime",
         "ratified"),
        ("ru", "Грузия сдала на хранение ратификационную грамоту к Конвенции Совета Европы о киберпреступности",
         "ratified"),
        ("ru", "Грузия передала депозитарию грамоту о присоединении к Конвенции о защите подводного наследия",
         "acceded"),
        ("az", "Gürcüstan Kibercinayətkarlıq haqqında Konvensiyaya dair ratifikasiya sənədini depozitariyə "
               "təhvil verib",
         "ratified"),
    ],
)
def test_a_deposited_instrument_is_the_act(language: str, title: str, action: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor) == (action, "GE")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia will deposit its instrument of ratification of the Council of Europe Convention on Cybercrime"),
        ("en", "Georgia plans to deposit its instrument of accession to the Convention on Underwater Heritage"),
        ("en", "Georgia has not deposited its instrument of ratification of the Convention on Cybercrime"),
        ("ru", "Грузия должна сдать на хранение ратификационную грамоту к Конвенции о киберпреступности"),
        ("az", "Gürcüstan Kibercinayətkarlıq haqqında Konvensiyaya qoşulma sənədini depozitariyə təhvil verəcək"),
    ],
)
def test_an_instrument_to_be_deposited_is_no_act(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# English headline words: "deal" is an agreement between states; "promulgates" is the head of state's ratification


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Georgian parliament OKs road transport deal with Azerbaijan", ("adopted_by_parliament", "GE", ("AZ", "GE"))),
        ("Azerbaijan and Uzbekistan sign deal on visa-free travel", ("signed", None, ("AZ", "UZ"))),
        ("Hungarian President promulgates education agreement with Azerbaijan", ("ratified", "HU", ("AZ", "HU"))),
    ],
)
def test_english_headline_words(title: str, expected: tuple) -> None:
    assert acts(events_of("en", title, published=PUBLISHED)) == {expected}


@pytest.mark.parametrize(
    "title",
    [
        "Railways of Azerbaijan, Georgia and Kazakhstan sign deal to set up a joint venture",
        "Neftchi sign Turkish midfielder on two-year deal",
        "Azerbaijan and Georgia may sign gas deal this year",
        "Hungary's President will promulgate the education agreement with Azerbaijan",
    ],
)
def test_english_headline_words_negatives(title: str) -> None:
    assert events_of("en", title, published=PUBLISHED) == ()


def test_the_law_promulgating_an_agreement_ratifies_it() -> None:
    event = _one("en", "Hungary's President has signed the law promulgating the agreement between Hungary and "
                       "Azerbaijan on cooperation in education")
    assert (event.action, event.actor) == ("ratified", "HU")


# --------------------------------------------------------------------------------------------------
# English: a comma that lists words of a capitalised title stays inside the name


def test_a_comma_listing_words_of_a_capitalised_title_stays_in_the_name() -> None:
    event = _one("en", "Azerbaijan and Georgia signed the Agreement on Transit, Customs and Trade Facilitation")
    assert event.treaty_name == "Agreement on Transit, Customs and Trade Facilitation"


def test_a_comma_before_other_states_ends_the_name() -> None:
    event = _one("en", "Azerbaijan signed the Convention on Road Traffic, Georgia and Armenia did not")
    assert event.treaty_name == "Convention on Road Traffic"


# --------------------------------------------------------------------------------------------------
# A headline's "ratifies" and the body's parliament that ratified: one vote, the parliament's


@pytest.mark.parametrize(
    ("language", "title", "body", "actor"),
    [
        ("en", "Turkmenistan ratifies transit agreement with Azerbaijan",
         "The Mejlis of Turkmenistan has ratified the intergovernmental agreement with Azerbaijan on transit.", "TM"),
        ("az", "Gürcüstanla tranzit sazişi ratifikasiya edildi",
         "Milli Məclis bu gün Azərbaycan ilə Gürcüstan arasında tranzit haqqında sazişi ratifikasiya edib.", "AZ"),
        ("ru", "Туркменистан ратифицировал соглашение с Азербайджаном о транзите",
         "Меджлис Туркменистана ратифицировал межправительственное соглашение с Азербайджаном о транзите.", "TM"),
    ],
)
def test_a_headline_ratification_retold_as_a_parliament_vote_is_the_vote(language: str, title: str, body: str,
                                                                         actor: str) -> None:
    event = _one(language, title, "", body)
    assert (event.action, event.actor) == ("adopted_by_parliament", actor)


def test_a_presidents_law_after_the_parliament_vote_is_still_a_ratification() -> None:
    found = events_of("en", "Azerbaijan ratifies transit agreement with Turkmenistan", "",
                      "President Ilham Aliyev signed the law on ratification of the agreement with Turkmenistan on "
                      "transit. The Milli Majlis ratified the agreement on 30 October.", published=PUBLISHED)
    assert {e.action for e in found} == {"ratified"}


def test_another_states_ratification_beside_a_parliament_vote_stays_its_own() -> None:
    found = events_of("en", "Kazakhstan ratifies transit agreement with Azerbaijan", "",
                      "The Milli Majlis ratified the agreement with Kazakhstan on transit today.", published=PUBLISHED)
    assert ("ratified", "KZ") in {(e.action, e.actor) for e in found}


# --------------------------------------------------------------------------------------------------
# "between A, B and C": the comma lists parties inside the name


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A memorandum of understanding between Azerbaijan, Georgia and Turkiye on rail freight was signed "
               "today."),
        ("ru", "Подписан меморандум между Азербайджаном, Грузией и Турцией о развитии грузовых перевозок."),
    ],
)
def test_a_list_of_parties_after_between_is_in_the_name(language: str, sentence: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.parties) == ("signed", ("AZ", "GE", "TR"))
    assert event.treaty_key.endswith("rail_transport") or "перевоз" in event.treaty_name


def test_a_comma_after_between_a_and_b_ends_the_list() -> None:
    event = _one("en", "The agreement between Azerbaijan and Georgia on transit, the minister said, was signed today.")
    assert event.treaty_name == "agreement between Azerbaijan and Georgia on transit"
    assert event.parties == ("AZ", "GE")


# --------------------------------------------------------------------------------------------------
# "became a party to", "стал участником", "iştirakçısı olub", "signs up to": an accession


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia becomes party to Minamata Convention on Mercury"),
        ("en", "Georgia has become a party to the Council of Europe Convention on Cybercrime"),
        ("en", "Georgia signs up to UN convention on cybercrime"),
        ("ru", "Грузия стала участницей Минаматской конвенции о ртути"),
        ("ru", "Грузия стала стороной Конвенции о ртути"),
        ("az", "Gürcüstan Civə haqqında Minamata Konvensiyasının iştirakçısı olub"),
    ],
)
def test_becoming_a_party_is_an_accession(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor) == ("acceded", "GE")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia will become a party to the Minamata Convention on Mercury"),
        ("en", "Georgia became a member of the Council of Europe"),
        ("ru", "Грузия станет участницей Минаматской конвенции о ртути"),
        ("az", "Gürcüstan Civə haqqında Minamata Konvensiyasının iştirakçısı olacaq"),
    ],
)
def test_becoming_a_party_later_or_a_member_of_a_body_is_no_accession(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


def test_the_parties_of_a_between_list_joined_by_and_before_a_verb() -> None:
    event = _one("en", "Treaty on allied relations between Georgia and Uzbekistan ratified by Georgian parliament")
    assert event.treaty_name == "Treaty on allied relations between Georgia and Uzbekistan"


# --------------------------------------------------------------------------------------------------
# A participle clause describing the treaty ("signed in 2020") is background; the verb after it acts on the treaty,
# and the agent after a passive ("by Kazakhstan", "by the Kazakh Senate", "Казахстаном") is the actor


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The agreement on transit signed in 2020 was ratified by Kazakhstan", ("ratified", "KZ")),
        ("en", "The agreement on transit, signed in 2020, was ratified by Kazakhstan", ("ratified", "KZ")),
        ("en", "The agreement on transit signed in Astana in 2020 has been ratified by Kazakhstan", ("ratified", "KZ")),
        ("en", "The agreement on transit was ratified by the Kazakh Senate", ("adopted_by_parliament", "KZ")),
        ("ru", "Соглашение о транзите, подписанное в 2020 году, ратифицировано Казахстаном", ("ratified", "KZ")),
        ("ru", "Подписанное в 2020 году соглашение о транзите ратифицировал Казахстан", ("ratified", "KZ")),
        ("az", "2020-ci ildə imzalanmış tranzit haqqında sazişi Qazaxıstan ratifikasiya edib", ("ratified", "KZ")),
    ],
)
def test_a_treaty_described_by_its_signing_is_acted_on_by_the_next_verb(language: str, sentence: str,
                                                                         expected: tuple) -> None:
    event = _one(language, sentence)
    assert (event.action, event.actor) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The agreement on transit signed in 2020 will be ratified by Kazakhstan next year"),
        ("en", "The agreement on transit, signed in 2020, was not ratified by Kazakhstan"),
        ("ru", "Соглашение о транзите, подписанное в 2020 году, будет ратифицировано Казахстаном"),
    ],
)
def test_a_described_treaty_not_yet_acted_on_is_no_event(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


def test_a_headlines_only_verb_after_the_name_is_the_news() -> None:
    assert _one("en", "Agreement on transit ratified by Kazakh Senate").action == "adopted_by_parliament"


def test_what_a_treaty_is_acceded_with_after_a_described_name_is_not_a_second_treaty() -> None:
    found = events_of("en", "Georgia accedes to the Convention on Road Traffic, concluded in Vienna on 8 November "
                            "1968, with the following declaration:", published=PUBLISHED)
    assert [(e.action, e.treaty_name) for e in found] == [("acceded", "Convention on Road Traffic")]


# --------------------------------------------------------------------------------------------------
# Capitals a headline names its states by, as subjects and parties; never a venue, a dateline or part of a name


@pytest.mark.parametrize(
    ("language", "title", "parties"),
    [
        ("en", "Baku and Astana sign deal on joint disaster relief", ("AZ", "KZ")),
        ("en", "Tbilisi, Yerevan sign agreement on border crossings", ("AM", "GE")),
        ("ru", "Москва и Баку подписали меморандум о сотрудничестве в сфере образования", ("AZ", "RU")),
        ("az", "Bakı və Daşkənd tranzit haqqında saziş imzalayıb", ("AZ", "UZ")),
    ],
)
def test_capitals_as_the_signing_states(language: str, title: str, parties: tuple) -> None:
    event = _one(language, title)
    assert (event.action, event.parties) == ("signed", parties)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Companies sign agreement in Baku on hotel construction"),
        ("en", "Baku Declaration on youth adopted by student unions"),
        ("en", "BAKU, Azerbaijan, October 9. Two companies signed an agreement on hotel construction"),
        ("ru", "В Баку подписано соглашение о строительстве гостиницы"),
        ("ru", "Подписан меморандум по железной дороге Баку-Тбилиси-Карс"),
        ("az", "Bakıda otel tikintisi haqqında saziş imzalanıb"),
        ("az", "Bakı Bəyannaməsi tələbə birlikləri tərəfindən imzalanıb"),
    ],
)
def test_a_capital_as_a_venue_or_a_name_is_no_state(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# "The signing ceremony took place" is a signing; "статут"/"Statut" is a statute


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "A signing ceremony of the agreement between Azerbaijan and Georgia on transit took place in Baku",
         "agreement between Azerbaijan and Georgia on transit"),
        ("ru", "В Баку состоялась церемония подписания соглашения между Азербайджаном и Грузией о транзите",
         "соглашения между Азербайджаном и Грузией о транзите"),
        ("az", "Bakıda Azərbaycan ilə Gürcüstan arasında tranzit haqqında sazişin imzalanma mərasimi keçirilib",
         "Azərbaycan ilə Gürcüstan arasında tranzit haqqında sazişin"),
    ],
)
def test_a_signing_ceremony_held_is_a_signing(language: str, sentence: str, name: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.parties, event.treaty_name) == ("signed", ("AZ", "GE"), name)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The signing of the agreement between Azerbaijan and Georgia on transit will take place in Baku"),
        ("ru", "Церемония подписания соглашения между Азербайджаном и Грузией о транзите состоится в Баку"),
        ("az", "Azərbaycan ilə Gürcüstan arasında tranzit haqqında sazişin imzalanma mərasimi keçiriləcək"),
    ],
)
def test_a_signing_ceremony_to_come_is_no_signing(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Украина ратифицировала Римский статут Международного уголовного суда"),
        ("az", "Ukrayna Roma Statutunu ratifikasiya edib"),
    ],
)
def test_a_statute_by_its_other_noun(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.treaty_key) == ("ratified", "UA", "statute::")


# --------------------------------------------------------------------------------------------------
# az: the subject before the name (a person, the states that sign) is not the name's


@pytest.mark.parametrize(
    ("title", "name", "parties"),
    [
        ("İlham Əliyev Özbəkistanla müttəfiqlik münasibətləri haqqında müqaviləni təsdiqləyib",
         "Özbəkistanla müttəfiqlik münasibətləri haqqında müqaviləni", ("AZ", "UZ")),
        ("Prezident İlham Əliyev Azərbaycan ilə Türkmənistan arasında enerji sahəsində əməkdaşlıq haqqında sazişi "
         "təsdiqləyib", "Azərbaycan ilə Türkmənistan arasında enerji sahəsində əməkdaşlıq haqqında sazişi",
         ("AZ", "TM")),
        ("Azərbaycan, Gürcüstan və Türkiyə dəmir yolu haqqında memorandum imzalayıb", "dəmir yolu haqqında memorandum",
         ("AZ", "GE", "TR")),
        ("Milli Məclis bu gün plenar iclasda Gürcüstanla tranzit haqqında sazişi ratifikasiya edib",
         "Gürcüstanla tranzit haqqında sazişi", ("AZ", "GE")),
    ],
)
def test_az_the_subject_before_the_name_is_not_the_names(title: str, name: str, parties: tuple) -> None:
    event = _one("az", title)
    assert (event.treaty_name, event.parties) == (name, parties)


def test_az_a_capitalised_name_before_its_partner_stays_whole() -> None:
    event = _one("az", "Milli Məclis Azərbaycan Respublikası Hökuməti ilə Qazaxıstan Respublikası Hökuməti arasında "
                       "tranzit haqqında sazişi ratifikasiya edib")
    assert event.treaty_name.startswith("Azərbaycan Respublikası Hökuməti ilə")


# --------------------------------------------------------------------------------------------------
# A state's parliament by its own name after "<State>'s"; a state's company as the subject; a President's order


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("Uzbekistan's Oliy Majlis Senate approved the agreement with Azerbaijan on trade", "UZ"),
        ("Turkiye's Grand National Assembly ratified the agreement with Azerbaijan on defence cooperation", "TR"),
    ],
)
def test_a_parliament_named_after_its_states_possessive_acts_for_it(title: str, actor: str) -> None:
    event = _one("en", title)
    assert (event.action, event.actor) == ("adopted_by_parliament", actor)


def test_a_states_company_as_the_subject_signs_no_treaty() -> None:
    assert events_of("en", "Saudi Arabia's ACWA Power signed an agreement with Azerbaijan on wind energy",
                     published=PUBLISHED) == ()
    assert _one("en", "Azerbaijan and Saudi Arabia signed an agreement on wind energy").parties == ("AZ", "SA")


def test_an_order_on_approval_approves() -> None:
    event = _one("en", "Order of the President of the Republic of Azerbaijan on approval of the Memorandum of "
                       "Understanding between Azerbaijan and Pakistan on IT cooperation")
    assert (event.action, event.parties) == ("approved_by_law", ("AZ", "PK"))


# --------------------------------------------------------------------------------------------------
# A parliament's "backs", "clears", "gives nod to" is its vote; said of anyone else it is support, not an act


@pytest.mark.parametrize(
    "title",
    [
        "Georgian parliament backs agreement with Azerbaijan on transit",
        "Georgian MPs give nod to agreement with Azerbaijan on transit",
        "Georgian parliament clears agreement with Azerbaijan on transit",
    ],
)
def test_a_parliament_backing_a_treaty_adopts_it(title: str) -> None:
    assert acts(events_of("en", title, published=PUBLISHED)) == {("adopted_by_parliament", "GE", ("AZ", "GE"))}


@pytest.mark.parametrize(
    "title",
    ["EU backs agreement between Armenia and Azerbaijan",
     "Georgian parliament will clear the agreement with Azerbaijan"],
)
def test_support_or_a_future_vote_is_no_act(title: str) -> None:
    assert events_of("en", title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# An open treaty's name names places and organisations, not parties


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia accedes to the Singapore Convention on Mediation"),
        ("en", "Georgia joins WIPO Copyright Treaty"),
        ("ru", "Грузия присоединилась к Договору ВОИС по авторскому праву"),
    ],
)
def test_an_open_treatys_name_adds_no_party(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.parties) == ("acceded", "GE", ())


# --------------------------------------------------------------------------------------------------
# "The documents signed include ...", "Среди подписанных документов — ...": each listed treaty signed, between the
# states the title says signed


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Azerbaijan, Uzbekistan sign 15 documents",
         "The documents signed include an agreement on mutual protection of investments, a memorandum of "
         "understanding on cooperation in agriculture and a protocol on trade."),
        ("ru", "Азербайджан и Узбекистан подписали 15 документов",
         "Среди подписанных документов — соглашение о взаимной защите инвестиций, меморандум о сотрудничестве в "
         "сельском хозяйстве и протокол о торговле."),
    ],
)
def test_a_list_of_signed_documents_is_each_signed(language: str, title: str, body: str) -> None:
    found = events_of(language, title, "", body, published=PUBLISHED)
    assert {(e.action, e.parties) for e in found} == {("signed", ("AZ", "UZ"))}
    assert sorted(e.treaty_key.split(":")[0] for e in found) == ["agreement", "memorandum", "protocol"]
    assert all(e.treaty_key.split(":")[1] == "AZ-UZ" for e in found)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The documents to be signed include an agreement on mutual protection of investments."),
        ("ru", "Среди документов, которые будут подписаны, — соглашение о взаимной защите инвестиций."),
    ],
)
def test_a_list_of_documents_to_be_signed_is_none(language: str, body: str) -> None:
    title = "Azerbaijan, Uzbekistan to sign 15 documents" if language == "en" else \
        "Азербайджан и Узбекистан подпишут 15 документов"
    assert events_of(language, title, "", body, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Georgia denounces the Commonwealth of Independent States agreement on veterinary cooperation"),
        ("ru", "Грузия денонсировала соглашение Содружества Независимых Государств о сотрудничестве в ветеринарии"),
        ("az", 'Gürcüstan "Baytarlıq sahəsində Müstəqil Dövlətlər Birliyinə üzv dövlətlərin əməkdaşlığı haqqında" '
               "Sazişi denonsasiya edib"),
    ],
)
def test_the_cis_by_its_full_name_makes_an_open_agreement(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.parties) == ("denounced", "GE", ())


# --------------------------------------------------------------------------------------------------
# Present tense with today's date is the act; with a date after publication it is scheduled, not done


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Agreement between Azerbaijan and Georgia on transit enters into force today"),
        ("ru", "Соглашение между Азербайджаном и Грузией о транзите вступает в силу сегодня"),
        ("az", "Azərbaycan ilə Gürcüstan arasında tranzit haqqında saziş bu gün qüvvəyə minir"),
    ],
)
def test_entry_into_force_today(language: str, sentence: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.act_date.isoformat()) == ("entered_into_force", "2026-11-25")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The agreement between Azerbaijan and Georgia on transit enters into force on 1 December"),
        ("ru", "Соглашение между Азербайджаном и Грузией о транзите вступает в силу с 1 декабря"),
        ("az", "Azərbaycan ilə Gürcüstan arasında tranzit haqqında saziş dekabrın 1-dən qüvvəyə minir"),
    ],
)
def test_entry_into_force_on_a_later_date_is_scheduled(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A parliament named by its own name, with no state printed, stands for its state as the subject of a vote


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("az", "TBMM Azərbaycanla hərbi əməkdaşlıq sazişini təsdiqləyib",
         ("adopted_by_parliament", "TR", ("AZ", "TR"))),
        ("en", "TBMM approves agreement with Azerbaijan on defence cooperation",
         ("adopted_by_parliament", "TR", ("AZ", "TR"))),
        ("en", "Turkey's TBMM approves agreement with Azerbaijan on defence cooperation",
         ("adopted_by_parliament", "TR", ("AZ", "TR"))),
        ("en", "Knesset ratifies agreement with Azerbaijan on air services",
         ("adopted_by_parliament", "IL", ("AZ", "IL"))),
        ("ru", "ВНСТ одобрило соглашение с Азербайджаном о военном сотрудничестве",
         ("adopted_by_parliament", "TR", ("AZ", "TR"))),
        ("ru", "Верховная рада ратифицировала соглашение с Азербайджаном о воздушном сообщении",
         ("adopted_by_parliament", "UA", ("AZ", "UA"))),
    ],
)
def test_a_parliament_named_by_its_own_name_acts_for_its_state(language: str, title: str, expected: tuple) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.parties) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The Milli Majlis approved the protocol on cooperation with the TBMM"),
        ("ru", "Милли Меджлис одобрил протокол о сотрудничестве с ВНСТ"),
        ("az", "Milli Məclis TBMM ilə əməkdaşlıq haqqında protokolu təsdiqləyib"),
    ],
)
def test_a_parliament_named_as_the_partner_is_not_the_actor(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor) == ("adopted_by_parliament", "AZ")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The agreement with Azerbaijan on air services will be discussed in the Knesset"),
        ("ru", "В Кнессете обсудили соглашение с Азербайджаном о воздушном сообщении"),
        ("az", "Azərbaycan ilə Türkiyə arasında saziş TBMM-də müzakirə olunub"),
    ],
)
def test_a_parliament_as_the_place_of_a_debate_reports_no_act(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# A headline's short title ("Hague Convention", "Маколинская конвенция") is the one treaty of its type the body
# names in full; with two named in full, which one is not said


@pytest.mark.parametrize(
    ("language", "title", "body", "name"),
    [
        ("en", "Azerbaijan joins Hague Convention",
         "Azerbaijan acceded to the Convention on Choice of Court Agreements.",
         "Convention on Choice of Court Agreements"),
        ("ru", "Азербайджан присоединился к Гаагской конвенции",
         "Азербайджан присоединился к Конвенции о соглашениях о выборе суда.",
         "Конвенции о соглашениях о выборе суда"),
        ("az", "Azərbaycan 2005-ci il Haaqa Konvensiyasına qoşulub",
         "Azərbaycan Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiyaya qoşulub.",
         "Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiyaya"),
    ],
)
def test_a_headlines_short_title_is_the_treaty_the_body_names_in_full(language: str, title: str, body: str,
                                                                      name: str) -> None:
    event = _one(language, title, body)
    assert (event.action, event.actor, event.treaty_name) == ("acceded", "AZ", name)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Azerbaijan joins Hague Convention",
         "Azerbaijan acceded to the Convention on Choice of Court Agreements and to the Convention on the Recognition "
         "of Foreign Judgments."),
        ("ru", "Азербайджан присоединился к Гаагской конвенции",
         "Азербайджан присоединился к Конвенции о соглашениях о выборе суда и к Конвенции о признании иностранных "
         "судебных решений."),
    ],
)
def test_a_short_title_beside_two_treaties_of_its_type_stays_its_own(language: str, title: str, body: str) -> None:
    assert len(events_of(language, title, body, published=PUBLISHED)) == 3


def test_a_short_title_joins_no_treaty_of_another_type() -> None:
    found = events_of("en", "Azerbaijan and Georgia sign Tbilisi Declaration",
                      "Azerbaijan and Georgia signed the agreement on international combined transport.",
                      published=PUBLISHED)
    assert sorted(e.treaty_name for e in found) == ["Tbilisi Declaration",
                                                    "agreement on international combined transport"]


# --------------------------------------------------------------------------------------------------
# An act phrase governed by "after"/"после"/"sonra" is the time of something else, not a report of the act


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Convention on Choice of Court Agreements will enter into force for Azerbaijan on 1 February 2027, "
               "three months after the deposit of its instrument of accession"),
        ("en", "After depositing its instrument of accession to the Convention on Choice of Court Agreements, "
               "Azerbaijan will designate a central authority"),
        ("ru", "Конвенция о соглашениях о выборе суда вступит в силу для Азербайджана 1 февраля 2027 года, через три "
               "месяца после депонирования грамоты о присоединении"),
        ("az", "Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiya qoşulma sənədi depozitariyə təhvil "
               "verildikdən sonra üç ay keçməklə Azərbaycan üçün qüvvəyə minəcək"),
    ],
)
def test_an_act_phrase_after_a_preposition_of_time_reports_no_act(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Azerbaijan deposited its instrument of accession to the Convention on Choice of Court Agreements"),
        ("ru", "Азербайджан сдал на хранение грамоту о присоединении к Конвенции о соглашениях о выборе суда"),
        ("az", "Azərbaycan Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiyaya qoşulma sənədini "
               "depozitariyə təhvil verib"),
    ],
)
def test_the_same_act_phrase_as_the_sentences_verb_is_the_accession(language: str, sentence: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.actor) == ("acceded", "AZ")


# --------------------------------------------------------------------------------------------------
# A treaty that talks are about: "concluded the round of negotiations on the agreement" concludes the talks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Delegations of Azerbaijan and the European Union concluded the fourth round of negotiations on the new "
               "comprehensive partnership agreement in Brussels"),
        ("en", "Azerbaijan and the EU concluded talks on the partnership agreement"),
        ("ru", "Азербайджан и Евросоюз заключили четвертый раунд переговоров по новому соглашению о партнерстве"),
        ("az", "Azərbaycan və Avropa İttifaqı yeni tərəfdaşlıq sazişi üzrə danışıqların dördüncü raundunu başa vurub"),
    ],
)
def test_a_treaty_that_talks_are_about_is_not_the_verbs_object(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "After talks in Brussels, Azerbaijan and Georgia concluded an agreement on transit",
         "agreement on transit"),
        ("en", "Azerbaijan and Georgia concluded talks and signed the agreement on transit", "agreement on transit"),
        ("ru", "По итогам переговоров Азербайджан и Грузия подписали соглашение о транзите", "соглашение о транзите"),
        ("az", "Danışıqlardan sonra Azərbaycan və Gürcüstan tranzit haqqında saziş imzalayıb",
         "tranzit haqqında saziş"),
    ],
)
def test_talks_beside_a_signed_treaty_leave_the_signing(language: str, sentence: str, name: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.parties, event.treaty_name) == ("signed", ("AZ", "GE"), name)


# --------------------------------------------------------------------------------------------------
# A bill put on (included in) a sitting's agenda is one the parliament received: a submission (the dev set's
# definition of submitted_to_parliament); planned or negated it is no act; a session's work plan is no act

_BILL_AZ = "Azərbaycan ilə Türkiyə arasında sosial təminat haqqında sazişin ratifikasiya edilməsi barədə qanun layihəsi"
_BILL_RU = "Законопроект о ратификации соглашения между Азербайджаном и Турцией о социальном обеспечении"
_BILL_EN = "The bill on ratification of the agreement between Azerbaijan and Turkey on social security"
_BILL_AZ_LOWER = f"{_BILL_AZ[0].lower()}{_BILL_AZ[1:]}"
_BILL_RU_LOWER = f"{_BILL_RU[0].lower()}{_BILL_RU[1:]}"
_BILL_EN_LOWER = f"{_BILL_EN[0].lower()}{_BILL_EN[1:]}"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", f"Milli Məclisin plenar iclasının gündəliyinə {_BILL_AZ_LOWER} daxil edilib"),
        ("az", f"{_BILL_AZ} Milli Məclisin plenar iclasının gündəliyinə daxil edilib"),
        ("az", f"{_BILL_AZ} Milli Məclisin plenar iclasının gündəliyinə daxil edildi"),
        ("az", f"{_BILL_AZ} Milli Məclisin növbəti iclasının gündəliyinə daxil olunub"),
        ("az", f"Milli Məclis {_BILL_AZ_LOWER}ni plenar iclasın gündəliyinə daxil edib"),
        ("ru", f"{_BILL_RU} внесен в повестку дня пленарного заседания Милли Меджлиса"),
        ("ru", f"{_BILL_RU} включен в повестку дня пленарного заседания Милли Меджлиса"),
        ("ru", f"В повестку дня пленарного заседания Милли Меджлиса включен {_BILL_RU_LOWER}"),
        ("ru", f"Милли Меджлис включил в повестку дня {_BILL_RU_LOWER}"),
        ("ru", f"Повестка дня пленарного заседания Милли Меджлиса включает {_BILL_RU_LOWER}"),
        ("en", f"{_BILL_EN} was tabled for the agenda of the Milli Majlis plenary session"),
        ("en", f"{_BILL_EN} was included in the agenda of the Milli Majlis plenary session"),
        ("en", f"{_BILL_EN} has been put on the agenda of the Milli Majlis"),
        ("en", f"The Milli Majlis included {_BILL_EN_LOWER} in the agenda of its plenary session"),
        ("en", f"The agenda of the Milli Majlis plenary session includes {_BILL_EN_LOWER}"),
    ],
)
def test_a_bill_put_on_an_agenda_was_submitted(language: str, sentence: str) -> None:
    assert acts(events_of(language, sentence, published=PUBLISHED)) == {
        ("submitted_to_parliament", "AZ", ("AZ", "TR"))}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", f"{_BILL_AZ} Milli Məclisin plenar iclasının gündəliyinə daxil ediləcək"),
        ("az", f"{_BILL_AZ} Milli Məclisin plenar iclasının gündəliyinə daxil edilməyib"),
        ("az", f"Milli Məclisin payız sessiyasının iş planına {_BILL_AZ_LOWER} daxil edilib"),
        ("ru", f"{_BILL_RU} будет включен в повестку дня пленарного заседания Милли Меджлиса"),
        ("ru", f"{_BILL_RU} не включен в повестку дня пленарного заседания Милли Меджлиса"),
        ("ru", f"{_BILL_RU} внесен в план работы весенней сессии Милли Меджлиса"),
        ("en", f"{_BILL_EN} will be put on the agenda of the Milli Majlis"),
        ("en", f"{_BILL_EN} is expected to be included in the agenda of the Milli Majlis plenary session"),
        ("en", f"{_BILL_EN} was not included in the agenda of the Milli Majlis plenary session"),
    ],
)
def test_a_bill_planned_for_or_kept_off_an_agenda_is_no_submission(language: str, sentence: str) -> None:
    assert events_of(language, sentence, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("az", "Milli Məclisin plenar iclası keçirilib",
         "“Azərbaycan Respublikası ilə Türkiyə Respublikası arasında sosial təminat haqqında Saziş”in ratifikasiya "
         "edilməsi barədə qanun layihəsi Milli Məclisin plenar iclasının gündəliyinə daxil edilib. "
         "Müzakirələrdən sonra qanun layihəsi səsə qoyularaq qəbul edilib."),
        ("ru", "Состоялось пленарное заседание Милли Меджлиса",
         f"{_BILL_RU} включен в повестку дня пленарного заседания Милли Меджлиса. Милли Меджлис принял законопроект."),
        ("en", "Milli Majlis holds plenary session",
         f"{_BILL_EN} was included in the agenda of the Milli Majlis plenary session. "
         "The Milli Majlis passed the bill."),
    ],
)
def test_a_vote_on_a_bill_from_the_agenda_is_the_parliament_adopting_it(language: str, title: str,
                                                                         lead: str) -> None:
    assert {e.action for e in events_of(language, title, lead, published=PUBLISHED)} == {"adopted_by_parliament"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", f"{_BILL_AZ} Milli Məclisə daxil olub"),
        ("ru", f"{_BILL_RU} внесен в Милли Меджлис"),
        ("en", f"{_BILL_EN} was submitted to the Milli Majlis"),
    ],
)
def test_a_bill_sent_to_the_parliament_is_submitted(language: str, sentence: str) -> None:
    assert acts(events_of(language, sentence, published=PUBLISHED)) == {
        ("submitted_to_parliament", "AZ", ("AZ", "TR"))}


# --------------------------------------------------------------------------------------------------
# A treaty of any type whose name has a "with" partner is between two: the actor is the other party


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "The Milli Majlis approved the convention with Oman on the avoidance of double taxation"),
        ("ru", "Милли Меджлис одобрил конвенцию с Оманом об избежании двойного налогообложения"),
        ("az", "Milli Məclis Omanla ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiyanı təsdiqləyib"),
    ],
)
def test_a_convention_with_a_partner_is_between_two(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.parties, event.treaty_key) == (
        "adopted_by_parliament", "AZ", ("AZ", "OM"), "agreement:AZ-OM:double_taxation")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Kazakhstan ratified the Convention on Choice of Court Agreements"),
        ("ru", "Казахстан ратифицировал Конвенцию о соглашениях о выборе суда"),
        ("az", "Qazaxıstan Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiyanı ratifikasiya edib"),
    ],
)
def test_a_convention_without_a_partner_stays_open(language: str, title: str) -> None:
    event = _one(language, title)
    assert (event.action, event.actor, event.parties) == ("ratified", "KZ", ())


# --------------------------------------------------------------------------------------------------
# az: a lower-case "dövlət" before a possessed noun is the treaty's subject ("dövlət sərhədi"), not a state organ


@pytest.mark.parametrize(
    ("title", "name", "parties"),
    [
        ("Özbəkistan ilə Tacikistan arasında dövlət sərhədi haqqında müqavilə imzalanıb",
         "Özbəkistan ilə Tacikistan arasında dövlət sərhədi haqqında müqavilə", ("TJ", "UZ")),
        ("Azərbaycan və Gürcüstan dövlət sirrinin qorunması haqqında saziş imzalayıb",
         "dövlət sirrinin qorunması haqqında saziş", ("AZ", "GE")),
    ],
)
def test_az_the_states_border_or_secret_is_the_treatys_subject(title: str, name: str, parties: tuple) -> None:
    event = _one("az", title)
    assert (event.action, event.treaty_name, event.parties) == ("signed", name, parties)


def test_az_heads_of_state_stay_out_of_the_name() -> None:
    event = _one("az", "Azərbaycan və Türkiyə dövlət başçıları Şuşa Bəyannaməsini imzalayıb")
    assert event.parties == ("AZ", "TR") and "dövlət" not in event.treaty_name


# --------------------------------------------------------------------------------------------------
# "between A, B, C and D": a list of any length after between/между stays in the name


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("ru", "Подписан меморандум о взаимопонимании между Азербайджаном, Грузией, Румынией и Венгрией о зеленом "
               "энергетическом коридоре",
         "меморандум о взаимопонимании между Азербайджаном, Грузией, Румынией и Венгрией о зеленом энергетическом "
         "коридоре"),
        ("en", "A memorandum of understanding between Azerbaijan, Georgia, Romania and Hungary on the green energy "
               "corridor was signed",
         "memorandum of understanding between Azerbaijan, Georgia, Romania and Hungary on the green energy corridor"),
    ],
)
def test_a_long_between_list_stays_in_the_name(language: str, sentence: str, name: str) -> None:
    event = _one(language, sentence)
    assert (event.action, event.parties, event.treaty_name) == ("signed", ("AZ", "GE", "HU", "RO"), name)


def test_a_subjects_list_is_not_a_between_list() -> None:
    event = _one("en", "Azerbaijan, Georgia, Romania and Hungary signed a memorandum on the green energy corridor")
    assert (event.parties, event.treaty_name) == (("AZ", "GE", "HU", "RO"), "memorandum on the green energy corridor")


# --------------------------------------------------------------------------------------------------
# Round i09e: constructions found by the sweep (tests/events_paradigms.py), with negatives of the same shape


@pytest.mark.parametrize(
    ("language", "title", "action"),
    [
        ("en", "Apostille Convention submitted to parliament", "submitted_to_parliament"),
        ("en", "Bill on ratification of 1958 New York Convention submitted to Milli Majlis", "submitted_to_parliament"),
        ("en", "Entry into force of agreement with Azerbaijan on road transport", "entered_into_force"),
        ("ru", "Вступление в силу соглашения с Азербайджаном об автомобильном транспорте", "entered_into_force"),
        ("ru", "Казахстан 20 ноября подписал соглашение с Азербайджаном о транзите", "signed"),
        ("ru", "Румыния вышла из соглашения с Азербайджаном о транзите", "denounced"),
        ("en", "Astana OKs Treaty on Allied Interaction", "approved_by_law"),
        ("en", "Tokayev signs memorandum of understanding on energy cooperation", "signed"),
        ("ru", "Токаев ратифицировал меморандум о взаимопонимании в сфере энергетики", "ratified"),
        ("en", "Convention on Cybercrime enters into force", "entered_into_force"),
    ],
)
def test_headline_constructions_of_the_sweep(language: str, title: str, action: str) -> None:
    assert _one(language, title).action == action


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "No agreement signed on deployment of foreign troops"),  # a negated headline subject
        ("en", "Ratification of agreement with Azerbaijan on road transport postponed"),  # a verb after the name
        ("ru", "Подписание соглашения с Азербайджаном о транзите перенесено"),
        ("ru", "Казахстан вышел на связь по соглашению с Азербайджаном о транзите"),  # leaving, not from the treaty
        ("en", "Azercell and Nokia sign memorandum on 5G networks"),  # no state: a company's document
        ("az", "“Azərenerji” ilə “Siemens Energy” arasında müqavilə imzalanıb"),  # müqavilə is a contract too
        ("ru", "«Азерэнержи» и Siemens Energy подписали договор"),  # so is договор
    ],
)
def test_headline_negatives_of_the_sweep(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()


def test_a_body_participle_with_its_agent_still_describes_the_treaty() -> None:
    """In a body sentence with other verbs, "the Convention signed by President ... on 23 February" is background."""
    found = events_of("en", "Azerbaijan's State Security Service will act as the contact point",
                      "The service will act as the contact point under the Convention against Cybercrime, according to "
                      "the law on approval of the Convention signed by President Ilham Aliyev on 23 February.",
                      published="2026-02-23T12:00:00+04:00")
    assert "signed" not in {e.action for e in found}


@pytest.mark.parametrize(
    ("language", "lead", "action"),
    [
        ("en", "The Milli Majlis discussed the bill on ratification of the agreement with Kazakhstan on transit. "
               "The bill was put to a vote and adopted.", "adopted_by_parliament"),
        ("ru", "Милли Меджлис обсудил законопроект о ратификации соглашения с Казахстаном о транзите. "
               "Законопроект был поставлен на голосование и принят.", "adopted_by_parliament"),
        ("en", "The committee discussed the bill on ratification of the agreement with Kazakhstan on transit. "
               "The bill will be put to a vote next week.", None),
        ("ru", "Милли Меджлис рассмотрит законопроект о ратификации соглашения с Казахстаном о транзите. "
               "Законопроект уже одобрен профильным комитетом.", None),
        ("en", "The parliamentary committee on foreign affairs approved the bill on ratification of the agreement "
               "with Kazakhstan on transit.", None),
    ],
)
def test_the_bill_an_earlier_sentence_named_and_a_committees_step(language: str, lead: str, action: str | None) -> None:
    found = events_of(language, "Azerbaijan and Kazakhstan expand cooperation", lead, published=PUBLISHED)
    assert {e.action for e in found} == ({action} if action else set())
    assert all(e.evidence in lead for e in found)  # the evidence is the sentence as printed


@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("Convention signed in Astana opens new routes for cargo", None),  # the headline's own verb is "opens"
        ("Agreement on transit signed with Kazakhstan boosts trade", None),
        ("Apostille Convention submitted to parliament", "submitted_to_parliament"),  # no later verb: the news
    ],
)
def test_a_headline_participle_before_its_own_verb_describes_the_subject(title: str, action: str | None) -> None:
    assert {e.action for e in events_of("en", title, published=PUBLISHED)} == ({action} if action else set())
