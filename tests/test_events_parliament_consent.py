"""A head of state's act that follows a parliament's earlier consent ("the Slovak President ratified the agreement,
following the consent of the National Council"; events.yaml ``parliament_consent``): the parliament named in the
consent phrase is no subject of the verb, so the act stays the head of state's ratification, not a parliament's
vote. Swept over en/ru/az and the consent nouns, with negatives of the same shape: a parliament that ratifies after
another body's approval, and a vote "with the approval of" its members, stay the parliament's."""

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        ("en", "The Slovak President on Thursday ratified the air services agreement with Azerbaijan, his office "
               "said, following the consent of the National Council last month.", "SK"),
        ("en", "The Czech President ratified the agreement on road transport with Azerbaijan after the approval of "
               "the Chamber of Deputies.", "CZ"),
        ("en", "The Czech President ratified the agreement on road transport with Azerbaijan with the consent of "
               "parliament.", "CZ"),
        ("en", "The Slovak President ratified the agreement on road transport with Azerbaijan upon the National "
               "Council's endorsement.", "SK"),
        ("ru", "Президент Словакии в четверг ратифицировал соглашение о воздушном сообщении с Азербайджаном после "
               "одобрения Национальным советом.", "SK"),
        ("ru", "Президент Чехии ратифицировал соглашение об автомобильных перевозках с Азербайджаном с согласия "
               "парламента.", "CZ"),
        ("az", "Slovakiya Prezidenti parlamentin razılığı ilə Azərbaycanla hava nəqliyyatı haqqında sazişi "
               "ratifikasiya edib.", "SK"),
        ("az", "Slovakiya Prezidenti Milli Şuranın razılığından sonra Azərbaycanla hava nəqliyyatı haqqında sazişi "
               "ratifikasiya edib.", "SK"),
    ],
)
def test_a_head_of_state_ratifying_after_a_parliaments_consent_ratifies(language: str, sentence: str,
                                                                       actor: str) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == {("ratified", actor)}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Slovak parliament ratified the air services agreement with Azerbaijan following its approval by "
               "the committee."),
        ("en", "The National Council of Slovakia ratified the air services agreement with Azerbaijan with the "
               "approval of 98 deputies."),
        ("ru", "Парламент Словакии ратифицировал соглашение о воздушном сообщении с Азербайджаном после одобрения "
               "профильным комитетом."),
        ("az", "Slovakiya parlamenti komitənin təsdiqindən sonra Azərbaycanla hava nəqliyyatı haqqında sazişi "
               "ratifikasiya edib."),
    ],
)
def test_a_parliament_ratifying_after_another_bodys_approval_adopts(language: str, sentence: str) -> None:
    assert actions_and_actors(language, "News", sentence, published=PUBLISHED) == {("adopted_by_parliament", "SK")}
