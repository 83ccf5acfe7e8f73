"""Two-part headlines (pipeline/events/headlines.read_title): a topic that names the treaty or its subject, a
colon or a dash, and a clause that acts ("Ratification of <treaty>: <President> signs law", "<treaty>: President
signs ratification law", "<subject>: <A>, <B> sign agreement"), in en, ru and az, every separator, several
treaties, states and actors; with negatives of the same shape (the clause plans or denies, the topic is a
speaker, the clause names its own treaty)."""

from __future__ import annotations

from itertools import product

import pytest

from pipeline.events.headlines import read_title
from tests.events_support import RULES, events_of

SEPARATORS = (": ", " — ", " – ", " - ")
# (partner code, en treaty topic, ru treaty in the genitive, az treaty in the genitive, concept)
TREATIES = (
    ("GE", "border agreement with Georgia", "соглашения с Грузией о государственной границе",
     "Gürcüstanla dövlət sərhədi haqqında sazişin", "border"),
    ("LT", "road transport agreement with Lithuania", "соглашения с Литвой о международном автомобильном сообщении",
     "Litva ilə beynəlxalq avtomobil nəqliyyatı haqqında sazişin", "road_transport"),
    ("KG", "Azerbaijan-Kyrgyzstan extradition treaty", "договора с Кыргызстаном о выдаче",
     "Qırğızıstanla ekstradisiya haqqında müqavilənin", "extradition"),
    ("UZ", "air services agreement with Uzbekistan", "соглашения с Узбекистаном о воздушном сообщении",
     "Özbəkistanla hava nəqliyyatı haqqında sazişin", "air_transport"),
)
# Clauses in which the head of state signs the law, with the actor they name (None: the home state by default).
EN_LAW_CLAUSES = (("President Ilham Aliyev signs law", "AZ"), ("Aliyev signs law", "AZ"), ("law signed", "AZ"),
                  ("President signs law", "AZ"), ("Azerbaijani President signs law", "AZ"))
RU_LAW_CLAUSES = (("Ильхам Алиев подписал закон", "AZ"), ("Алиев подписал закон", "AZ"), ("закон подписан", "AZ"),
                  ("Президент Азербайджана подписал закон", "AZ"))
AZ_LAW_CLAUSES = (("İlham Əliyev qanun imzalayıb", "AZ"), ("Prezident qanunu imzalayıb", "AZ"),
                  ("qanun imzalanıb", "AZ"), ("Azərbaycan Prezidenti qanun imzalayıb", "AZ"))
ACTS = {"en": (("Ratification of", "ratified"), ("Approval of", "approved_by_law")),
        "ru": (("Ратификация", "ratified"), ("Утверждение", "approved_by_law")),
        "az": (("ratifikasiyası", "ratified"), ("təsdiqi", "approved_by_law"))}


def _events(language: str, title: str) -> set[tuple[str, str | None, tuple[str, ...], str]]:
    return {(e.action, e.actor, e.parties, e.treaty_key.rsplit(":", 1)[-1]) for e in events_of(language, title)}


@pytest.mark.parametrize(("separator", "treaty"), list(product(SEPARATORS, TREATIES)))
def test_act_of_a_treaty_then_a_law_signed_is_that_act(separator: str, treaty: tuple[str, ...]) -> None:
    partner, en, ru, az, concept = treaty
    parties = tuple(sorted(("AZ", partner)))
    for (opening, action), (clause, actor) in product(ACTS["en"], EN_LAW_CLAUSES):
        title = f"{opening} {en}{separator}{clause}"
        assert _events("en", title) == {(action, actor, parties, concept)}, title
    for (opening, action), (clause, actor) in product(ACTS["ru"], RU_LAW_CLAUSES):
        title = f"{opening} {ru}{separator}{clause}"
        assert _events("ru", title) == {(action, actor, parties, concept)}, title
    for (noun, action), (clause, actor) in product(ACTS["az"], AZ_LAW_CLAUSES):
        title = f"{az} {noun}{separator}{clause}"
        assert _events("az", title) == {(action, actor, parties, concept)}, title


@pytest.mark.parametrize(("separator", "treaty"), list(product(SEPARATORS, TREATIES)))
def test_a_treaty_then_its_ratification_law_signed_is_ratified(separator: str, treaty: tuple[str, ...]) -> None:
    partner, en, _, _, concept = treaty
    parties = tuple(sorted(("AZ", partner)))
    for clause in ("President Aliyev signs ratification law", "Aliyev signs ratification law",
                   "ratification law signed"):
        title = f"{en[0].upper()}{en[1:]}{separator}{clause}"
        assert _events("en", title) == {("ratified", "AZ", parties, concept)}, title


