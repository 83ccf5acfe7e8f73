"""Constructions of az names and actors, and of one treaty named twice in an item, each with negatives of the
same shape. The sentences are written for these tests, not taken from the dev set."""

import pytest

from pipeline.events.identity import TreatyIdentity, treaty_key
from tests.events_support import acts, events_of

PUBLISHED = "2026-06-10T12:00:00+04:00"


def _events(language: str, title: str, *paragraphs: str) -> tuple:
    return events_of(language, title, *paragraphs, published=PUBLISHED)


# --------------------------------------------------------------------------------------------------
# az: a stop word's stem that begins a subject's word ends only its own forms


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Azərbaycan ilə Türkmənistan arasında nəqliyyat sahəsində strateji tərəfdaşlıq haqqında Saziş imzalanıb",
         "Azərbaycan ilə Türkmənistan arasında nəqliyyat sahəsində strateji tərəfdaşlıq haqqında Saziş"),
        ("Azərbaycan ilə Gürcüstan arasında yüklər barədə ilkin məlumat mübadiləsinə dair Protokol imzalanıb",
         "yüklər barədə ilkin məlumat mübadiləsinə dair Protokol"),
        ("Azərbaycan ilə Qırğızıstan arasında həmkarlar ittifaqları sahəsində əməkdaşlıq haqqında Memorandum "
         "imzalanıb", "həmkarlar ittifaqları sahəsində əməkdaşlıq haqqında Memorandum"),
        ("Azərbaycan ilə Özbəkistan arasında tarixi irsin qorunması haqqında Saziş imzalanıb",
         "tarixi irsin qorunması haqqında Saziş"),
    ],
)
def test_an_az_subject_word_that_begins_like_a_stop_word_stays_in_the_name(title: str, kept: str) -> None:
    (event,) = _events("az", title)
    assert kept in event.treaty_name
    assert event.action == "signed"


@pytest.mark.parametrize(
    ("title", "dropped"),
    [
        ("Türkmənistan tərəfindən nəqliyyat sahəsində əməkdaşlıq haqqında Saziş ratifikasiya edilib", "tərəfindən"),
        ("Milli Məclis ilk oxunuşda nəqliyyat sahəsində əməkdaşlıq haqqında Sazişi təsdiqləyib", "ilk"),
    ],
)
def test_the_stop_words_own_forms_still_end_an_az_name(title: str, dropped: str) -> None:
    (event,) = _events("az", title)
    assert dropped not in event.treaty_name.split()
    assert "nəqliyyat sahəsində əməkdaşlıq haqqında" in event.treaty_name


# --------------------------------------------------------------------------------------------------
# Heads of state named by surname are their state (az, like en and ru)


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("az", "Mirziyoyev Azərbaycanla vizasız gediş-gəliş haqqında sazişin ratifikasiyasına dair qanunu imzalayıb",
         ("ratified", "UZ", ("AZ", "UZ"))),
        ("az", "Tokayev Azərbaycanla turizm sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edən qanunu imzalayıb",
         ("ratified", "KZ", ("AZ", "KZ"))),
        ("az", "Paşinyan Gürcüstanla hava nəqliyyatı haqqında sazişin təsdiq edilməsi haqqında qanunu imzalayıb",
         ("approved_by_law", "AM", ("AM", "GE"))),
        ("en", "Mirziyoyev signs law ratifying visa waiver agreement with Azerbaijan",
         ("ratified", "UZ", ("AZ", "UZ"))),
        ("ru", "Мирзиёев подписал закон о ратификации соглашения с Азербайджаном о безвизовом режиме",
         ("ratified", "UZ", ("AZ", "UZ"))),
    ],
)
def test_a_head_of_state_named_by_surname_acts_for_the_state(language: str, title: str, expected: tuple) -> None:
    assert acts(_events(language, title)) == {expected}


@pytest.mark.parametrize(
    "title",
    [
        "Tokayev Azərbaycanla turizm sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edən qanunu imzalayacaq",
        "Mirziyoyev Azərbaycanla vizasız gediş-gəliş haqqında sazişin ratifikasiyasına dair qanunu imzalamayıb",
        "Tokayev Azərbaycanla turizm sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edən qanun layihəsini "
        "parlamentə göndərməyib",
    ],
)
def test_a_head_of_states_future_or_negated_act_is_none(title: str) -> None:
    assert _events("az", title) == ()


# --------------------------------------------------------------------------------------------------
# A senate or parliament "endorses" (az "bəyənib")


def test_a_senate_that_endorses_a_treaty_adopts_it() -> None:
    found = _events("az", "Qazaxıstan Senatı Azərbaycanla ekstradisiya haqqında müqaviləni bəyənib")
    assert acts(found) == {("adopted_by_parliament", "KZ", ("AZ", "KZ"))}


