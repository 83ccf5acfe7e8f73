"""A parliament's consent named as a step before the act (events.yaml ``earlier_consent``, verb_acts
``_parliament_named``): "President Pellegrini ratified the agreement, following the consent of the National
Council", "Президент ратифицировал соглашение после одобрения парламентом", "Prezident parlamentin razılığından
sonra sazişi ratifikasiya edib". The parliament there is not the verb's subject: the head of state ratifies. A
parliament that is the subject stays the one voting, whoever's consent the phrase names.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-22T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Hungarian President Tamas Sulyok on Friday ratified the Air Services Agreement between Hungary and "
               "Azerbaijan, following the consent of the National Assembly last month."),
        ("en", "Hungarian President Tamas Sulyok ratified the Air Services Agreement between Hungary and Azerbaijan "
               "after the approval of parliament."),
        ("en", "Hungarian President Tamas Sulyok ratified the Air Services Agreement between Hungary and Azerbaijan "
               "after parliament's approval."),
        ("en", "The Hungarian President ratifies the Air Services Agreement between Hungary and Azerbaijan with the "
               "consent of the National Assembly."),
        ("ru", "Президент Венгрии ратифицировал Соглашение о воздушном сообщении между Венгрией и Азербайджаном после "
               "одобрения парламентом."),
        ("ru", "Президент Венгрии ратифицировал Соглашение о воздушном сообщении между Венгрией и Азербайджаном с "
               "согласия парламента."),
        ("az", "Macarıstan Prezidenti parlamentin təsdiqindən sonra Macarıstan ilə Azərbaycan arasında hava "
               "nəqliyyatı haqqında sazişi ratifikasiya edib."),
        ("az", "Macarıstan Prezidenti parlamentin razılığı ilə Macarıstan ilə Azərbaycan arasında hava nəqliyyatı "
               "haqqında sazişi ratifikasiya edib."),
    ],
)
def test_a_head_of_state_ratifies_after_the_parliament_consented(language: str, sentence: str) -> None:
    found = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.actor) for e in found] == [("ratified", "HU")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Hungarian parliament ratified the Air Services Agreement between Hungary and Azerbaijan after "
               "the approval of the government."),
        ("en", "The Hungarian parliament ratified the Air Services Agreement between Hungary and Azerbaijan with the "
               "backing of 150 deputies."),
        ("ru", "Парламент Венгрии ратифицировал Соглашение о воздушном сообщении между Венгрией и Азербайджаном после "
               "одобрения правительством."),
        ("az", "Macarıstan parlamenti hökumətin razılığı ilə Macarıstan ilə Azərbaycan arasında hava nəqliyyatı "
               "haqqında sazişi ratifikasiya edib."),
    ],
)
def test_a_parliament_that_ratifies_still_votes(language: str, sentence: str) -> None:
    found = events_of(language, sentence, published=PUBLISHED)
    assert [(e.action, e.actor) for e in found] == [("adopted_by_parliament", "HU")]
