"""Constructions of blind17/blind18's English items, swept over ru/az where they exist, each with negatives of
the same shape: a signing witnessed by heads of state, an adverbial aside between a subject and its verb, and a
company word that is a treaty's subject, not its signer.

The sentences are written for these tests; the dev set (bench/devset/) measures generalisation and is never a
fixture.
"""

import pytest

from tests.events_support import acts_of as _acts
from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# "witnessed the signing of", "присутствовали при подписании", "imzalanmasında iştirak ediblər": signed in their
# presence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The presidents of Azerbaijan and Kazakhstan witnessed the signing of an agreement on transit."),
        ("en", "The presidents of Azerbaijan and Kazakhstan attended the signing ceremony of the transit agreement."),
        ("en", "The prime ministers of Azerbaijan and Kazakhstan oversaw the signing of the agreement on transit."),
        ("ru", "Президенты Азербайджана и Казахстана присутствовали при подписании Соглашения о транзите."),
        ("ru", "Президенты Азербайджана и Казахстана приняли участие в церемонии подписания Соглашения о транзите."),
        ("az", "Azərbaycan və Qazaxıstan prezidentləri tranzit haqqında Sazişin imzalanmasında iştirak ediblər."),
        ("az", "Azərbaycan və Qazaxıstan prezidentləri tranzit haqqında Sazişin imzalanma mərasimində iştirak edib."),
        ("az", "Azərbaycan və Qazaxıstan prezidentləri tranzit haqqında Sazişin imzalanmasının şahidi olublar."),
    ],
)
def test_a_signing_witnessed_is_signed(language: str, sentence: str) -> None:
    assert _acts(language, "Talks in Astana", sentence) == {("signed", None, ("AZ", "KZ"))}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The presidents of Azerbaijan and Kazakhstan will witness the signing of an agreement on transit."),
        ("en", "The presidents of Azerbaijan and Kazakhstan did not attend the signing of the agreement on transit."),
        ("en", "The ministers attended the signing of an agreement between SOCAR and BP on the Shah Deniz field."),
        ("ru", "Президенты Азербайджана и Казахстана будут присутствовать при подписании Соглашения о транзите."),
        ("ru", "Президенты Азербайджана и Казахстана не присутствовали при подписании Соглашения о транзите."),
        ("az", "Azərbaycan və Qazaxıstan prezidentləri tranzit haqqında Sazişin imzalanmasında iştirak edəcəklər."),
        ("az", "Azərbaycan və Qazaxıstan prezidentləri tranzit haqqında Sazişin imzalanmasında iştirak etməyiblər."),
    ],
)
def test_a_signing_to_be_witnessed_or_not_witnessed_is_no_act(language: str, sentence: str) -> None:
    assert _acts(language, "Talks in Astana", sentence) == set()


# --------------------------------------------------------------------------------------------------
# An adverbial aside between the subject and its verb: "Kazakhstan, on 20 November, ratified ..."


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "Kazakhstan, on 20 November, ratified the agreement on railway tariffs with Georgia.",
         {("ratified", "KZ", ("GE", "KZ"))}),
        ("en", "Kazakhstan, on Tuesday, ratified the agreement on railway tariffs with Georgia.",
         {("ratified", "KZ", ("GE", "KZ"))}),
        ("en", "Kazakhstan, on 20 November, has ratified the agreement on railway tariffs with Georgia.",
         {("ratified", "KZ", ("GE", "KZ"))}),
        ("en", "Kazakhstan, at the summit in Astana, signed the agreement on railway tariffs with Georgia.",
         {("signed", None, ("GE", "KZ"))}),
        ("ru", "Казахстан, 20 ноября, ратифицировал соглашение о железнодорожных тарифах с Грузией.",
         {("ratified", "KZ", ("GE", "KZ"))}),
        ("az", "Qazaxıstan, noyabrın 20-də, Gürcüstanla dəmir yolu tarifləri haqqında sazişi ratifikasiya edib.",
         {("ratified", "KZ", ("GE", "KZ"))}),
    ],
)
def test_an_aside_before_the_verb_leaves_it_the_subjects(language: str, sentence: str, expected: set) -> None:
    assert _acts(language, "", sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan, on 20 November, will ratify the agreement on railway tariffs with Georgia.",
        # a participle after a comma still describes its treaty
        "The agreement on railway tariffs with Georgia, signed on 20 November, was discussed by the experts.",
        # an aside of an act long past is background
        "Kazakhstan, on 12 May, ratified the agreement on railway tariffs with Georgia.",
    ],
)
def test_an_aside_keeps_future_participles_and_background(sentence: str) -> None:
    assert _acts("en", "", sentence) == set()


