"""Stories: two constructions that joined one evening's talk of a treaty between the same two states.

1. A headline asking a question ("Could Baku and Yerevan sign a peace treaty this year? Experts answer") is an
   analysis or an interview; it shared the states, the treaty and the verb with a leader's statement on that
   treaty the same evening ("Pashinyan: peace treaty may be signed after ...").
2. A denial of secret documents ("has not signed any secret document with Armenia") is a statement of its own;
   it shared the states, the action and the denial with the denial of a reported deal ("denies reports of
   signing gas deal with Armenia") the same day.

Sentences written for these tests, in the agencies' styles; each construction with negatives of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import headline_acts
from tests.story_data import kept_apart, one_story

DAY = "2026-07-14T{}:00+04:00"


STATEMENT = [
    ("en", "Pashinyan: peace treaty with Azerbaijan may be signed after constitutional referendum", ""),
    ("ru", "Пашинян: мирный договор с Азербайджаном может быть подписан после референдума по конституции", ""),
    ("az", "Paşinyan: Azərbaycanla sülh müqaviləsi konstitusiya referendumundan sonra imzalana bilər", ""),
]


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Could Baku and Yerevan sign a peace treaty this year? Experts answer"),
    ("en", "Will Armenia and Azerbaijan sign the peace treaty after the referendum?"),
    ("ru", "Когда Баку и Ереван подпишут мирный договор? Мнения экспертов"),
    ("ru", "Может ли мирный договор с Азербайджаном быть подписан в этом году? Отвечают аналитики"),
    ("az", "Azərbaycanla Ermənistan arasında sülh müqaviləsi nə vaxt imzalana bilər? – Ekspert rəyi"),
])
def test_a_question_stays_apart_from_a_statement_on_the_treaty(make, language, headline) -> None:
    stated = one_story(make, STATEMENT, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, at=DAY.format("16:30")), *stated)


@pytest.mark.parametrize(("headline", "asks"), [
    ("Could Baku and Yerevan sign a peace treaty this year? Experts answer", True),
    ("Когда будет подписан мирный договор?", True),
    ("Sülh sazişi nə vaxt imzalanacaq?", True),
    # The shape's negatives: the same talk told as statements.
    ("Experts: Baku and Yerevan could sign a peace treaty this year", False),
    ("Мирный договор может быть подписан в этом году – эксперты", False),
    ("Ekspert: sülh sazişi bu il imzalana bilər", False),
])
def test_a_headline_that_asks(headline, asks) -> None:
    assert headline_acts.asks(headline) is asks


REPORTED_DEAL_DENIED = [
    ("en", "Azerbaijani MFA denies reports of signing gas supply deal with Armenia", ""),
    ("ru", "МИД Азербайджана опроверг сообщения о подписании соглашения с Арменией о поставках газа", ""),
    ("az", "XİN: Ermənistanla qaz tədarükü barədə heç bir saziş imzalanmayıb", ""),
]


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "MFA: Azerbaijan has not signed any secret document with Armenia"),
    ("en", "Baku denies signing secret protocol with Yerevan"),
    ("ru", "МИД: Азербайджан не подписывал с Арменией никаких секретных документов"),
    ("ru", "Баку не подписывал тайных соглашений с Ереваном – МИД"),
    ("az", "XİN: Azərbaycan Ermənistanla heç bir gizli sənəd imzalamayıb"),
    ("az", "Rəsmi Bakı: İrəvanla heç bir məxfi protokol imzalanmayıb"),
])
def test_a_denial_of_secret_documents_stays_apart_from_a_denied_deal(make, language, headline) -> None:
    denied = one_story(make, REPORTED_DEAL_DENIED, DAY)
    options, fp = make
    kept_apart(options, fp(9, language, headline, at=DAY.format("19:15")), *denied)


SECRET_DENIED = [
    ("en", "MFA: Azerbaijan has not signed any secret document with Armenia", ""),
    ("ru", "МИД: Азербайджан не подписывал с Арменией никаких секретных документов", ""),
    ("az", "XİN: Azərbaycan Ermənistanla heç bir gizli sənəd imzalamayıb", ""),
]


def test_the_editions_of_a_denial_of_secret_documents_stay_one_story(make) -> None:
    one_story(make, SECRET_DENIED, DAY)


@pytest.mark.parametrize(("language", "headline", "secret"), [
    ("en", "Baku denies signing secret protocol with Yerevan", True),
    ("en", "Azerbaijan has not secretly signed any deal with Armenia, MFA says", True),
    ("ru", "МИД: Азербайджан не подписывал никаких секретных документов", True),
    ("ru", "Баку не подписывал тайных соглашений с Ереваном", True),
    ("az", "XİN: Azərbaycan heç bir gizli saziş imzalamayıb", True),
    ("az", "İrəvanla heç bir məxfi protokol imzalanmayıb", True),
    # The shape's negatives: a secretary, a secretariat, hiding nothing.
    ("en", "Secretary of State denies signing deal with Armenia", False),
    ("ru", "Генеральный секретарь опроверг сообщения о подписании соглашения", False),
    ("ru", "Секретариат СНГ не получал документов об отзыве", False),
    ("az", "Azərbaycan heç nəyi gizlətmir: Ermənistanla saziş imzalanmayıb", False),
])
def test_a_headline_that_calls_its_document_secret(language, headline, secret) -> None:
    assert headline_acts.speaks_of_secret_documents(headline, language) is secret
