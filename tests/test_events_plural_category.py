"""A plural treaty noun with nothing but generic words before it names a category of treaties, not one treaty:
az "beynəlxalq müqavilələrin ratifikasiyası prosedurunu dəyişən qanun" (mentions._az_unnamed), as ru
"порядок ратификации международных договоров" and en "the ratification of international treaties" already are.
A plural with the parties or a subject in it ("Azərbaycan ilə Gürcüstan arasında sazişlər") is still read.

The sentences are written for these tests; the dev set measures generalisation and is never a fixture.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("az", "Milli Məclis beynəlxalq müqavilələrin ratifikasiyası prosedurunu dəyişən qanun layihəsini qəbul edib."),
        ("az", "Milli Məclis ikitərəfli sazişlərin ratifikasiyası qaydasını dəyişən qanunu qəbul edib."),
        ("az", "Milli Məclis hökumətlərarası sazişləri ratifikasiya edib."),
        ("az", "Prezident beynəlxalq müqavilələr haqqında qanuna dəyişiklikləri təsdiq edib."),
        ("ru", "Милли Меджлис принял закон, изменяющий порядок ратификации международных договоров."),
        ("en", "The parliament adopted a bill amending the procedure for the ratification of international treaties."),
    ],
)
def test_a_plural_of_generic_words_is_a_category(language: str, sentence: str) -> None:
    assert events_of(language, sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Azərbaycan ilə Gürcüstan arasında sazişlər imzalanıb.", "signed"),
        ("Azərbaycan ilə Özbəkistan arasında hökumətlərarası sazişlər imzalanıb.", "signed"),
        ("Azərbaycan və Gürcüstan arasında iqtisadi əməkdaşlıq haqqında sazişlər imzalanıb.", "signed"),
        ("Prezident beynəlxalq sazişin ratifikasiyası haqqında qanunu imzalayıb.", "ratified"),
    ],
)
def test_a_plural_that_names_its_parties_or_subject_is_read(sentence: str, action: str) -> None:
    assert [e.action for e in events_of("az", sentence)] == [action]