# --------------------------------------------------------------------------------------------------
# A company word in a treaty's subject ("agreement on railway tariffs") names no company that signed it


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Agreement on railway tariffs signed in Kars", "Azerbaijan, Georgia and Türkiye signed the agreement on "
                                                              "Saturday."),
        ("ru", "Соглашение о тарифах на железной дороге подписано в Карсе",
         "Азербайджан, Грузия и Турция подписали соглашение в субботу."),
    ],
)
def test_a_company_word_in_the_subject_is_no_signer(language: str, title: str, lead: str) -> None:
    assert _acts(language, title, lead) == {("signed", None, ("AZ", "GE", "TR"))}


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Agreement on railway tariffs signed in Kars",
         "Azerbaijan Railways and Georgian Railway signed the agreement on Saturday."),
        ("en", "Agreement on cooperation between Azerbaijan Railways and Georgian Railway signed in Kars", ""),
        ("ru", "Железные дороги Азербайджана и Грузии подписали соглашение о тарифах на железной дороге", ""),
    ],
)
def test_railway_companies_still_sign_contracts(language: str, title: str, lead: str) -> None:
    assert _acts(language, title, *([lead] if lead else [])) == set()


# --------------------------------------------------------------------------------------------------
# A depositary that registered a state's ratification: the state ratified ("registered Uzbekistan's ratification
# of", "Özbəkistanın Konvensiyanı ratifikasiya etməsini qeydə alıb")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The International Labour Office has registered Uzbekistan's ratification of the Violence and "
               "Harassment Convention on 20 November."),
        ("en", "The depositary recorded Uzbekistan's ratification of the Violence and Harassment Convention."),
        ("az", "Beynəlxalq Əmək Bürosu noyabrın 20-də Özbəkistanın Zorakılıq və təqib haqqında Konvensiyanı "
               "ratifikasiya etməsini qeydə alıb."),
    ],
)
def test_a_registered_ratification_is_the_states(language: str, sentence: str) -> None:
    assert _acts(language, "Depositary news", sentence) == {("ratified", "UZ", ())}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The International Labour Office will register Uzbekistan's ratification of the Violence and "
               "Harassment Convention."),
        ("az", "Beynəlxalq Əmək Bürosu Özbəkistanın Zorakılıq və təqib haqqında Konvensiyanı ratifikasiya etməsini "
               "qeydə alacaq."),
    ],
)
def test_a_ratification_to_be_registered_is_no_act(language: str, sentence: str) -> None:
    assert _acts(language, "Depositary news", sentence) == set()


# --------------------------------------------------------------------------------------------------
# A headline's "treaty" for the convention the body names in full is one instrument (item._one_instrument)


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Azerbaijan ratifies CoE AI treaty", "President Ilham Aliyev has signed a law ratifying the Council of "
                                                    "Europe's framework convention on artificial intelligence."),
        ("ru", "Азербайджан ратифицировал договор Совета Европы об ИИ", "Президент Ильхам Алиев подписал закон о "
         "ратификации Рамочной конвенции Совета Европы об искусственном интеллекте."),
        ("az", "Azərbaycan Avropa Şurasının süni intellekt müqaviləsini ratifikasiya edib", "Prezident İlham Əliyev "
         "Avropa Şurasının süni intellekt haqqında Çərçivə Konvensiyasının ratifikasiya edilməsi barədə qanunu "
         "imzalayıb."),
    ],
)
def test_a_headlines_treaty_is_the_convention_named_in_full(language: str, title: str, lead: str) -> None:
    found = events_of(language, title, lead, published=PUBLISHED)
    assert [(e.action, e.actor) for e in found] == [("ratified", "AZ")]
    assert "onvention" in found[0].treaty_name or "онвенц" in found[0].treaty_name \
        or "Konvensiya" in found[0].treaty_name


@pytest.mark.parametrize(
    "lead",
    [
        # another subject: another convention
        "President Ilham Aliyev has signed a law ratifying the Convention on Cybercrime.",
        # a memorandum is not what a headline calls a treaty
        "President Ilham Aliyev has signed a law ratifying the Council of Europe's memorandum on artificial "
        "intelligence.",
    ],
)
def test_a_headlines_treaty_stays_apart_from_other_instruments(lead: str) -> None:
    assert len(events_of("en", "Azerbaijan ratifies CoE AI treaty", lead, published=PUBLISHED)) == 2


# --------------------------------------------------------------------------------------------------
# A headline's base verb after "<states> of the <Group>" (the sweep is tests/test_events_state_groups.py): the
# name ends the subject; without a group's plural noun the base form still modifies the treaty noun


def test_a_base_form_after_of_the_name_without_a_group_is_a_modifier() -> None:
    assert _acts("en", "Russia announces ratification of the CIS exit protocol") == set()


def test_leaders_of_the_group_sign() -> None:
    assert [e.action for e in events_of("en", "Leaders of the OTS ink declaration on transport connectivity",
                                        published=PUBLISHED)] == ["signed"]
