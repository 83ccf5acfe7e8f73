"""Treaty identity (identity.py, treaties.yaml) for the constructions blind6 showed split across editions: a
memorandum named by nothing but its signing organs ("digital ministries ink MoU"), and a Council of Europe
convention called by its city in one edition and by its full title in another. Sentences are written here, in
the agencies' styles; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of


def _keys(language: str, title: str, *paragraphs: str) -> set[str]:
    return {e.treaty_key for e in events_of(language, title, *paragraphs) if e.action == "signed"}


# One memorandum of two ministries of a field, each edition naming the field only through the ministries, or
# in the memorandum's own name.
MINISTRY_MEMORANDA = {
    "education": [
        ("en", "Azerbaijani, Georgian education ministries sign memorandum"),
        ("en", "The Ministry of Science and Education of Azerbaijan and Georgia's Ministry of Education signed a "
               "memorandum of understanding on Monday"),
        ("ru", "Минобразования Азербайджана и Грузии подписали меморандум"),
        ("ru", "Министерства образования Азербайджана и Грузии подписали меморандум о взаимопонимании"),
        ("az", "Azərbaycan və Gürcüstan təhsil nazirlikləri memorandum imzalayıb"),
        ("az", "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi ilə Gürcüstanın Təhsil Nazirliyi arasında "
               "anlaşma memorandumu imzalanıb"),
    ],
    "digital": [
        ("en", "Azerbaijani, Kazakh digital ministries ink MoU"),
        ("en", "Azerbaijan's Ministry of Digital Development and Kazakhstan's Ministry of Digital Development "
               "signed a memorandum of understanding"),
        ("ru", "Минцифры Азербайджана и Казахстана подписали меморандум"),
        ("az", "Azərbaycanın Rəqəmsal İnkişaf Nazirliyi ilə Qazaxıstanın Rəqəmsal İnkişaf Nazirliyi arasında "
               "anlaşma memorandumu imzalanıb"),
    ],
}


@pytest.mark.parametrize("field", sorted(MINISTRY_MEMORANDA))
def test_a_memorandum_named_only_by_its_ministries_is_in_their_field(field: str) -> None:
    keys = {title: _keys(language, title) for language, title in MINISTRY_MEMORANDA[field]}
    assert all(len(k) == 1 for k in keys.values()), keys
    assert len(set.union(*keys.values())) == 1, keys


def test_the_two_ministries_fields_give_two_memoranda() -> None:
    education = _keys(*MINISTRY_MEMORANDA["education"][0])
    digital = _keys("en", "Azerbaijani, Georgian digital ministries ink MoU")
    assert education and digital and education != digital


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Azerbaijan and Georgia sign memorandum"),
    ("en", "Azerbaijani and Georgian delegations signed a memorandum of understanding after the talks"),
    ("ru", "Азербайджан и Грузия подписали меморандум"),
    ("az", "Azərbaycan və Gürcüstan memorandum imzalayıb"),
])
def test_a_memorandum_signed_by_states_or_delegations_gets_no_field(language: str, title: str) -> None:
    """Only a signing organ names a field: states and delegations name none, so none is made up."""
    assert _keys(language, title) == {"memorandum:AZ-GE:"}


def test_a_memorandum_with_its_own_subject_keeps_it_whoever_signs() -> None:
    assert _keys("en", "Azerbaijani, Georgian education ministries sign memorandum on tourism") == \
        {"memorandum:AZ-GE:tourism"}


def test_an_agreement_of_ministries_is_not_given_their_field() -> None:
    """An agreement names its own subject; only a memorandum is a ministry's instrument in its field."""
    assert _keys("en", "Azerbaijani, Georgian education ministries sign agreement") == {"agreement:AZ-GE:"}


# The same memorandum signed by the ministers who head the ministries: they sign for their ministries, so the
# ministry's field is the memorandum's, as when the ministries are named (en/az "minister(s)", "nazir(lər)"; ru
# "министр(ы)" was always read as an organ; az reads the field in the name, which runs left over "nazirləri").
MINISTER_MEMORANDA = [
    ("en", "Culture ministers of Azerbaijan and Uzbekistan sign memorandum"),
    ("en", "The culture ministers of Azerbaijan and Uzbekistan on Friday signed a memorandum of understanding on "
           "cooperation for 2026-2028 in Tashkent."),
    ("en", "Azerbaijan's Minister of Culture and his Uzbek counterpart have signed a memorandum of understanding."),
    ("ru", "Министры культуры Азербайджана и Узбекистана подписали меморандум о взаимопонимании"),
    ("ru", "Министр культуры Азербайджана и его узбекский коллега подписали меморандум о сотрудничестве"),
    ("az", "Azərbaycan və Özbəkistan mədəniyyət nazirləri anlaşma memorandumu imzalayıblar"),
    ("az", "Azərbaycanın mədəniyyət naziri və Özbəkistanın mədəniyyət naziri anlaşma memorandumu imzalayıblar"),
    ("az", "Azərbaycanla Özbəkistan arasında mədəniyyət sahəsində memorandum imzalanıb"),
]


@pytest.mark.parametrize(("language", "title"), MINISTER_MEMORANDA)
def test_a_memorandum_signed_by_a_field_s_ministers_is_in_their_field(language: str, title: str) -> None:
    assert _keys(language, title) == {"memorandum:AZ-UZ:culture"}