def test_the_clause_names_the_foreign_head_of_state_who_acts() -> None:
    assert _events("en", "Ratification of Azerbaijan-Kyrgyzstan extradition treaty: Japarov signs law") == {
        ("ratified", "KG", ("AZ", "KG"), "extradition")}
    assert _events("ru", "Ратификация соглашения с Азербайджаном о воздушном сообщении: Токаев подписал закон") == {
        ("ratified", "KZ", ("AZ", "KZ"), "air_transport")}


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_law_not_yet_signed_or_a_speaker_gives_no_event(separator: str) -> None:
    for language, title in (
        ("en", f"Ratification of border agreement with Georgia{separator}President to sign law next week"),
        ("en", f"Ratification of border agreement with Georgia{separator}President has not signed law"),
        ("en", f"Aliyev{separator}Azerbaijan and Armenia will sign peace treaty"),
        ("ru", f"Ратификация соглашения с Грузией о границе{separator}Алиев подпишет закон"),
        ("ru", f"Ратификация соглашения с Грузией о границе{separator}закон не подписан"),
        ("az", f"Gürcüstanla sərhəd haqqında sazişin ratifikasiyası{separator}Prezident qanunu imzalayacaq"),
        ("az", f"Gürcüstanla sərhəd haqqında sazişin ratifikasiyası{separator}qanun hələ imzalanmayıb"),
    ):
        assert _events(language, title) == set(), title


# (partner, en topic, ru topic, az topic, concept)
TOPICS = (
    ("MY", "Visa waiver for diplomats", "Безвизовый режим для дипломатов", "Diplomatlar üçün vizasız rejim",
     "visa_exemption"),
    ("QA", "Air services", "Воздушное сообщение", "Hava nəqliyyatı", "air_transport"),
    ("OM", "Double taxation", "Избежание двойного налогообложения", "İkiqat vergitutmanın aradan qaldırılması",
     "double_taxation"),
    ("HU", "Cooperation in education", "Сотрудничество в сфере образования", "Təhsil sahəsində əməkdaşlıq",
     "education"),
)
STATE_NAMES = {"MY": ("Malaysia", "Малайзия", "Malayziya"), "QA": ("Qatar", "Катар", "Qətər"),
               "OM": ("Oman", "Оман", "Oman"), "HU": ("Hungary", "Венгрия", "Macarıstan")}


@pytest.mark.parametrize(("separator", "topic"), list(product(SEPARATORS, TOPICS)))
def test_a_topic_names_the_bare_treaty_its_clause_signs(separator: str, topic: tuple[str, ...]) -> None:
    partner, en, ru, az, concept = topic
    en_state, ru_state, az_state = STATE_NAMES[partner]
    parties = tuple(sorted(("AZ", partner)))
    want = {("signed", None, parties, concept)}
    for clause in (f"Azerbaijan, {en_state} sign agreement", f"Azerbaijan and {en_state} ink deal",
                   f"Azerbaijan, {en_state} sign memorandum", f"Azerbaijan and {en_state} seal agreement"):
        assert _events("en", f"{en}{separator}{clause}") == want, clause
    for clause in (f"Азербайджан и {ru_state} подписали соглашение", f"Азербайджан и {ru_state} подписали меморандум"):
        assert _events("ru", f"{ru}{separator}{clause}") == want, clause
    for clause in (f"Azərbaycan və {az_state} saziş imzalayıb", f"Azərbaycan və {az_state} memorandum imzalayıb"):
        assert _events("az", f"{az}{separator}{clause}") == want, clause


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_topic_that_is_no_subject_or_a_plan_leaves_the_clause_as_it_is(separator: str) -> None:
    assert read_title(f"Breaking{separator}Azerbaijan, Malaysia sign agreement", RULES.languages["en"]) == \
        f"Breaking{separator}Azerbaijan, Malaysia sign agreement"
    for language, title in (
        ("en", f"Visa waiver for diplomats{separator}Azerbaijan, Malaysia to sign agreement"),
        ("en", f"Visa waiver for diplomats{separator}Azerbaijan, Malaysia expected to sign agreement"),
        ("ru", f"Безвизовый режим для дипломатов{separator}Азербайджан и Малайзия подпишут соглашение"),
        ("az", f"Diplomatlar üçün vizasız rejim{separator}Azərbaycan və Malayziya saziş imzalayacaq"),
    ):
        assert _events(language, title) == set(), title


