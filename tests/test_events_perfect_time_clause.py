"""en: a perfect in a clause a conjunction of time opens ("will enter into force once both parties have ratified
it", "three months after 15 parties have deposited their instruments of ratification") names the condition the
main clause waits for, or the earlier step it counts from: no act done (english.perfect_in_time_clause). ru and az
put that verb in the future or in a time form ("после того, как стороны ратифицируют", "ratifikasiya etdikdən
sonra"), which their readers already leave out: swept here with them. Negatives of the same shape: a perfect with
no conjunction of time, or after one that closes before a comma, is the news."""

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The treaty will enter into force once both parties have ratified it."),
        ("en", "The Protocol will take effect when all parties have ratified it."),
        ("en", "The treaty will enter into force three months after 15 eligible parties have deposited their "
               "instruments of ratification or accession."),
        ("en", "The convention enters into force 90 days after the 40th state has deposited its instrument of "
               "ratification."),
        ("en", "The agreement will remain open until all member states have signed it."),
        ("ru", "Договор вступит в силу через три месяца после того, как 15 сторон сдадут на хранение "
               "ратификационные грамоты."),
        ("ru", "Соглашение вступит в силу после того, как обе стороны ратифицируют его."),
        ("az", "Müqavilə 15 tərəf ratifikasiya sənədlərini depozitariyə təhvil verdikdən üç ay sonra qüvvəyə "
               "minəcək."),
        ("az", "Saziş hər iki tərəf onu ratifikasiya etdikdən sonra qüvvəyə minəcək."),
    ],
)
def test_a_perfect_in_a_time_clause_is_a_condition_not_an_act(language: str, sentence: str) -> None:
    acted = {action for action, _ in actions_and_actors(language, "News", sentence, published=PUBLISHED)}
    assert not acted & {"ratified", "signed", "acceded"}


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Kazakhstan has ratified the agreement on road transport with Azerbaijan.", ("ratified", "KZ")),
        ("After long talks, Kazakhstan has ratified the agreement on road transport with Azerbaijan.",
         ("ratified", "KZ")),
        ("Uzbekistan has deposited its instrument of ratification of the Convention on the Rights of Persons with "
         "Disabilities.", ("ratified", "UZ")),
    ],
)
def test_a_perfect_with_no_time_clause_is_the_news(sentence: str, act: tuple[str, str]) -> None:
    assert act in actions_and_actors("en", "News", sentence, published=PUBLISHED)
