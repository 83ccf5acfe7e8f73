"""A state's reservations and declarations made with its act on a treaty ("acceded to the Convention, with a
declaration", "ratified the Convention with reservations and declarations", "с оговорками", "made a declaration
under article 3"): they end the treaty's name (extent._STATEMENT) and are no document acted on
(mention_filters.made_with_an_act). Before, the name ran on ("Convention on Cybercrime with reservations") and a
bare "declaration" gave a second event. Swept over the act, the statement's wording and place, title and body,
en and ru; negatives of the same shape name a declaration of their own ("together with the Declaration on
Strategic Partnership") or a partner after "with"/"с". Sentences written for these tests."""

import pytest

from pipeline.events.records import Event
from pipeline.events.rules import PROVISIONS
from tests.events_support import events_of


def _acts(language: str, title: str, *paragraphs: str) -> list[Event]:
    """The acts on treaties (a reservation the law makes is a provision of its own, read by actions.py)."""
    return [e for e in events_of(language, title, *paragraphs) if e.action not in PROVISIONS]

_EN_TREATIES = [
    ("Convention on Cybercrime", "Convention on Cybercrime"),
    ("Hague Convention on Choice of Court Agreements", "Convention on Choice of Court Agreements"),
    ("Convention on the Rights of Persons with Disabilities", "Convention on the Rights of Persons with Disabilities"),
]
_EN_STATEMENTS = ["with a declaration", "with reservations", "with reservations and declarations",
                  "together with an interpretative declaration", "subject to a reservation",
                  "with the following declaration"]
_EN_FORMS = [
    ("title", "Azerbaijan ratifies {treaty} {statement}", "ratified"),
    ("body", "The Milli Majlis on Tuesday ratified the {treaty} {statement}.", "adopted_by_parliament"),
    ("body", "Azerbaijan deposited its instrument of accession to the {treaty}, {statement}.", "acceded"),
    ("body", "President Ilham Aliyev signed the law on accession to the {treaty} {statement}.", "acceded"),
]


@pytest.mark.parametrize(("treaty", "core"), _EN_TREATIES)
@pytest.mark.parametrize("statement", _EN_STATEMENTS)
@pytest.mark.parametrize(("where", "form", "action"), _EN_FORMS)
def test_en_a_statement_made_with_the_act_is_no_document(treaty: str, core: str, statement: str, where: str,
                                                         form: str, action: str) -> None:
    sentence = form.format(treaty=treaty, statement=statement)
    found = _acts("en", sentence) if where == "title" else _acts("en", "", sentence)
    assert [e.action for e in found] == [action]
    assert found[0].treaty_name.endswith(core)
    assert "declaration" not in found[0].treaty_name.lower().replace(core.lower(), "")


@pytest.mark.parametrize("statement", ["with a declaration", "together with a declaration"])
def test_en_a_statement_between_the_act_and_its_treaty(statement: str) -> None:
    found = _acts("en", "", f"President Ilham Aliyev signed the law on Azerbaijan's accession, {statement}, to "
                                "the Convention on the Service Abroad of Judicial Documents.")
    assert [(e.action, e.treaty_name) for e in found] == [
        ("acceded", "Convention on the Service Abroad of Judicial Documents")]


def test_en_a_declaration_made_under_an_article_is_no_document() -> None:
    found = _acts("en", "", "Georgia acceded to the Convention on Cybercrime and made a declaration under "
                                "article 3.")
    assert [e.treaty_name for e in found] == ["Convention on Cybercrime"]


_RU_FORMS = [
    ("title", "Азербайджан ратифицировал Конвенцию о киберпреступности {statement}", "ratified"),
    ("body", "Милли Меджлис во вторник ратифицировал Конвенцию о киберпреступности {statement}.",
     "adopted_by_parliament"),
    ("body", "Азербайджан присоединился к Конвенции о киберпреступности {statement}.", "acceded"),
]
_RU_STATEMENTS = ["с оговорками", "с оговорками и заявлениями", "с заявлением", "с декларацией",
                  "со следующими оговорками"]


@pytest.mark.parametrize("statement", _RU_STATEMENTS)
@pytest.mark.parametrize(("where", "form", "action"), _RU_FORMS)
def test_ru_a_statement_made_with_the_act_is_no_document(statement: str, where: str, form: str, action: str) -> None:
    sentence = form.format(statement=statement)
    found = _acts("ru", sentence) if where == "title" else _acts("ru", "", sentence)
    assert [e.action for e in found] == [action]
    assert found[0].treaty_name.lower().endswith(("конвенцию о киберпреступности", "конвенции о киберпреступности"))


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        ("en", "Azerbaijan and Kazakhstan signed the agreement on transit together with the Declaration on Strategic "
               "Partnership.", {"agreement on transit", "Declaration on Strategic Partnership"}),
        ("en", "Azerbaijan and Georgia signed an agreement on transit and a joint declaration.",
         {"agreement on transit", "joint declaration"}),
        ("en", "Azerbaijan signed an agreement with Georgia on transit.", {"agreement with Georgia on transit"}),
        ("ru", "Азербайджан и Казахстан подписали соглашение о транзите и Декларацию о стратегическом партнерстве.",
         {"соглашение о транзите", "Декларацию о стратегическом партнерстве"}),
        ("ru", "Азербайджан подписал соглашение о транзите с Грузией.", {"соглашение о транзите с Грузией"}),
    ],
)
def test_a_declaration_or_partner_of_its_own_stays(language: str, sentence: str, names: set[str]) -> None:
    assert {e.treaty_name for e in events_of(language, "", sentence)} == names