@pytest.mark.parametrize(("language", "title", "key"), [
    # a minister of no field, or a memorandum with its own subject, or an agreement: no field taken from the signer
    ("en", "The prime ministers of Azerbaijan and Uzbekistan signed a memorandum of understanding",
     "memorandum:AZ-UZ:"),
    ("az", "Azərbaycan və Özbəkistanın baş nazirləri anlaşma memorandumu imzalayıblar", "memorandum:AZ-UZ:"),
    ("en", "The culture ministers of Azerbaijan and Uzbekistan signed a memorandum on tourism",
     "memorandum:AZ-UZ:tourism"),
    ("en", "The culture ministers of Azerbaijan and Uzbekistan signed an agreement", "agreement:AZ-UZ:"),
    # a prime minister heads no field: an az list's other document's subject before him is not the memorandum's
    ("az", "Prezident İlham Əliyev ilə Özbəkistanın Baş naziri mədəniyyət sahəsində əməkdaşlıq haqqında Sazişi "
           "və xarici işlər nazirlikləri arasında diplomatların hazırlanmasına dair Anlaşma Memorandumunu imzalayıblar",
     None),
])
def test_a_minister_gives_no_field_the_memorandum_does_not_lack(language: str, title: str, key: str | None) -> None:
    keys = _keys(language, title)
    assert key in keys if key else "memorandum:AZ-UZ:culture" not in keys, keys


LANZAROTE = [
    ("en", "Azerbaijan ratifies Lanzarote Convention", "ratified"),
    ("en", "Azerbaijan ratified the Council of Europe Convention on the Protection of Children against Sexual "
           "Exploitation and Sexual Abuse", "ratified"),
    ("ru", "Азербайджан ратифицировал Лансаротскую конвенцию", "ratified"),
    ("ru", "Азербайджан ратифицировал Конвенцию Совета Европы о защите детей от сексуальной эксплуатации и "
           "сексуальных злоупотреблений", "ratified"),
    ("az", "Azərbaycan Lanzarote Konvensiyasını ratifikasiya edib", "ratified"),
    ("az", "Azərbaycan “Uşaqların cinsi istismardan və cinsi zorakılıqdan müdafiəsi haqqında” Avropa Şurası "
           "Konvensiyasını ratifikasiya edib", "ratified"),
    ("az", "Milli Məclis Uşaqların cinsi istismardan və cinsi zorakılıqdan müdafiəsi haqqında Konvensiyanı "
           "ratifikasiya edib", "adopted_by_parliament"),
]


@pytest.mark.parametrize(("language", "title", "action"), LANZAROTE)
def test_the_lanzarote_convention_by_its_city_or_its_title_is_one_treaty(language: str, title: str,
                                                                          action: str) -> None:
    assert {(e.action, e.treaty_key) for e in events_of(language, title)} == {(action, "coe-lanzarote")}


def test_another_council_of_europe_convention_on_children_is_not_lanzarote() -> None:
    events = events_of("en", "Azerbaijan ratified the European Convention on the Exercise of Children's Rights")
    assert events and all(e.treaty_key != "coe-lanzarote" for e in events)


# A foreign state's act on a bilateral treaty whose other side no sentence of the item names: in Baku's agencies
# that side is Azerbaijan, so every edition keys the treaty with both parties.
HOME_SIDE = [
    ("en", "Belarus ratifies agreement on mutual recognition of diplomas"),
    ("en", "Lukashenko signed the law on ratification of the agreement on mutual recognition of education "
           "documents"),
    ("ru", "Беларусь ратифицировала соглашение о взаимном признании документов об образовании"),
    ("az", "Belarus diplomların qarşılıqlı tanınması sazişini ratifikasiya edib"),
    ("az", "Lukaşenko təhsil sənədlərinin qarşılıqlı tanınması haqqında sazişin ratifikasiyası haqqında qanunu "
           "imzalayıb"),
]


@pytest.mark.parametrize(("language", "title"), HOME_SIDE)
def test_the_unnamed_other_side_of_a_foreign_state_s_bilateral_act_is_the_home_state(language: str,
                                                                                    title: str) -> None:
    assert {(e.action, e.actor, e.parties, e.treaty_key) for e in events_of(language, title)} == \
        {("ratified", "BY", ("AZ", "BY"), "agreement:AZ-BY:education")}


@pytest.mark.parametrize(("language", "title", "body", "parties"), [
    # the body names the other side: it is that state, whichever sentence names it
    ("en", "Belarus ratifies agreement on mutual recognition of diplomas",
     "Belarus ratified the agreement with Armenia on mutual recognition of diplomas on Monday.", ("AM", "BY")),
    ("az", "Belarus diplomların qarşılıqlı tanınması sazişini ratifikasiya edib",
     "Belarus Ermənistanla diplomların qarşılıqlı tanınması sazişini ratifikasiya edib.", ("AM", "BY")),
])
def test_a_partner_named_anywhere_in_the_item_is_the_other_side(language: str, title: str, body: str,
                                                                parties: tuple[str, ...]) -> None:
    assert {e.parties for e in events_of(language, title, body) if e.action == "ratified"} == {parties}


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Путин ратифицировал соглашение с Минском о взаимном признании виз"),  # a partner by its capital
    ("en", "Belarus ratifies the Convention on mutual recognition of diplomas"),  # an open convention
])
def test_no_home_side_for_a_partner_by_another_name_or_an_open_treaty(language: str, title: str) -> None:
    events = events_of(language, title)
    assert events and all("AZ" not in e.parties for e in events)


def test_the_home_state_s_own_act_is_unchanged() -> None:
    assert {(e.actor, e.parties) for e in events_of("en", "Azerbaijan ratifies agreement on diplomas with Belarus")} \
        == {("AZ", ("AZ", "BY"))}
