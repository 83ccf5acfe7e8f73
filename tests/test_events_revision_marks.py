"""An agency's revision mark closing a title ("- details added", "- UPDATED", "- ОБНОВЛЕНО", "- YENİLƏNİB") is no
clause of a two-part title: the headline reads as without it (headlines.read_title). Swept over en/ru/az, marks and
headline constructions (verbless "in force", verbs), with negatives of the same shape (a plan stays a plan)."""

import pytest

from tests.events_support import actions_and_actors

MARKS = {"en": [" - details added", " - UPDATED", " (UPDATED)", " | Update 2"],
         "ru": [" - ОБНОВЛЕНО", " (Дополнено)", " - Добавлены подробности"],
         "az": [" - YENİLƏNİB", " (Əlavə olunub)"]}
HEADLINES = [
    ("en", "Azerbaijan-UAE investment deal in force", {("entered_into_force", None)}),
    ("en", "Kazakhstan ratifies agreement with Azerbaijan on transit", {("ratified", "KZ")}),
    ("en", "Azerbaijan to sign agreement with UAE on investments", set()),
    ("ru", "Соглашение об инвестициях между Азербайджаном и ОАЭ вступило в силу", {("entered_into_force", None)}),
    ("ru", "Казахстан ратифицировал соглашение с Азербайджаном о транзите", {("ratified", "KZ")}),
    ("ru", "Азербайджан подпишет соглашение с ОАЭ об инвестициях", set()),
    ("az", "Azərbaycan və BƏƏ arasında investisiya sazişi qüvvəyə minib", {("entered_into_force", None)}),
    ("az", "Qazaxıstan Azərbaycanla tranzit haqqında sazişi ratifikasiya edib", {("ratified", "KZ")}),
]


@pytest.mark.parametrize(
    ("language", "title", "expected", "mark"),
    [(language, title, expected, mark) for language, title, expected in HEADLINES for mark in MARKS[language]],
)
def test_a_revision_mark_leaves_the_headline_as_it_reads_without_it(
        language: str, title: str, expected: set[tuple[str, str | None]], mark: str) -> None:
    assert actions_and_actors(language, title + mark) == actions_and_actors(language, title) == expected