@pytest.mark.parametrize(
    "title",
    [
        "Qazaxıstan Senatı Azərbaycanla ekstradisiya haqqında müqaviləni bəyənməyib",
        "Qazaxıstan Senatı Azərbaycanla ekstradisiya haqqında müqaviləni bəyənəcək",
        "Qazaxıstan Senatı Azərbaycanla ekstradisiya haqqında müqaviləni bəyənə bilər",
    ],
)
def test_a_negated_future_or_possible_endorsement_is_none(title: str) -> None:
    assert _events("az", title) == ()


# --------------------------------------------------------------------------------------------------
# A treaty put in a session's work plan is not yet submitted


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("az", "Milli Məclis yaz sessiyasında Oman ilə sazişə baxacaq",
         "Milli Məclisin yaz sessiyasının iş planına Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında sazişin "
         "ratifikasiyası daxil edilib."),
        ("ru", "Милли Меджлис рассмотрит соглашение с Оманом весной",
         "Законопроект о ратификации соглашения между Азербайджаном и Оманом о воздушном сообщении внесен в план "
         "работы весенней сессии Милли Меджлиса."),
    ],
)
def test_a_treaty_put_in_a_work_plan_is_no_act(language: str, title: str, lead: str) -> None:
    assert _events(language, title, lead) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında sazişin ratifikasiyası barədə qanun layihəsi "
               "Milli Məclisə təqdim edilib"),
        ("ru", "Законопроект о ратификации соглашения между Азербайджаном и Оманом о воздушном сообщении внесен "
               "в Милли Меджлис"),
    ],
)
def test_a_bill_submitted_to_the_parliament_is_still_submitted(language: str, title: str) -> None:
    assert {e.action for e in _events(language, title)} == {"submitted_to_parliament"}


# --------------------------------------------------------------------------------------------------
# One treaty named twice in an item: a short or subjectless mention is the one named at length


@pytest.mark.parametrize(
    ("language", "title", "lead", "action"),
    [
        ("en", "Kyrgyzstan joins UN carriage convention",
         "Kyrgyzstan has acceded to the United Nations Convention on the Carriage of Goods Wholly or Partly by Sea, "
         "the depositary said on Tuesday.", "acceded"),
        ("az", "Qazaxıstan BƏT-in 187 saylı Konvensiyasını ratifikasiya edib",
         "Qazaxıstan Parlamentinin qəbul etdiyi qanunla Beynəlxalq Əmək Təşkilatının peşə təhlükəsizliyi və "
         "sağlamlığına dair 187 nömrəli Konvensiyası ratifikasiya olunub.", None),
        ("ru", "Киргизия присоединилась к конвенции ООН о перевозках",
         "Киргизия присоединилась к Конвенции Организации Объединенных Наций о договорах полностью или частично "
         "морской перевозки грузов.", "acceded"),
    ],
)
def test_a_short_mention_and_the_full_title_are_one_event(language: str, title: str, lead: str,
                                                          action: str | None) -> None:
    found = _events(language, title, lead)
    assert len(found) == 1, found
    assert len(found[0].treaty_name.split()) > 4  # the full title names the event
    if action:
        assert found[0].action == action


def test_two_documents_listed_in_one_sentence_stay_two() -> None:
    found = _events("en", "Azerbaijan, Kyrgyzstan sign documents",
                    "Azerbaijan and Kyrgyzstan signed an agreement on visa-free travel and an agreement between "
                    "the two foreign ministries.")
    assert len(found) == 2


def test_a_short_mention_with_two_full_titles_of_its_type_joins_neither() -> None:
    found = _events("en", "Azerbaijan, Kyrgyzstan sign landmark agreement",
                    "Azerbaijan and Kyrgyzstan signed an agreement on visa-free travel.",
                    "The sides also signed an agreement on the mutual protection of investments.")
    assert len(found) == 3


def test_an_agentless_approval_in_the_headline_of_an_item_on_the_vote_is_the_vote() -> None:
    found = _events("az", "Oman ilə hava nəqliyyatı sazişinə dəyişikliklər edən protokol təsdiqlənib",
                    "Milli Məclisin bugünkü plenar iclasında “Azərbaycan Respublikası Hökuməti ilə Oman Sultanlığı "
                    "Hökuməti arasında hava nəqliyyatı haqqında Sazişə dəyişikliklər edilməsi barədə Protokol”un "
                    "təsdiq edilməsi haqqında qanun layihəsi qəbul olunub.")
    assert {e.action for e in found} == {"adopted_by_parliament"}


