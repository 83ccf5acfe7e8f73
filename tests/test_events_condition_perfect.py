"""en: a verb of acting in the perfect inside a time clause ("will enter into force three months after 15 parties
have deposited their instruments of ratification", "once both parliaments have ratified it") is the condition of
what is to come, as the present there is (english ``perfect_on_condition``), not an act done. ru and az say it
with a future or a verbal noun, which were already read as such; they are swept here too. A past after the
conjunction ("After Georgia deposited its instrument on Wednesday, ...") and a perfect in the main clause are acts.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-05-21T11:00:00+04:00"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Hague Convention will enter into force three months after 15 parties have deposited their "
               "instruments of ratification."),
        ("en", "The Singapore Treaty will enter into force three months after 15 eligible parties have deposited "
               "their instruments of ratification or accession."),
        ("en", "The Minamata Convention enters into force 90 days after fifty states have ratified it."),
        ("en", "The agreement on road transport will take effect once both parties have ratified it."),
        ("en", "The protocol on trade will take effect when the last signatory has ratified it."),
        ("en", "The Hague Convention cannot apply until Georgia has deposited its instrument of accession."),
        ("ru", "Конвенция вступит в силу через три месяца после того, как 15 сторон сдадут на хранение "
               "ратификационные грамоты."),
        ("ru", "Соглашение об автомобильном транспорте вступит в силу после того, как обе стороны его ратифицируют."),
        ("az", "Konvensiya 15 tərəf ratifikasiya sənədlərini depozitariyə təhvil verdikdən üç ay sonra qüvvəyə "
               "minəcək."),
        ("az", "Avtomobil nəqliyyatı haqqında saziş hər iki tərəf onu ratifikasiya etdikdən sonra qüvvəyə minəcək."),
    ],
)
def test_a_perfect_in_a_time_clause_is_a_condition(language: str, sentence: str) -> None:
    assert [e.action for e in events_of(language, sentence, published=PUBLISHED)
            if e.action in ("ratified", "acceded")] == []


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("After Georgia deposited its instrument of ratification of the Hague Convention on Wednesday, the "
         "convention entered into force for it.", "GE"),
        ("Georgia has deposited its instrument of ratification of the Hague Convention.", "GE"),
        ("Georgia has ratified the Minamata Convention.", "GE"),
        ("Georgia has ratified the Minamata Convention after Armenia did so in March.", "GE"),
    ],
)
def test_a_past_or_a_main_clause_perfect_is_the_act(sentence: str, actor: str) -> None:
    found = events_of("en", sentence, published=PUBLISHED)
    assert ("ratified", actor) in [(e.action, e.actor) for e in found]
