"""A joint document (events.yaml ``joint_words`` + ``joint_documents``): "statement" or "communiqué" names no
treaty alone, but after "joint" it is a declaration its makers sign together ("Azerbaijan, China sign joint
statement on ...", "подписали Совместное заявление ..."). Swept over tenses, voices, word orders,
capitalisation, states and headline/body forms, with negatives of the same shape. Sentences written for these
tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors, events_of


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan, Uzbekistan sign joint statement on strategic partnership"),
        ("en", "Azerbaijan and Kazakhstan signed a Joint Statement on allied relations"),
        ("en", "Georgia, Azerbaijan adopt joint statement on energy security"),
        ("en", "Azerbaijan and Hungary have signed joint statements on cooperation"),
        ("en", "Azerbaijan, Türkiye: joint statement on comprehensive partnership signed in Baku"),
        ("en", "Azerbaijan, Pakistan ink joint communique on trade"),
        ("en", "AZERBAIJAN, CHINA SIGN JOINT STATEMENT ON STRATEGIC PARTNERSHIP"),
        ("ru", "Азербайджан и Узбекистан подписали совместное заявление о стратегическом партнерстве"),
        ("ru", "Подписано Совместное заявление Азербайджана и Казахстана"),
        ("ru", "Алиев и Токаев приняли совместное заявление о союзнических отношениях"),
        ("ru", "Азербайджан и Венгрия подписывают совместное коммюнике"),
        ("ru", "Главы государств подписали совместные заявления о сотрудничестве"),
    ],
)
def test_a_joint_statement_signed_or_adopted_is_signed_jointly(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == {("signed", None)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan and Georgia issue joint statement after talks"),
        ("en", "Ministry signs off on budget, ministers said in a joint statement"),
        ("en", "Azerbaijan signs statement condemning the attack"),
        ("en", "Azerbaijan and Armenia to sign joint statement next week"),
        ("ru", "Азербайджан и Грузия сделали совместное заявление по итогам переговоров"),
        ("ru", "МИД Азербайджана подписал заявление о позиции страны"),
        ("ru", "Азербайджан и Армения не подписали совместное заявление"),
    ],
)
def test_a_statement_made_alone_issued_or_not_signed_is_no_event(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("en", "President Aliyev and President Mirziyoyev signed a Joint Statement on deepening the strategic "
               "partnership.", "Joint Statement on deepening the strategic partnership"),
        ("ru", "Президенты подписали Совместное заявление об углублении стратегического партнерства.",
         "Совместное заявление об углублении стратегического партнерства"),
    ],
)
def test_a_joint_statements_name_runs_from_joint_to_its_subject(language: str, body: str, name: str) -> None:
    events = events_of(language, "Documents signed in Baku" if language == "en" else "В Баку подписаны документы",
                       body)
    assert [(e.action, e.treaty_name) for e in events] == [("signed", name)]