def test_a_presidents_approval_on_another_day_than_the_vote_stays_its_own_act() -> None:
    found = _events("az", "Prezident Oman ilə hava nəqliyyatı haqqında sazişi təsdiq edib",
                    "Prezident İlham Əliyev iyunun 10-da Azərbaycan ilə Oman arasında hava nəqliyyatı haqqında "
                    "Sazişi təsdiq edib.",
                    "Milli Məclis sazişi mayın 20-də qəbul edib.")
    assert "approved_by_law" in {e.action for e in found}


# --------------------------------------------------------------------------------------------------
# The type words one bilateral instrument is named by in different editions


def test_a_bilateral_treaty_pact_or_accord_keys_as_an_agreement() -> None:
    for kind in ("treaty", "pact", "accord", "agreement"):
        assert treaty_key(kind, {"AZ", "GE"}, {"emergencies"}) == "agreement:AZ-GE:emergencies"
    assert treaty_key("memorandum", {"AZ", "GE"}, {"emergencies"}) == "memorandum:AZ-GE:emergencies"
    assert treaty_key("protocol", {"AZ", "GE"}, {"trade"}) == "protocol:AZ-GE:trade"
    assert treaty_key("treaty", set(), {"nuclear"}) == "treaty::nuclear"  # an open treaty keeps its type


def test_a_pact_and_an_agreement_of_one_item_are_one_treaty_a_memorandum_is_another() -> None:
    pact = TreatyIdentity("pact", frozenset({"AZ", "GE"}), frozenset({"emergencies"}))
    agreement = TreatyIdentity("agreement", frozenset({"AZ", "GE"}), frozenset({"emergencies"}))
    memorandum = TreatyIdentity("memorandum", frozenset({"AZ", "GE"}), frozenset({"emergencies"}))
    assert pact.same_treaty(agreement)
    assert not memorandum.same_treaty(agreement)


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan, Georgia sign emergencies pact",
         "Azerbaijan and Georgia signed an agreement on cooperation in the field of emergency situations."),
        ("ru", "Азербайджан и Грузия подписали договор о чрезвычайных ситуациях",
         "Азербайджан и Грузия подписали соглашение о сотрудничестве в области чрезвычайных ситуаций."),
    ],
)
def test_a_headlines_pact_and_the_bodys_agreement_are_one_event(language: str, title: str, lead: str) -> None:
    found = _events(language, title, lead)
    assert len(found) == 1, found
    assert found[0].treaty_key == "agreement:AZ-GE:emergencies"


# --------------------------------------------------------------------------------------------------
# A law whose title is about treaties in general names no treaty


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Parliament amends Law on International Treaties",
         "The Milli Majlis adopted amendments to the Law on International Treaties in the second reading."),
        ("ru", "Парламент изменил закон «О международных договорах»",
         "Милли Меджлис принял во втором чтении поправки в закон «О международных договорах»."),
        ("az", "Milli Məclis “Beynəlxalq müqavilələr haqqında” Qanuna dəyişiklik edib",
         "Milli Məclisin iclasında “Beynəlxalq müqavilələr haqqında” Qanuna dəyişiklik edilməsi barədə qanun "
         "layihəsi ikinci oxunuşda qəbul olunub."),
    ],
)
def test_a_law_on_treaties_in_general_names_no_treaty(language: str, title: str, lead: str) -> None:
    assert _events(language, title, lead) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Parliament adopts law on ratification of agreements with Oman"),
        ("ru", "Парламент принял закон о ратификации соглашений с Оманом"),
        ("az", "Milli Məclis Oman ilə sazişlərin ratifikasiya edilməsi haqqında qanun layihəsini qəbul edib"),
    ],
)
def test_a_law_ratifying_treaties_named_in_the_plural_still_reports_the_vote(language: str, title: str) -> None:
    assert {e.action for e in _events(language, title)} == {"adopted_by_parliament"}


# --------------------------------------------------------------------------------------------------
# az: an organ that contracts with a company signs a contract, not a treaty


def test_a_ministrys_agreement_with_a_company_is_a_contract() -> None:
    assert _events("az", "İqtisadiyyat Nazirliyi ilə “Masdar” arasında günəş stansiyası üzrə saziş imzalanıb",
                   "İqtisadiyyat Nazirliyi ilə BƏƏ-nin “Masdar” şirkəti arasında günəş elektrik stansiyasının "
                   "tikintisi üzrə investisiya sazişi imzalanıb.") == ()


def test_a_ministrys_agreement_with_another_states_ministry_is_a_treaty() -> None:
    found = _events("az", "Azərbaycan Respublikasının Energetika Nazirliyi ilə Özbəkistan Respublikasının Energetika "
                          "Nazirliyi arasında bərpa olunan enerji sahəsində əməkdaşlıq haqqında Memorandum imzalanıb")
    assert acts(found) == {("signed", None, ("AZ", "UZ"))}


