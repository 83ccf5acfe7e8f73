"""Background told by its time: a decade ("в 1990-е годы", "в 90-е годы", events.yaml ru ``retrospective``; en "in
the 1990s", az "1990-cı illərdə"), and a clause of time after a comma (", когда стороны также подписали ...", ",
when the sides also signed ...": extract._WHEN) that shares its main clause's date. A month this year, a clause
of time after today's act, stay news."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-15T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "В 1990-е годы Азербайджан и Китай подписали соглашение о поощрении и взаимной защите инвестиций."),
        ("ru", "В 90-е годы Азербайджан и Китай подписали соглашение о поощрении и взаимной защите инвестиций."),
        ("ru", "Ранее Милли Меджлис утвердил соглашение о воздушном сообщении с Китаем, а в 1990-е годы стороны "
               "подписали соглашение о поощрении и взаимной защите инвестиций."),
        ("ru", "В конце 2000-х Азербайджан и Китай подписали соглашение о культурном сотрудничестве."),
        ("en", "In the 1990s, Azerbaijan and China signed an agreement on the protection of investments."),
        ("az", "1990-cı illərdə Azərbaycan və Çin investisiyaların qorunması haqqında saziş imzalayıb."),
    ],
)
def test_an_act_in_a_past_decade_is_background(language: str, body: str) -> None:
    assert events_of(language, "Azerbaijan China", "", body, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "Соглашение было подписано в Пекине в апреле 2025 года в ходе государственного визита, когда стороны "
               "также подписали Совместное заявление о стратегическом партнерстве."),
        ("ru", "Договор о дружбе Азербайджан и Китай подписали в 2015 году, когда стороны подписали и соглашение о "
               "воздушном сообщении."),
        ("en", "The agreement was signed in Beijing in April 2025, when the sides also signed a Joint Statement on "
               "strategic partnership."),
    ],
)
def test_a_clause_of_time_shares_its_main_clauses_past_date(language: str, body: str) -> None:
    assert events_of(language, "Azerbaijan China", "", body, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "В 20-х числах мая Азербайджан и Китай подписали соглашение о поощрении инвестиций."),
        ("ru", "Сегодня в Пекине Азербайджан и Китай подписали соглашение о воздушном сообщении, когда президенты "
               "встретились в резиденции."),
        ("en", "Today in Beijing Azerbaijan and China signed an air services agreement, when the presidents met."),
    ],
)
def test_todays_act_stays_news(language: str, body: str) -> None:
    assert len(events_of(language, "Azerbaijan China", "", body, published=PUBLISHED)) == 1