def test_a_clause_that_names_its_own_treaty_keeps_it() -> None:
    """The topic frames; the clause's own named treaty is what is signed."""
    assert _events("en", "Energy week: Azerbaijan, Hungary sign agreement on air services") == {
        ("signed", None, ("AZ", "HU"), "air_transport")}


@pytest.mark.parametrize("title", [
    "Armenia puts signature to UN cybercrime convention", "Armenia puts its signature to UN cybercrime convention",
    "Armenia put a signature to UN cybercrime convention",
])
def test_putting_a_signature_to_a_convention_is_signing_it(title: str) -> None:
    assert {(e.action, e.actor, e.treaty_id) for e in events_of("en", title)} == {
        ("signed", "AM", "un-cybercrime-convention")}


@pytest.mark.parametrize("title", ["Armenia will put signature to UN cybercrime convention",
                                   "Armenia refuses to put signature to UN cybercrime convention"])
def test_a_signature_still_to_put_is_none(title: str) -> None:
    assert events_of("en", title) == ()


@pytest.mark.parametrize(("separator", "treaty"), list(product(SEPARATORS, TREATIES)))
def test_az_a_treaty_then_its_ratification_law_signed_is_ratified(separator: str, treaty: tuple[str, ...]) -> None:
    """az: the topic names the treaty in the nominative, the clause "ratifikasiya qanununu imzalayıb"."""
    partner, _, _, genitive, concept = treaty
    parties = tuple(sorted(("AZ", partner)))
    nominative = genitive.removesuffix("in").removesuffix("nin").removesuffix("ın")  # "sazişin" -> "saziş"
    for topic, clause in product((nominative, f"{nominative[0].upper()}{nominative[1:]}"),
                                 ("Prezident ratifikasiya qanununu imzalayıb", "İlham Əliyev ratifikasiya qanunu "
                                  "imzalayıb", "ratifikasiya qanunu imzalanıb")):
        title = f"{topic}{separator}{clause}"
        assert _events("az", title) == {("ratified", "AZ", parties, concept)}, title
    for clause in ("Prezident ratifikasiya qanununu imzalayacaq", "Prezident qanunu imzalayıb"):
        assert _events("az", f"{nominative}{separator}{clause}") == set(), clause


@pytest.mark.parametrize(("noun", "action"), [("ratification", "ratified"), ("approval", "approved_by_law"),
                                              ("withdrawal", "denounced")])
def test_en_the_act_noun_before_law_names_the_law(noun: str, action: str) -> None:
    """"signs ratification law on <treaty>": the headline's compound is the law "on ratification"."""
    for title in (f"President Aliyev signs {noun} law on border agreement with Georgia",
                  f"Aliyev signs {noun} law on border agreement with Georgia"):
        assert _events("en", title) == {(action, "AZ", ("AZ", "GE"), "border")}, title
    assert _events("en", f"President to sign {noun} law on border agreement with Georgia") == set()
    assert {e.action for e in events_of("en", f"{noun.capitalize()} bill on border agreement with Georgia "
                                              "submitted to parliament")} == {"submitted_to_parliament"}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Turkmenistan accedes to 1961 Hague Convention"), ("en", "Turkmenistan joins Hague Convention of 1961"),
    ("ru", "Туркменистан присоединился к Гаагской конвенции 1961 года"),
    ("az", "Türkmənistan 1961-ci il Haaqa Konvensiyasına qoşulub"),
])
def test_a_convention_named_by_its_place_and_year_is_linked(language: str, title: str) -> None:
    assert {(e.action, e.actor, e.treaty_id) for e in events_of(language, title)} == {
        ("acceded", "TM", "hcch-apostille")}


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Turkmenistan accedes to 1980 Hague Convention"),
    ("ru", "Туркменистан присоединился к Гаагской конвенции 1996 года"),
    ("az", "Türkmənistan 2007-ci il Haaqa Konvensiyasına qoşulub"),
])
def test_another_year_of_the_same_place_is_another_convention(language: str, title: str) -> None:
    found = events_of(language, title)
    assert [e.action for e in found] == ["acceded"]
    assert found[0].treaty_id != "hcch-apostille"