# --------------------------------------------------------------------------------------------------
# en: a name that opens with another treaty noun is that document ("protocol upgrading ... deal")


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Azerbaijan, Georgia seal protocol upgrading free trade deal", "protocol:AZ-GE:trade"),
        ("Azerbaijan, Georgia sign protocol amending double taxation agreement", "protocol:AZ-GE:double_taxation"),
        ("Azerbaijan, Georgia sign free trade deal", "agreement:AZ-GE:trade"),  # no opener: the deal itself
    ],
)
def test_a_name_opened_by_a_protocol_is_the_protocol(title: str, key: str) -> None:
    (event,) = _events("en", title)
    assert event.treaty_key == key


def test_a_headlines_protocol_upgrading_a_deal_and_the_bodys_protocol_are_one_event() -> None:
    found = _events("en", "Azerbaijan, Georgia seal protocol upgrading free trade deal",
                    "Azerbaijan and Georgia signed a protocol amending the Free Trade Agreement between the two "
                    "countries.")
    assert [e.treaty_key for e in found] == ["protocol:AZ-GE:trade"]


# --------------------------------------------------------------------------------------------------
# A lone party is the acting state, not what tells the treaty apart


def test_a_key_names_two_parties_or_none() -> None:
    assert treaty_key("agreement", {"AZ"}, {"space"}) == "agreement::space"
    assert treaty_key("agreement", set(), {"space"}) == "agreement::space"
    assert treaty_key("agreement", {"AZ", "KZ"}, {"space"}) == "agreement:AZ-KZ:space"


def test_editions_of_a_withdrawal_from_an_organisations_agreement_get_one_key() -> None:
    keys = {e.treaty_key for language, title in [
        ("en", "Azerbaijan withdraws from CIS agreement on outer space"),
        ("ru", "Азербайджан вышел из соглашения СНГ о космосе"),
        ("az", "Azərbaycan MDB-nin kosmik fəza haqqında sazişini denonsasiya edib"),
    ] for e in _events(language, title)}
    assert keys == {"agreement::space"}


# --------------------------------------------------------------------------------------------------
# Withdrawing from a treaty denounces it (az "sazişdən çıxır", like en "quits", ru "вышел из")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("az", "Azərbaycan MDB-nin gömrük işi haqqında sazişindən çıxır"),
        ("az", "Azərbaycan MDB-nin gömrük işi haqqında sazişindən çıxıb"),
        ("en", "Azerbaijan quits CIS agreement on customs"),
        ("ru", "Азербайджан вышел из соглашения СНГ о таможенном деле"),
    ],
)
def test_withdrawing_from_a_treaty_denounces_it(language: str, title: str) -> None:
    assert {(e.action, e.actor) for e in _events(language, title)} == {("denounced", "AZ")}


@pytest.mark.parametrize(
    "title",
    [
        "Azərbaycan MDB-nin gömrük işi haqqında sazişindən çıxacaq",
        "Azərbaycan MDB-nin gömrük işi haqqında sazişindən çıxmayıb",
        "Nazir MDB-nin gömrük işi haqqında sazişi barədə çıxış edib",
    ],
)
def test_a_future_or_negated_withdrawal_or_a_speech_is_none(title: str) -> None:
    assert _events("az", title) == ()


# --------------------------------------------------------------------------------------------------
# az: a bare "qanun layihəsi" is the bill an earlier sentence named by its quoted title (as en/ru "the bill")

_AZ_SITTING = "Milli Məclisin plenar iclası keçirilib"
_AZ_TITLED = ("Əvvəlcə “Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında ekstradisiya haqqında "
              "Müqavilənin ratifikasiya edilməsi barədə” qanun layihəsi müzakirəyə çıxarılıb.")


def test_an_az_bill_named_earlier_and_adopted_later_is_the_treatys_adoption() -> None:
    found = _events("az", _AZ_SITTING, _AZ_TITLED, "Səsverməyə qoyulan qanun layihəsi qəbul edilib.")
    assert acts(found) == {("adopted_by_parliament", "AZ", ("AZ", "KZ"))}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_AZ_TITLED, "Qanun layihəsi barədə komitə sədri məlumat verib."),  # only discussed
        ("Əvvəlcə “Notariat haqqında” qanun layihəsi müzakirəyə çıxarılıb.",
         "Səsverməyə qoyulan qanun layihəsi qəbul edilib."),  # a bill on no treaty
    ],
)
def test_an_az_bill_only_discussed_or_on_no_treaty_is_no_act(paragraphs: tuple[str, ...]) -> None:
    assert _events("az", _AZ_SITTING, *paragraphs) == ()
