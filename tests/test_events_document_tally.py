"""A tally of the treaty base two states built over the years (mention_filters.tallied): an approximate count of
documents with the relation or span it counts over names a treaty it lists as one of the tally, not a signing.
A visit's count and an exact count stay that day's signing."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Президент принял министра иностранных дел Таджикистана",
         "На встрече отмечено, что между двумя странами подписано более 140 документов, в том числе Договор о "
         "дружбе и сотрудничестве."),
        ("ru", "Президент принял посла Узбекистана",
         "К настоящему времени подписано свыше 200 документов, включая Договор о союзнических отношениях."),
        ("en", "President receives Tajik Foreign Minister",
         "The sides hailed the more than 140 documents signed between the two countries, including the Treaty on "
         "Friendship and Cooperation."),
        ("en", "President receives Uzbek ambassador",
         "To date, over 200 documents have been signed, including the Treaty on Allied Relations."),
        ("az", "Prezident Tacikistanın xarici işlər nazirini qəbul edib",
         "Görüşdə qeyd olunub ki, iki ölkə arasında 140-dan çox sənəd imzalanıb, o cümlədən Dostluq və əməkdaşlıq "
         "haqqında Müqavilə."),
    ],
)
def test_a_tally_of_the_treaty_base_signs_nothing_today(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Азербайджан и Таджикистан подписали документы",
         "В ходе визита подписано более 20 документов, в том числе Договор о дружбе и сотрудничестве."),
        ("ru", "Азербайджан и Таджикистан подписали документы",
         "Между двумя странами сегодня подписан Договор о дружбе и сотрудничестве."),
        ("en", "Azerbaijan, Tajikistan sign documents",
         "More than 20 documents were signed during the visit, including the Treaty on Friendship and Cooperation."),
        ("az", "Azərbaycan və Tacikistan sənədlər imzalayıb",
         "Səfər çərçivəsində 20-dən çox sənəd imzalanıb, o cümlədən Dostluq və əməkdaşlıq haqqında Müqavilə."),
    ],
)
def test_a_visits_count_or_no_count_is_that_days_signing(language: str, title: str, lead: str) -> None:
    assert {e.action for e in events_of(language, title, lead, published=PUBLISHED)} == {"signed"}
